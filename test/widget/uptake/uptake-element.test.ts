import { expect, fixture, html } from '@open-wc/testing';
import '../../../widget/index.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { DB_NAME, UPTAKE_STORE } from '../../../widget/storage/schema.js';
import { UPTAKE_EVENT_NAMES } from '../../../widget/uptake/payload.js';
import { deleteGuideDatabase, expectNoAxeViolations, readAll, until } from '../support/index.js';

const ENDPOINT = 'https://uptake.example.invalid/collect';
const root = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;

/**
 * The guide's uptake events as they reach the page. A listener added after the guide's own runs after it,
 * and the guide sends (or queues) synchronously in its listener: once an event is seen here, whatever it
 * would have sent has been handed to sendBeacon. That is the positive signal the "nothing sent" checks wait for.
 */
function eventsSeen(el: RecordAccessGuide): string[] {
  const seen: string[] = [];
  for (const name of UPTAKE_EVENT_NAMES) el.addEventListener(name, (event) => seen.push(event.type));
  return seen;
}

/** What waits in the offline queue: nothing must be queued where nothing may be sent. */
const queued = async (): Promise<unknown[]> => ((await indexedDB.databases()).some((db) => db.name === DB_NAME) ? readAll(UPTAKE_STORE) : []);

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

  it('has no axe violations on the "stop for now" step, where the patient may say why they are leaving', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    expect(root(el).querySelector('input[value="worried"]'), 'the reasons are shown').to.not.equal(null);
    await expectNoAxeViolations(el);
  });

  it('sends nothing when no endpoint is configured', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    const seen = eventsSeen(el);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    await clickButton(el, 'Finish');
    // The visit ended (the exit event was raised, which with an endpoint sends at once): still nothing went.
    await until(() => seen.includes('rag-exit'), 'the exit event');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sent).to.deep.equal([]);
    expect(await queued()).to.deep.equal([]);
  });

  it('sends one text body when the visit ends (here by "Finish"), saying only how it ended', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    const seen = eventsSeen(el);
    await clickButton(el, 'Start now');
    await clickButton(el, 'I want to stop for now');
    // Nothing is sent while the patient moves between steps, though the guide has told the page of both moves.
    await until(() => seen.filter((type) => type === 'rag-step-change').length === 2, 'two step changes');
    expect(sent).to.deep.equal([]);
    root(el).querySelector<HTMLInputElement>('input[value="worried"]')?.click();
    await clickButton(el, 'Finish');
    await until(() => sent.length === 1, 'one beacon');
    const [[url, body]] = sent as [[string, string]];
    expect(url).to.equal(ENDPOINT);
    const { hour, widget, format, ...rest } = JSON.parse(body) as Record<string, unknown>;
    expect([typeof hour, typeof widget, format]).to.deep.equal(['string', 'string', 2]);
    expect(rest).to.deep.equal({ event: 'rag-exit', step: 'who', reason: 'worried' });
    // pagehide is handled as it is dispatched, so a second body would be here by the next line.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sent.length).to.equal(1);
    expect(await queued()).to.deep.equal([]);
  });

  it('sends the last step seen when the page is hidden for good part-way, and nothing if the patient never started', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    // Handled as it is dispatched; and had it counted as the end of the visit, the later body below could not be sent.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    expect(sent).to.deep.equal([]);
    await clickButton(el, 'Start now');
    root(el).querySelector<HTMLInputElement>('input[value="myself"]')?.click();
    await clickButton(el, 'Continue');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(() => sent.length === 1, 'one beacon');
    const { event, step, stepNumber, stepCount } = JSON.parse((sent[0] as [string, string])[1]) as Record<string, unknown>;
    expect({ event, step, stepNumber, stepCount }).to.deep.equal({ event: 'rag-step-change', step: 'age', stepNumber: undefined, stepCount: undefined });
  });

  it('sends nothing for a guide event a page script forges with a value outside the closed set', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere" uptake-endpoint=${ENDPOINT}></record-access-guide>`);
    const ExitEvent = (await import('../../../widget/record-access-guide/events.js')).RecordAccessGuideExitEvent;
    el.dispatchEvent(new ExitEvent('who', '943 476 5919' as never));
    // The positive signal: a real visit after the forgery ends in one body. Had the forged exit been taken,
    // it would have been sent at once and this visit's body never (one body per visit).
    await clickButton(el, 'Start now');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    await until(() => sent.length > 0, 'the real visit’s body');
    expect(sent.length).to.equal(1);
    const body = JSON.parse((sent[0] as [string, string])[1]) as Record<string, unknown>;
    expect([body.event, body.step]).to.deep.equal(['rag-step-change', 'who']);
    expect((sent[0] as [string, string])[1]).not.to.contain('943');
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
      'record-access-guide: attribute "uptake-endpoint": "http://example.com/collect" is not allowed. Allowed: a full web address starting with https://, without a user name or password, up to 2000 characters. Using no value (this setting is left out).',
    ]);
    expect(sent).to.deep.equal([]);
  });
});
