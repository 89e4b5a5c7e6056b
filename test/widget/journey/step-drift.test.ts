/**
 * Drift between the journey's declared steps (STEP_IDS, QUESTION_STEPS) and their views (STEP_VIEWS): each
 * step has a view with a heading, each option of each question a label, each declared error id a text, in
 * English and every registered locale.
 */
import { expect } from '@open-wc/testing';
import { defaultConfig } from '../../../widget/config/config.js';
import { enGB, type ContentKey } from '../../../widget/content/en-GB.js';
import { LOCALE_CODES, loadLocale } from '../../../widget/content/locales.js';
import { createTextLookup } from '../../../widget/content/text.js';
import { initialState, QUESTION_STEPS, type QuestionStepId, type ValidationError } from '../../../widget/journey/journey.js';
import { SERVICE_IDS, STEP_IDS, WHO_OPTIONS } from '../../../widget/journey/types.js';
import { errorText, STEP_VIEWS, stepTitle } from '../../../widget/record-access-guide/step-views.js';
import { viewContext } from './step-text.js';

const everyService = { services: SERVICE_IDS };

describe('every declared step has its view and its words', () => {
  it('STEP_VIEWS has exactly the declared steps', () => {
    expect(Object.keys(STEP_VIEWS).sort()).to.deep.equal([...STEP_IDS].sort());
  });

  it('each question labels every option it can offer, with text ids that exist', () => {
    for (const step of Object.keys(QUESTION_STEPS) as QuestionStepId[]) {
      const labels = STEP_VIEWS[step].options as Readonly<Record<string, { label: ContentKey; hint?: ContentKey; childHint?: ContentKey }>>;
      const offered = QUESTION_STEPS[step].options(everyService);
      expect(Object.keys(labels).sort(), step).to.deep.equal([...offered].sort());
      for (const text of Object.values(labels))
        for (const key of [text.label, text.hint, text.childHint]) if (key) expect(Object.hasOwn(enGB, key), `${step}: ${key}`).to.equal(true);
    }
  });

  for (const code of LOCALE_CODES) {
    it(`${code}: each step has a heading, each declared error a text of its own language`, async () => {
      const file = await loadLocale(code);
      const t = createTextLookup(file.content, {}, code);
      for (const step of STEP_IDS) {
        const ctx = { ...viewContext({ ...initialState(), current: step }, defaultConfig()), t };
        expect(stepTitle(step, ctx).trim(), `${code} ${step}: heading`).to.not.equal('');
      }
      for (const step of Object.keys(QUESTION_STEPS) as QuestionStepId[]) {
        const declared = (QUESTION_STEPS[step] as { error?: ValidationError }).error;
        // Each answer to "who" too: some errors have words for a child.
        for (const [error, who] of [declared, 'unknown-option' as const].flatMap((e) => WHO_OPTIONS.map((w) => [e, w] as const))) {
          if (!error) continue;
          const ctx = { ...viewContext({ ...initialState(), current: step, answers: { who } }, defaultConfig()), t, error };
          const text = errorText(ctx);
          expect(text.trim(), `${code} ${step} ${error}`).to.not.equal('');
          const key = STEP_VIEWS[step].error(ctx);
          if (code !== 'en-GB') expect(Object.hasOwn(file.content, key), `${code} has ${key}`).to.equal(true);
        }
      }
    });
  }
});
