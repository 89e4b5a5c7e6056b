import { expect } from '@open-wc/testing';
import { originPattern, patternDialect } from '../../extension/match-pattern.js';
import { hostPatterns, PORTALS } from '../../extension/portals/profiles.js';

describe('match patterns for an allowed site', () => {
  it('keeps the port in Chrome, where a pattern may name one', () => {
    expect(originPattern('http://127.0.0.1:9301', 'chrome')).to.equal('http://127.0.0.1:9301/*');
    expect(originPattern('https://example.org', 'chrome')).to.equal('https://example.org/*');
  });

  it('leaves the port out in Firefox, where a pattern with one matches nothing', () => {
    expect(originPattern('http://127.0.0.1:9301', 'firefox')).to.equal('http://127.0.0.1/*');
    expect(originPattern('http://localhost:8080', 'firefox')).to.equal('http://localhost/*');
    expect(originPattern('https://example.org', 'firefox')).to.equal('https://example.org/*');
  });

  it('keeps IPv6 brackets and drops a default port in both', () => {
    expect(originPattern('http://[::1]:9301', 'firefox')).to.equal('http://[::1]/*');
    expect(originPattern('http://[::1]:9301', 'chrome')).to.equal('http://[::1]:9301/*');
    expect(originPattern('https://example.org:443', 'chrome')).to.equal('https://example.org/*');
  });

  it('gives no pattern for pages that are not http(s), or for nonsense', () => {
    for (const origin of ['file:///home/a.html', 'moz-extension://abc', 'null', '', 'about:blank']) {
      expect(originPattern(origin, 'chrome'), origin).to.equal(undefined);
      expect(originPattern(origin, 'firefox'), origin).to.equal(undefined);
    }
  });

  it('tells the browsers apart by the extension’s own address', () => {
    expect(patternDialect('moz-extension://6d1c7a52-4a3e-4f5e-9a55-2d7f0a0b1c01/')).to.equal('firefox');
    expect(patternDialect('chrome-extension://abcdefghijklmnopabcdefghijklmnop/')).to.equal('chrome');
  });

  it('known portals use default ports, so their patterns are the same in both browsers', () => {
    for (const portal of PORTALS) {
      expect(hostPatterns(portal)).to.deep.equal(portal.origins.map((origin) => originPattern(origin, 'firefox')));
      expect(hostPatterns(portal)).to.deep.equal(portal.origins.map((origin) => originPattern(origin, 'chrome')));
    }
  });
});
