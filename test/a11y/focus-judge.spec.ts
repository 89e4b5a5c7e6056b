/**
 * The focus-indicator judge (test/a11y/support/focus.ts) on known cases, so a pass elsewhere means
 * something: no indicator, a faint one, and the GOV.UK-style yellow-and-black one.
 */
import { expect, test } from '@playwright/test';
import { focusStop, judgeIndicator } from './support/focus.js';

const cases = [
  { name: 'no indicator', css: 'button:focus { outline: none; }', expected: (c: number) => c === 0 },
  { name: 'a pale grey outline (under 3:1)', css: 'button:focus { outline: 2px solid #c8c8c8; }', expected: (c: number) => c > 1 && c < 3 },
  { name: 'a dark outline', css: 'button:focus { outline: 3px solid #212b32; }', expected: (c: number) => c >= 3 },
  {
    name: 'yellow background with a dark underline',
    css: 'button:focus { outline: none; background: #ffeb3b; box-shadow: 0 4px #212b32; }',
    expected: (c: number) => c >= 3,
  },
  {
    name: 'only a pale background change',
    css: 'button { background: #fff; border: 0 } button:focus { outline: none; background: #eeeeee; }',
    expected: (c: number) => c > 1 && c < 3,
  },
];

for (const { name, css, expected } of cases) {
  test(`the focus-indicator judge measures ${name}`, async ({ page }) => {
    await page.setContent(`<style>${css}</style><p>Before</p><button>Press</button>`);
    await page.keyboard.press('Tab');
    const stop = await focusStop(page);
    expect(stop?.tag).toBe('button');
    const verdict = judgeIndicator(stop!);
    expect(expected(verdict.contrast), `${verdict.part} ${verdict.contrast}`).toBe(true);
  });
}
