import { expect } from '@open-wc/testing';
import { toggleHighContrast, toggleSiteEnabled, updateAids, updateSite } from '../../../extension/settings/changes.js';
import { DEFAULT_AIDS, defaultSettings, type Settings } from '../../../extension/settings/schema.js';

const SITE = 'https://patient.example.org';

describe('settings changes', () => {
  it('updates global aids, or one site’s own aids without touching the global ones', () => {
    const global = updateAids(defaultSettings(), { kind: 'global' }, { textSize: 150 });
    expect(global.global.textSize).to.equal(150);
    const site = updateAids(global, { kind: 'site', origin: SITE }, { colourTheme: 'light' });
    expect(site.global).to.deep.equal({ ...DEFAULT_AIDS, textSize: 150 });
    expect(site.sites[SITE]).to.deep.equal({ enabled: true, aids: { colourTheme: 'light' } });
  });

  it('gives a site its own aids and takes them away again, keeping its on/off state', () => {
    let settings = updateSite(defaultSettings(), SITE, { ownAids: true });
    expect(settings.sites[SITE]).to.deep.equal({ enabled: true, aids: {} });
    settings = updateAids(settings, { kind: 'site', origin: SITE }, { readingRuler: true });
    settings = updateSite(settings, SITE, { enabled: false });
    expect(settings.sites[SITE]).to.deep.equal({ enabled: false, aids: { readingRuler: true } });
    settings = updateSite(settings, SITE, { ownAids: false });
    expect(settings.sites[SITE]).to.deep.equal({ enabled: false });
  });

  it('toggles aids on a site (the keyboard command)', () => {
    const off = toggleSiteEnabled(defaultSettings(), SITE);
    expect(off.sites[SITE]?.enabled).to.equal(false);
    expect(toggleSiteEnabled(off, SITE).sites[SITE]?.enabled).to.equal(true);
  });

  it('toggles high contrast globally, or on the site when the site has its own colour theme', () => {
    const on = toggleHighContrast(defaultSettings(), SITE);
    expect(on.global.colourTheme).to.equal('dark');
    expect(toggleHighContrast({ ...on, global: { ...on.global, colourTheme: 'light' } }, undefined).global.colourTheme).to.equal('none');
    const withSiteTheme: Settings = { global: { ...DEFAULT_AIDS }, sites: { [SITE]: { enabled: true, aids: { colourTheme: 'custom' } } } };
    const toggled = toggleHighContrast(withSiteTheme, SITE);
    expect(toggled.sites[SITE]?.aids?.colourTheme).to.equal('none');
    expect(toggled.global.colourTheme).to.equal('none');
  });
});
