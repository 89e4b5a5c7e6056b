/**
 * Every registered locale (LOCALES in widget/content/locales.ts, not Welsh alone) against the English:
 * every entry, the same {placeholders} and sources, plural forms only for categories the language has,
 * and every step's words (headings, option labels and hints, error text) present.
 */
import { expect } from '@open-wc/testing';
import { enGB, missingContentKeys, type ContentKey } from '../../../widget/content/en-GB.js';
import { DEFAULT_LOCALE, LOCALE_CODES, LOCALES, type LocaleFile } from '../../../widget/content/locales.js';
import type { ContentString } from '../../../widget/content/types.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();
const others = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);

/** Each form of an entry: its text, and each plural form by category. */
function forms(entry: ContentString): [string, string][] {
  return [['text', entry.text], ...Object.entries(entry.plural ?? {}).map(([category, text]): [string, string] => [category, text])];
}

describe('every registered locale is complete', () => {
  it('registers at least one locale besides English (this test would check nothing otherwise)', () => {
    expect(others.length).to.be.greaterThan(0);
  });

  it('English plural forms are categories English has, with the same {placeholders} as the text', () => {
    const categories = new Intl.PluralRules(DEFAULT_LOCALE).resolvedOptions().pluralCategories as string[];
    for (const [key, entry] of Object.entries(enGB) as [ContentKey, ContentString][]) {
      for (const [form, text] of forms(entry)) {
        if (form !== 'text') expect(categories, `${key}.${form}`).to.include(form);
        expect(placeholders(text), `${key}.${form}`).to.deep.equal(placeholders(entry.text));
      }
    }
  });

  for (const code of others) {
    describe(`${code} (${LOCALES[code].name})`, () => {
      let file: LocaleFile;
      before(async () => {
        const load = (LOCALES[code] as { load?: () => Promise<unknown> }).load;
        expect(load, `${code} has a loader`).to.not.equal(undefined);
        file = ((await load?.()) as { default: LocaleFile }).default;
      });

      it('has every English entry, not empty, with the same {placeholders} in every form, citing the same source', () => {
        const missing = missingContentKeys(file.content);
        expect(missing, `entries with no ${code} yet: ${missing.join(', ')}`).to.deep.equal([]);
        const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories as string[];
        for (const [key, english] of Object.entries(enGB) as [ContentKey, ContentString][]) {
          const entry = file.content[key];
          if (!entry) continue;
          for (const [form, text] of forms(entry)) {
            expect(text.trim(), `${key}.${form}`).to.not.equal('');
            if (form !== 'text') expect(categories, `${key}.${form}: a plural category ${code} has`).to.include(form);
            expect(placeholders(text), `${key}.${form}: placeholders`).to.deep.equal(placeholders(english.text));
          }
          expect(entry.source, `${key}: source`).to.equal(english.source);
        }
      });

      it('has no entry the English lacks (a typo would never be shown)', () => {
        for (const key of Object.keys(file.content)) expect(Object.hasOwn(enGB, key), key).to.equal(true);
      });
    });
  }
});
