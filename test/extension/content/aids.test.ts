import { expect, fixture, html } from '@open-wc/testing';
import { contrastRatio, parseColor } from '../../../shared/a11y/contrast.js';
import type { Aid } from '../../../extension/content/aid-runner.js';
import { colourTheme } from '../../../extension/content/aids/colour-theme.js';
import { largeCursor } from '../../../extension/content/aids/large-cursor.js';
import { readingRuler } from '../../../extension/content/aids/reading-ruler.js';
import { stopAnimations } from '../../../extension/content/aids/stop-animations.js';
import { strongFocus } from '../../../extension/content/aids/strong-focus.js';
import { textSize } from '../../../extension/content/aids/text-size.js';
import { textSpacing } from '../../../extension/content/aids/text-spacing.js';
import { underlineLinks } from '../../../extension/content/aids/underline-links.js';
import { DEFAULT_AIDS, type Aids } from '../../../extension/settings/schema.js';

function measured(el: Element): number {
  const style = getComputedStyle(el);
  return contrastRatio(parseColor(style.color)!, parseColor(style.backgroundColor)!);
}

/** Starts `aid` with `aids`, runs `check`, aborts, and checks that the page is as it was. */
function appliesAndUndoes(aid: Aid, aids: Partial<Aids>, probe: () => string, check: () => void): void {
  const settings = { ...DEFAULT_AIDS, ...aids };
  expect(aid.configKey(settings), 'wanted with these settings').to.not.equal(undefined);
  expect(aid.configKey(DEFAULT_AIDS), 'not wanted by default').to.equal(undefined);
  const before = probe();
  const controller = new AbortController();
  aid.start(settings, controller.signal);
  check();
  controller.abort();
  expect(probe()).to.equal(before);
  expect(document.querySelector('[data-record-access-aid]')).to.equal(null);
}

