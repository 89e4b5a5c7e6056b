import { expect, fixture, html } from '@open-wc/testing';
import '../../../widget/index.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, waitFor } from '../storage/support.js';

const ENDPOINT = 'https://uptake.example.invalid/collect';
const root = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;

async function clickButton(el: RecordAccessGuide, name: string): Promise<void> {
  const button = [...root(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no "${name}" button`);
  button.click();
  await el.updateComplete;
}

describe('<record-access-guide> uptake beacon', () => {
  let sent: [string, string][] = [];
  const original = Navigator.prototype.sendBeacon;
  beforeEach(async () => {
    await deleteGuideDatabase();
    sent = [];
    Navigator.prototype.sendBeacon = (url: string | URL, data?: BodyInit | null) => {
      sent.push([String(url), String(data)]);
      return true;
    };
  });
  afterEach(() => {
    Navigator.prototype.sendBeacon = original;
  });

  it('sends nothing when no endpoint is configured', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    await clickButton(el, 'Finish');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.deep.equal([]);
  });

  it('sends each event to the configured endpoint as a text body', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    root(el).querySelector<HTMLInputElement>('input[value="worried"]')?.click();
    await clickButton(el, 'Finish');
    await waitFor(() => sent.length === 3, 'three beacons');
    const bodies = sent.map(([url, body]) => {
      expect(url).to.equal(ENDPOINT);
      const { hour, widget, format, ...rest } = JSON.parse(body) as Record<string, unknown>;
      expect([typeof hour, typeof widget, format]).to.deep.equal(['string', 'string', 1]);
      return rest;
    });
    expect(bodies).to.deep.equal([
      { event: 'rag-step-change', step: 'who', stepNumber: 1, stepCount: 9 },
      { event: 'rag-step-change', step: 'leaving', stepNumber: null, stepCount: 0 },
      { event: 'rag-exit', step: 'who', reason: 'worried' },
    ]);
  });

  it('warns once and sends nothing for an endpoint that is not https', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" contact-phone="01632 960000" uptake-endpoint="http://example.com/collect"></record-access-guide>`);
      await clickButton(el, 'Start now');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.deep.equal([
      'record-access-guide: attribute "uptake-endpoint": "http://example.com/collect" is not allowed. Allowed: a full web address starting with https://, up to 2000 characters. Using no value (this setting is left out).',
    ]);
    expect(sent).to.deep.equal([]);
  });
});
