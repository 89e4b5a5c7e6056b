/**
 * Regression tests, one per problem the configuration fuzzer (config-fuzz.test.ts, seed 0x20261121) and
 * the hostile-page suite (test/e2e/widget-hardening.spec.ts) found, each named after its case.
 */
import { expect } from '@open-wc/testing';
import '../../../widget/index.js';
import { resolveConfig, type ConfigSources } from '../../../widget/config/config.js';
import { CONTENT_IDS } from '../../../widget/content/en-GB.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations } from '../support/index.js';

const resolve = (sources: Partial<ConfigSources>) =>
  resolveConfig({ attributes: { 'practice-name': 'Oakmere Green Surgery' }, jsonText: null, property: undefined, ...sources }, CONTENT_IDS, 'your GP practice');

/** Mounts a guide while console.warn is recorded; `during` runs between creating and connecting it. */
async function mountRecording(setup: (el: RecordAccessGuide) => void = () => {}, during: () => void = () => {}, after: () => void = () => {}) {
  const warnings: string[] = [];
  const errors: string[] = [];
  const realWarn = console.warn;
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const el = document.createElement('record-access-guide');
  el.setAttribute('practice-name', 'Oakmere Green Surgery');
  // With no contact details the guide warns the webmaster (a separate test); these tests count other warnings.
  el.setAttribute('contact-phone', '01632 960000');
  setup(el);
  try {
    during();
    document.body.append(el);
    await el.updateComplete;
  } finally {
    after();
  }
  await new Promise((resolveLater) => setTimeout(resolveLater, 20));
  console.warn = realWarn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  return { el, warnings, errors };
}

