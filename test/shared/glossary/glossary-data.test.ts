import { expect } from '@open-wc/testing';
import {
  CHECK_WITH_PRACTICE,
  GLOSSARY,
  GLOSSARY_CATEGORIES,
  SOURCES,
  compileGlossary,
  headingOf,
  type GlossaryEntry,
  type TermEntry,
} from '../../../shared/glossary/index.js';
import { spellingsOf } from '../../../shared/glossary/matcher.js';

const termEntries = GLOSSARY.filter((entry): entry is TermEntry => entry.kind !== 'count');
const countEntries = GLOSSARY.filter((entry) => entry.kind === 'count');
const compiled = compileGlossary(GLOSSARY);

/** Everyday English words that must never be matched in any letter case. */
const EVERYDAY_WORDS = new Set([
  'a',
  'am',
  'an',
  'as',
  'at',
  'be',
  'bid',
  'by',
  'cap',
  'do',
  'go',
  'he',
  'hi',
  'if',
  'in',
  'is',
  'it',
  'me',
  'ms',
  'my',
  'no',
  'of',
  'on',
  'or',
  'pm',
  'so',
  'to',
  'up',
  'us',
  'we',
  'yo',
  'mr',
  'dr',
  'hyper',
  'fit',
  'salt',
  'pop',
  'aids',
  'echo',
  'ca',
  'od',
  'dna',
  'tab',
  'obs',
  'pad',
  'cad',
  'cd',
  'dd',
  'dc',
]);

const READING_LIMITS = { minLength: 20, maxLength: 200, maxWordLetters: 14, maxSentenceWords: 25 };

function describeEntry(entry: GlossaryEntry): string {
  return `${entry.id} (${headingOf(entry)})`;
}

