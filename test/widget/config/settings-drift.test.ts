/**
 * Drift between the settings declared in widget/config/settings.ts and their uses in the running guide:
 * the attributes the element observes, the keys and defaults resolveConfig knows, the contact lines.
 * (The manifest, the element's JSDoc names and the README table are checked in test/e2e/widget-declarations.spec.ts.)
 */
import { expect } from '@open-wc/testing';
import '../../../widget/index.js';
import { CONFIG_ATTRIBUTES, CONTACT_KEYS, defaultConfig, TOP_LEVEL_KEYS } from '../../../widget/config/config.js';
import { settingEntries, SETTINGS } from '../../../widget/config/settings.js';
import { enGB } from '../../../widget/content/en-GB.js';
import { createTextLookup } from '../../../widget/content/text.js';
import { practiceContacts } from '../../../widget/record-access-guide/checklist-document.js';
import { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';

const declared = settingEntries();
const declaredAttributes = declared.flatMap(([, s]) => ('attribute' in s && s.attribute ? [s.attribute] : []));

describe('settings declared once (widget/config/settings.ts)', () => {
  it('the element observes exactly the declared attributes', () => {
    expect([...RecordAccessGuide.observedAttributes].sort()).to.deep.equal([...declaredAttributes].sort());
  });

  it('each declared attribute is a property of the element with the declared name', () => {
    // Created, never connected: only its attribute-to-property mapping is checked.
    const el = new RecordAccessGuide();
    for (const [name, setting] of declared) {
      if (!('attribute' in setting) || !setting.attribute) continue;
      el.setAttribute(setting.attribute, setting.type === 'number' ? '1.5' : 'x');
      expect((el as unknown as Record<string, unknown>)[name], `${setting.attribute} -> ${name}`).to.equal(setting.type === 'number' ? 1.5 : 'x');
    }
  });

  it('resolveConfig reads every declared configuration attribute, and only those', () => {
    const configAttributes = declared.flatMap(([, s]) => ('path' in s && 'attribute' in s && s.attribute ? [s.attribute] : []));
    expect([...CONFIG_ATTRIBUTES].sort()).to.deep.equal([...configAttributes].sort());
  });

  it('the configuration object has one key per declared path, with the declared default', () => {
    const config = defaultConfig();
    expect(Object.keys(config).sort()).to.deep.equal([...TOP_LEVEL_KEYS].sort());
    const contactPaths = declared.flatMap(([, s]) => ('path' in s && s.path.startsWith('contact.') ? [s.path.slice(8)] : []));
    expect([...CONTACT_KEYS]).to.deep.equal(contactPaths);
    for (const [name, setting] of declared) {
      if (setting.type === 'text' && !setting.path.startsWith('contact.'))
        expect(config[setting.path as keyof typeof config], name).to.deep.equal(setting.default);
      if (setting.type === 'list') expect(config[setting.path as keyof typeof config], name).to.deep.equal(setting.default);
    }
  });

  it('every contact setting becomes a line on the checklist, with its declared text', () => {
    const config = defaultConfig();
    const contact = config.contact as Record<string, string>;
    for (const [, setting] of declared)
      if (setting.type === 'text' && setting.contact)
        contact[setting.path.slice(8)] = setting.kind === 'email' ? 'a@b.nhs.uk' : setting.kind === 'https' ? 'https://example.nhs.uk/' : '01632 960000';
    const { lines } = practiceContacts(createTextLookup(enGB, {}), config, 'Oakmere');
    const routes = declared.flatMap(([, s]) => (s.type === 'text' && s.contact ? [s.contact.label] : []));
    expect(lines.map((line) => line.text)).to.deep.equal(
      routes.map((label) => createTextLookup(enGB, {})(label, { value: label === 'contactEmail' ? 'a@b.nhs.uk' : '01632 960000' })),
    );
    expect(lines.every((line) => typeof line.url === 'string' && /^(tel:|sms:|mailto:|https:)/.test(line.url))).to.equal(true);
  });

  it('every text rule and list of options is usable (a maximum length, at least one allowed value)', () => {
    for (const [name, setting] of declared) {
      if (setting.type === 'text') expect(setting.maxLength, name).to.be.greaterThan(0);
      if (setting.type === 'list') expect(setting.allowed.length, name).to.be.greaterThan(0);
      expect(SETTINGS[name].docs.trim(), `${name}: docs`).to.not.equal('');
    }
  });
});
