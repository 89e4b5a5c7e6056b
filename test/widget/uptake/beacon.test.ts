import { expect } from '@open-wc/testing';
import { UptakeBeacon } from '../../../widget/uptake/beacon.js';
import { QUEUE_LIMIT, UptakeQueue } from '../../../widget/uptake/queue.js';
import { deleteGuideDatabase, readAll, writeRaw } from '../storage/support.js';

const ENDPOINT = 'https://uptake.example.invalid/collect';

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
    await new UptakeBeacon(ENDPOINT, new UptakeQueue(), send).deliver('{"a":1}');
    expect(sent).to.deep.equal([[ENDPOINT, '{"a":1}']]);
  });

  it('queues in IndexedDB while offline, and sends in order once online, then forgets them', async () => {
    const { sent, send } = recorder();
    setOnline(false);
    const beacon = new UptakeBeacon(ENDPOINT, new UptakeQueue(), send);
    await beacon.deliver('one');
    await beacon.deliver('two');
    expect(sent).to.deep.equal([]);
    expect(await readAll('uptake-queue')).to.deep.equal(['one', 'two']);
    await beacon.flush();
    expect(sent).to.deep.equal([]);
    setOnline(true);
    // A new page load (a new queue) finds what the last one left.
    await new UptakeBeacon(ENDPOINT, new UptakeQueue(), send).flush();
    expect(sent.map(([, body]) => body)).to.deep.equal(['one', 'two']);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  it('queues what the browser refuses to send, and stops retrying at the first refusal', async () => {
    let accepting = false;
    const { sent, send } = recorder(() => accepting);
    const beacon = new UptakeBeacon(ENDPOINT, new UptakeQueue(), send);
    await beacon.deliver('one');
    await beacon.deliver('two');
    await beacon.flush();
    expect(await readAll('uptake-queue')).to.deep.equal(['one', 'two']);
    accepting = true;
    await beacon.flush();
    expect(sent.map(([, body]) => body)).to.deep.equal(['one', 'two']);
    expect(await readAll('uptake-queue')).to.deep.equal([]);
  });

  it(`keeps at most ${QUEUE_LIMIT} events, dropping the oldest`, async () => {
    const queue = new UptakeQueue();
    for (let i = 0; i < QUEUE_LIMIT + 5; i++) await queue.add(`event ${i}`);
    const stored = (await readAll('uptake-queue')) as string[];
    expect(stored.length).to.equal(QUEUE_LIMIT);
    expect(stored[0]).to.equal('event 5');
    expect(stored[stored.length - 1]).to.equal(`event ${QUEUE_LIMIT + 4}`);
  });

  it('deletes queued values that are not plausible bodies instead of sending them', async () => {
    await writeRaw('uptake-queue', { not: 'a string' });
    await writeRaw('uptake-queue', 'x'.repeat(5000));
    await writeRaw('uptake-queue', 'fine');
    const { sent, send } = recorder();
    await new UptakeBeacon(ENDPOINT, new UptakeQueue(), send).flush();
    expect(sent.map(([, body]) => body)).to.deep.equal(['fine']);
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
      const beacon = new UptakeBeacon(ENDPOINT, new UptakeQueue(3), send);
      for (const body of ['a', 'b', 'c', 'd']) await beacon.deliver(body);
      setOnline(true);
      await beacon.flush();
      expect(sent.map(([, body]) => body)).to.deep.equal(['b', 'c', 'd']);
      await beacon.flush();
      expect(sent.length).to.equal(3);
    } finally {
      IDBFactory.prototype.open = open;
    }
  });
});