describe('hardening regressions', () => {
  beforeEach(deleteGuideDatabase);
  afterEach(() => {
    for (const el of document.querySelectorAll('record-access-guide')) el.remove();
  });

  it('has no axe violations when a hostile configuration is refused and the defaults are shown', async () => {
    const { el } = await mountRecording((guide) => {
      guide.setAttribute('services', '<img src=x onerror=alert(1)>'.repeat(1_000));
      guide.setAttribute('quick-exit-url', 'javascript:alert(1)');
    });
    expect(el.shadowRoot?.querySelector('#step-heading')?.textContent?.trim(), 'the guide is shown').to.not.equal('');
    await expectNoAxeViolations(el);
  });

  it('fuzz case 116: a 1 MB services attribute gives one short message, not a 1.2 MB one', () => {
    const { messages, config } = resolve({ attributes: { 'practice-name': 'Oakmere Green Surgery', services: '<img src=x onerror=alert(1)>'.repeat(40_000) } });
    expect(messages).to.have.length(1);
    expect(messages[0]?.length).to.be.below(1500);
    expect(messages[0]).to.contain('and 79996 more are not allowed');
    expect(config.services).to.deep.equal(['record', 'appointments', 'prescriptions']);
  });

  it('fuzz hostile object #6: a config object that doubles back on itself 5,000 levels deep is reported without hanging the page', () => {
    let deep: Record<string, unknown> = { practiceName: 'Deep' };
    for (let i = 0; i < 5_000; i += 1) deep = { contact: deep, strings: deep };
    const started = performance.now();
    const { messages } = resolve({ property: deep });
    expect(performance.now() - started).to.be.below(1000);
    expect(messages.every((m) => m.length < 1500)).to.equal(true);
    expect(messages.some((m) => m.startsWith('record-access-guide: config property "contact.contact": is not a setting.'))).to.equal(true);
  });

  it('fuzz: messages describe cyclic objects, Proxies, BigInt and Symbols without throwing', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    const proxy = new Proxy(
      {},
      {
        ownKeys: () => {
          throw new Error('trap');
        },
      },
    );
    const { messages } = resolve({ property: { practiceName: cyclic, odsCode: proxy, registrationHours: 10n, quickExitUrl: Symbol('x') } });
    expect(messages).to.deep.equal([
      'record-access-guide: config property "practiceName": [object Object] is not text. Allowed: plain text, up to 120 characters. Using "your GP practice".',
      'record-access-guide: config property "odsCode": [object Object] is not text. Allowed: a GP practice ODS code: one letter then five digits, like A12345, up to 6 characters. Using no value (this setting is left out).',
      'record-access-guide: config property "registrationHours": 10 is not text. Allowed: plain text, up to 300 characters. Using no value (this setting is left out).',
      'record-access-guide: config property "quickExitUrl": Symbol(x) is not text. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using "https://www.bbc.co.uk/weather".',
    ]);
  });

  it('fuzz case 631: a URL with leading control characters is kept as the browser parses it', () => {
    const { config, messages } = resolve({
      attributes: { 'practice-name': 'Oakmere Green Surgery', 'quick-exit-url': '\u0000\u0001\u001fhttps://ok.example/path?q=<script>' },
    });
    expect(messages).to.deep.equal([]);
    expect(config.quickExitUrl).to.equal('https://ok.example/path?q=%3Cscript%3E');
  });

  it('a reworded sentence over 1,000 characters is refused with one message (a megabyte of text per sentence slowed every render)', () => {
    const { config, messages } = resolve({ property: { strings: { startHeading: '{practice}'.repeat(101) } } });
    expect(config.strings).to.deep.equal({});
    expect(messages).to.have.length(1);
    expect(messages[0]).to.match(
      /^record-access-guide: config property "strings\.startHeading": ".*… \(1010 characters\) is not allowed\. Allowed: text that is not empty, up to 1000 characters\. Using the default text\.$/,
    );
  });

  it('seed 539365665, case 269 and 400: an email address with a scheme in front (vbscript:, tel:) is refused', () => {
    for (const email of ['vbscript:msgbox(1)a@b.c', 'tel:+441632960000reception@example.nhs.uk']) {
      const { config, messages } = resolve({ attributes: { 'practice-name': 'Oakmere Green Surgery', 'contact-email': email } });
      expect(config.contact.email, email).to.equal(undefined);
      expect(messages, email).to.have.length(1);
      expect(messages[0]).to.contain('attribute "contact-email"');
    }
    expect(resolve({ attributes: { 'practice-name': 'Oakmere Green Surgery', 'contact-email': 'reception@example.nhs.uk' } }).config.contact.email).to.equal(
      'reception@example.nhs.uk',
    );
  });

  it('hostile page "object-prototype-pollution": contact details never come from Object.prototype', async () => {
    const keys = ['onlineForm', 'bslVideoRelay', 'email', 'phone', 'sms'] as const;
    const proto = Object.prototype as Record<string, unknown>;
    try {
      for (const key of keys) proto[key] = key === 'email' ? 'x@evil.example' : 'javascript:alert(1)';
      const { config } = resolve({});
      for (const key of keys) expect(Object.hasOwn(config.contact, key), key).to.equal(false);
      expect(config.contact.onlineForm).to.equal(undefined);
      const { el, errors } = await mountRecording();
      const root = el.shadowRoot as ShadowRoot;
      root.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
      await el.updateComplete;
      root.querySelector<HTMLButtonElement>('.stop .link-button')?.click();
      await el.updateComplete;
      expect(root.querySelector('#step-heading')?.textContent?.trim()).to.equal('What is stopping you?');
      expect(root.querySelectorAll('a[href^="javascript:"], a[href^="mailto:"]').length).to.equal(0);
      expect(errors).to.deep.equal([]);
    } finally {
      for (const key of keys) delete proto[key];
    }
  });

  it('hostile page "object-prototype-lit-gadgets": with Object.prototype.strings set, the guide stops with one message and renders nothing', async () => {
    const proto = Object.prototype as Record<string, unknown>;
    const { el, warnings, errors } = await mountRecording(
      () => {},
      () => (proto['strings'] = ['', '<img src=x onerror=alert(1)>', '']),
      () => delete proto['strings'],
    );
    expect(warnings).to.deep.equal([
      'record-access-guide: the guide stopped: this page has added "strings" to Object.prototype, which would change what it shows.',
    ]);
    expect(el.shadowRoot?.childElementCount).to.equal(0);
    expect(errors).to.deep.equal([]);
  });

  it('hostile page "attach-shadow-throws": the guide stands down with one message and throws nothing', async () => {
    const real = Element.prototype.attachShadow;
    const { el, warnings, errors } = await mountRecording(
      () => {},
      () => {
        Element.prototype.attachShadow = () => {
          throw new Error('no shadow DOM here');
        };
      },
      () => (Element.prototype.attachShadow = real),
    );
    expect(warnings).to.deep.equal(['record-access-guide: the guide cannot show on this page: it could not set up its shadow root (no shadow DOM here).']);
    expect(el.shadowRoot).to.equal(null);
    expect(errors).to.deep.equal([]);
  });

  it('hostile page "string-replace-throws": a render that fails stops the guide with one message, leaving nothing half-drawn', async () => {
    const real = String.prototype.replace;
    const { el, warnings, errors } = await mountRecording(
      () => {},
      () => {
        String.prototype.replace = () => {
          throw new Error('replace is broken');
        };
      },
      () => (String.prototype.replace = real),
    );
    expect(warnings).to.deep.equal(['record-access-guide: the guide stopped: replace is broken.']);
    expect(el.shadowRoot?.childElementCount).to.equal(0);
    // Later changes do not bring it back half-working, and say nothing more.
    el.setAttribute('practice-name', 'Another Surgery');
    await new Promise((resolveLater) => setTimeout(resolveLater, 20));
    expect(el.shadowRoot?.childElementCount).to.equal(0);
    expect(errors).to.deep.equal([]);
  });
});