describe('content aids', () => {
  let page: HTMLElement;
  beforeEach(async () => {
    page = await fixture(html`
      <div>
        <style>
          .pale { color: #999 !important; background-color: #eee; line-height: 1 !important; }
          .spin { animation: spin 10s infinite; transition: color 5s; }
          @keyframes spin { to { transform: rotate(360deg); } }
          a.bare { text-decoration: none !important; }
          :focus-visible { outline: none !important; }
        </style>
        <main>
          <p class="pale">Pale grey text, forced with !important by the page.</p>
          <a href="#x" class="pale bare">A pale link</a>
          <p class="spin">Spinning</p>
          <button>Press</button>
        </main>
      </div>
    `);
  });

  it('colour theme (dark, light, custom) gives at least 7:1 and is undone', () => {
    const paragraph = page.querySelector('p')!;
    const link = page.querySelector('a')!;
    expect(measured(paragraph)).to.be.below(3);
    for (const theme of ['dark', 'light'] as const) {
      appliesAndUndoes(
        colourTheme,
        { colourTheme: theme },
        () => getComputedStyle(paragraph).color,
        () => {
          expect(measured(paragraph)).to.be.at.least(7);
          expect(measured(link)).to.be.at.least(7);
          expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
        },
      );
    }
    appliesAndUndoes(
      colourTheme,
      { colourTheme: 'custom', customText: '#fdf6e3', customBackground: '#002b36' },
      () => getComputedStyle(paragraph).color,
      () => {
        expect(getComputedStyle(paragraph).color).to.equal('rgb(253, 246, 227)');
        expect(getComputedStyle(paragraph).backgroundColor).to.equal('rgb(0, 43, 54)');
      },
    );
  });

  it('text size scales the root font size and is undone', () => {
    appliesAndUndoes(
      textSize,
      { textSize: 200 },
      () => getComputedStyle(document.documentElement).fontSize,
      () => {
        expect(getComputedStyle(document.documentElement).fontSize).to.equal('32px');
      },
    );
  });

  it('text spacing meets the WCAG 1.4.12 levels over the page’s own !important, and is undone', () => {
    const paragraph = page.querySelector('p')!;
    appliesAndUndoes(
      textSpacing,
      { textSpacing: 'wcag' },
      () => getComputedStyle(paragraph).lineHeight,
      () => {
        const style = getComputedStyle(paragraph);
        const fontSize = parseFloat(style.fontSize);
        expect(parseFloat(style.lineHeight)).to.be.closeTo(1.5 * fontSize, 0.5);
        expect(parseFloat(style.letterSpacing)).to.be.closeTo(0.12 * fontSize, 0.1);
        expect(parseFloat(style.wordSpacing)).to.be.closeTo(0.16 * fontSize, 0.1);
        expect(parseFloat(style.marginBottom)).to.be.closeTo(2 * fontSize, 0.5);
      },
    );
  });

  it('underline links overrides the page and is undone', () => {
    const link = page.querySelector('a')!;
    appliesAndUndoes(
      underlineLinks,
      { underlineLinks: true },
      () => getComputedStyle(link).textDecorationLine,
      () => {
        expect(getComputedStyle(link).textDecorationLine).to.equal('underline');
      },
    );
  });

  it('strong focus draws a thick outline on the focused control, beating the colour theme, and is undone', () => {
    const button = page.querySelector('button')!;
    button.focus();
    appliesAndUndoes(
      strongFocus,
      { strongFocus: true },
      () => getComputedStyle(button).outlineWidth,
      () => {
        expect(getComputedStyle(button).outlineWidth).to.equal('4px');
        expect(getComputedStyle(button).outlineColor).to.equal('rgb(0, 0, 0)');
      },
    );
    // Whichever starts first, the strong outline wins over the theme's own (3px) focus outline.
    const theme = new AbortController();
    const focus = new AbortController();
    strongFocus.start({ ...DEFAULT_AIDS, strongFocus: true }, focus.signal);
    colourTheme.start({ ...DEFAULT_AIDS, colourTheme: 'dark' }, theme.signal);
    expect(getComputedStyle(button).outlineWidth).to.equal('4px');
    focus.abort();
    expect(getComputedStyle(button).outlineWidth).to.equal('3px');
    theme.abort();
  });

  it('stop animations ends animations and transitions at once and is undone', () => {
    const spinning = page.querySelector('.spin')!;
    appliesAndUndoes(
      stopAnimations,
      { stopAnimations: true },
      () => getComputedStyle(spinning).animationDuration,
      () => {
        expect(getComputedStyle(spinning).animationDuration).to.equal('0s');
        expect(getComputedStyle(spinning).transitionDuration).to.equal('0s');
      },
    );
  });

  it('large cursor sets an image cursor and is undone', () => {
    const link = page.querySelector('a')!;
    appliesAndUndoes(
      largeCursor,
      { largeCursor: true },
      () => getComputedStyle(link).cursor,
      () => {
        expect(getComputedStyle(link).cursor).to.match(/^url\("data:image\/svg\+xml/);
        expect(getComputedStyle(link).cursor).to.contain('pointer');
      },
    );
  });

  it('reading ruler follows the pointer, focus and caret, is hidden from assistive tech, and is undone', async () => {
    const aid = readingRuler(() => 'main');
    const settings = { ...DEFAULT_AIDS, readingRuler: true };
    expect(aid.configKey(DEFAULT_AIDS)).to.equal(undefined);
    const controller = new AbortController();
    aid.start(settings, controller.signal);
    const host = document.querySelector<HTMLElement>('[data-record-access-aid="reading-ruler"]')!;
    expect(host.getAttribute('aria-hidden')).to.equal('true');
    expect(getComputedStyle(host).pointerEvents).to.equal('none');
    window.dispatchEvent(new PointerEvent('pointermove', { clientX: 10, clientY: 300 }));
    const pointerTop = Number(host.dataset.bandTop);
    expect(pointerTop).to.be.below(300).and.above(200);
    const button = page.querySelector('button')!;
    button.focus();
    expect(Number(host.dataset.bandTop)).to.be.closeTo(button.getBoundingClientRect().top - 4, 1);
    // Keyboard reading: the band follows the text caret.
    const spinning = page.querySelector('.spin')!;
    const moved = new Promise((resolve) => document.addEventListener('selectionchange', resolve, { once: true }));
    const range = document.createRange();
    range.setStart(spinning.firstChild!, 2);
    range.collapse(true);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    await moved;
    expect(Number(host.dataset.bandTop)).to.be.closeTo(range.getBoundingClientRect().top - 4, 1);
    controller.abort();
    expect(document.querySelector('[data-record-access-aid]')).to.equal(null);
  });
});
