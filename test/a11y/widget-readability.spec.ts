/**
 * Reading age (RAG-T-01): every screen of the guide, on every generated path and every ending of "What is
 * stopping you?", reads at Flesch-Kincaid grade 6 or below (reading age about 11) in English. The text is
 * what the person is given on that screen, read from the rendered guide: headings, paragraphs, options,
 * hints and the contents of every <details>. Left out: the made-up record examples (clinical shorthand on
 * purpose) and the glossary's notes on them (the glossary's own data). Syllables are counted by the
 * `syllable` package and the grade by `flesch-kincaid` (both by Titus Wormer, widely used).
 */
import { expect, test, type Page } from '@playwright/test';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { STOP_REASONS } from '../../widget/journey/types.js';
import { journeyPaths, type JourneyAction } from './support/journey-paths.js';
import { act, forgetSavedAnswersOnLoad, freshGuide, guide } from './support/screens.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const MAX_GRADE = 6;

/** The screen's text as blocks (a heading, a paragraph, an option with its hint...), in the page. */
function screenBlocks(element: Element): { step: string; blocks: string[] } {
  const root = element.shadowRoot as ShadowRoot;
  const content = (root.querySelector('#step-content') ?? root.querySelector('.base')) as HTMLElement;
  const heading = root.querySelector('#step-heading')?.textContent?.trim() ?? '';
  const BLOCKS = 'h2, h3, p, li, label, .hint, dt, dd, summary, legend';
  const SKIP = '.example, [id*="note"], .visually-hidden, .print-only, [part="notice"], .term-note';
  const blocks: string[] = [];
  for (const block of content.querySelectorAll<HTMLElement>(BLOCKS)) {
    if (block.closest(SKIP)) continue;
    // A block's own words: text not inside a nested block (a list inside a list item has its own entries).
    let text = '';
    const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(SKIP)) continue;
      if (parent.closest(BLOCKS) !== block) continue;
      text += node.textContent ?? '';
    }
    text = text.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
  }
  return { step: heading, blocks };
}

interface Grade {
  grade: number;
  words: number;
  sentences: number;
}

/** Flesch-Kincaid grade of blocks of text: each block ends a sentence, as do . ! ? inside it. */
export function grade(blocks: readonly string[]): Grade {
  let words = 0;
  let sentences = 0;
  let syllables = 0;
  for (const block of blocks) {
    const parts = block.split(/(?<=[.!?])\s+/).filter((part) => /[\p{L}\p{N}]/u.test(part));
    sentences += parts.length;
    for (const part of parts) {
      for (const token of part.split(/[\s/]+/)) {
        const word = token.replace(/[^\p{L}\p{N}'’-]/gu, '');
        if (!/[\p{L}\p{N}]/u.test(word)) continue;
        words += 1;
        // Numbers are read as words ("111" is "one one one"); count one syllable a digit, at most three.
        syllables += /^\d+$/.test(word) ? Math.min(word.length, 3) : Math.max(1, syllable(word));
      }
    }
  }
  return { grade: fleschKincaid({ sentence: sentences, word: words, syllable: syllables }), words, sentences };
}

async function collect(page: Page, label: string, into: Map<string, { label: string; blocks: string[] }>): Promise<void> {
  const { step, blocks } = await guide(page).evaluate(screenBlocks);
  const key = `${step}\n${blocks.join('\n')}`;
  if (!into.has(key)) into.set(key, { label: `${label} [${step}]`, blocks });
}

test('the control: the grade formula fails a hard sentence and passes a plain one', () => {
  expect(grade(['Notwithstanding contemporaneous documentation, practitioners occasionally withhold information.']).grade).toBeGreaterThan(MAX_GRADE);
  expect(grade(['You can see your test results. Ask the practice if you are not sure.']).grade).toBeLessThanOrEqual(MAX_GRADE);
});

test('RAG-T-01 every screen, on every path and every ending, reads at grade 6 or below', async ({ page }) => {
  test.setTimeout(300_000);
  await page.goto('/');
  const screens = new Map<string, { label: string; blocks: string[] }>();
  await collect(page, 'start', screens);
  // A path's opening already walked by an earlier path is replayed in one go (its screens are collected).
  const walked = new Set<string>();
  const key = (actions: readonly JourneyAction[]) => JSON.stringify(actions);
  for (const path of journeyPaths()) {
    await freshGuide(page);
    let from = 0;
    while (from < path.actions.length && walked.has(key(path.actions.slice(0, from + 1)))) from += 1;
    if (from > 0) await act(page, ...path.actions.slice(0, from));
    for (let index = from; index < path.actions.length; index += 1) {
      await act(page, path.actions[index] as JourneyAction);
      walked.add(key(path.actions.slice(0, index + 1)));
      await collect(page, `${path.name} #${index + 1}`, screens);
    }
  }
  // The help after "What is stopping you?" differs with the reason given: every reason's page.
  for (const reason of [...STOP_REASONS, null]) {
    await freshGuide(page);
    await act(
      page,
      { kind: 'continue', step: 'start', values: [] },
      { kind: 'stop-for-now', step: 'who' },
      { kind: 'continue', step: 'leaving', values: reason ? [reason] : [] },
    );
    await collect(page, `left: ${reason ?? 'no reason'}`, screens);
  }
  const highest = new Map<string, number>();
  const failures: string[] = [];
  for (const { label, blocks } of screens.values()) {
    const result = grade(blocks);
    const step = label.slice(label.lastIndexOf('[') + 1, -1);
    highest.set(step, Math.max(highest.get(step) ?? -Infinity, result.grade));
    if (!(result.grade <= MAX_GRADE)) failures.push(`${label}: grade ${result.grade.toFixed(1)} (${result.words} words, ${result.sentences} sentences)`);
  }
  // The highest grade of each step, for the record (the report quotes these).
  console.log([...highest].map(([step, value]) => `${value.toFixed(1)}  ${step}`).join('\n'));
  expect(screens.size).toBeGreaterThan(20);
  expect(failures, failures.join('\n')).toEqual([]);
});
