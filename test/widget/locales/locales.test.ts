import { expect } from '@open-wc/testing';
import cy from '../../../widget/content/cy.js';
import { enGB, missingContentKeys, type ContentKey } from '../../../widget/content/en-GB.js';
import { WIDGET_GLOSSARY } from '../../../widget/content/glossary-terms.js';
import { loadLocale, matchLocale, parseLocaleFile, reportMissingContent, resolveLocale } from '../../../widget/content/locales.js';
import { createTextLookup } from '../../../widget/content/text.js';

const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string).sort();

/** Replaces console.warn while `run` runs and returns what was written. */
async function captureWarnings(run: () => unknown): Promise<string[]> {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('Welsh content (cy.ts)', () => {
  it('has every English entry, with the same {placeholders}, and cites the same source for every fact', () => {
    const missing = missingContentKeys(cy.content);
    expect(missing, `entries with no Welsh yet: ${missing.join(', ')}`).to.deep.equal([]);
    for (const [key, english] of Object.entries(enGB)) {
      const welsh = cy.content[key as ContentKey];
      if (!welsh) continue;
      expect(welsh.text.trim(), key).to.not.equal('');
      expect(placeholders(welsh.text), `${key}: placeholders`).to.deep.equal(placeholders(english.text));
      expect((welsh as { source?: string }).source, `${key}: source`).to.equal((english as { source?: string }).source);
    }
  });

  it('has no entry the English lacks (a typo would never be shown)', () => {
    for (const key of Object.keys(cy.content)) expect(Object.hasOwn(enGB, key), key).to.equal(true);
  });

  it('explains every short form in the record examples, with as many other meanings as the English', () => {
    for (const entry of WIDGET_GLOSSARY) {
      const welsh = cy.glossary[entry.id as keyof typeof cy.glossary];
      expect(welsh, entry.id).to.not.equal(undefined);
      expect(welsh.explanation.trim(), entry.id).to.not.equal('');
      const others = (welsh as { otherMeanings?: readonly string[] }).otherMeanings ?? [];
      expect(others.length, `${entry.id}: other meanings`).to.equal(entry.otherMeanings?.length ?? 0);
      expect(Boolean((welsh as { advice?: string }).advice), `${entry.id}: advice`).to.equal(Boolean(entry.advice));
    }
  });

  it('keeps record examples in English, as records in England are written', () => {
    for (const key of ['recordSummaryExample', 'recordResultsExample', 'recordNotesExample'] as const) {
      expect(cy.content[key].text, key).to.equal(enGB[key].text);
    }
  });
});

describe('choosing a locale', () => {
  it('matches on the primary language subtag, in any case', () => {
    expect(matchLocale('cy')).to.equal('cy');
    expect(matchLocale('cy-GB')).to.equal('cy');
    expect(matchLocale(' CY ')).to.equal('cy');
    expect(matchLocale('en')).to.equal('en-GB');
    expect(matchLocale('en-US')).to.equal('en-GB');
    expect(matchLocale('fr')).to.equal(null);
    expect(matchLocale('')).to.equal(null);
    expect(matchLocale(null)).to.equal(null);
  });

  it('prefers the locale attribute, then the nearest lang, then the page’s, then English', () => {
    const outer = document.createElement('div');
    outer.innerHTML = '<div lang="cy-GB"><span id="inner"></span><span id="own" lang="en"></span></div><span id="plain"></span>';
    document.body.append(outer);
    const originalPageLang = document.documentElement.getAttribute('lang');
    try {
      const inner = outer.querySelector('#inner') as Element;
      const own = outer.querySelector('#own') as Element;
      const plain = outer.querySelector('#plain') as Element;
      expect(resolveLocale('en-GB', inner)).to.deep.equal({ code: 'en-GB', unsupported: null });
      expect(resolveLocale(null, inner)).to.deep.equal({ code: 'cy', unsupported: null });
      expect(resolveLocale(null, own)).to.deep.equal({ code: 'en-GB', unsupported: null });
      document.documentElement.setAttribute('lang', 'cy');
      expect(resolveLocale('', plain)).to.deep.equal({ code: 'cy', unsupported: null });
      document.documentElement.setAttribute('lang', 'de');
      expect(resolveLocale(null, plain)).to.deep.equal({ code: 'en-GB', unsupported: null });
      // An attribute naming a language we do not have is reported, and the page's language is used.
      expect(resolveLocale('fr', inner)).to.deep.equal({ code: 'cy', unsupported: 'fr' });
    } finally {
      if (originalPageLang === null) document.documentElement.removeAttribute('lang');
      else document.documentElement.setAttribute('lang', originalPageLang);
      outer.remove();
    }
  });
});

describe('a locale missing entries', () => {
  it('shows the English for a missing entry, and the locale’s own text otherwise', () => {
    const t = createTextLookup({ back: { text: 'Yn ôl' } }, {});
    expect(t('back')).to.equal('Yn ôl');
    expect(t('continue')).to.equal('Continue');
    expect(t('stepOf', { step: '2', count: '9' })).to.equal('Step 2 of 9');
  });

  it('writes one console warning per missing entry in development builds, never twice', async () => {
    const partial = Object.fromEntries(Object.entries(enGB).filter(([key]) => key !== 'back' && key !== 'continue'));
    const first = await captureWarnings(() => reportMissingContent('xx-test', partial, enGB));
    expect(first).to.have.length(2);
    expect(first[0]).to.contain('"xx-test"').and.contain('"back"').and.contain('English');
    expect(first[1]).to.contain('"continue"');
    expect(await captureWarnings(() => reportMissingContent('xx-test', partial, enGB))).to.deep.equal([]);
  });

  it('loads the Welsh file (its own chunk in the bundle) without any missing-entry warning', async () => {
    let file: Awaited<ReturnType<typeof loadLocale>> | undefined;
    const warnings = await captureWarnings(async () => (file = await loadLocale('cy')));
    expect(warnings).to.deep.equal([]);
    expect(file?.content.back?.text).to.equal('Yn ôl');
    expect(file?.glossary?.fbc?.explanation).to.contain('gwaed');
  });

  it('keeps only well-formed entries from a loaded file, and refuses a file with no content', () => {
    const parsed = parseLocaleFile(
      'xx',
      { default: { content: { back: { text: 'Zurück' }, continue: { text: 42 }, notAnId: { text: 'x' } }, glossary: { fbc: { explanation: 7 } } } },
      enGB,
    );
    expect(Object.keys(parsed.content)).to.deep.equal(['back']);
    expect(parsed.glossary).to.deep.equal({});
    expect(() => parseLocaleFile('xx', { default: {} }, enGB)).to.throw('no content');
    expect(() => parseLocaleFile('xx', null, enGB)).to.throw('no content');
  });
});
