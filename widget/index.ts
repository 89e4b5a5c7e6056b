/**
 * The script a practice adds to its page: it defines <record-access-guide>.
 * It never throws at the host page. If the name is already taken (the script included twice, or another
 * element of that name), or the page has replaced or locked `customElements.define`, it leaves the page
 * alone and says so once in the console.
 */
// First, before Lit loads: Lit's Trusted Types policy may be refused (see the module).
import './record-access-guide/trusted-types-guard.js';
import { errorMessage } from './record-access-guide/host-guard.js';
import { RecordAccessGuide } from './record-access-guide/record-access-guide.js';
import { checkHowLoaded } from './config/script-checks.js';

const TAG = 'record-access-guide';

function register(): void {
  try {
    const existing = customElements.get(TAG);
    if (existing) {
      if (existing !== RecordAccessGuide) {
        console.warn(
          `record-access-guide: <${TAG}> is already defined on this page (the guide’s script included twice, or another element with that name); this copy did not register.`,
        );
      }
      return;
    }
    customElements.define(TAG, RecordAccessGuide);
    // A page may have replaced define with a function that does nothing.
    if (customElements.get(TAG) !== RecordAccessGuide) throw new Error('customElements.define was replaced');
  } catch (error) {
    // Also where the page has removed customElements altogether.
    console.warn(`record-access-guide: <${TAG}> could not be registered (${errorMessage(error)}); the guide will not show on this page.`);
  }
}

register();
checkHowLoaded();

export { RecordAccessGuide };
export { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent, type ExitReason } from './record-access-guide/events.js';
