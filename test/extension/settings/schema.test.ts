import { expect } from '@open-wc/testing';
import {
  DEFAULT_AIDS,
  MIGRATIONS,
  SETTINGS_VERSION,
  defaultSettings,
  effectiveAids,
  isSiteOrigin,
  parseAidsPatch,
  parseStoredSettings,
  toStored,
  type Migration,
  type Settings,
} from '../../../extension/settings/schema.js';

const SITE = 'https://patient.example.org';

describe('settings schema', () => {
  it('gives the defaults when nothing is stored, with no problems', () => {
    expect(parseStoredSettings(undefined)).to.deep.equal({ settings: defaultSettings(), problems: [] });
  });

  it('round-trips valid settings with per-site overrides', () => {
    const settings: Settings = {
      global: { ...DEFAULT_AIDS, colourTheme: 'light', textSize: 150, readingRuler: true },
      sites: { [SITE]: { enabled: true, aids: { colourTheme: 'dark' } }, 'http://127.0.0.1:8821': { enabled: false } },
    };
    const stored = toStored(settings);
    expect(stored.version).to.equal(SETTINGS_VERSION);
    expect(parseStoredSettings(JSON.parse(JSON.stringify(stored)))).to.deep.equal({ settings, problems: [] });
  });

  it('stores sites compactly: a site that only follows the global aids is not stored', () => {
    const stored = toStored({ global: { ...DEFAULT_AIDS }, sites: { [SITE]: { enabled: true } } });
    expect(stored.values.sites).to.deep.equal({});
  });

  it('migrates version 1 (one high-contrast boolean) to a colour theme', () => {
    expect(parseStoredSettings({ version: 1, values: { highContrast: true } })).to.deep.equal({
      settings: { global: { ...DEFAULT_AIDS, colourTheme: 'dark' }, sites: {} },
      problems: [],
    });
    expect(parseStoredSettings({ version: 1, values: { highContrast: false } }).settings.global.colourTheme).to.equal('none');
    expect(MIGRATIONS.map((m) => m.from)).to.deep.equal([1]);
  });

  for (const corrupt of [null, 42, 'settings', [], { version: 2 }, { version: 2, values: 'x' }, { values: [] }]) {
    it(`recovers from corrupt storage ${JSON.stringify(corrupt)} with defaults and a problem`, () => {
      const { settings, problems } = parseStoredSettings(corrupt);
      expect(settings).to.deep.equal(defaultSettings());
      expect(problems).to.have.length(1);
    });
  }

  it('replaces only the invalid values, keeping the valid ones, and drops bad sites', () => {
    const { settings, problems } = parseStoredSettings({
      version: 2,
      values: {
        global: { colourTheme: 'purple', textSize: 150, customText: 'red', unknownSetting: 3 },
        sites: { 'not a site': { enabled: false }, [SITE]: { enabled: 'no', aids: { textSize: 999, readingRuler: true } }, 'https://x.org/path': {} },
      },
    });
    expect(settings.global).to.deep.equal({ ...DEFAULT_AIDS, textSize: 150 });
    expect(settings.sites).to.deep.equal({ [SITE]: { enabled: true, aids: { readingRuler: true } } });
    expect(problems).to.deep.include.members([
      { code: 'invalid-value', setting: 'colourTheme', value: '"purple"' },
      { code: 'invalid-value', setting: 'customText', value: '"red"' },
      { code: 'not-a-site', site: 'not a site' },
      { code: 'site-enabled-invalid', site: SITE },
      { code: 'invalid-value', site: SITE, setting: 'textSize', value: '999' },
      { code: 'not-a-site', site: 'https://x.org/path' },
    ]);
    expect(problems).to.have.length(6);
  });

  it('runs migrations from the stored version, and none from below version 1', () => {
    const calls: number[] = [];
    const migrations: Migration[] = [
      { from: 0, migrate: (v) => (calls.push(0), v) },
      { from: 1, migrate: ({ contrast }) => (calls.push(1), { global: { colourTheme: contrast === 'high' ? 'light' : 'none' } }) },
    ];
    const { settings } = parseStoredSettings({ version: 1, values: { contrast: 'high' } }, migrations);
    expect(calls).to.deep.equal([1]);
    expect(settings.global.colourTheme).to.equal('light');
  });

  // On today's main, -1e300 never finishes (adding 1 to it changes nothing), hanging every page and the
  // background; 0 and 1.5 ran the version 1 migration and reset every aid.
  for (const version of [-1e300, 1e300, -1, 0, 1.5, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_VALUE, '2', null, undefined]) {
    it(`finishes, keeps the valid values and reports a problem for a stored version of ${String(version)}`, () => {
      const started = performance.now();
      const { settings, problems } = parseStoredSettings({ version, values: { global: { textSize: 150, readingRuler: true } } });
      expect(performance.now() - started).to.be.below(100);
      expect(settings.global).to.deep.equal({ ...DEFAULT_AIDS, textSize: 150, readingRuler: true });
      expect(problems.map((problem) => problem.code)).to.satisfy((codes: string[]) => codes.includes('no-valid-version') || codes.includes('newer-version'));
    });
  }

  it('falls back to defaults when a migration throws', () => {
    const migrations: Migration[] = [
      {
        from: 1,
        migrate: () => {
          throw new Error('bad data');
        },
      },
    ];
    const { settings, problems } = parseStoredSettings({ version: 1, values: { highContrast: true } }, migrations);
    expect(settings).to.deep.equal(defaultSettings());
    expect(problems[0]).to.deep.equal({ code: 'migration-failed', from: 1, reason: 'Error: bad data' });
  });

  it('keeps what it understands from a newer version', () => {
    const { settings, problems } = parseStoredSettings({ version: SETTINGS_VERSION + 1, values: { global: { colourTheme: 'dark' }, future: 1 } });
    expect(settings.global.colourTheme).to.equal('dark');
    expect(problems[0]).to.deep.equal({ code: 'newer-version', found: SETTINGS_VERSION + 1 });
  });

  it('accepts only known keys with valid values in a patch', () => {
    expect(parseAidsPatch({ colourTheme: 'dark', textSize: 200 })).to.deep.equal({ colourTheme: 'dark', textSize: 200 });
    expect(parseAidsPatch({})).to.deep.equal({});
    expect(parseAidsPatch({ textSize: 300 })).to.equal(undefined);
    expect(parseAidsPatch({ customText: 'url(x)' })).to.equal(undefined);
    expect(parseAidsPatch({ readingRuler: true, evil: 'x' })).to.equal(undefined);
    expect(parseAidsPatch('colourTheme')).to.equal(undefined);
    expect(parseAidsPatch(null)).to.equal(undefined);
  });

  it('merges a site override over the global aids, and gives nothing where aids are off', () => {
    const settings: Settings = {
      global: { ...DEFAULT_AIDS, colourTheme: 'dark', textSize: 125 },
      sites: { [SITE]: { enabled: true, aids: { colourTheme: 'light' } }, 'https://off.example': { enabled: false } },
    };
    expect(effectiveAids(settings, SITE)).to.deep.equal({ ...DEFAULT_AIDS, colourTheme: 'light', textSize: 125 });
    expect(effectiveAids(settings, 'https://other.example')).to.deep.equal(settings.global);
    expect(effectiveAids(settings, 'https://off.example')).to.equal(undefined);
  });

  it('recognises only bare http(s) origins as site keys', () => {
    expect(isSiteOrigin('https://www.nhsapp.service.nhs.uk')).to.equal(true);
    expect(isSiteOrigin('http://127.0.0.1:8821')).to.equal(true);
    for (const bad of ['https://x.org/', 'https://x.org/a', 'ftp://x.org', 'javascript:alert(1)', 'HTTPS://X.ORG', '']) {
      expect(isSiteOrigin(bad), bad).to.equal(false);
    }
  });
});