describe('glossary data', () => {
  it('has at least 250 entries, in every category', () => {
    expect(GLOSSARY.length).to.be.at.least(250);
    for (const category of GLOSSARY_CATEGORIES) {
      expect(GLOSSARY.filter((entry) => entry.category === category).length, category).to.be.at.least(40);
    }
  });

  it('gives every entry a unique kebab-case id and an allowed category', () => {
    const seen = new Set<string>();
    for (const entry of GLOSSARY) {
      expect(entry.id, describeEntry(entry)).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(seen.has(entry.id), `duplicate id ${entry.id}`).to.equal(false);
      seen.add(entry.id);
      expect(GLOSSARY_CATEGORIES as readonly string[], describeEntry(entry)).to.include(entry.category);
    }
  });

  it('keeps every explanation short and plain', () => {
    for (const entry of GLOSSARY) {
      const text = entry.explanation;
      const name = describeEntry(entry);
      expect(text, name).to.equal(text.trim());
      expect(text.length, name).to.be.within(READING_LIMITS.minLength, READING_LIMITS.maxLength);
      expect(text, name).to.match(/[.!?"]$/);
      for (const word of text.match(/\p{L}+/gu) ?? []) {
        expect(word.length, `${name}: "${word}"`).to.be.at.most(READING_LIMITS.maxWordLetters);
      }
      for (const sentence of text.split(/(?<=[.!?])\s+/)) {
        expect(sentence.split(/\s+/).length, `${name}: "${sentence}"`).to.be.at.most(READING_LIMITS.maxSentenceWords);
      }
      // The glossary explains words; it does not tell anyone how to treat themselves.
      expect(text, name).not.to.match(/\byou should\b|\bstop taking\b|\bdo not take\b|\bincrease your dose\b/i);
    }
  });

  it('names an https source with a publisher and title for every entry, and cites every source it lists', () => {
    const cited = new Set<string>();
    for (const entry of GLOSSARY) {
      const { publisher, title, url } = entry.source;
      const name = describeEntry(entry);
      expect(publisher.trim().length, name).to.be.greaterThan(0);
      expect(title.trim().length, name).to.be.greaterThan(0);
      expect(new URL(url).protocol, `${name}: ${url}`).to.equal('https:');
      cited.add(url);
    }
    for (const [key, source] of Object.entries(SOURCES)) {
      expect(cited.has(source.url), `source ${key} is never cited`).to.equal(true);
    }
  });

  it('gives ambiguous entries their other meanings and the check-with-practice advice, and only them', () => {
    const ambiguous = GLOSSARY.filter((entry) => entry.otherMeanings !== undefined);
    expect(ambiguous.map((entry) => entry.id)).to.include.members(['ms', 'od', 'dna', 'pe', 'count-months']);
    for (const entry of GLOSSARY) {
      const name = describeEntry(entry);
      if (entry.otherMeanings === undefined) {
        expect(entry.advice, name).to.equal(undefined);
        continue;
      }
      expect(entry.otherMeanings.length, name).to.be.greaterThan(0);
      for (const meaning of entry.otherMeanings) expect(meaning.trim().length, name).to.be.greaterThan(3);
      expect(entry.advice, name).to.equal(CHECK_WITH_PRACTICE);
    }
    expect(CHECK_WITH_PRACTICE).to.match(/practice/);
  });

  it("writes each term entry's spellings once, without repeating the term", () => {
    for (const entry of termEntries) {
      const name = describeEntry(entry);
      const written = [entry.term, ...(entry.variants ?? [])];
      expect(new Set(written).size, name).to.equal(written.length);
      for (const spelling of written) expect(spelling, name).to.equal(spelling.trim());
      if (entry.dotted)
        expect(
          spellingsOf(entry).some((spelling) => spelling.includes('.')),
          `${name} asks for dotted forms but has none`,
        ).to.equal(true);
    }
  });

  it('only folds case for ASCII spellings that are not everyday words', () => {
    for (const entry of termEntries) {
      if (entry.caseRule !== 'insensitive') continue;
      for (const spelling of spellingsOf(entry)) {
        expect(/^[\x20-\x7e]+$/.test(spelling), `${entry.id}: "${spelling}" is not ASCII`).to.equal(true);
        expect(EVERYDAY_WORDS.has(spelling.toLowerCase()), `${entry.id}: "${spelling}" is an everyday word and must be exact-case`).to.equal(false);
      }
    }
  });

  it('marks only exact-case entries as everyday words in capitals', () => {
    const marked = termEntries.filter((entry) => entry.alsoEverydayWord === true);
    expect(marked.map((entry) => entry.id)).to.include.members(['aids', 'fit']);
    for (const entry of marked) expect(entry.caseRule, entry.id).to.equal('exact');
  });

  it('never lets two entries claim the same spelling under overlapping case rules', () => {
    const claims = new Map<string, { entryId: string; text: string; exact: boolean }[]>();
    for (const spelling of compiled.spellings) {
      const key = spelling.text.replace(/[A-Z]/g, (letter) => letter.toLowerCase());
      claims.set(key, [...(claims.get(key) ?? []), spelling]);
    }
    for (const [key, list] of claims) {
      for (const a of list) {
        for (const b of list) {
          if (a.entryId === b.entryId) continue;
          const overlap = !a.exact || !b.exact || a.text === b.text;
          expect(overlap, `"${key}" is claimed by ${a.entryId} and ${b.entryId}`).to.equal(false);
        }
      }
    }
  });

  it('finds every spelling on its own as its own entry', () => {
    for (const spelling of compiled.spellings) {
      // Everyday words ("tabs", "sats") are explained only in a medical context, so they get a number beside them.
      const matches = compiled.scan(spelling.needsMedicalContext ? `Seen: 2 ${spelling.text} today.` : `Seen: ${spelling.text} today.`);
      expect(
        matches.map((match) => [match.entryId, match.matchedText]),
        spelling.text,
      ).to.deep.equal([[spelling.entryId, spelling.text]]);
    }
  });

  it('has one count entry per denominator, and finds its example', () => {
    const denominators = countEntries.map((entry) => (entry.kind === 'count' ? entry.denominator : ''));
    expect(denominators.sort()).to.deep.equal(['12', '40', '52', '7']);
    for (const entry of countEntries) {
      const heading = headingOf(entry);
      expect(
        compiled.scan(`review ${heading}`).map((match) => match.entryId),
        entry.id,
      ).to.deep.equal([entry.id]);
    }
  });

  it('carries the 2026 review: corrections, second meanings, the moved nhs.uk page and the added record terms', () => {
    const byId = new Map(GLOSSARY.map((entry) => [entry.id, entry]));
    const get = (id: string) => {
      const entry = byId.get(id);
      expect(entry, id).to.not.equal(undefined);
      return entry as GlossaryEntry;
    };
    expect(get('two-week-wait').explanation).to.contain('October 2023');
    expect(get('mmr').explanation).to.contain('MMRV');
    expect(get('ppv').explanation).to.contain('PCV');
    expect(get('nafld').explanation).to.contain('MASLD');
    expect(get('dexa').expansion).to.contain('dual-energy X-ray absorptiometry');
    expect(get('sh').otherMeanings?.join(' ')).to.contain('self-harm');
    expect(get('hv').otherMeanings?.join(' ')).to.contain('home visit');
    expect(get('ra').otherMeanings?.join(' ')).to.contain('room air');
    expect(SOURCES.nhsRecordAbbreviations.url).to.contain('/nhs-app/nhs-app-help-and-support/');
    const added = [
      'bowels-opened',
      'bowels-not-opened',
      'emergency-department',
      'nil-by-mouth',
      'patient',
      'telephone-call',
      'deliberate-self-harm',
      'respiratory-rate',
      'road-traffic-collision',
      'lpa',
      'news2',
      'gcs',
      'aki',
      'adhd',
      'asd',
      'learning-disability',
      'bph',
      'luts',
      'lvf',
      'masld',
      'bid',
      'ssri',
      'snri',
      'cbt',
      'mmrv',
      'abg',
      'phq-9',
      'gad-7',
      'fob',
    ];
    expect(added.length).to.be.at.least(25);
    for (const id of added) expect(get(id).source.url, id).to.match(/^https:/);
    // Each is found in a line written the way records write it.
    const found = (text: string) => compiled.scan(text).map((match) => match.entryId);
    expect(found('BO x2, BNO since Mon. Pt NBM. T/C with son.')).to.deep.equal([
      'bowels-opened',
      'bowels-not-opened',
      'patient',
      'nil-by-mouth',
      'telephone-call',
    ]);
    expect(found('AKI on ABG. PHQ-9 14, GAD-7 12. Started SSRI.')).to.deep.equal(['aki', 'abg', 'phq-9', 'gad-7', 'ssri']);
  });
});
