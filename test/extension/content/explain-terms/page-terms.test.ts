import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { explainTerms } from '../../../../extension/content/aids/explain-terms.js';
import { CURRENT_TERM_HIGHLIGHT, startExplainTerms, TERMS_HIGHLIGHT } from '../../../../extension/content/explain-terms/page-terms.js';
import { LAYER_ORDER } from '../../../../extension/content/page-style.js';
import { DEFAULT_AIDS } from '../../../../extension/settings/schema.js';
import { TextMap } from '../../../../shared/text/index.js';
import { expectNoAxeViolations } from '../../support/index.js';
import { TEST_STRINGS } from './test-strings.js';
import { openAidUiRootsForTests } from '../../../../extension/content/ui-root.js';

// The bar and panel have closed shadow roots as shipped (extension/content/ui-root.ts); these tests look inside.
openAidUiRootsForTests();

const hostOf = (): HTMLElement | null => document.querySelector<HTMLElement>('div[data-record-access-aid="explain-terms"]');
const shadow = (): ShadowRoot => hostOf()!.shadowRoot!;

describe('explain terms aid', () => {
  let main: HTMLElement;
  let controller: AbortController;
  // A failed test must not leave its aid running into the next one.
  afterEach(() => controller.abort());
  beforeEach(async () => {
    controller = new AbortController();
    main = await fixture(html`<main style="font: 18px/1.5 sans-serif; padding: 1rem">
      <h1>Consultation notes</h1>
      <section id="first"><p>Hx: T2DM, HTN. c/o tiredness 2/52. No SOB. Home BP 138/86.</p></section>
      <section id="second"><p>Plan: FBC, TFT, HbA1c. Review in 3/12. MS query.</p></section>
    </main>`);
  });

  it('is wanted only when the setting is on, and has its own cascade layer', () => {
    const aid = explainTerms(
      () => 'main',
      () => TEST_STRINGS,
    );
    expect(aid.configKey(DEFAULT_AIDS)).to.equal(undefined);
    expect(aid.configKey({ ...DEFAULT_AIDS, explainTerms: true })).to.equal('on');
    expect(LAYER_ORDER).to.include('explain-terms');
  });

  it('highlights every term in one highlight, lists them in the panel and announces the count', async () => {
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS }, controller.signal);
    await terms.idle();
    const highlight = CSS.highlights.get(TERMS_HIGHLIGHT)!;
    // The whole fixture is on screen, so every term is near the viewport and drawn.
    await waitUntil(() => highlight.size === terms.index.terms.length, 'every term on screen is highlighted');
    expect(terms.index.terms.length).to.be.greaterThan(10);
    expect(hostOf()!.dataset.termsFound).to.equal(String(terms.index.terms.length));
    expect(shadow().querySelector('[role="status"]')!.textContent).to.equal(`${terms.index.groups().length} medical terms explained on this page.`);
    const headings = [...shadow().querySelectorAll('.panel h3')].map((h) => h.textContent);
    expect(headings).to.include.members(['Hx', 'T2DM', 'SOB', 'BP', 'FBC', 'HbA1c', '2/52', '3/12', 'MS']);
    // An ambiguous term shows its other meanings and the advice to check.
    const ms = [...shadow().querySelectorAll('.panel li')].find((li) => li.querySelector('h3')?.textContent === 'MS')!;
    expect(ms.querySelector('.other-meanings')!.textContent).to.contain('mitral stenosis');
    expect(ms.querySelector('.advice')!.textContent).to.not.equal('');
    expect(ms.querySelector('.meta')!.textContent).to.match(/^Type: conditions\. Source: .+/);
    controller.abort();
  });

  it('opens the panel by keyboard; a term button marks the term and opens its popover with focus; Esc goes back each step', async () => {
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS }, controller.signal);
    await terms.idle();
    const toggle = shadow().querySelector<HTMLButtonElement>('button.toggle')!;
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(shadow().activeElement?.tagName).to.equal('H2');
    await expectNoAxeViolations(hostOf()!);

    const show = shadow().querySelector<HTMLButtonElement>('button[data-entry="hba1c"]')!;
    show.focus();
    show.click();
    const popover = shadow().querySelector<HTMLElement>('[role="dialog"]')!;
    expect(popover.hidden).to.equal(false);
    expect(shadow().activeElement).to.equal(popover);
    expect(popover.getAttribute('aria-label')).to.equal('Meaning of HbA1c');
    expect(CSS.highlights.get(CURRENT_TERM_HIGHLIGHT)!.size).to.equal(1);
    const box = popover.getBoundingClientRect();
    expect(box.left).to.be.at.least(0);
    expect(box.right).to.be.at.most(innerWidth);
    await expectNoAxeViolations(hostOf()!);

    popover.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(popover.hidden).to.equal(true);
    expect(shadow().activeElement).to.equal(show);
    show.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(shadow().activeElement).to.equal(toggle);
    controller.abort();
  });

  it('explains the term at the selection with Alt+Shift+E', async () => {
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS }, controller.signal);
    await terms.idle();
    const text = main.querySelector('#second p')!.firstChild as Text;
    const at = text.data.indexOf('TFT');
    getSelection()!.setBaseAndExtent(text, at + 1, text, at + 1);
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'E', code: 'KeyE', altKey: true, shiftKey: true, bubbles: true }));
    expect(terms.ui.popoverTerm?.matchedText).to.equal('TFT');
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(terms.ui.popoverOpen).to.equal(false);
    controller.abort();
  });

  it('rescans only the parts of the page that changed', async () => {
    const scanned: number[] = [];
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS, onScanned: (n) => scanned.push(n), debounceMs: 20 }, controller.signal);
    await terms.idle();
    expect(scanned).to.have.length(1);
    const whole = scanned[0]!;
    const firstSectionTerms = terms.index.terms.filter((t) => main.querySelector('#first')!.contains(t.range.startContainer));

    const second = main.querySelector('#second')!;
    const added = document.createElement('p');
    added.textContent = 'Added: U&E and eGFR.';
    second.append(added);
    await waitUntil(() => scanned.length === 2, 'the change was rescanned');
    await terms.idle();
    expect(scanned[1]!, 'only the changed section was read again').to.be.lessThan(whole);
    expect(scanned[1]!).to.equal(TextMap.build(second).text.length);
    expect(terms.index.terms.map((t) => t.matchedText)).to.include.members(['U&E', 'eGFR']);
    await waitUntil(() => CSS.highlights.get(TERMS_HIGHLIGHT)!.size === terms.index.terms.length, 'the added terms are highlighted');
    // The first section's terms are the very same objects: not found again.
    expect(terms.index.terms.filter((t) => main.querySelector('#first')!.contains(t.range.startContainer))).to.deep.equal(firstSectionTerms);

    // Text edited in place is rescanned too, and stale terms go.
    (main.querySelector('#first p')!.firstChild as Text).data = 'Nothing to explain here.';
    await waitUntil(() => scanned.length === 3, 'the edit was rescanned');
    await terms.idle();
    expect(terms.index.terms.map((t) => t.matchedText)).to.not.include('T2DM');
    controller.abort();
  });

  it('follows a page that never settles at most a second late, and rescans many changed places as one', async () => {
    const scanned: number[] = [];
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS, onScanned: (n) => scanned.push(n), debounceMs: 200 }, controller.signal);
    await terms.idle();
    const ticker = main.querySelector('#second p')!.appendChild(document.createElement('span'));
    // A change every 50 ms: the 200 ms quiet spell never comes.
    let tick = 0;
    const restless = setInterval(() => (ticker.textContent = ` ${tick++}`), 50);
    try {
      const added = document.createElement('p');
      added.textContent = 'Added: eGFR.';
      main.querySelector('#first')!.append(added);
      await waitUntil(() => terms.index.terms.some((t) => t.matchedText === 'eGFR'), 'the change was rescanned although the page never settled', {
        timeout: 3000,
      });
      // 250 separate places change at once: one rescan of the whole main content, not 250.
      const before = scanned.length;
      for (let i = 0; i < 250; i++) main.append(Object.assign(document.createElement('p'), { textContent: `Line ${i}` }));
      await waitUntil(() => scanned.length > before, 'the many changes were rescanned', { timeout: 3000 });
      await terms.idle();
      expect(scanned.slice(before)).to.include(TextMap.build(main).text.length);
    } finally {
      clearInterval(restless);
    }
  });

  it('stops following a page that changes thousands of times a second, says so once, and keeps what it found', async () => {
    const warnings: string[] = [];
    const realWarn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS }, controller.signal);
    await terms.idle();
    const found = terms.index.terms.length;
    const box = main.querySelector('#second')!.appendChild(document.createElement('div'));
    const storm = setInterval(() => {
      for (let i = 0; i < 100; i++) box.append(document.createElement('i'));
      box.replaceChildren();
    }, 4);
    try {
      await waitUntil(() => hostOf()!.dataset.following === 'stopped', 'the aid stood down', { timeout: 8000, interval: 100 });
      expect(warnings.filter((w) => w.includes('changes too often to follow'))).to.have.length(1);
      expect(terms.index.terms.length).to.equal(found);
      expect(hostOf()!.dataset.state).to.equal('ready');
    } finally {
      clearInterval(storm);
      console.warn = realWarn;
    }
  });

  it('holds only the terms near the viewport in the highlight, following the reader down the page', async () => {
    const far = document.createElement('p');
    far.style.marginTop = '400vh';
    far.textContent = 'Far below: eGFR and U&E.';
    main.append(far);
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS }, controller.signal);
    await terms.idle();
    const highlight = CSS.highlights.get(TERMS_HIGHLIGHT)!;
    const farTerms = terms.index.terms.filter((t) => far.contains(t.range.startContainer));
    expect(farTerms.map((t) => t.matchedText)).to.deep.equal(['eGFR', 'U&E']);
    await waitUntil(() => highlight.size === terms.index.terms.length - 2, 'the terms on screen are highlighted');
    expect(farTerms.some((t) => highlight.has(t.range))).to.equal(false);
    // Found all the same: the panel lists them.
    expect(shadow().querySelector('button[data-entry="egfr"]')).to.not.equal(null);
    far.scrollIntoView();
    await waitUntil(() => farTerms.every((t) => highlight.has(t.range)), 'terms scrolled near are highlighted');
    scrollTo(0, 0);
  });

  it('when aborted removes every highlight, style, panel and popover, and stops observing and listening', async () => {
    const scanned: number[] = [];
    const terms = startExplainTerms({ mainContent: ['main'], strings: TEST_STRINGS, onScanned: (n) => scanned.push(n), debounceMs: 10 }, controller.signal);
    await terms.idle();
    const sob = terms.index.terms.find((t) => t.matchedText === 'SOB')!;
    const box = sob.range.getBoundingClientRect();
    document.dispatchEvent(new MouseEvent('click', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true }));
    expect(terms.ui.popoverTerm?.matchedText).to.equal('SOB');
    expect(document.querySelector('style[data-record-access-aid="explain-terms"]')).to.not.equal(null);

    terms.ui.hidePopover(false);
    controller.abort();
    expect(CSS.highlights.has(TERMS_HIGHLIGHT)).to.equal(false);
    expect(CSS.highlights.has(CURRENT_TERM_HIGHLIGHT)).to.equal(false);
    expect(document.querySelector('[data-record-access-aid]')).to.equal(null);
    main.append(document.createElement('p'));
    main.lastElementChild!.textContent = 'BP again';
    await aTimeout(60);
    expect(scanned, 'no rescan after abort').to.have.length(1);
    document.dispatchEvent(new MouseEvent('click', { clientX: box.left + box.width / 2, clientY: box.top + box.height / 2, bubbles: true }));
    expect(terms.ui.popoverOpen, 'the click listener is gone').to.equal(false);
  });
});
