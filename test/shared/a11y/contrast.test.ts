import { expect } from '@open-wc/testing';
import { contrastRatio, flatten, parseColor, relativeLuminance } from '../../../shared/a11y/contrast.js';

describe('contrast maths', () => {
  it('parses computed-style and hex colours', () => {
    expect(parseColor('rgb(33, 43, 50)')).to.deep.equal({ r: 33, g: 43, b: 50, alpha: 1 });
    expect(parseColor('rgba(0, 0, 0, 0.5)')).to.deep.equal({ r: 0, g: 0, b: 0, alpha: 0.5 });
    expect(parseColor('rgb(10 20 30 / 25%)')).to.deep.equal({ r: 10, g: 20, b: 30, alpha: 0.25 });
    expect(parseColor('#fff')).to.deep.equal({ r: 255, g: 255, b: 255, alpha: 1 });
    expect(parseColor('#005EB8')).to.deep.equal({ r: 0, g: 94, b: 184, alpha: 1 });
    expect(parseColor('hsl(0 0% 0%)')).to.equal(undefined);
    expect(parseColor('not a colour')).to.equal(undefined);
  });

  it('matches the WCAG reference values', () => {
    const black = { r: 0, g: 0, b: 0, alpha: 1 };
    const white = { r: 255, g: 255, b: 255, alpha: 1 };
    expect(relativeLuminance(black)).to.equal(0);
    expect(relativeLuminance(white)).to.be.closeTo(1, 1e-9);
    expect(contrastRatio(black, white)).to.be.closeTo(21, 1e-9);
    expect(contrastRatio(white, black)).to.be.closeTo(21, 1e-9);
    // NHS.UK text colour on white is 14.42:1; yellow links on black 19.56:1.
    expect(contrastRatio(parseColor('#212b32')!, white)).to.be.closeTo(14.42, 0.01);
    expect(contrastRatio(parseColor('#ffff00')!, black)).to.be.closeTo(19.56, 0.01);
    // #767676 on white is the well-known 4.54:1 just past the AA line.
    expect(contrastRatio(parseColor('#767676')!, white)).to.be.closeTo(4.54, 0.01);
  });

  it('flattens a translucent colour over its backdrop', () => {
    const half = { r: 0, g: 0, b: 0, alpha: 0.5 };
    expect(flatten(half, { r: 255, g: 255, b: 255, alpha: 1 })).to.deep.equal({ r: 128, g: 128, b: 128, alpha: 1 });
  });
});
