import { expect } from '@open-wc/testing';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  parseSettingsPatch,
  parseStoredSettings,
  toStored,
  type Migration,
} from '../../../extension/settings/schema.js';

describe('settings schema', () => {
  it('gives the defaults when nothing is stored, with no problems', () => {
    expect(parseStoredSettings(undefined)).to.deep.equal({ settings: DEFAULT_SETTINGS, problems: [] });
  });

  it('round-trips valid settings', () => {
    const stored = toStored({ highContrast: true });
    expect(stored.version).to.equal(SETTINGS_VERSION);
    expect(parseStoredSettings(stored)).to.deep.equal({ settings: { highContrast: true }, problems: [] });
  });

  for (const corrupt of [null, 42, 'settings', [], { version: 1 }, { version: 1, values: 'x' }, { values: [] }]) {
    it(`recovers from corrupt storage ${JSON.stringify(corrupt)} with defaults and a problem`, () => {
      const { settings, problems } = parseStoredSettings(corrupt);
      expect(settings).to.deep.equal(DEFAULT_SETTINGS);
      expect(problems).to.have.length(1);
    });
  }

  it('replaces only the invalid value, keeping the valid ones', () => {
    const { settings, problems } = parseStoredSettings({ version: 1, values: { highContrast: 'yes', unknownSetting: 3 } });
    expect(settings).to.deep.equal(DEFAULT_SETTINGS);
    expect(problems[0]).to.contain('"highContrast"');
  });

  it('runs migrations in order from the stored version', () => {
    const calls: number[] = [];
    const migrations: Migration[] = [
      { from: -1, migrate: (v) => (calls.push(-1), { ...v, contrast: 'high' }) },
      { from: 0, migrate: ({ contrast, ...rest }) => (calls.push(0), { ...rest, highContrast: contrast === 'high' }) },
    ];
    const { settings } = parseStoredSettings({ version: -1, values: {} }, migrations);
    expect(calls).to.deep.equal([-1, 0]);
    expect(settings.highContrast).to.equal(true);
  });

  it('falls back to defaults when a migration throws', () => {
    const migrations: Migration[] = [{ from: 0, migrate: () => { throw new Error('bad data'); } }];
    const { settings, problems } = parseStoredSettings({ version: 0, values: { highContrast: true } }, migrations);
    expect(settings).to.deep.equal(DEFAULT_SETTINGS);
    expect(problems[0]).to.contain('bad data');
  });

  it('keeps what it understands from a newer version', () => {
    const { settings, problems } = parseStoredSettings({ version: SETTINGS_VERSION + 1, values: { highContrast: true, future: 1 } });
    expect(settings.highContrast).to.equal(true);
    expect(problems[0]).to.contain('newer');
  });

  it('accepts only known keys with valid values in a patch', () => {
    expect(parseSettingsPatch({ highContrast: true })).to.deep.equal({ highContrast: true });
    expect(parseSettingsPatch({})).to.deep.equal({});
    expect(parseSettingsPatch({ highContrast: 1 })).to.equal(undefined);
    expect(parseSettingsPatch({ highContrast: true, evil: 'x' })).to.equal(undefined);
    expect(parseSettingsPatch('highContrast')).to.equal(undefined);
    expect(parseSettingsPatch(null)).to.equal(undefined);
  });
});
