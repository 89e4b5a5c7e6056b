import { expect, fixture, html } from '@open-wc/testing';
import { findTermsIn } from '../../../../extension/content/explain-terms/find-terms.js';
import { TermIndex } from '../../../../extension/content/explain-terms/term-index.js';
import { compileGlossary, GLOSSARY } from '../../../../shared/glossary/index.js';

const glossary = compileGlossary(GLOSSARY);

describe('explain terms: finding terms on the page', () => {
  it('finds terms across elements as Ranges over exactly the written text, leaving out hidden and skipped parts', async () => {
    const root = await fixture(html`<main>
      <p>Hx: T2DM. c/o tiredness, no <b>SOB</b>. Plan: FBC, HbA1c.</p>
      <p>Metformin 500mg b.d. with food.</p>
      <p hidden>eGFR hidden</p>
      <div class="extension-ui">TFT skipped</div>
    </main>`);
    const scanned: number[] = [];
    const found = await findTermsIn(root, glossary, { skip: (el) => el.classList.contains('extension-ui'), onScanned: (n) => scanned.push(n) });
    const written = found.map((term) => term.range.toString());
    expect(written).to.include.members(['Hx', 'T2DM', 'c/o', 'SOB', 'FBC', 'HbA1c', 'mg', 'b.d.']);
    expect(written).to.not.include('eGFR');
    expect(written).to.not.include('TFT');
    for (const term of found) expect(term.range.toString()).to.equal(term.matchedText);
    expect(found.find((term) => term.matchedText === 'b.d.')?.entry.id).to.equal('bd');
    expect(scanned).to.have.length(1);
    expect(scanned[0]).to.be.greaterThan(50);
  });

  it('slices a long page into short tasks and finds the same terms as one pass', async () => {
    const root = document.createElement('main');
    for (let i = 0; i < 400; i++) {
      const p = document.createElement('p');
      p.textContent = `Entry ${i}: BP 138/86, HbA1c 52, SOB on exertion, amoxicillin 500mg tds 1/52, r/v 3/12 PRN.`;
      root.append(p);
    }
    document.body.append(root);
    let yields = 0;
    const realSetTimeout = window.setTimeout;
    const counting = ((handler: TimerHandler, timeout?: number) => {
      yields++;
      return realSetTimeout(handler, timeout);
    }) as typeof window.setTimeout;
    window.setTimeout = counting;
    try {
      const found = await findTermsIn(root, glossary, { sliceMs: 1 });
      const oneText = root.textContent ?? '';
      expect(found.length).to.be.greaterThan(400 * 8);
      expect(found.filter((t) => t.matchedText === 'HbA1c')).to.have.length(400);
      expect(oneText.length).to.be.greaterThan(30_000);
      expect(yields, 'yielded to the page between slices').to.be.greaterThan(1);
    } finally {
      window.setTimeout = realSetTimeout;
      root.remove();
    }
  });

  it('stops when aborted', async () => {
    const root = await fixture(html`<main><p>BP and HbA1c</p></main>`);
    const controller = new AbortController();
    controller.abort();
    let failed = false;
    await findTermsIn(root, glossary, { signal: controller.signal }).catch(() => (failed = true));
    expect(failed).to.equal(true);
  });
});

describe('explain terms: the term index', () => {
  it('groups terms once each in order of appearance, finds them by position, selection and point, and replaces one region only', async () => {
    const root = await fixture(html`<main style="font: 20px/1.5 sans-serif">
      <div id="wrap"><p id="a">No SOB. BP fine. SOB again.</p></div>
      <p id="b">Plan: FBC.</p>
    </main>`);
    const index = new TermIndex();
    index.replaceWithin(root, await findTermsIn(root, glossary));
    expect(index.groups().map((g) => [g.entry.id, g.occurrences.length])).to.deep.equal([
      ['sob', 2],
      ['bp', 1],
      ['fbc', 1],
    ]);

    const textA = root.querySelector('#a')!.firstChild as Text;
    expect(index.termAtPosition(textA, 4)?.matchedText).to.equal('SOB');
    expect(index.termAtPosition(textA, 1)).to.equal(undefined);
    const caret = document.createRange();
    caret.setStart(textA, 9);
    expect(index.termInRange(caret)?.matchedText).to.equal('BP');
    const bp = index.terms.find((t) => t.matchedText === 'BP')!;
    const box = bp.range.getBoundingClientRect();
    expect(index.termAtPoint(document, box.left + box.width / 2, box.top + box.height / 2)).to.equal(bp);
    expect(index.termAtPoint(document, box.right + 200, box.top + box.height / 2)).to.equal(undefined);

    const b = root.querySelector('#b')!;
    const keptSob = index.terms.filter((t) => t.entry.id === 'sob');
    b.textContent = 'Plan: U&E and TFT.';
    const change = index.replaceWithin(b, await findTermsIn(b, glossary));
    expect(change.removed.map((t) => t.matchedText)).to.deep.equal(['FBC']);
    expect(change.added.map((t) => t.matchedText)).to.deep.equal(['U&E', 'TFT']);
    expect(index.terms.map((t) => t.matchedText)).to.deep.equal(['SOB', 'BP', 'SOB', 'U&E', 'TFT']);
    // Terms outside the changed region are the same objects: they were not found again.
    expect(index.terms.filter((t) => t.entry.id === 'sob')).to.deep.equal(keptSob);

    // Removed text: its Ranges collapse into the changed parent, which is the region rescanned.
    const wrap = root.querySelector('#wrap')!;
    root.querySelector('#a')!.remove();
    const removal = index.replaceWithin(wrap, await findTermsIn(wrap, glossary));
    expect(removal.removed.map((t) => t.matchedText)).to.deep.equal(['SOB', 'BP', 'SOB']);
    expect(
      index.terms.map((t) => t.matchedText),
      'terms in removed parts are dropped',
    ).to.deep.equal(['U&E', 'TFT']);
    expect(index.groups().map((g) => g.entry.id)).to.deep.equal(['u-and-e', 'tft']);
  });
});
