import { expect } from '@open-wc/testing';
import { UptakeBeacon } from '../../../widget/uptake/beacon.js';
import { WIDGET_VERSION } from '../../../widget/uptake/payload.js';
import { QUEUE_LIMIT, UptakeQueue, queueScope } from '../../../widget/uptake/queue.js';
import { deleteGuideDatabase, readAll, writeRaw } from '../support/index.js';

const ENDPOINT = 'https://uptake.example.invalid/collect';
const SCOPE = queueScope(ENDPOINT, '|ods:A12345');
const queue = (limit?: number) => new UptakeQueue(SCOPE, limit);
/** A real body: the checks on the way out let nothing else through. */
const body = (step: string) => JSON.stringify({ format: 2, widget: WIDGET_VERSION, hour: '2026-11-21T14:00Z', event: 'rag-step-change', step });
const [one, two, three, four] = [body('who'), body('age'), body('services'), body('record')] as [string, string, string, string];
const stored = async () => ((await readAll('uptake-queue')) as { body: string }[]).map((entry) => entry.body);

/** Makes the page look offline (or online) to the code under test. */
function setOnline(online: boolean | null): void {
  if (online === null) delete (navigator as { onLine?: boolean }).onLine;
  else Object.defineProperty(navigator, 'onLine', { value: online, configurable: true });
}

function recorder(accept: () => boolean = () => true) {
  const sent: [string, string][] = [];
  return { sent, send: (url: string, body: string) => (accept() ? (sent.push([url, body]), true) : false) };
}

describe('uptake beacon and queue', () => {
  beforeEach(deleteGuideDatabase);
  afterEach(() => setOnline(null));

  it('sends at once when online', async () => {
    const { sent, send } = recorder();
    await new UptakeBeacon(ENDPOINT, queue(), send).deliver(one);
    expect(sent).to.deep.equal([[ENDPOINT, one]]);
  });

  it('queues in IndexedDB while offline, and sends in order once online, then forgets them', async () => {
    const { sent, send } = recorder();
    setOnline(false);
    const beacon = new UptakeBeacon(ENDPOINT, queue(), send);
    await beacon.deliver(one);
    await beacon.deliver(two);
    expect(sent).to.deep.equal([]);
    expect(await stored()).to.deep.equal([one, two]);
    await beacon.flush();
    expect(sent).to.deep.equal([]);
    setOnline(true);
    // A new page load (a new queue) finds what the last one left.
    await new UptakeBeacon(ENDPOINT, queue(), send).flush();
    expect(sent.map(([, sentBody]) => sentBody)).to.deep.equal([one, two]);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  it('queues what the browser refuses to send, and stops retrying at the first refusal', async () => {
    let accepting = false;
    const { sent, send } = recorder(() => accepting);
    const beacon = new UptakeBeacon(ENDPOINT, queue(), send);
    await beacon.deliver(one);
    await beacon.deliver(two);
    await beacon.flush();
    expect(await stored()).to.deep.equal([one, two]);
    accepting = true;
    await beacon.flush();
    expect(sent.map(([, sentBody]) => sentBody)).to.deep.equal([one, two]);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  it(`keeps at most ${QUEUE_LIMIT} events, dropping the oldest`, async () => {
    const bounded = queue();
    for (let i = 0; i < QUEUE_LIMIT + 5; i++) await bounded.add(`event ${i}`);
    const kept = await stored();
    expect(kept.length).to.equal(QUEUE_LIMIT);
    expect(kept[0]).to.equal('event 5');
    expect(kept[kept.length - 1]).to.equal(`event ${QUEUE_LIMIT + 4}`);
  });

  it('deletes queued values that are not plausible bodies, or whose fields fail their checks, instead of sending them', async () => {
    await writeRaw('uptake-queue', { not: 'an entry' });
    await writeRaw('uptake-queue', { scope: SCOPE, body: 'x'.repeat(5000) });
    await writeRaw('uptake-queue', 'a bare string (the old shape)');
    await writeRaw('uptake-queue', { scope: SCOPE, body: JSON.parse(JSON.stringify(one).replace('who', '943 476 5919')) as string });
    await writeRaw('uptake-queue', { scope: SCOPE, body: one });
    const { sent, send } = recorder();
    await new UptakeBeacon(ENDPOINT, queue(), send).flush();
    expect(sent.map(([, sentBody]) => sentBody)).to.deep.equal([one]);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  // The control is today's main: one queue for the whole origin sent practice A's events to practice B's endpoint.
  it("keeps each practice's and endpoint's queue apart on one site", async () => {
    const otherEndpoint = 'https://stats.other.example.invalid/b';
    setOnline(false);
    const a = recorder();
    await new UptakeBeacon(ENDPOINT, queue(), a.send).deliver(one);
    setOnline(true);
    const b = recorder();
    await new UptakeBeacon(otherEndpoint, new UptakeQueue(queueScope(otherEndpoint, '|ods:B99999'), QUEUE_LIMIT), b.send).flush();
    await new UptakeBeacon(ENDPOINT, new UptakeQueue(queueScope(ENDPOINT, '|ods:B99999'), QUEUE_LIMIT), b.send).flush();
    expect(b.sent).to.deep.equal([]);
    expect(await stored()).to.deep.equal([one]);
    await new UptakeBeacon(ENDPOINT, queue(), a.send).flush();
    expect(a.sent).to.deep.equal([[ENDPOINT, one]]);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  it('queues in memory, still bounded, when IndexedDB is unavailable', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const { sent, send } = recorder();
      setOnline(false);
      const beacon = new UptakeBeacon(ENDPOINT, queue(3), send);
      for (const queued of [one, two, three, four]) await beacon.deliver(queued);
      setOnline(true);
      await beacon.flush();
      expect(sent.map(([, sentBody]) => sentBody)).to.deep.equal([two, three, four]);
      await beacon.flush();
      expect(sent.length).to.equal(3);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
