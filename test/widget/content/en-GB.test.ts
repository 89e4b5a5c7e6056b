import { expect } from '@open-wc/testing';
import { enGB } from '../../../widget/content/en-GB.js';
import { SOURCES } from '../../../widget/content/sources.js';
import { createTextLookup } from '../../../widget/content/text.js';

const PLACEHOLDERS = new Set(['practice', 'step', 'count', 'title', 'value', 'hours', 'ods', 'days']);
/** Publishers we cite: the NHS's own sites. A new domain here is a deliberate, reviewed change. */
const SOURCE_HOSTS = new Set([
  'www.nhs.uk',
  'www.england.nhs.uk',
  'digital.nhs.uk',
  'www.standards.nhs.uk',
  'transform.england.nhs.uk',
  'nhs-digital.zendesk.com',
  // Added in the 2026 review, each for facts the NHS's own pages state only in part: the core-hours
  // contract change (Pulse), how to complain about data (the ICO), moving practice (the RCGP toolkit).
  'pulsetoday.co.uk',
  'ico.org.uk',
  'elearning.rcgp.org.uk',
]);

describe('en-GB content', () => {
  it('has text for every entry, using only the placeholders the guide fills in', () => {
    for (const [id, entry] of Object.entries(enGB)) {
      expect(entry.text.trim(), id).to.not.equal('');
      for (const [, name] of entry.text.matchAll(/\{(\w+)\}/g)) expect(PLACEHOLDERS.has(name as string), `${id}: {${name}}`).to.equal(true);
    }
  });

  it('cites only named NHS sources over https', () => {
    for (const [id, source] of Object.entries(SOURCES)) {
      const url = new URL(source.url);
      expect(url.protocol, id).to.equal('https:');
      expect(SOURCE_HOSTS.has(url.hostname), `${id}: ${url.hostname}`).to.equal(true);
      expect(source.publisher && source.title, id).to.be.a('string');
    }
  });

  it('fills placeholders as plain text, without reading $ patterns, and prefers a practice override', () => {
    const t = createTextLookup(enGB, { startHelp: 'Ask {practice}, {unknown}.' });
    expect(t('startOffers', { practice: '$& $1 <b>' })).to.equal('At $& $1 <b> you can:');
    expect(t('startHelp', { practice: 'Oakmere' })).to.equal('Ask Oakmere, {unknown}.');
  });
});
