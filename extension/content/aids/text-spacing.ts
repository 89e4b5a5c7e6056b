import type { TextSpacing } from '../../settings/schema.js';
import type { Aid } from '../aid-runner.js';
import { installPageStyle } from '../page-style.js';
import { WRAP_LONG_WORDS_CSS } from './text-size.js';

/** WCAG 1.4.12 levels, and a wider step beyond them for people who need more room. */
const LEVELS: Record<Exclude<TextSpacing, 'none'>, { line: number; paragraph: number; letter: number; word: number }> = {
  wcag: { line: 1.5, paragraph: 2, letter: 0.12, word: 0.16 },
  wide: { line: 1.8, paragraph: 2.5, letter: 0.16, word: 0.32 },
};

/**
 * One universal rule, with no ancestor to find (every element tests it in each style pass, so a
 * `:root body *` form walked up the tree for each), and the paragraph rule filed by tag, not as `:is()`.
 */
export function textSpacingCss(level: Exclude<TextSpacing, 'none'>): string {
  const { line, paragraph, letter, word } = LEVELS[level];
  return `
* {
  line-height: ${line} !important;
  letter-spacing: ${letter}em !important;
  word-spacing: ${word}em !important;
}
p, li, dd, blockquote { margin-block-end: ${paragraph}em !important; }
${WRAP_LONG_WORDS_CSS}`;
}

export const textSpacing: Aid = {
  id: 'text-spacing',
  configKey: (aids) => (aids.textSpacing === 'none' ? undefined : aids.textSpacing),
  start(aids, signal) {
    if (aids.textSpacing !== 'none') installPageStyle('text-spacing', textSpacingCss(aids.textSpacing), signal);
  },
};
