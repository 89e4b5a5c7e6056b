/**
 * Looking up the guide's text: the locale's entry, or the practice's replacement for it, with `{name}`
 * values filled in. Every result is a plain string, rendered as text (never as markup). English is
 * always in the bundle and is the fallback for any entry a locale lacks.
 */
import { enGB, type ContentKey } from './en-GB.js';
import type { ContentString } from './types.js';

/** The English file's shape: one entry for every id. */
export type LocaleContent = Readonly<Record<ContentKey, ContentString>>;

/**
 * Any other locale's file. Partial on purpose, so a new English entry compiles before it is translated:
 * a missing entry shows in English (and is reported in development builds, see locales.ts).
 */
export type PartialLocaleContent = Readonly<Partial<Record<ContentKey, ContentString>>>;

/** Every id a practice may override through the `strings` setting. */
export const CONTENT_IDS: ReadonlySet<string> = new Set(Object.keys(enGB));

export type TextLookup = (key: ContentKey, values?: Readonly<Record<string, string>>) => string;

export function createTextLookup(content: PartialLocaleContent, overrides: Readonly<Record<string, string>>): TextLookup {
  return (key, values = {}) => {
    const template = Object.hasOwn(overrides, key) ? (overrides[key] as string) : (content[key] ?? enGB[key]).text;
    // A function replacer, so `$` in a value is never read as a replacement pattern.
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
  };
}

/** The ids `content` has no entry for: these show in English. */
export function missingContentKeys(content: PartialLocaleContent): ContentKey[] {
  return (Object.keys(enGB) as ContentKey[]).filter((key) => !Object.hasOwn(content, key));
}
