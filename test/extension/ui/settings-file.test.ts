import { expect } from '@open-wc/testing';
import { DEFAULT_AIDS, SETTINGS_VERSION, type Settings } from '../../../extension/settings/schema.js';
import { MAX_SETTINGS_FILE_BYTES, readSettingsFile, settingsFileText } from '../../../extension/ui/settings-file.js';

describe('settings file', () => {
  const settings: Settings = { global: { ...DEFAULT_AIDS, colourTheme: 'light' }, sites: { 'https://a.example': { enabled: false } } };

  it('reads back what it writes', () => {
    const result = readSettingsFile(settingsFileText(settings));
    expect(result.ok).to.equal(true);
    if (result.ok) expect(result.stored).to.deep.equal({ version: 2, values: settings });
  });

  it('reads an older (version 1) file, which is migrated like stored settings', () => {
    const result = readSettingsFile(JSON.stringify({ format: 'record-access-aids-settings', version: 1, values: { highContrast: true } }));
    expect(result.ok).to.equal(true);
  });

  it("refuses a file whose version is not one it can migrate from, so the settings kept are today's", () => {
    const values = { global: { textSize: 150 }, sites: {} };
    for (const version of [0, 1.5, -1e300, 1e300, -1, SETTINGS_VERSION + 1, Number.MAX_SAFE_INTEGER + 2]) {
      const text = `{"format":"record-access-aids-settings","version":${version === -1e300 ? '-1e300' : version === 1e300 ? '1e300' : String(version)},"values":${JSON.stringify(values)}}`;
      expect(readSettingsFile(text), text).to.deep.equal({ ok: false, error: 'importBadVersion', problems: [] });
    }
  });

  it('explains what is wrong with a bad file', () => {
    expect(readSettingsFile('{not json')).to.deep.equal({ ok: false, error: 'importNotJson', problems: [] });
    expect(readSettingsFile('[]')).to.deep.equal({ ok: false, error: 'importWrongFile', problems: [] });
    expect(readSettingsFile('{"version":2,"values":{}}')).to.deep.equal({ ok: false, error: 'importWrongFile', problems: [] });
    expect(readSettingsFile(' '.repeat(MAX_SETTINGS_FILE_BYTES + 1))).to.deep.equal({ ok: false, error: 'importTooBig', problems: [] });
    const invalid = readSettingsFile(JSON.stringify({ format: 'record-access-aids-settings', version: 2, values: { global: { textSize: 400 } } }));
    expect(invalid.ok).to.equal(false);
    if (!invalid.ok) expect(invalid.problems).to.deep.equal([{ code: 'invalid-value', setting: 'textSize', value: '400' }]);
  });
});