describe('settings schema: explain terms', () => {
  it('is off by default, and settings stored before it existed read cleanly without a migration', () => {
    expect(DEFAULT_AIDS.explainTerms).to.equal(false);
    const older = { version: 2, values: { global: { colourTheme: 'dark', readingRuler: true }, sites: {} } };
    const { settings, problems } = parseStoredSettings(older);
    expect(problems).to.deep.equal([]);
    expect(settings.global.explainTerms).to.equal(false);
    expect(settings.global.colourTheme).to.equal('dark');
  });

  it('keeps a stored true, globally and per site, and replaces an invalid value by the default with a problem', () => {
    const stored = { version: 2, values: { global: { explainTerms: true }, sites: { [SITE]: { enabled: true, aids: { explainTerms: false } } } } };
    const { settings, problems } = parseStoredSettings(stored);
    expect(problems).to.deep.equal([]);
    expect(settings.global.explainTerms).to.equal(true);
    expect(effectiveAids(settings, SITE)?.explainTerms).to.equal(false);
    const bad = parseStoredSettings({ version: 2, values: { global: { explainTerms: 'yes' } } });
    expect(bad.settings.global.explainTerms).to.equal(false);
    expect(bad.problems).to.deep.equal([{ code: 'invalid-value', setting: 'explainTerms', value: '"yes"' }]);
  });

  it('accepts a patch that switches it, and refuses one with a non-boolean', () => {
    expect(parseAidsPatch({ explainTerms: true })).to.deep.equal({ explainTerms: true });
    expect(parseAidsPatch({ explainTerms: 1 })).to.equal(undefined);
  });
});

describe('read-aloud settings', () => {
  it('default to normal speed and an automatic voice, so settings stored before read-aloud read as they were', () => {
    const { settings, problems } = parseStoredSettings({ version: 2, values: { global: { colourTheme: 'dark' }, sites: {} } });
    expect(problems).to.deep.equal([]);
    expect(settings.global.readingRate).to.equal(1);
    expect(settings.global.readingVoice).to.equal('');
    expect(settings.global.colourTheme).to.equal('dark');
  });

  it('keep a valid speed and voice name, and replace invalid ones with the defaults, saying so', () => {
    const valid = parseStoredSettings({ version: 2, values: { global: { readingRate: 1.25, readingVoice: 'English (Great Britain)' } } });
    expect(valid.problems).to.deep.equal([]);
    expect(valid.settings.global).to.include({ readingRate: 1.25, readingVoice: 'English (Great Britain)' });
    const invalid = parseStoredSettings({ version: 2, values: { global: { readingRate: 9, readingVoice: '<img src=x>' } } });
    expect(invalid.settings.global).to.include({ readingRate: 1, readingVoice: '' });
    expect(invalid.problems).to.have.length(2);
    expect(parseStoredSettings({ version: 2, values: { global: { readingVoice: 'x'.repeat(201) } } }).problems).to.have.length(1);
  });

  it('accept a speed or voice change in a patch only when valid', () => {
    expect(parseAidsPatch({ readingRate: 0.75 })).to.deep.equal({ readingRate: 0.75 });
    expect(parseAidsPatch({ readingVoice: '' })).to.deep.equal({ readingVoice: '' });
    expect(parseAidsPatch({ readingRate: '1' })).to.equal(undefined);
    expect(parseAidsPatch({ readingRate: 0.6 })).to.equal(undefined);
  });
});
