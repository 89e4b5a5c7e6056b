/**
 * Which language a page's text is in, guessed on the device from its most common short words (the way a
 * reader knows Welsh from "yn", "mae" and "eich"). The reader's aids, its voice and its OCR data are
 * English, so a page in another language is said to be one, and marked with its `lang` for screen readers.
 * Pure: no DOM. Only languages with word lists below are named; other scripts are "not English".
 */

export interface LanguageGuess {
  /** BCP 47 code, e.g. 'cy'; 'und' when the text is not English but not one of the languages below. */
  lang: string;
  /** The language's English name (undefined for 'und'). */
  name: string | undefined;
}

/**
 * Frequent words that are rare in the other languages listed. Words shared with English ("a", "i",
 * "am", "in", "do", "to") are left out of the other lists, so English text cannot score for them.
 */
const WORDS: Readonly<Record<string, { name: string; words: readonly string[] }>> = {
  en: {
    name: 'English',
    words:
      'the and of to in is you your for that on with be this are we it at as have will please by from or an not if our was has been can any about would should which there they their these who when'.split(
        ' ',
      ),
  },
  cy: {
    name: 'Welsh',
    words:
      'yn yr y ac ar ei eich chi mae maen ydy yw gyda ddim bod hyn wedi neu ond sydd eu gan fel dros ni hefyd fy ein nhw mewn drwy trwy rhaid pan oes oedd bydd byddwch gallwch annwyl diolch cofion gyfer ynghylch gennych unrhyw rhwng ddydd dydd bore prynhawn meddyg meddygfa feddygfa teulu'.split(
        ' ',
      ),
  },
  pl: { name: 'Polish', words: 'w z na nie się że jest jak po dla od czy ale przez pan pani są tak lub oraz który która jeśli proszę'.split(' ') },
  ro: { name: 'Romanian', words: 'și de la în cu pe nu este sunt pentru că din al ale care vă dumneavoastră sau mai'.split(' ') },
  es: { name: 'Spanish', words: 'el la de que y en los las del se por con para una es su al lo como más pero sus usted'.split(' ') },
  pt: { name: 'Portuguese', words: 'o de que e do da em um para com não uma os no se na por mais dos você seu sua é'.split(' ') },
  fr: { name: 'French', words: 'le la les de des et un une est vous pour que qui dans du en au pas sur avec votre nous il'.split(' ') },
  de: { name: 'German', words: 'der die das und ist sie nicht mit den von zu ein eine für auf dem ihre ihr bitte wir sind'.split(' ') },
  it: { name: 'Italian', words: 'il di che la e per un una non del della le con sono lei suo sua gli alla è'.split(' ') },
  lt: { name: 'Lithuanian', words: 'ir yra kad su į iš ne jūsų tai bet kaip arba'.split(' ') },
};

const LISTS = Object.entries(WORDS).map(([lang, { name, words }]) => ({ lang, name, words: new Set(words) }));

/** Fewer words than this say too little to name a language. */
export const MIN_WORDS = 12;
/** Another language is named when this share of the words are its own, and clearly more than English's. */
const OTHER_SHARE = 0.12;
/** Text in a script other than Latin (Arabic, Bengali, Chinese…), by share of letters, is not English. */
const OTHER_SCRIPT_SHARE = 0.5;

/** Lower-case words: letters only (an apostrophe splits "mae'r" into "mae" and "r"). */
export function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/** Each listed language's share of the words (0 to 1). */
export function shares(words: readonly string[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const { lang, words: list } of LISTS) {
    let hits = 0;
    for (const word of words) if (list.has(word)) hits += 1;
    out.set(lang, words.length === 0 ? 0 : hits / words.length);
  }
  return out;
}

/**
 * The language of `text`: undefined when it is English or too short to tell (fewer than `minWords`
 * words); otherwise the language it looks like (named when it is one of those listed).
 */
export function guessLanguage(text: string, minWords = MIN_WORDS): LanguageGuess | undefined {
  const letters = text.match(/\p{L}/gu) ?? [];
  if (letters.length >= minWords * 3) {
    const latin = letters.filter((letter) => /\p{Script=Latin}/u.test(letter)).length;
    if (1 - latin / letters.length >= OTHER_SCRIPT_SHARE) return { lang: 'und', name: undefined };
  }
  const words = wordsOf(text);
  if (words.length < minWords) return undefined;
  const scored = shares(words);
  const english = scored.get('en') ?? 0;
  let best: { lang: string; share: number } | undefined;
  for (const [lang, share] of scored) if (lang !== 'en' && (best === undefined || share > best.share)) best = { lang, share };
  if (!best || best.share < OTHER_SHARE || best.share < english * 1.5) return undefined;
  return { lang: best.lang, name: WORDS[best.lang]?.name };
}
