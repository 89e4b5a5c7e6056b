import { expect } from '@open-wc/testing';
import { defaultConfig, resolveConfig, type ConfigSources, type PracticeConfig } from '../../../widget/config/config.js';
import { CONTENT_IDS } from '../../../widget/content/en-GB.js';

const NAME = 'practice-name';
const attrs = (values: Record<string, string>): Record<string, string | null> => ({ [NAME]: 'Oakmere Green Surgery', ...values });
const resolve = (sources: Partial<ConfigSources>) =>
  resolveConfig({ attributes: attrs({}), jsonText: null, property: undefined, ...sources }, CONTENT_IDS, 'your GP practice');

const SERVICES_ALLOWED = 'one or more of record, appointments, prescriptions, messages';

/** Each bad configuration, the one message it must produce, and what is used instead. */
const BAD_CONFIGS: { name: string; sources: Partial<ConfigSources>; message: string; check(config: PracticeConfig): void }[] = [
  {
    name: 'missing practice name',
    sources: { attributes: {} },
    message: `record-access-guide: attribute "practice-name": is missing. Allowed: the practice's name as plain text, up to 120 characters. Using "your GP practice".`,
    check: (c) => expect(c.practiceName).to.equal(null),
  },
  {
    name: 'empty practice name',
    sources: { attributes: { [NAME]: '   ' } },
    message: 'record-access-guide: attribute "practice-name": is empty. Allowed: plain text, up to 120 characters. Using "your GP practice".',
    check: (c) => expect(c.practiceName).to.equal(null),
  },
  {
    name: 'practice name too long',
    sources: { attributes: { [NAME]: 'A'.repeat(121) } },
    message: `record-access-guide: attribute "practice-name": ${JSON.stringify('A'.repeat(80))}… (121 characters) is not allowed. Allowed: plain text, up to 120 characters. Using "your GP practice".`,
    check: (c) => expect(c.practiceName).to.equal(null),
  },
  {
    name: 'malformed ODS code',
    sources: { attributes: attrs({ 'ods-code': 'OAK1' }) },
    message:
      'record-access-guide: attribute "ods-code": "OAK1" is not allowed. Allowed: a GP practice ODS code: one letter then five digits, like A12345, up to 6 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.odsCode).to.equal(null),
  },
  {
    name: 'unknown service among known ones',
    sources: { attributes: attrs({ services: 'record, x-rays appointments' }) },
    message: `record-access-guide: attribute "services": "x-rays" is not allowed. Allowed: ${SERVICES_ALLOWED}, separated by spaces or commas. Using "record appointments".`,
    check: (c) => expect(c.services).to.deep.equal(['record', 'appointments']),
  },
  {
    name: 'no known service at all',
    sources: { attributes: attrs({ services: 'x-rays' }) },
    message: `record-access-guide: attribute "services": "x-rays" is not allowed. Allowed: ${SERVICES_ALLOWED}, separated by spaces or commas. Using "record appointments prescriptions".`,
    check: (c) => expect(c.services).to.deep.equal(['record', 'appointments', 'prescriptions']),
  },
  {
    name: 'empty services',
    sources: { attributes: attrs({ services: ' , ' }) },
    message: `record-access-guide: attribute "services": lists none. Allowed: ${SERVICES_ALLOWED}, separated by spaces or commas. Using "record appointments prescriptions".`,
    check: (c) => expect(c.services).to.deep.equal(['record', 'appointments', 'prescriptions']),
  },
  {
    name: 'unknown portal',
    sources: { attributes: attrs({ portals: 'airmid vision-online' }) },
    message:
      'record-access-guide: attribute "portals": "vision-online" is not allowed. Allowed: any of patient-access, systmonline, airmid, evergreen-life, mygp, patients-know-best, separated by spaces or commas. Using "airmid".',
    check: (c) => expect(c.portals).to.deep.equal(['airmid']),
  },
  {
    name: 'a javascript: URL for the online form',
    sources: { attributes: attrs({ 'contact-online-form': 'javascript:alert(1)' }) },
    message:
      'record-access-guide: attribute "contact-online-form": "javascript:alert(1)" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.onlineForm).to.equal(undefined),
  },
  {
    name: 'a relative quick-exit URL',
    sources: { attributes: attrs({ 'quick-exit-url': '/home' }) },
    message:
      'record-access-guide: attribute "quick-exit-url": "/home" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using "https://www.bbc.co.uk/weather".',
    check: (c) => expect(c.quickExitUrl).to.equal('https://www.bbc.co.uk/weather'),
  },
  {
    name: 'a phone number with letters',
    sources: { attributes: attrs({ 'contact-phone': 'call us' }) },
    message:
      'record-access-guide: attribute "contact-phone": "call us" is not allowed. Allowed: a phone number: digits, spaces, brackets, dashes and an optional leading +, up to 30 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.phone).to.equal(undefined),
  },
  {
    name: 'an email address without a domain',
    sources: { attributes: attrs({ 'contact-email': 'reception' }) },
    message:
      'record-access-guide: attribute "contact-email": "reception" is not allowed. Allowed: an email address only, like reception@example.nhs.uk, up to 254 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.email).to.equal(undefined),
  },
  {
    name: 'JSON block that is not JSON',
    sources: { jsonText: '{ practiceName: oops }' },
    message: 'record-access-guide: JSON config block: could not be read (',
    check: (c) => expect(c.practiceName).to.equal('Oakmere Green Surgery'),
  },
  {
    name: 'JSON block that is an array',
    sources: { jsonText: '[1, 2]' },
    message: 'record-access-guide: JSON config block: [1,2] is not an object. Allowed: one object of settings. Using the other settings and defaults.',
    check: (c) => expect(c.services).to.deep.equal(['record', 'appointments', 'prescriptions']),
  },
  {
    name: 'unknown top-level key',
    sources: { jsonText: '{"colour": "red"}' },
    message:
      'record-access-guide: JSON config block "colour": is not a setting. Allowed: practiceName, odsCode, services, portals, contact, registrationHours, quickExitUrl, strings, saveProgressDays, uptakeEndpoint. Using nothing (ignored).',
    check: () => undefined,
  },
  {
    name: 'services as a number in JSON',
    sources: { jsonText: '{"services": 3}' },
    message: `record-access-guide: JSON config block "services": 3 is not a list. Allowed: ${SERVICES_ALLOWED}, as a list. Using "record appointments prescriptions".`,
    check: (c) => expect(c.services).to.deep.equal(['record', 'appointments', 'prescriptions']),
  },
  {
    name: 'unknown contact key in the config property',
    sources: { property: { contact: { fax: '01234 567890' } } },
    message:
      'record-access-guide: config property "contact.fax": is not a setting. Allowed: phone, email, sms, onlineForm, bslVideoRelay. Using nothing (ignored).',
    check: (c) => expect(c.contact).to.deep.equal({}),
  },
  {
    name: 'registration hours that are not text',
    sources: { property: { registrationHours: 14 } },
    message:
      'record-access-guide: config property "registrationHours": 14 is not text. Allowed: plain text, up to 300 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.registrationHours).to.equal(null),
  },
  {
    name: 'a string override for an unknown id',
    sources: { jsonText: '{"strings": {"notAnId": "Hello"}}' },
    message: `record-access-guide: JSON config block "strings.notAnId": is not a text id. Allowed: a text id from the guide's content file (widget/content/en-GB.ts). Using nothing (ignored).`,
    check: (c) => expect(c.strings).to.deep.equal({}),
  },
  {
    name: 'a string override that is not text',
    sources: { jsonText: '{"strings": {"startHeading": ["Hi"]}}' },
    message:
      'record-access-guide: JSON config block "strings.startHeading": ["Hi"] is not allowed. Allowed: text that is not empty, up to 1000 characters. Using the default text.',
    check: (c) => expect(c.strings).to.deep.equal({}),
  },
  {
    name: 'a right-to-left override in the practice name (it would reverse the rest of each sentence)',
    sources: { attributes: { [NAME]: 'Oakmere\u202E Green\u2066 Surgery' } },
    message:
      'record-access-guide: attribute "practice-name": "Oakmere Green Surgery" had characters that change the direction of text (U+202E, U+2066), removed. Allowed: plain text, up to 120 characters. Using "Oakmere Green Surgery".',
    check: (c) => expect(c.practiceName).to.equal('Oakmere Green Surgery'),
  },
  {
    name: 'direction controls in registration hours',
    sources: { property: { registrationHours: '\u200FWeekdays\u202B, 2pm\u202C' } },
    message:
      'record-access-guide: config property "registrationHours": "Weekdays, 2pm" had characters that change the direction of text (U+200F, U+202B, U+202C), removed. Allowed: plain text, up to 300 characters. Using "Weekdays, 2pm".',
    check: (c) => expect(c.registrationHours).to.equal('Weekdays, 2pm'),
  },
  {
    name: 'a practice name of invisible characters only',
    sources: { attributes: { [NAME]: '\u200B\u2060\u00A0\u00AD\u3164' } },
    message:
      'record-access-guide: attribute "practice-name": has no visible characters (U+200B, U+2060, U+00A0, U+00AD, U+3164). Allowed: plain text, up to 120 characters. Using "your GP practice".',
    check: (c) => expect(c.practiceName).to.equal(null),
  },
  {
    name: 'a string override of zero-width characters only (it would blank the quick exit label)',
    sources: { jsonText: '{"strings": {"quickExit": "\\u200b\\u200d\\ufeff"}}' },
    message:
      'record-access-guide: JSON config block "strings.quickExit": has no visible characters (U+200B, U+200D, U+FEFF). Allowed: text that is not empty, up to 1000 characters. Using the default text.',
    check: (c) => expect(c.strings).to.deep.equal({}),
  },
  {
    name: 'a string override with a right-to-left override',
    sources: { property: { strings: { startHeading: 'Get online\u202E with us' } } },
    message:
      'record-access-guide: config property "strings.startHeading": "Get online with us" had characters that change the direction of text (U+202E), removed. Allowed: text that is not empty, up to 1000 characters. Using "Get online with us".',
    check: (c) => expect(c.strings).to.deep.equal({ startHeading: 'Get online with us' }),
  },
  {
    name: 'an email address with extra mail fields (?cc=, &body=)',
    sources: { attributes: attrs({ 'contact-email': 'reception@example.nhs.uk?cc=someone@example.com&body=hello' }) },
    message:
      'record-access-guide: attribute "contact-email": "reception@example.nhs.uk?cc=someone@example.com&body=hello" is not allowed. Allowed: an email address only, like reception@example.nhs.uk, up to 254 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.email).to.equal(undefined),
  },
  {
    name: 'an email address whose first part would start mail fields',
    sources: { property: { contact: { email: 'a?subject=x@example.nhs.uk' } } },
    message:
      'record-access-guide: config property "contact.email": "a?subject=x@example.nhs.uk" is not allowed. Allowed: an email address only, like reception@example.nhs.uk, up to 254 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.email).to.equal(undefined),
  },
  {
    name: 'an http: address for the online form',
    sources: { attributes: attrs({ 'contact-online-form': 'http://example.nhs.uk/form' }) },
    message:
      'record-access-guide: attribute "contact-online-form": "http://example.nhs.uk/form" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.contact.onlineForm).to.equal(undefined),
  },
  {
    name: 'a quick-exit address with a user name and password',
    sources: { attributes: attrs({ 'quick-exit-url': 'https://user:secret@www.example.com/' }) },
    message:
      'record-access-guide: attribute "quick-exit-url": "https://user:secret@www.example.com/" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using "https://www.bbc.co.uk/weather".',
    check: (c) => expect(c.quickExitUrl).to.equal('https://www.bbc.co.uk/weather'),
  },
  {
    name: 'an uptake endpoint with a user name',
    sources: { attributes: attrs({ 'uptake-endpoint': 'https://stats@example.nhs.uk/guide' }) },
    message:
      'record-access-guide: attribute "uptake-endpoint": "https://stats@example.nhs.uk/guide" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using no value (this setting is left out).',
    check: (c) => expect(c.uptakeEndpoint).to.equal(null),
  },
];

