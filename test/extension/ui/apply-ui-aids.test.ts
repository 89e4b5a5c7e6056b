import { expect } from '@open-wc/testing';
import { uiAidsCss } from '../../../extension/ui/apply-ui-aids.js';
import { DEFAULT_AIDS } from '../../../extension/settings/schema.js';

describe('the extension pages follow the user’s aids', () => {
  it('take the theme colours, text size, spacing and font', () => {
    const css = uiAidsCss({ ...DEFAULT_AIDS, colourTheme: 'dark', textSize: 150, textSpacing: 'wcag', readableFont: 'atkinson' });
    expect(css).to.contain('--rak-ui-background: #000000').and.contain('font-size: 150%').and.contain('letter-spacing: 0.12em');
    expect(css).to.contain('url("fonts/atkinson-hyperlegible-latin-400-normal.woff2")');
  });

  it('follow custom colours only when they reach 4.5:1, so the page to fix them stays readable', () => {
    expect(uiAidsCss({ ...DEFAULT_AIDS, colourTheme: 'custom', customText: '#fdf6e3', customBackground: '#002b36' })).to.contain(
      '--rak-ui-background: #002b36',
    );
    expect(uiAidsCss({ ...DEFAULT_AIDS, colourTheme: 'custom', customText: '#777777', customBackground: '#555555' })).not.to.contain('--rak-ui-background');
  });
});
