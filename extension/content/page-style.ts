/**
 * Installs one stylesheet into the page and removes it when `signal` aborts.
 *
 * The rules go in a cascade layer: layered `!important` declarations beat the page's unlayered
 * `!important` ones whatever their specificity, so an aid wins without an arms race of selectors.
 * A <style> element is used because the content script may run before <head> exists.
 */

import { LAYER_PRECEDENCE, type AidLayer } from '../aid-catalogue.js';

export type { AidLayer } from '../aid-catalogue.js';

/**
 * Every aid's layer, strongest first (declared in aid-catalogue.ts). Each stylesheet restates this
 * order, so it holds whichever subset of aids is running.
 */
export const LAYER_ORDER = LAYER_PRECEDENCE;

const ORDER_STATEMENT = `@layer ${LAYER_ORDER.map((id) => `record-access-aids-${id}`).join(', ')};`;

/** `css` in the aid's cascade layer, with the layer order restated. */
export function layeredCss(aidId: AidLayer, css: string): string {
  return `${ORDER_STATEMENT}\n@layer record-access-aids-${aidId} {\n${css}\n}`;
}

/** Returns the <style> element, so an aid can update its rules; `mark` names it when an aid has several. */
export function installPageStyle(aidId: AidLayer, css: string, signal: AbortSignal, mark: string = aidId): HTMLStyleElement | undefined {
  if (signal.aborted) return undefined;
  const style = document.createElement('style');
  style.dataset.recordAccessAid = mark;
  style.textContent = layeredCss(aidId, css);
  (document.head ?? document.documentElement).append(style);
  signal.addEventListener('abort', () => style.remove(), { once: true });
  return style;
}
