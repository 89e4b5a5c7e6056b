import { expect } from '@open-wc/testing';
import { hostPatterns, PORTALS, portalFor } from '../../../extension/portals/profiles.js';
import { isSiteOrigin } from '../../../extension/settings/schema.js';

describe('portal profiles', () => {
  it('have unique ids, https origins, a valid main-content selector and a source', () => {
    expect(new Set(PORTALS.map((p) => p.id)).size).to.equal(PORTALS.length);
    for (const portal of PORTALS) {
      for (const origin of portal.origins) {
        expect(isSiteOrigin(origin) && origin.startsWith('https://'), origin).to.equal(true);
      }
      expect(() => document.querySelector(portal.mainContent)).not.to.throw();
      expect(portal.source.length).to.be.greaterThan(10);
      expect(hostPatterns(portal).every((p) => p.endsWith('/*'))).to.equal(true);
    }
  });

  it('finds the profile for a known portal origin only', () => {
    expect(portalFor('https://www.nhsapp.service.nhs.uk')?.id).to.equal('nhs-app');
    expect(portalFor('https://www.nhsapp.service.nhs.uk.evil.example')).to.equal(undefined);
    expect(portalFor('http://www.nhsapp.service.nhs.uk')).to.equal(undefined);
  });

  it('theme fixes are valid CSS', () => {
    for (const portal of PORTALS.filter((p) => p.themeFixes)) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(portal.themeFixes ?? '');
      expect(sheet.cssRules.length, portal.id).to.be.greaterThan(0);
    }
  });
});
