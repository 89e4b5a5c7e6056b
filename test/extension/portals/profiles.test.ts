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

  it('theme fixes are valid CSS, every rule and every declaration of them', () => {
    const withFixes = PORTALS.filter((p) => p.themeFixes);
    expect(withFixes.length, 'some portal has theme fixes to check').to.be.greaterThan(0);
    for (const portal of withFixes) expect(cssProblems(portal.themeFixes ?? ''), portal.id).to.deep.equal([]);
  });

  it('control: one misspelt property, one bad selector or one bad value among good rules is caught', () => {
    const good = ':root .nhsuk-icon { fill: currentColor !important; }';
    expect(cssProblems(good)).to.deep.equal([]);
    // Each of these parses to at least one rule, so a "some rule parsed" check would have passed them all.
    expect(cssProblems(`${good} :root .x { colr: red; }`)).to.deep.equal(['":root .x": "colr: red" is not valid CSS']);
    expect(cssProblems(`${good} :root ..x { fill: red; }`)).to.deep.equal([':root ..x: the rule was dropped (2 written, 1 parsed)']);
    expect(cssProblems(`${good} :root .x { fill: currentColor; stroke: 3 apples; }`)).to.deep.equal(['":root .x": "stroke: 3 apples" is not valid CSS']);
  });
});

/**
 * What the browser would drop from `css`, which it does silently: whole rules with a bad selector, and single
 * declarations with an unknown property or a bad value. The fixes are flat style rules; anything else is reported.
 */
function cssProblems(css: string): string[] {
  const written = [...css.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: (m[1] ?? '').trim(), body: m[2] ?? '' }));
  const rest = css.replace(/([^{}]+)\{([^{}]*)\}/g, '').trim();
  const problems: string[] = rest ? [`text outside any rule: ${rest}`] : [];
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  const parsed = [...sheet.cssRules].filter((rule): rule is CSSStyleRule => rule instanceof CSSStyleRule);
  const oneSpace = (text: string) => text.replace(/\s+/g, ' ');
  for (const { selector, body } of written) {
    if (!parsed.some((rule) => oneSpace(rule.selectorText) === oneSpace(selector))) {
      problems.push(`${selector}: the rule was dropped (${written.length} written, ${sheet.cssRules.length} parsed)`);
      continue;
    }
    for (const declaration of body
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)) {
      const colon = declaration.indexOf(':');
      const property = declaration.slice(0, colon).trim();
      const value = declaration
        .slice(colon + 1)
        .replace(/!important\s*$/, '')
        .trim();
      if (colon < 1 || !CSS.supports(property, value)) problems.push(`"${selector}": "${declaration}" is not valid CSS`);
    }
  }
  if (sheet.cssRules.length !== parsed.length) problems.push(`${sheet.cssRules.length - parsed.length} rule(s) that are not style rules`);
  return problems;
}
