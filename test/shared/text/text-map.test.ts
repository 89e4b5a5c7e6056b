import { expect, fixture, html } from '@open-wc/testing';
import { TextMap } from '../../../shared/text/text-map.js';
import { findMainContent } from '../../../shared/text/main-content.js';
import { TextUnits } from '../../../shared/speech/text-units.js';

describe('TextMap', () => {
  it('reads visible text in document order, with a line break between blocks', async () => {
    const root = await fixture(html`
      <div>
        <h2>Test results</h2>
        <p>Your <strong>HbA1c</strong> is
          a little high. <a href="#more">Read more</a></p>
        <ul><li>Cholesterol: normal</li><li>eGFR: normal</li></ul>
        <button>Print</button>
      </div>
    `);
    const map = TextMap.build(root);
    const lines = map.text
      .split('\n')
      .map((l) => l.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    expect(lines).to.deep.equal(['Test results', 'Your HbA1c is a little high. Read more', 'Cholesterol: normal', 'eGFR: normal', 'Print']);
  });

  it('leaves out hidden, aria-hidden, inert, script and style content, and what the caller skips', async () => {
    const root = await fixture(html`
      <div>
        <p>Shown.</p>
        <p hidden>Hidden attribute.</p>
        <p style="display:none">Display none.</p>
        <p style="visibility:hidden">Visibility hidden.</p>
        <p aria-hidden="true">Aria hidden.</p>
        <div inert>Inert.</div>
        <script>var notRead = 1;</script>
        <style>.x { color: red }</style>
        <select><option>An option</option></select>
        <nav data-skip>Menu</nav>
        <p>Also shown.</p>
      </div>
    `);
    const map = TextMap.build(root, { skip: (el) => el.hasAttribute('data-skip') });
    expect(map.text.replace(/\s+/g, ' ').trim()).to.equal('Shown. Also shown.');
  });

  it('keeps offsets one to one with the page text, so sentences do not run across source line breaks', async () => {
    const root = await fixture(html`<p>Take one
tablet daily.	Then rest.</p>`);
    const map = TextMap.build(root);
    expect(map.text).to.equal('Take one tablet daily. Then rest.');
    const units = new TextUnits(map.text);
    expect(units.first()?.text).to.equal('Take one tablet daily.');
  });

  it('turns text offsets into Ranges over the page text, across element boundaries', async () => {
    const root = await fixture(html`<p>Your <strong>HbA1c</strong> is high. Book a review.</p>`);
    const map = TextMap.build(root);
    const start = map.text.indexOf('Your');
    const end = map.text.indexOf('high.') + 'high.'.length;
    const range = map.rangeFor(start, end);
    expect(range?.toString()).to.equal('Your HbA1c is high.');
    const second = map.text.indexOf('Book');
    expect(map.rangeFor(second, second + 'Book a review.'.length)?.toString()).to.equal('Book a review.');
    // Chai cannot print a Range in a failure message (it hangs), so Ranges are compared as text.
    expect(map.rangeFor(4, 4) === undefined).to.equal(true);
  });

  it('maps a range that starts or ends on a block break to the nearest text', async () => {
    const root = await fixture(html`<div><p>One.</p><p>Two.</p></div>`);
    const map = TextMap.build(root);
    expect(map.text).to.equal('One.\nTwo.');
    expect(map.rangeFor(0, map.text.length)?.toString()).to.equal('One.Two.');
    const lineBreak = map.text.indexOf('\n');
    expect(map.rangeFor(lineBreak, lineBreak + 1) === undefined).to.equal(true);
    expect(map.rangeFor(lineBreak, lineBreak + 4)?.toString()).to.equal('Two');
  });

  it('turns a DOM position into a text offset for "read from here"', async () => {
    const root = await fixture(html`<div><p>First sentence.</p><p>Second <em>sentence</em>.</p></div>`);
    const map = TextMap.build(root);
    const em = root.querySelector('em')!;
    const offset = map.offsetOf(em.firstChild!, 3);
    expect(map.text.slice(offset)).to.match(/^tence\./);
    const second = root.querySelectorAll('p')[1]!;
    expect(map.text.slice(map.offsetOf(second, 0))).to.match(/^Second/);
    expect(map.offsetOf(document.body, 0)).to.equal(undefined);
  });

  it('builds in slices that give the same result, yields between them, and can be aborted', async () => {
    const root = await fixture(html`<div></div>`);
    for (let i = 0; i < 2000; i++) {
      const p = document.createElement('p');
      p.append(`Result ${i} is normal. `, Object.assign(document.createElement('b'), { textContent: 'No action.' }));
      root.append(p);
    }
    const whole = TextMap.build(root);
    let slices = 0;
    const sliced = await TextMap.buildInSlices(root, { sliceMs: 1, onSlice: () => slices++ });
    expect(sliced.text).to.equal(whole.text);
    expect(slices).to.be.greaterThan(1);
    const controller = new AbortController();
    const aborted = TextMap.buildInSlices(root, { sliceMs: 1, signal: controller.signal, onSlice: () => controller.abort() });
    let error: unknown;
    try {
      await aborted;
    } catch (e) {
      error = e;
    }
    expect((error as Error)?.name).to.equal('AbortError');
  });
});

describe('findMainContent', () => {
  function page(body: string): Document {
    return new DOMParser().parseFromString(`<!doctype html><body>${body}</body>`, 'text/html');
  }

  it('prefers a profile selector, then the main landmark, then one article, then the body', () => {
    expect(findMainContent(page('<div id="record">R</div><main>M</main>'), ['#record']).id).to.equal('record');
    expect(findMainContent(page('<nav>N</nav><main>M</main>'), ['#absent']).tagName).to.equal('MAIN');
    expect(findMainContent(page('<div role="main">M</div>')).getAttribute('role')).to.equal('main');
    expect(findMainContent(page('<article>A</article>')).tagName).to.equal('ARTICLE');
    expect(findMainContent(page('<article>A</article><article>B</article>')).tagName).to.equal('BODY');
  });

  it('survives a malformed profile selector', () => {
    expect(findMainContent(page('<main>M</main>'), ['##broken[', 'main']).tagName).to.equal('MAIN');
  });
});
