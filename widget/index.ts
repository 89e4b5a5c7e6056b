/**
 * The script a practice adds to its page: it defines <record-access-guide>.
 * If the name is already taken (the script included twice, or another element of that name), it
 * leaves the page alone and says so in the console instead of throwing.
 */
import { RecordAccessGuide } from './record-access-guide/record-access-guide.js';

const TAG = 'record-access-guide';
const existing = customElements.get(TAG);
if (!existing) {
  customElements.define(TAG, RecordAccessGuide);
} else if (existing !== RecordAccessGuide) {
  console.warn(`record-access-guide: <${TAG}> is already defined on this page (the guide’s script included twice, or another element with that name); this copy did not register.`);
}

export { RecordAccessGuide };
export { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent, type ExitReason } from './record-access-guide/events.js';
