import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../widget/index.js';
import { compileGlossary, GLOSSARY } from '../../shared/glossary/index.js';
import { enGB } from '../../widget/content/en-GB.js';
import { WIDGET_GLOSSARY } from '../../widget/content/glossary-terms.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, guideRoot } from './support/index.js';
import { until } from '../support/index.js';

// Saved progress would carry one test's answers into the next.
beforeEach(deleteGuideDatabase);

const EXAMPLES = ['recordSummaryExample', 'recordImmunisationsExample', 'recordResultsExample', 'recordNotesExample', 'recordLettersExample'] as const;
/** The term as shown: the button's own text, without its visually hidden hint. */
const shown = (button: Element): string =>
  [...button.childNodes]
    .filter((n): n is Text => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.data)
    .join('');

/** From the start to step 5, "What you will see". */
async function toRecordStep(template: TemplateResult): Promise<RecordAccessGuide> {
  const el = await fixture<RecordAccessGuide>(template);
  for (const values of [[], ['myself'], ['16-plus'], ['record']]) {
    for (const value of values) guideRoot(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    await el.updateComplete;
    guideRoot(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }
  expect(guideRoot(el).querySelector('#step-heading')?.textContent?.trim()).to.equal('What you will see in a GP record');
  // The glossary is its own file, fetched beside the first render: the terms are linked once it has arrived.
  await until(() => guideRoot(el).querySelector('button.term') !== null, 'the short forms linked');
  return el;
}

describe('<record-access-guide> step 5 with short forms', () => {
  it('has no axe violations with a short form’s meaning shown', async () => {
    const el = await toRecordStep(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    const term = guideRoot(el).querySelector<HTMLButtonElement>('button.term')!;
    term.click();
    await el.updateComplete;
    expect(term.getAttribute('aria-expanded')).to.equal('true');
    await expectNoAxeViolations(el);
  });
});

describe('widget glossary: the entries the guide carries', () => {
  it('are the glossary’s own entries, unchanged', () => {
    for (const entry of WIDGET_GLOSSARY) {
      expect(entry, entry.id).to.deep.equal(GLOSSARY.find((e) => e.id === entry.id));
    }
  });

  it('cover every term the full glossary finds in the guide’s record examples', () => {
    const full = compileGlossary(GLOSSARY);
    const carried = new Set(WIDGET_GLOSSARY.map((e) => e.id));
    const found = EXAMPLES.flatMap((key) => full.scan(enGB[key].text).map((m) => m.entryId));
    expect(found.length).to.be.greaterThan(5);
    expect(found.filter((id) => !carried.has(id))).to.deep.equal([]);
  });
});

describe('<record-access-guide> step 5: short forms linked to their meanings', () => {
  it('makes each short form a disclosure that shows its meaning as text, and passes axe', async () => {
    const el = await toRecordStep(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    const terms = [...guideRoot(el).querySelectorAll<HTMLButtonElement>('button.term')];
    expect(terms.map(shown)).to.deep.equal(['mg', 'BD', 'FBC', 'c/o', '3/7', 'SOB', 'r/v', '1/52']);
    const fbc = terms.find((b) => shown(b) === 'FBC')!;
    expect(fbc.getAttribute('aria-expanded')).to.equal('false');
    expect(fbc.textContent).to.equal('FBC (what this means)');
    const note = guideRoot(el).getElementById(fbc.getAttribute('aria-controls')!)!;
    expect(note.hidden).to.equal(true);
    await expectNoAxeViolations(el);

    fbc.focus();
    fbc.click();
    expect(fbc.getAttribute('aria-expanded')).to.equal('true');
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain('FBC (full blood count):');
    expect(note.textContent).to.contain('counts the red cells');
    expect(note.textContent).to.contain('Source of this meaning: Lab Tests Online-UK.');
    // An ambiguous short form says what else it can mean and to check.
    const bd = terms.find((b) => shown(b) === 'BD')!;
    bd.click();
    const bdNote = guideRoot(el).getElementById(bd.getAttribute('aria-controls')!)!;
    expect(bdNote.textContent).to.contain('It can also mean: BD is also a brand name');
    expect(bdNote.textContent).to.contain('ask the GP practice');
    await expectNoAxeViolations(el);

    // A re-render of the step keeps what the reader opened.
    el.requestUpdate();
    await el.updateComplete;
    expect(note.hidden).to.equal(false);
    fbc.click();
    expect(note.hidden).to.equal(true);
    expect(fbc.getAttribute('aria-expanded')).to.equal('false');
  });

  it('links short forms in a practice’s own example wording, as text only', async () => {
    const el = await toRecordStep(html`<record-access-guide practice-name="Oakmere">
      <script type="application/json">
        { "strings": { "recordNotesExample": "<img src=x onerror=\\"window.__termInjected=1\\"> No SOB today." } }
      </script>
    </record-access-guide>`);
    const example = [...guideRoot(el).querySelectorAll('.example')].find((p) => p.textContent?.includes('today'))!;
    expect(example.textContent).to.contain('<img src=x onerror="window.__termInjected=1"> No SOB');
    expect(shown(example.querySelector('button.term')!)).to.equal('SOB');
    expect(guideRoot(el).querySelector('img')).to.equal(null);
    expect((window as { __termInjected?: number }).__termInjected).to.equal(undefined);
  });
});
