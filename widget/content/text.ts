/**
 * Looking up the guide's text: the locale's entry, or the practice's replacement for it, with `{name}`
 * values filled in. Every result is a plain string, rendered as text (never as markup). English is the
 * fallback for any entry a locale lacks: the first step's English is in the main script (en-GB-first.ts), the
 * rest arrives with the later steps' part beside the first render (en-GB.ts, later-steps.ts), and no later
 * step is drawn before it has.
 */
import { DEV_BUILD } from './dev-build.js';
import type { ContentKey } from './en-GB.js';
import { enGBFirst } from './en-GB-first.js';
import type { ContentString } from './types.js';

/** The English file's shape: one entry for every id. */
export type LocaleContent = Readonly<Record<ContentKey, ContentString>>;

/**
 * Any other locale's file. Partial on purpose, so a new English entry compiles before it is translated:
 * a missing entry shows in English (and is reported in development builds, see locales.ts).
 */
export type PartialLocaleContent = Readonly<Partial<Record<ContentKey, ContentString>>>;

/**
 * The text for `key` with `{name}` values filled in. Given a `count`, the entry's plural form for that number
 * in the locale's rules (Intl.PluralRules: English has one/other, Welsh zero/one/two/few/many/other) is used,
 * falling back to `text` (the "other" form).
 */
export type TextLookup = (key: ContentKey, values?: Readonly<Record<string, string>>, count?: number) => string;

/**
 * Markers whose values the practice configured (its name, its registration hours). Direction controls are
 * already removed from them (config.ts); a value with right-to-left letters (Arabic, Hebrew...), or one put
 * into a right-to-left sentence, is put between FIRST STRONG ISOLATE and POP DIRECTIONAL ISOLATE, the
 * plain-text form of `<bdi>`, so it cannot pull the words or numbers around it into its own direction, on
 * screen, on paper or in the downloaded checklist. Left-to-right text in a left-to-right sentence needs no
 * isolating (it cannot reorder anything), so it is left as it is.
 */
const ISOLATED_MARKERS: ReadonlySet<string> = new Set(['practice', 'hours']);

/** A right-to-left letter: Hebrew, Arabic, Syriac, Thaana, N'Ko and the other right-to-left scripts and forms. */
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;

/**
 * `english` is the English known so far: the first step's until the rest has arrived (LocaleController).
 * An entry in neither is a step drawn before its words arrived: a bug, thrown in development builds.
 */
export function createTextLookup(
  content: PartialLocaleContent,
  overrides: Readonly<Record<string, string>>,
  locale = 'en-GB',
  english: PartialLocaleContent = enGBFirst,
): TextLookup {
  let rules: Intl.PluralRules | undefined;
  return (key, values = {}, count) => {
    const entry: ContentString | undefined = content[key] ?? english[key];
    if (!entry) {
      if (DEV_BUILD) throw new Error(`record-access-guide: the text "${key}" was needed before the later steps' part arrived.`);
      return '';
    }
    let template = entry.text;
    if (Object.hasOwn(overrides, key)) template = overrides[key] as string;
    else if (count !== undefined && entry.plural) {
      // Created on first use: only entries with a count need the rules.
      rules ??= new Intl.PluralRules(locale);
      template = entry.plural[rules.select(count)] ?? template;
    }
    // A function replacer, so `$` in a value is never read as a replacement pattern.
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
      if (!Object.hasOwn(values, name)) return whole;
      const value = values[name] as string;
      const isolate = ISOLATED_MARKERS.has(name) && (RIGHT_TO_LEFT.test(value) || RIGHT_TO_LEFT.test(template));
      return isolate ? `\u2068${value}\u2069` : value;
    });
  };
}
