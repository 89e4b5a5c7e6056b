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

  it('sends one text body when the visit ends (here by "Finish"), saying only how it ended', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    // Nothing is sent while the patient moves between steps.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.deep.equal([]);
    root(el).querySelector<HTMLInputElement>('input[value="worried"]')?.click();
    await clickButton(el, 'Finish');
    await waitFor(() => sent.length === 1, 'one beacon');
    const [[url, body]] = sent as [[string, string]];
    expect(url).to.equal(ENDPOINT);
    const { hour, widget, format, ...rest } = JSON.parse(body) as Record<string, unknown>;
    expect([typeof hour, typeof widget, format]).to.deep.equal(['string', 'string', 2]);
    expect(rest).to.deep.equal({ event: 'rag-exit', step: 'who', reason: 'worried' });
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent.length).to.equal(1);
  });

  it('sends the last step seen when the page is hidden for good part-way, and nothing if the patient never started', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.deep.equal([]);
    await clickButton(el, 'Start now');
    root(el).querySelector<HTMLInputElement>('input[value="myself"]')?.click();
    await clickButton(el, 'Continue');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await waitFor(() => sent.length === 1, 'one beacon');
    const { event, step, stepNumber, stepCount } = JSON.parse((sent[0] as [string, string])[1]) as Record<string, unknown>;
    expect({ event, step, stepNumber, stepCount }).to.deep.equal({ event: 'rag-step-change', step: 'age', stepNumber: undefined, stepCount: undefined });
  });

  it('sends nothing for a guide event a page script forges with a value outside the closed set', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    const ExitEvent = (await import('../../../widget/record-access-guide/events.js')).RecordAccessGuideExitEvent;
    el.dispatchEvent(new ExitEvent('who', '943 476 5919' as never));
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(sent).to.deep.equal([]);
  });

  it('warns once and sends nothing for an endpoint that is not https', async () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      const el = await fixture<RecordAccessGuide>(
        html`<record-access-guide practice-name="Oakmere" contact-phone="01632 960000" uptake-endpoint="http://example.com/collect"></record-access-guide>`,
      );
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
