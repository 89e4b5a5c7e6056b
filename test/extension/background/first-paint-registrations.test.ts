import { expect } from '@open-wc/testing';
import { firstPaintRegistrations, termStyleRegistration } from '../../../extension/background/first-paint-registrations.js';
import { originPattern } from '../../../extension/match-pattern.js';
import { DEFAULT_AIDS, defaultSettings, type Settings } from '../../../extension/settings/schema.js';

const GRANTED = ['https://*.example.org/*', 'http://127.0.0.1/*'];
const allowAll = (origin: string): string | undefined => originPattern(origin, 'chrome');

describe('first-paint stylesheet registrations', () => {
  it('registers nothing when no high-contrast theme is wanted anywhere', () => {
    expect(firstPaintRegistrations(defaultSettings(), GRANTED, allowAll)).to.deep.equal([]);
  });

  it('covers every granted site for the global theme, except sites that differ or are off', () => {
    const settings: Settings = {
      global: { ...DEFAULT_AIDS, colourTheme: 'dark' },
      sites: {
        'https://a.example.org': { enabled: true, aids: { colourTheme: 'light' } },
        'https://b.example.org': { enabled: false },
        'https://c.example.org': { enabled: true, aids: { textSize: 150 } },
      },
    };
    expect(firstPaintRegistrations(settings, GRANTED, allowAll)).to.deep.equal([
      { theme: 'dark', matches: GRANTED, excludeMatches: ['https://a.example.org/*', 'https://b.example.org/*'] },
      { theme: 'light', matches: ['https://a.example.org/*'], excludeMatches: [] },
    ]);
  });

  it('adds a site whose own theme is high contrast, only when the site is allowed', () => {
    const settings: Settings = {
      global: { ...DEFAULT_AIDS },
      sites: {
        'https://a.example.org': { enabled: true, aids: { colourTheme: 'light' } },
        'https://z.example': { enabled: true, aids: { colourTheme: 'light' } },
      },
    };
    expect(firstPaintRegistrations(settings, GRANTED, (origin) => (origin === 'https://z.example' ? undefined : allowAll(origin)))).to.deep.equal([
      { theme: 'light', matches: ['https://a.example.org/*'], excludeMatches: [] },
    ]);
  });

  it('in Firefox, gives sites on other ports of one host one pattern, listed once', () => {
    const settings: Settings = {
      global: { ...DEFAULT_AIDS, colourTheme: 'dark' },
      sites: {
        'http://127.0.0.1:9301': { enabled: true, aids: { colourTheme: 'light' } },
        'http://127.0.0.1:9302': { enabled: false },
      },
    };
    const firefox = (origin: string): string | undefined => originPattern(origin, 'firefox');
    expect(firstPaintRegistrations(settings, ['http://127.0.0.1/*'], firefox)).to.deep.equal([
      { theme: 'dark', matches: ['http://127.0.0.1/*'], excludeMatches: ['http://127.0.0.1/*'] },
      { theme: 'light', matches: ['http://127.0.0.1/*'], excludeMatches: [] },
    ]);
    // Chrome keeps the ports apart.
    expect(firstPaintRegistrations(settings, ['http://127.0.0.1/*'], allowAll)[0]?.excludeMatches).to.deep.equal([
      'http://127.0.0.1:9301/*',
      'http://127.0.0.1:9302/*',
    ]);
  });

  it('registers the explain-terms highlight sheet only where the aid is on: globally, or on a site of its own', () => {
    expect(termStyleRegistration(defaultSettings(), GRANTED, allowAll), 'off everywhere: no sheet on any page').to.equal(undefined);
    const globally: Settings = {
      global: { ...DEFAULT_AIDS, explainTerms: true },
      sites: {
        'https://a.example.org': { enabled: true, aids: { explainTerms: false } },
        'https://b.example.org': { enabled: false },
        'https://c.example.org': { enabled: true, aids: { textSize: 150 } },
      },
    };
    expect(termStyleRegistration(globally, GRANTED, allowAll)).to.deep.equal({
      matches: GRANTED,
      excludeMatches: ['https://a.example.org/*', 'https://b.example.org/*'],
    });
    const oneSite: Settings = {
      global: { ...DEFAULT_AIDS },
      sites: { 'https://a.example.org': { enabled: true, aids: { explainTerms: true } }, 'https://z.example': { enabled: true, aids: { explainTerms: true } } },
    };
    expect(termStyleRegistration(oneSite, GRANTED, (origin) => (origin === 'https://z.example' ? undefined : allowAll(origin)))).to.deep.equal({
      matches: ['https://a.example.org/*'],
      excludeMatches: [],
    });
  });
});
