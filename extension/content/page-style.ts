/**
 * Installs one stylesheet into the page and removes it when `signal` aborts.
 *
 * The rules go in a cascade layer: layered `!important` declarations beat the page's unlayered
 * `!important` ones whatever their specificity, so an aid wins without an arms race of selectors.
 * A <style> element is used because the content script may run before <head> exists.
 */
export function installPageStyle(aidId: string, css: string, signal: AbortSignal): void {
  if (signal.aborted) return;
  const style = document.createElement('style');
  style.dataset.recordAccessAid = aidId;
  style.textContent = `@layer record-access-aids-${aidId} {\n${css}\n}`;
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
}
