/**
 * The guide by keyboard alone, on every generated path (test/a11y/support/journey-paths.ts): every
 * question answered with Tab, arrows, Space and Enter; after each step change focus is on the new
 * heading and the step is announced; every focus stop has a visible indicator of at least 3:1.
 *
 * Paths share their beginnings (every path starts start → who → ...). To stay fast, each step a path
 * shares with an earlier path in the same test is replayed by clicks, and the keyboard takes over where
 * the path first differs, so every transition of every path is done by keyboard exactly once; the first
 * path of each test is done by keyboard from the top of the page.
 * Criteria: docs/accessibility-criteria.md.
 */
import { expect, test } from '@playwright/test';
import { journeyPaths, pathsCoveringEveryStep, type JourneyPath } from './support/journey-paths.js';
import { KeyboardWalk, sharedPrefix, walkPathByKeyboard } from './support/guide.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad } from './support/screens.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const paths = journeyPaths();
/** Tests the paths are split over, so two workers share them. */
const SHARDS = 2;

for (const locale of LOCALES) {
  test.describe(`guide by keyboard (${locale})`, () => {
    for (let shard = 0; shard < SHARDS; shard += 1) {
      const mine = paths.filter((_, index) => index % SHARDS === shard);
      // Change links (RAG-C-02) and stop for now (RAG-S-01) are on some paths only: the title says which.
      const extra = [mine.some((p) => p.actions.some((a) => a.kind === 'change')) ? 'RAG-C-02' : '', mine.some((p) => p.end === 'left') ? 'RAG-S-01' : '']
        .filter(Boolean)
        .join(' ');
      test(`RAG-Q-01 RAG-Q-02 RAG-Q-03 RAG-Q-04 ${extra} every path completed by keyboard, part ${shard + 1} of ${SHARDS} (${mine.length} paths)`, async ({
        page,
      }) => {
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