describe('practice configuration', () => {
  it('uses the defaults, with no message, for a minimal valid embed', () => {
    const { config, messages } = resolve({});
    expect(messages).to.deep.equal([]);
    expect(config).to.deep.equal({ ...defaultConfig(), practiceName: 'Oakmere Green Surgery' });
  });

  for (const bad of BAD_CONFIGS) {
    it(`reports ${bad.name} in exactly one message and falls back`, () => {
      const { config, messages } = resolve(bad.sources);
      expect(messages).to.have.length(1, messages.join('\n'));
      if (bad.message.endsWith('(')) expect(messages[0]?.startsWith(bad.message), messages[0]).to.equal(true);
      else expect(messages[0]).to.equal(bad.message);
      bad.check(config);
    });
  }

  it('reads every setting from a full JSON block, with attributes winning over it', () => {
    const { config, messages } = resolve({
      attributes: attrs({ services: 'record' }),
      jsonText: JSON.stringify({
        practiceName: 'JSON name',
        odsCode: 'a12345',
        services: ['appointments'],
        portals: ['patient-access', 'airmid'],
        contact: {
          phone: '01234 567890',
          email: 'help@example.nhs.uk',
          sms: '07700 900123',
          onlineForm: 'https://example.nhs.uk/form',
          bslVideoRelay: 'https://example.com/bsl',
        },
        registrationHours: 'Weekdays, 2pm to 4pm',
        quickExitUrl: 'https://www.example.com/',
        strings: { startHeading: 'Get online with us' },
      }),
    });
    expect(messages).to.deep.equal([]);
    expect(config).to.deep.equal({
      practiceName: 'Oakmere Green Surgery',
      odsCode: 'A12345',
      services: ['record'],
      portals: ['patient-access', 'airmid'],
      contact: {
        phone: '01234 567890',
        email: 'help@example.nhs.uk',
        sms: '07700 900123',
        onlineForm: 'https://example.nhs.uk/form',
        bslVideoRelay: 'https://example.com/bsl',
      },
      registrationHours: 'Weekdays, 2pm to 4pm',
      quickExitUrl: 'https://www.example.com/',
      strings: { startHeading: 'Get online with us' },
      saveProgressDays: 30,
      uptakeEndpoint: null,
    });
  });

  it('lets the config property override the JSON block', () => {
    const { config } = resolve({ jsonText: '{"registrationHours": "JSON"}', property: { registrationHours: 'Property' } });
    expect(config.registrationHours).to.equal('Property');
  });
});
