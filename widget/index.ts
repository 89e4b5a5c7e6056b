/**
 * The script a practice adds to its page: it defines <record-access-guide>.
 * It never throws at the host page. If the name is already taken (the script included twice, or another
 * element of that name), or the page has replaced or locked `customElements.define`, it leaves the page
 * alone and says so once in the console.
 */
import { RecordAccessGuide } from './record-access-guide/record-access-guide.js';

const TAG = 'record-access-guide';

function reasonOf(error: unknown): string {
  try {
    return error instanceof Error ? error.message : String(error);
  } catch {
    return 'an unreadable error';
  }
}

function register(): void {
  const registry: CustomElementRegistry | undefined = globalThis.customElements;
  if (typeof registry?.define !== 'function' || typeof registry.get !== 'function') {
    console.warn(`record-access-guide: <${TAG}> could not be registered (this page or browser has no working customElements); the guide will not show.`);
    return;
  }
  try {
    const existing = registry.get(TAG);
    if (existing) {
      if (existing !== RecordAccessGuide) {
        console.warn(`record-access-guide: <${TAG}> is already defined on this page (the guide’s script included twice, or another element with that name); this copy did not register.`);
      }
      return;
    }
    registry.define(TAG, RecordAccessGuide);
    // A page may have replaced define with a function that does nothing.
    if (registry.get(TAG) !== RecordAccessGuide) throw new Error('this page has replaced customElements.define');
  } catch (error) {
    console.warn(`record-access-guide: <${TAG}> could not be registered (${reasonOf(error)}); the guide will not show on this page.`);
  }
}

register();

export { RecordAccessGuide };
export { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent, type ExitReason } from './record-access-guide/events.js';
