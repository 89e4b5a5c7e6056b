/**
 * The guide by keyboard alone, on every generated path (test/a11y/support/journey-paths.ts): every
 * question answered with Tab, arrows, Space and Enter; after each step change focus is on the new
 * heading and the step is announced; every focus stop has a visible indicator of at least 3:1.
 *
 * Paths share their beginnings (every path starts start → who → ...). To stay fast, each step a path
 * shares with an earlier path in the same test is replayed by clicks, and the keyboard takes over where
 * the path first differs, so every transition of every path is done by keyboard exactly once; the first
 * path of each test is done by keyboard from the top of the page.
 * Every path is walked in English. The other locales have the same markup and keyboard behaviour with other
 * words, so they walk the few paths that between them show every step, change an answer and stop for now
 * (their names, announcements and focus indicators are what differ).
 * Criteria: docs/accessibility-criteria.md.
 */
import { expect, test } from '@playwright/test';
import { journeyPaths, pathsCoveringEveryStep, type JourneyPath } from './support/journey-paths.js';
import { KeyboardWalk, sharedPrefix, walkPathByKeyboard } from './support/guide.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad } from './support/screens.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const paths = journeyPaths();
/** Tests the English paths are split over, so two workers share them. */
const SHARDS = 2;

/** A path that changes an answer on check your answers (RAG-C-02). */
const changesAnswer = (path: JourneyPath): boolean => path.actions.some((action) => action.kind === 'change');
/** A path that stops for now (RAG-S-01). */
const stopsForNow = (path: JourneyPath): boolean => path.end === 'left';

/** Paths that between them show every step, change an answer and stop for now. */
function pathsCoveringEveryStepAndAction(): JourneyPath[] {
  const chosen = pathsCoveringEveryStep(paths);
  for (const kind of [changesAnswer, stopsForNow]) {
    const example = paths.find(kind);
    if (!chosen.some(kind) && example) chosen.push(example);
  }
  return chosen;
}

for (const locale of LOCALES) {
  const everyPath = locale === LOCALES[0];
  const walked = everyPath ? paths : pathsCoveringEveryStepAndAction();
  const shards = everyPath ? SHARDS : 1;
  test.describe(`guide by keyboard (${locale})`, () => {
    for (let shard = 0; shard < shards; shard += 1) {
      const mine = walked.filter((_, index) => index % shards === shard);
      const which = everyPath ? `every path completed by keyboard, part ${shard + 1} of ${shards}` : 'paths that show every step completed by keyboard';
      // Change links (RAG-C-02) and stop for now (RAG-S-01) are on some paths only: the title says which.
      const extra = [mine.some(changesAnswer) ? 'RAG-C-02' : '', mine.some(stopsForNow) ? 'RAG-S-01' : ''].filter(Boolean).join(' ');
      test(`RAG-Q-01 RAG-Q-02 RAG-Q-03 RAG-Q-04 ${extra} ${which} (${mine.length} paths)`, async ({ page }) => {
        await page.goto('/');
        await applyLocale(page, locale);
        const walk = new KeyboardWalk(page);
        const done: JourneyPath[] = [];
        for (const path of mine) {
          await test.step(path.name, async () => {
            await walkPathByKeyboard(page, path, walk, sharedPrefix(path, done));
          });
          done.push(path);
        }
        expect(walk.failures, 'focus indicators under 3:1').toEqual([]);
        test.info().annotations.push({ type: 'keyboard stops', description: String(walk.stops) });
      });
    }

    test('RAG-Q-04 in forced colours, every focus stop on paths that show every step has a visible indicator', async ({ page }) => {
      await page.emulateMedia({ forcedColors: 'active' });
      for (const path of pathsCoveringEveryStep(paths)) {
        await page.goto('/');
        await applyLocale(page, locale);
        const walk = await walkPathByKeyboard(page, path, new KeyboardWalk(page));
        expect(walk.failures, `focus indicators under 3:1 on ${path.name}`).toEqual([]);
      }
    });
  });
}
