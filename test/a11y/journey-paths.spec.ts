/**
 * The path generator itself (test/a11y/support/journey-paths.ts): the browser tests trust it to reach
 * every step, option, Change link and ending, so this proves it does, from the journey data.
 */
import { expect, test } from '@playwright/test';
import { QUESTIONS } from '../../widget/journey/journey.js';
import { STEP_IDS, type StepId } from '../../widget/journey/types.js';
import { DEMO_CONTEXT, journeyPaths, pathsCoveringEveryStep } from './support/journey-paths.js';

const paths = journeyPaths();

test('the generated paths reach every step, choose every option, and include stop for now, every Change link and both endings', () => {
  const shown = new Set(paths.flatMap((p) => p.states.map((s) => s.current)));
  expect([...shown].sort()).toEqual(STEP_IDS.filter((s) => s !== 'start').sort());
  for (const [step, question] of Object.entries(QUESTIONS)) {
    for (const option of question.options(DEMO_CONTEXT)) {
      expect(
        paths.some((p) => p.actions.some((a) => a.kind === 'continue' && a.step === step && a.values.includes(option))),
        `${step}: ${option}`,
      ).toBe(true);
    }
  }
  expect(paths.some((p) => p.actions.some((a) => a.kind === 'stop-for-now'))).toBe(true);
  const changed = new Set(paths.flatMap((p) => p.actions.filter((a) => a.kind === 'change').map((a) => a.step)));
  const checkRows = (Object.keys(QUESTIONS) as StepId[]).filter((s) => s !== 'leaving' && paths[0]?.states.some((st) => st.current === s));
  expect([...changed].sort()).toEqual(checkRows.sort());
  expect(new Set(paths.map((p) => p.end))).toEqual(new Set(['next-steps', 'left']));
  expect(new Set(paths.map((p) => p.name)).size, 'path names are unique').toBe(paths.length);
  test.info().annotations.push({ type: 'paths', description: `${paths.length}, of which ${pathsCoveringEveryStep(paths).length} show every step` });
  // LIST_PATHS=1 prints every generated path, to see what the suite walks.
  if (process.env.LIST_PATHS) for (const p of paths) console.log(p.end, p.name);
});
