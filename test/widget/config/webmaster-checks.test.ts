/**
 * The webmaster's console checks (issue 18, item 9): misspelt attribute names and `{markers}` a replacement
 * text never fills in. The element's wiring and the type="module" check are in test/e2e/widget-embed.spec.ts.
 */
import { expect } from '@open-wc/testing';
import { closestAttribute, unknownAttributeMessages, unknownMarkerMessages } from '../../../widget/config/webmaster-checks.js';
import { settingEntries } from '../../../widget/config/settings.js';
import { enGB } from '../../../widget/content/en-GB.js';

const KNOWN = settingEntries().flatMap(([, setting]) => (setting.attribute ? [setting.attribute] : []));
const english = (id: string): string[] => {
  const entry = (enGB as Readonly<Record<string, { text: string; plural?: Readonly<Record<string, string>> } | undefined>>)[id];
  return entry ? [entry.text, ...Object.values(entry.plural ?? {})] : [];
};

describe('webmaster checks', () => {
  it('names the setting a misspelt attribute was meant to be', () => {
    expect(closestAttribute('practice_name', KNOWN)).to.equal('practice-name');
    expect(closestAttribute('odscode', KNOWN)).to.equal('ods-code');
    expect(closestAttribute('practise-name', KNOWN)).to.equal('practice-name');
    expect(closestAttribute('contact-telephone', KNOWN)).to.equal(null);
  });

  it('reports each attribute the guide does not have, once, and never the global, data-, aria- or declared ones', () => {
    const messages = unknownAttributeMessages(['id', 'class', 'data-x', 'aria-label', 'lang', 'practice-name', 'step-history', 'odscode', 'colour'], KNOWN);
    expect(messages).to.have.length(2);
    expect(messages[0]).to.match(/^record-access-guide: attribute "odscode" is not a setting of the guide, so it is ignored\. Did you mean "ods-code"\?/);
    expect(messages[1]).to.match(/^record-access-guide: attribute "colour" is not a setting of the guide, so it is ignored\. Its settings are: /);
    expect(messages[1]).to.contain('step-history');
  });

  it('reports a marker the text never fills in, naming the ones it may use; allowed and marker-free texts pass', () => {
    const markers = Object.entries(enGB).find(([, entry]) => /\{\w+\}/.test(entry.text));
    expect(markers, 'an English text with a marker').to.not.equal(undefined);
    const [id, entry] = markers as [string, { text: string }];
    const marker = /\{(\w+)\}/.exec(entry.text)?.[1] ?? '';
    expect(unknownMarkerMessages({ [id]: `Call {${marker}}` }, english)).to.deep.equal([]);
    const wrong = unknownMarkerMessages({ [id]: 'Call {surgery} now', quickExit: 'Leave {now}' }, english);
    expect(wrong).to.have.length(2);
    expect(wrong[0]).to.contain(`strings.${id}: {surgery} is not filled in`);
    expect(wrong[0]).to.contain(`It may use: {${marker}}`);
    expect(wrong[1]).to.contain('strings.quickExit: {now} is not filled in');
    expect(wrong[1]).to.contain('This text has no markers');
    expect(unknownMarkerMessages({ quickExit: 'Leave now' }, english)).to.deep.equal([]);
  });
});
