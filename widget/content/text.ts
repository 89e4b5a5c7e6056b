/**
 * Looking up the guide's text: the locale's entry, or the practice's replacement for it, with `{name}`
 * values filled in. Every result is a plain string, rendered as text (never as markup).
 */
import { enGB, type ContentKey } from './en-GB.js';
import type { ContentString } from './types.js';

/** A locale file: one entry for every id the English file has (a Welsh file would be one more of these). */
export type LocaleContent = Readonly<Record<ContentKey, ContentString>>;

/** Every id a practice may override through the `strings` setting. */
export const CONTENT_IDS: ReadonlySet<string> = new Set(Object.keys(enGB));

export type TextLookup = (key: ContentKey, values?: Readonly<Record<string, string>>) => string;

export function createTextLookup(content: LocaleContent, overrides: Readonly<Record<string, string>>): TextLookup {
  return (key, values = {}) => {
    const template = Object.hasOwn(overrides, key) ? (overrides[key] as string) : content[key].text;
    // A function replacer, so `$` in a value is never read as a replacement pattern.
    return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? (values[name] as string) : whole));
  };
}
