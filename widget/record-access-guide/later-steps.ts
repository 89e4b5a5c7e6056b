/**
 * The part of the guide fetched beside its first render (steps.ts): the English of every step, and the code
 * that draws every step after the start page, with the checklist they end on (its page and its download).
 * The main script keeps only what the start page needs, so the first step is drawn from one small file.
 */
export { CONTENT_IDS, enGB } from '../content/en-GB.js';
export { errorText, firstFieldId, leavingHelpView, primaryButtonKey, stepBody, stepTitle } from './step-views.js';
export { buildChecklistDocument } from './checklist-document.js';
export { checklistAsText, checklistFileName, saveTextFile } from './checklist-download.js';
