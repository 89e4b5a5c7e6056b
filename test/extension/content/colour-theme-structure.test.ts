import { expect, fixture, html } from '@open-wc/testing';
import { colourTheme } from '../../../extension/content/aids/colour-theme.js';
import { DEFAULT_AIDS } from '../../../extension/settings/schema.js';

/** The theme's structure rules on markup shaped like the NHS App's card links and NHS.UK buttons. */
describe('colour theme keeps the page structure', () => {
  it('leaves a card link’s hit area transparent, outlines filled boxes, and makes icons follow the text', async () => {
    const page = await fixture(html`
      <div>
        <style>
          .card { position: relative; background: #fff; border: 2px solid #d8dde0; }
          .card__link::after { content: ''; position: absolute; inset: 0; }
          .badge { background-color: #d5281b; color: #fff; }
          .go { background: linear-gradient(#7fcf7f, #3c983c); }
          .icon { fill: #005eb8; }
        </style>
        <div class="card"><a class="card__link" href="#x">Prescriptions</a><span class="badge">3</span>
          <svg class="icon" viewBox="0 0 24 24" width="24" height="24"><path d="M0 0h24v24H0Z"></path></svg></div>
        <button class="go">Show older results</button>
      </div>
    `);
    const controller = new AbortController();
    colourTheme.start({ ...DEFAULT_AIDS, colourTheme: 'dark' }, controller.signal);
    const link = page.querySelector('.card__link')!;
    const badge = page.querySelector('.badge')!;
    const go = page.querySelector('.go')!;
    expect(getComputedStyle(link, '::after').backgroundColor, 'the hit area over the card').to.equal('rgba(0, 0, 0, 0)');
    expect(getComputedStyle(page.querySelector('.card')!).borderTopColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(badge).outlineStyle, 'the badge keeps a box').to.equal('solid');
    expect(getComputedStyle(badge).color).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(go).backgroundImage).to.equal('none');
    expect(getComputedStyle(go).outlineStyle, 'the gradient button keeps a box').to.equal('solid');
    expect(getComputedStyle(page.querySelector('path')!).fill).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(link).color).to.equal('rgb(255, 255, 0)');
    controller.abort();
    expect(getComputedStyle(badge).outlineStyle).to.equal('none');
    expect(document.querySelector('[data-record-access-aid]')).to.equal(null);
  });
});
