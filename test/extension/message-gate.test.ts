/**
 * Hostile messages at every extension message handler: unexpected senders and malformed payloads are
 * refused without throwing and without reaching the code that acts on them.
 */
import { expect } from '@open-wc/testing';
import {
  backgroundMessageListener,
  backgroundPortListener,
  REQUEST_PORT,
  type PortAnswer,
  isFromExtensionPage,
  MALFORMED_MESSAGE,
  REFUSED_SENDER,
  tabMessageListener,
  type MessageSenderInfo,
} from '../../extension/message-gate.js';
import type { ReadAloudOutcome, ReadAloudTabMessage, Request } from '../../extension/messages.js';

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const POPUP: MessageSenderInfo = { id: SELF.id, url: `${SELF.baseUrl}popup.html`, origin: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop' };
const OPTIONS_TAB: MessageSenderInfo = { id: SELF.id, url: `${SELF.baseUrl}options.html`, tab: { id: 4 } };
const PORTAL = 'https://patient.example.org';

/** Senders that must never be obeyed by the background. */
const UNEXPECTED_SENDERS: Record<string, MessageSenderInfo> = {
  'our content script in a web page': { id: SELF.id, url: `${PORTAL}/record`, origin: PORTAL, tab: { id: 3 } },
  'another extension': { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' },
  'another extension naming our URL': { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: `${SELF.baseUrl}popup.html` },
  'a web page (externally)': { url: `${PORTAL}/`, origin: PORTAL },
  'our id with no URL': { id: SELF.id },
  'our id with a page URL that merely starts like ours': { id: SELF.id, url: `${SELF.baseUrl.slice(0, -1)}.evil.example/popup.html` },
  'our id with an unparsable URL': { id: SELF.id, url: 'not a url' },
  'our URL but a web origin': { id: SELF.id, url: `${SELF.baseUrl}popup.html`, origin: PORTAL },
  'our URL with a sandboxed (opaque) origin': { id: SELF.id, url: `${SELF.baseUrl}popup.html`, origin: 'null' },
  'nothing at all': {},
};

/** A nest `depth` levels deep, built without recursion. */
function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

const HUGE = 'x'.repeat(5_000_000);

/** Payloads that are not valid requests (each would be refused by parseRequest). */
const MALFORMED: [string, unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['a string', 'settings/get'],
  ['a list', [{ type: 'settings/get' }]],
  ['an unknown type', { type: 'settings/delete' }],
  ['a type that is not a string', { type: ['settings/get'] }],
  ['the type in the prototype only', Object.create({ type: 'settings/get' }) as unknown],
  ['a missing scope', { type: 'settings/update', patch: { textSize: 200 } }],
  ['a missing patch', { type: 'settings/update', scope: { kind: 'global' } }],
  [
    'a patch with "constructor"',
    { type: 'settings/update', scope: { kind: 'global' }, patch: JSON.parse('{"constructor": {"prototype": {"polluted": true}}}') },
  ],
  [
    'a patch with an own "__proto__"',
    { type: 'settings/update', scope: { kind: 'global' }, patch: JSON.parse('{"__proto__": {"polluted": true}, "textSize": 200}') },
  ],
  ['a patch with "toString"', { type: 'settings/update', scope: { kind: 'global' }, patch: { toString: 'x' } }],
  ['a patch with a huge string', { type: 'settings/update', scope: { kind: 'global' }, patch: { readingVoice: HUGE } }],
  ['a patch value nested 100,000 deep', { type: 'settings/update', scope: { kind: 'global' }, patch: { textSize: deeplyNested(100_000) } }],
  ['a site scope with a huge origin', { type: 'settings/update', scope: { kind: 'site', origin: `https://${HUGE}.example` }, patch: {} }],
  ['a site scope for "__proto__"', { type: 'settings/update', scope: { kind: 'site', origin: '__proto__' }, patch: {} }],
  ['a site update for a javascript: URL', { type: 'site/update', origin: 'javascript:alert(1)' }],
  ['a site update with a path', { type: 'site/update', origin: `${PORTAL}/path` }],
  ['a site update with a string for true', { type: 'site/update', origin: PORTAL, enabled: 'true' }],
  ['an import of nothing', { type: 'settings/import' }],
  ['an import with a bad value', { type: 'settings/import', stored: { version: 2, values: { global: { textSize: 1000 } } } }],
  ['an import nested 100,000 deep', { type: 'settings/import', stored: { version: 2, values: { global: { colourTheme: deeplyNested(100_000) } } } }],
  [
    'an import with a "__proto__" site',
    { type: 'settings/import', stored: JSON.parse('{"version": 2, "values": {"sites": {"__proto__": {"enabled": false}}}}') },
  ],
  ['an import with a huge site key', { type: 'settings/import', stored: { version: 2, values: { sites: { [HUGE]: { enabled: true } } } } }],
  ['a tab id as a string', { type: 'site/activate', tabId: '7' }],
  ['a negative tab id', { type: 'site/activate', tabId: -1 }],
  ['an infinite tab id', { type: 'readAloud/run', tabId: Infinity, command: 'read-main' }],
  ['an unknown read-aloud command', { type: 'readAloud/run', tabId: 3, command: 'speak-this-text' }],
  ['a read-aloud command from the prototype', { type: 'readAloud/run', tabId: 3, command: 'constructor' }],
];

/** Objects only a same-context caller could pass (messages are cloned); the parsers must still not throw. */
function throwingPayloads(): [string, unknown][] {
  const getter = {};
  Object.defineProperty(getter, 'type', {
    get: () => {
      throw new Error('boom');
    },
    enumerable: true,
  });
  const proxy = new Proxy(
    {},
    {
      get: () => {
        throw new Error('boom');
      },
      has: () => {
        throw new Error('boom');
      },
      ownKeys: () => {
        throw new Error('boom');
      },
    },
  );
  const cyclic: Record<string, unknown> = { version: 2 };
  cyclic.values = { global: { textSize: cyclic } };
  return [
    ['a throwing getter', getter],
    ['a throwing proxy', proxy],
    ['a cyclic import', { type: 'settings/import', stored: cyclic }],
    ['a BigInt in a patch', { type: 'settings/update', scope: { kind: 'global' }, patch: { textSize: 200n } }],
  ];
}

/** Runs the background listener and says how it ended, and whether `handle` was reached. */
async function background(raw: unknown, sender: MessageSenderInfo): Promise<{ handled: Request[]; error?: string; result?: unknown }> {
  const handled: Request[] = [];
  const listener = backgroundMessageListener(SELF, async (request) => {
    handled.push(request);
    return 'done';
  });
  let returned: Promise<unknown>;
  try {
    returned = listener(raw, sender);
  } catch (error) {
    throw new Error(`the listener threw instead of refusing: ${String(error)}`);
  }
  try {
    return { handled, result: await returned };
  } catch (error) {
    return { handled, error: error instanceof Error ? error.message : String(error) };
  }
}

describe('background message handler: senders', () => {
  it('obeys the popup and the options page (in a tab)', async () => {
    expect(await background({ type: 'settings/get' }, POPUP)).to.deep.equal({ handled: [{ type: 'settings/get' }], result: 'done' });
    expect((await background({ type: 'settings/get' }, OPTIONS_TAB)).handled).to.have.length(1);
  });

  for (const [name, sender] of Object.entries(UNEXPECTED_SENDERS)) {
    it(`refuses ${name}, even with a valid request, and changes nothing`, async () => {
      for (const request of [
        { type: 'settings/get' },
        { type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'dark' } },
        { type: 'readAloud/run', tabId: 1, command: 'read-main' },
      ]) {
        const outcome = await background(request, sender);
        expect(outcome.handled, name).to.deep.equal([]);
        expect(outcome.error).to.equal(REFUSED_SENDER);
      }
    });
  }

  it('gives its own content scripts the bundled font files, and nothing else', async () => {
    const contentScript = UNEXPECTED_SENDERS['our content script in a web page']!;
    expect(await background({ type: 'fonts/get', font: 'atkinson' }, contentScript)).to.deep.equal({
      handled: [{ type: 'fonts/get', font: 'atkinson' }],
      result: 'done',
    });
    expect((await background({ type: 'fonts/get', font: '../options.js' }, contentScript)).error).to.equal(MALFORMED_MESSAGE);
    expect((await background({ type: 'settings/get' }, contentScript)).error).to.equal(REFUSED_SENDER);
    for (const [name, sender] of Object.entries(UNEXPECTED_SENDERS)) {
      if (sender === contentScript || sender.id === SELF.id) continue;
      expect((await background({ type: 'fonts/get', font: 'atkinson' }, sender)).error, name).to.equal(REFUSED_SENDER);
    }
  });

  it('recognises its own pages in Firefox too (moz-extension URLs, with or without an origin)', () => {
    const firefox = { id: '{eeadd2f7-1926-40b9-bcc9-1e21da05f607}', baseUrl: 'moz-extension://0b7e1c52-7a3f-4c51-9d1e-2f6f0a1b2c3d/' };
    const popup = { id: firefox.id, url: `${firefox.baseUrl}popup.html` };
    expect(isFromExtensionPage(popup, firefox)).to.equal(true);
    expect(isFromExtensionPage({ ...popup, origin: 'moz-extension://0b7e1c52-7a3f-4c51-9d1e-2f6f0a1b2c3d' }, firefox)).to.equal(true);
    expect(isFromExtensionPage({ ...popup, url: 'moz-extension://11111111-7a3f-4c51-9d1e-2f6f0a1b2c3d/popup.html' }, firefox)).to.equal(false);
    expect(isFromExtensionPage({ ...popup, url: `${PORTAL}/`, tab: { id: 2 } }, firefox)).to.equal(false);
  });

  it('decides on the sender before looking at the payload', () => {
    expect(isFromExtensionPage(UNEXPECTED_SENDERS['our content script in a web page']!, SELF)).to.equal(false);
    expect(isFromExtensionPage(POPUP, SELF)).to.equal(true);
  });
});

describe('background message handler: payloads', () => {
  for (const [name, raw] of MALFORMED) {
    it(`refuses ${name} from the popup without acting`, async () => {
      const outcome = await background(raw, POPUP);
      expect(outcome.handled).to.deep.equal([]);
      expect(outcome.error).to.equal(MALFORMED_MESSAGE);
    });
  }

  for (const [name, raw] of throwingPayloads()) {
    it(`refuses ${name} without throwing`, async () => {
      const outcome = await background(raw, POPUP);
      expect(outcome.handled).to.deep.equal([]);
      expect(outcome.error).to.equal(MALFORMED_MESSAGE);
    });
  }

  it('passes on only the fields it knows, never extra or inherited ones', async () => {
    const raw = JSON.parse(
      '{"type": "site/update", "origin": "https://patient.example.org", "enabled": false, "__proto__": {"ownAids": true}, "extra": "<img src=x>"}',
    );
    const outcome = await background(raw, POPUP);
    expect(outcome.handled).to.deep.equal([{ type: 'site/update', origin: PORTAL, enabled: false }]);
    expect(Object.keys(outcome.handled[0]!)).to.deep.equal(['type', 'origin', 'enabled']);
    // Nothing was added to every object on the way.
    expect(({} as Record<string, unknown>).ownAids).to.equal(undefined);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });
});

describe('content script message handler', () => {
  const BACKGROUND: MessageSenderInfo = { id: SELF.id, url: `${SELF.baseUrl}background.js` };
  const VALID: ReadAloudTabMessage = { type: 'readAloud/tab', command: 'read-main', focusBar: false };

  function tab(raw: unknown, sender: MessageSenderInfo): { runs: ReadAloudTabMessage[]; answer: Promise<ReadAloudOutcome> | undefined } {
    const runs: ReadAloudTabMessage[] = [];
    const listener = tabMessageListener(SELF, (message) => {
      runs.push(message);
      return { ok: true };
    });
    return { runs, answer: listener(raw, sender) };
  }

  it('obeys a valid read-aloud command from the background', async () => {
    const { runs, answer } = tab({ ...VALID, text: 'ignored' }, BACKGROUND);
    expect(await answer).to.deep.equal({ ok: true });
    expect(runs).to.deep.equal([VALID]);
  });

  for (const [name, sender] of Object.entries({
    'another tab’s content script': { id: SELF.id, url: `${PORTAL}/`, tab: { id: 9 } },
    'another extension': { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz' },
    'no id': {},
  } satisfies Record<string, MessageSenderInfo>)) {
    it(`gives no answer to ${name}`, () => {
      const { runs, answer } = tab(VALID, sender);
      expect(answer).to.equal(undefined);
      expect(runs).to.deep.equal([]);
    });
  }

  for (const [name, raw] of [
    ...MALFORMED,
    ...throwingPayloads(),
    ['a background request', { type: 'readAloud/run', tabId: 1, command: 'read-main' }],
    ['focusBar as a string', { type: 'readAloud/tab', command: 'stop', focusBar: 'true' }],
    ['a command nested 100,000 deep', { type: 'readAloud/tab', command: deeplyNested(100_000), focusBar: false }],
    ['a huge command', { type: 'readAloud/tab', command: HUGE, focusBar: false }],
  ] as [string, unknown][]) {
    it(`gives no answer to ${name} and does nothing`, () => {
      const { runs, answer } = tab(raw, BACKGROUND);
      expect(answer).to.equal(undefined);
      expect(runs).to.deep.equal([]);
    });
  }
});

/** A made-up port from `sender`; records answers, disconnection, and what reached `handle`. */
function connectPort(sender: MessageSenderInfo, name = REQUEST_PORT, { closed = false } = {}) {
  const handled: Request[] = [];
  const answers: PortAnswer[] = [];
  let onMessage: ((message: unknown) => void) | undefined;
  const port = {
    name,
    sender,
    disconnected: false,
    onMessage: { addListener: (listener: (message: unknown) => void) => (onMessage = listener) },
    postMessage: (message: PortAnswer) => {
      if (closed) throw new Error('Attempt to postMessage on disconnected port');
      answers.push(message);
    },
    disconnect: () => (port.disconnected = true),
  };
  backgroundPortListener(SELF, async (request) => {
    handled.push(request);
    return 'done';
  })(port);
  /** Posts `message` as the page would and waits for the background's answer to settle. */
  const post = async (message: unknown) => {
    onMessage?.(message);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { port, handled, answers, post };
}

describe('background request port', () => {
  it('answers the popup and the options page, each answer carrying its request’s number', async () => {
    for (const sender of [POPUP, OPTIONS_TAB]) {
      const { port, handled, answers, post } = connectPort(sender);
      await post({ id: 7, request: { type: 'settings/get' } });
      expect(port.disconnected).to.equal(false);
      expect(handled).to.deep.equal([{ type: 'settings/get' }]);
      expect(answers).to.deep.equal([{ id: 7, result: 'done' }]);
    }
  });

  for (const [name, sender] of Object.entries({
    ...UNEXPECTED_SENDERS,
    'our own content script asking for fonts': UNEXPECTED_SENDERS['our content script in a web page']!,
  })) {
    it(`will not connect to ${name}`, async () => {
      const { port, handled, answers, post } = connectPort(sender);
      expect(port.disconnected).to.equal(true);
      await post({ id: 1, request: { type: 'fonts/get', font: 'atkinson-hyperlegible' } });
      expect(handled).to.deep.equal([]);
      expect(answers).to.deep.equal([]);
    });
  }

  it('will not connect on a port with another name', () => {
    expect(connectPort(POPUP, 'something-else').port.disconnected).to.equal(true);
  });

  it('answers a malformed request with an error and does not act on it', async () => {
    const { handled, answers, post } = connectPort(POPUP);
    await post({ id: 2, request: { type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'neon' } } });
    await post({ id: 3, request: undefined });
    expect(handled).to.deep.equal([]);
    expect(answers).to.deep.equal([
      { id: 2, error: MALFORMED_MESSAGE },
      { id: 3, error: MALFORMED_MESSAGE },
    ]);
  });

  it('ignores messages with no number to answer to, and hostile ones, without throwing', async () => {
    const { handled, answers, post } = connectPort(POPUP);
    for (const [, raw] of throwingPayloads()) {
      await post({ id: 'x', request: raw });
      await post(raw);
    }
    await post(null);
    await post([1, 2]);
    await post({ request: { type: 'settings/get' } });
    await post({ id: 1.5, request: { type: 'settings/get' } });
    expect(handled).to.deep.equal([]);
    expect(answers).to.deep.equal([]);
  });

  it('does not throw when the page closed before its answer', async () => {
    const { handled, post } = connectPort(POPUP, REQUEST_PORT, { closed: true });
    await post({ id: 4, request: { type: 'settings/get' } });
    expect(handled).to.have.length(1);
  });
});
