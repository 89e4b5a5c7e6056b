/**
 * What the patient sees about saved progress: the "continue where you left off" page, the line saying
 * answers are kept on this device (with "Clear my answers"), and a calm notice when something went wrong.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextLookup } from '../content/text.js';
import type { ProgressNotice } from './saved-progress.js';

export const NOTICE_ID = 'storage-notice';

/** Two buttons rather than a radio question: both choices act at once and neither needs confirming. */
export function renderResume(t: TextLookup, reachedStep: string, onContinue: () => void, onStartAgain: () => void): TemplateResult {
  return html`
    <h2 id="step-heading" part="heading" tabindex="-1">${t('resumeHeading')}</h2>
    <p>${t('resumeReached', { step: reachedStep })}</p>
    <button type="button" class="button" part="button" @click=${onContinue}>${t('resumeContinue')}</button>
    <p class="hint" id="resume-start-again-hint">${t('resumeStartAgainHint')}</p>
    <button type="button" class="link-button" aria-describedby="resume-start-again-hint" @click=${onStartAgain}>${t('resumeStartAgain')}</button>
  `;
}

/** The notice box: a status message, focusable so "Clear my answers" can move focus to its confirmation. */
export function renderNotice(t: TextLookup, notice: ProgressNotice): TemplateResult | typeof nothing {
  if (!notice) return nothing;
  const key = notice === 'cleared' ? 'answersCleared' : notice === 'discarded' ? 'progressDiscarded' : 'progressNotSaved';
  return html`<div class="storage-notice" id=${NOTICE_ID} part="storage-notice" role="status" tabindex="-1"><p>${t(key)}</p></div>`;
}

export function renderSavedLine(t: TextLookup, keepDays: number, onClear: () => void): TemplateResult {
  return html`
    <div class="saved-line" part="saved-progress">
      <p>${t('savedOnDevice', { days: String(keepDays) }, keepDays)}</p>
      <button type="button" class="link-button" @click=${onClear}>${t('clearAnswers')}</button>
    </div>
  `;
}
