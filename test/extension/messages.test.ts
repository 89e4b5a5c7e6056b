import { expect } from '@open-wc/testing';
import { parseRequest } from '../../extension/messages.js';

describe('message protocol', () => {
  it('accepts each well-formed request', () => {
    expect(parseRequest({ type: 'settings/get' })).to.deep.equal({ type: 'settings/get' });
    expect(parseRequest({ type: 'settings/update', patch: { highContrast: true } })).to.deep.equal({
      type: 'settings/update',
      patch: { highContrast: true },
    });
    expect(parseRequest({ type: 'site/activate', tabId: 7 })).to.deep.equal({ type: 'site/activate', tabId: 7 });
  });

  it('drops extra fields instead of passing them on', () => {
    expect(parseRequest({ type: 'settings/get', extra: '<script>' })).to.deep.equal({ type: 'settings/get' });
  });

  for (const bad of [
    undefined,
    null,
    'settings/get',
    {},
    { type: 'settings/delete' },
    { type: 'settings/update' },
    { type: 'settings/update', patch: { highContrast: 'on' } },
    { type: 'settings/update', patch: { __proto__: { highContrast: true }, other: 1 } },
    { type: 'site/activate', tabId: '7' },
    { type: 'site/activate', tabId: -1 },
    { type: 'site/activate', tabId: 1.5 },
  ]) {
    it(`rejects the malformed message ${JSON.stringify(bad)}`, () => {
      expect(parseRequest(bad)).to.equal(undefined);
    });
  }
});
