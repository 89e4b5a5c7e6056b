/**
 * Marks the language of a page's text on the reader page: its blocks get their `lang` (the whole page's,
 * or, on a page partly in another language, each block long enough to tell), so screen readers switch
 * voice; and a page that is not in English, wholly or in part, says so in a
 * notice under its heading, because the reader's voice, explain terms and OCR data are English.
 */
import { guessLanguage, MIN_WORDS, wordsOf, type LanguageGuess } from './language.js';
import { notice } from './render-page.js';
import { rs } from './strings.js';

/** Parts of a page at least this share of its words in another language make the page "partly" in it. */
const PART_SHARE = 0.25;

const describe = (guess: LanguageGuess, part: boolean): string =>
  guess.name === undefined ? rs('languageOther') : rs(part ? 'languagePart' : 'languagePage', { language: guess.name });

/** The notice for a page in another language, or undefined when it is in English. `fromPicture`: read by OCR. */
export function markLanguage(section: HTMLElement, fromPicture: boolean): LanguageGuess | undefined {
  const blocks = [...section.children].filter(
    (child): child is HTMLElement => child instanceof HTMLElement && !child.classList.contains('page-heading') && !child.classList.contains('page-notice'),
  );
  let words = 0;
  let otherWords = 0;
  let other: LanguageGuess | undefined;
  for (const block of blocks) {
    const text = block.textContent ?? '';
    const count = wordsOf(text).length;
    words += count;
    const guess = count >= MIN_WORDS / 2 ? guessLanguage(text, MIN_WORDS / 2) : undefined;
    if (!guess) continue;
    if (guess.lang !== 'und') block.lang = guess.lang;
    otherWords += count;
    other ??= guess;
  }
  const page = guessLanguage(blocks.map((block) => block.textContent ?? '').join('\n'));
  const part = page === undefined && other !== undefined && otherWords >= words * PART_SHARE;
  const said = page ?? (part ? other : undefined);
  if (!said) return undefined;
  // The page's own text is marked, not the section: its heading and notices are the reader's, in English.
  if (page && page.lang !== 'und') blocks.forEach((block) => (block.lang = page.lang));
  const box = notice('warning', `${describe(said, part)} ${rs(fromPicture ? 'languagePicture' : 'languageText')}`);
  box.dataset.language = said.lang;
  section.querySelector('.page-heading')?.after(box);
  return said;
}
