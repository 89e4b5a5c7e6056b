import { expect } from '@open-wc/testing';
import { parseReadAloudOutcome, parseReadAloudTabMessage, parseRequest, READ_ALOUD_COMMANDS } from '../../extension/messages.js';

const SITE = 'https://patient.example.org';

describe('message protocol', () => {
  it('accepts each well-formed request', () => {
    expect(parseRequest({ type: 'settings/get' })).to.deep.equal({ type: 'settings/get' });
    expect(parseRequest({ type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'dark' } })).to.deep.equal({
      type: 'settings/update',
      scope: { kind: 'global' },
      patch: { colourTheme: 'dark' },
    });
    expect(parseRequest({ type: 'settings/update', scope: { kind: 'site', origin: SITE }, patch: { textSize: 200 } })).to.deep.equal({
      type: 'settings/update',
      scope: { kind: 'site', origin: SITE },
      patch: { textSize: 200 },
    });
    expect(parseRequest({ type: 'site/update', origin: SITE, enabled: false })).to.deep.equal({ type: 'site/update', origin: SITE, enabled: false });
    expect(parseRequest({ type: 'site/update', origin: SITE, ownAids: true })).to.deep.equal({ type: 'site/update', origin: SITE, ownAids: true });
    const stored = { version: 2, values: { global: { colourTheme: 'light' }, sites: {} } };
    expect(parseRequest({ type: 'settings/import', stored })).to.deep.equal({ type: 'settings/import', stored });
    expect(parseRequest({ type: 'site/activate', tabId: 7 })).to.deep.equal({ type: 'site/activate', tabId: 7 });
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseRequest({ type: 'settings/get', extra: '<script>' })).to.deep.equal({ type: 'settings/get' });
    expect(parseRequest({ type: 'site/update', origin: SITE, evil: 1 })).to.deep.equal({ type: 'site/update', origin: SITE });
  });

  for (const bad of [
    undefined,
    null,
    'settings/get',
    {},
    { type: 'settings/delete' },
    { type: 'settings/update' },
    { type: 'settings/update', scope: { kind: 'global' }, patch: { colourTheme: 'on' } },
    { type: 'settings/update', scope: { kind: 'site', origin: 'https://x.org/path' }, patch: {} },
    { type: 'settings/update', patch: { textSize: 150 } },
    { type: 'settings/update', scope: { kind: 'global' }, patch: { __proto__: { readingRuler: true }, other: 1 } },
    { type: 'site/update', origin: 'javascript:alert(1)' },
    { type: 'site/update', origin: SITE, enabled: 'yes' },
    { type: 'settings/import', stored: { version: 2, values: { global: { textSize: 1000 } } } },
    { type: 'settings/import', stored: 'everything' },
    { type: 'settings/import' },
    { type: 'site/activate', tabId: '7' },
    { type: 'site/activate', tabId: -1 },
    { type: 'site/activate', tabId: 1.5 },
  ]) {
    it(`rejects the malformed message ${JSON.stringify(bad)}`, () => {
      expect(parseRequest(bad)).to.equal(undefined);
    });
  }
});

describe('read-aloud messages', () => {
  it('accepts each read-aloud command for a tab, and nothing more', () => {
    for (const command of READ_ALOUD_COMMANDS) {
      expect(parseRequest({ type: 'readAloud/run', tabId: 3, command, text: 'page text' })).to.deep.equal({ type: 'readAloud/run', tabId: 3, command });
    }
  });

  for (const bad of [
    { type: 'readAloud/run', tabId: 3 },
    { type: 'readAloud/run', tabId: 3, command: 'speak-this' },
    { type: 'readAloud/run', tabId: -3, command: 'stop' },
    { type: 'readAloud/run', tabId: '3', command: 'stop' },
    { type: 'readAloud/run', command: 'read-main' },
  ]) {
    it(`rejects the malformed request ${JSON.stringify(bad)}`, () => {
      expect(parseRequest(bad)).to.equal(undefined);
    });
  }

  it('checks what the content script receives', () => {
    expect(parseReadAloudTabMessage({ type: 'readAloud/tab', command: 'read-from-here', focusBar: true, extra: 1 })).to.deep.equal({
      type: 'readAloud/tab',
      command: 'read-from-here',
      focusBar: true,
    });
    for (const bad of [
      null,
      'stop',
      { type: 'readAloud/tab', command: 'stop' },
      { type: 'readAloud/tab', command: 'eval', focusBar: false },
      { type: 'readAloud/run', command: 'stop', focusBar: false },
    ]) {
      expect(parseReadAloudTabMessage(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });

  it('takes only known answers from the content script, anything else meaning it is not running', () => {
    expect(parseReadAloudOutcome({ ok: true, text: 'x' })).to.deep.equal({ ok: true });
    expect(parseReadAloudOutcome({ ok: false, refusal: 'no-selection' })).to.deep.equal({ ok: false, refusal: 'no-selection' });
    for (const bad of [undefined, { ok: 'yes' }, { ok: false, refusal: 'because' }]) {
      expect(parseReadAloudOutcome(bad)).to.deep.equal({ ok: false, refusal: 'not-running' });
    }
  });
});
