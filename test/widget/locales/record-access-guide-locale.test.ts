import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../widget/index.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, FakeSynthesizer, guideRoot, stepHeading, until } from '../support/index.js';

const status = (el: RecordAccessGuide): string => guideRoot(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const base = (el: RecordAccessGuide): HTMLElement => guideRoot(el).querySelector('.base') as HTMLElement;
const languageSwitch = (el: RecordAccessGuide): HTMLButtonElement => guideRoot(el).querySelector('[part="language-switch"]') as HTMLButtonElement;

/** Waits for the Welsh file to load and be shown. */
const welshShown = (el: RecordAccessGuide) => until(() => base(el)?.getAttribute('lang') === 'cy', 'the Welsh to be shown');

async function choose(el: RecordAccessGuide, values: readonly string[]): Promise<void> {
  for (const value of values) guideRoot(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
  await el.updateComplete;
}

async function next(el: RecordAccessGuide): Promise<void> {
  guideRoot(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
  await el.updateComplete;
}

describe('<record-access-guide> languages', () => {
  beforeEach(deleteGuideDatabase);
  afterEach(async () => {
    await setViewport({ width: 800, height: 600 });
    await emulateMedia({ media: 'screen' });
  });

  it('shows Welsh for locale="cy", marks its language, and has no axe-core violations', async () => {
    const el = (
      await fixture<HTMLElement>(html`<main><record-access-guide locale="cy" practice-name="Meddygfa Glan-yr-Afon"></record-access-guide></main>`)
    ).querySelector('record-access-guide') as RecordAccessGuide;
    await welshShown(el);
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Defnyddio eich meddygfa ar-lein');
    expect(guideRoot(el).querySelector('[part="step-count"]'), 'the start page is not a numbered step').to.equal(null);
    expect(guideRoot(el).textContent).to.contain('Gyda gwasanaethau ar-lein Meddygfa Glan-yr-Afon, gallwch chi:');
    const button = languageSwitch(el);
    expect(button.getAttribute('lang')).to.equal('en-GB');
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Darllen y canllaw hwn yn English');
    await expectNoAxeViolations(el);
  });

  it('follows the page’s lang (cy-GB) when there is no locale attribute', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="cy-GB"><record-access-guide></record-access-guide></div>`);
    const el = wrapper.querySelector('record-access-guide') as RecordAccessGuide;
    await welshShown(el);
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Defnyddio eich meddygfa ar-lein');
    expect(guideRoot(el).textContent).to.contain('gofynnwch i staff eich meddygfa.');
  });

  it('reports a locale it does not have, once, and uses English', async () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
    try {
      const el = await fixture<RecordAccessGuide>(html`<record-access-guide locale="fr"></record-access-guide>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(stepHeading(el)).to.equal('Use your GP practice online');
      expect(base(el).getAttribute('lang')).to.equal('en-GB');
    } finally {
      console.warn = original;
    }
    const about = warnings.filter((w) => w.includes('"locale"'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('"fr"').and.contain('en-GB, cy');
  });

  it('switches language by keyboard without losing the answers, a choice not yet sent, or the step; keeps focus on the switch and announces it', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide>`);
    await next(el);
    await choose(el, ['myself']);
    await next(el);
    await choose(el, ['16-plus']);
    expect(stepHeading(el)).to.equal('How old are you?');
    const button = languageSwitch(el);
    expect(button.getAttribute('lang')).to.equal('cy');
    button.focus();
    await sendKeys({ press: 'Enter' });
    await welshShown(el);
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Faint yw eich oed chi?');
    expect(guideRoot(el).querySelector<HTMLInputElement>('input[value="16-plus"]')?.checked).to.equal(true);
    // The total is not shown until it is certain (it still depends on the answers to come).
    expect(guideRoot(el).querySelector('[part="step-count"]')?.textContent).to.equal('Cam 2');
    expect(guideRoot(el).activeElement).to.equal(languageSwitch(el));
    expect(languageSwitch(el).textContent).to.contain('English');
    expect(status(el)).to.equal('Mae’r canllaw hwn nawr yn Gymraeg.');
    await expectNoAxeViolations(el);
    // Back in English, the answer is still there and the journey carries on from it.
    await sendKeys({ press: 'Enter' });
    await until(() => base(el).getAttribute('lang') === 'en-GB', 'English again');
    await el.updateComplete;
    expect(status(el)).to.equal('This guide is now in English.');
    await next(el);
    expect(stepHeading(el)).to.equal('What do you want to do online?');
  });

  it('reads aloud in the guide’s language', async () => {
    const synth = new FakeSynthesizer([
      { name: 'English', lang: 'en-GB', localService: true, default: true },
      { name: 'Welsh', lang: 'cy', localService: true, default: false },
    ]);
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide locale="cy" .synthesizer=${synth}></record-access-guide>`);
    await welshShown(el);
    await el.updateComplete;
    guideRoot(el).querySelector<HTMLButtonElement>('[part="listen"]')!.click();
    await until(() => synth.spoken.length > 0, 'the first utterance');
    expect(synth.last.request.lang).to.equal('cy');
    expect(synth.last.request.voice?.name).to.equal('Welsh');
    expect(synth.texts[0]).to.equal('Defnyddio eich meddygfa ar-lein');
  });

  it('explains the record examples’ short forms in Welsh, keeping the examples in English', async () => {
    const el = await fixture<RecordAccessGuide>(html`<main><record-access-guide locale="cy"></record-access-guide></main>`);
    const guide = el.querySelector('record-access-guide') as RecordAccessGuide;
    await welshShown(guide);
    await next(guide);
    await choose(guide, ['myself']);
    await next(guide);
    await choose(guide, ['16-plus']);
    await next(guide);
    await choose(guide, ['record']);
    await next(guide);
    expect(stepHeading(guide)).to.equal('Beth byddwch chi’n ei weld mewn cofnod meddyg teulu');
    const term = [...guideRoot(guide).querySelectorAll<HTMLButtonElement>('button.term')].find((b) => b.textContent?.startsWith('FBC'))!;
    expect(term.closest('[lang]')?.getAttribute('lang')).to.equal('en-GB');
    term.click();
    const note = guideRoot(guide).getElementById(term.getAttribute('aria-controls')!)!;
    expect(note.hidden).to.equal(false);
    expect(note.textContent).to.contain('Prawf gwaed cyffredin');
    expect(note.closest('[lang]')?.getAttribute('lang')).to.equal('cy');
    await expectNoAxeViolations(el);
  });

  it('mirrors the layout right to left under dir="rtl": accent bar on the right, Back on the right', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide dir="rtl" practice-name="Oakmere"></record-access-guide>`);
    await next(el);
    const style = getComputedStyle(base(el));
    expect(style.borderRightWidth).to.equal('8px');
    expect(style.borderLeftWidth).to.equal('0px');
    const back = guideRoot(el).querySelector('[part="back"]')!.getBoundingClientRect();
    const exit = guideRoot(el).querySelector('[part="quick-exit"]')!.getBoundingClientRect();
    expect(back.left).to.be.greaterThan(exit.right);
    const input = guideRoot(el).querySelector('input[value="myself"]')!.getBoundingClientRect();
    const label = guideRoot(el).querySelector('label[for="who-myself"]')!.getBoundingClientRect();
    expect(input.left).to.be.greaterThan(label.left);
    const languageBox = languageSwitch(el).getBoundingClientRect();
    expect(languageBox.left - base(el).getBoundingClientRect().left).to.be.lessThan(40);
  });

  it('reflows at 320px wide in Welsh without sideways scrolling', async () => {
    await setViewport({ width: 320, height: 640 });
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide locale="cy"></record-access-guide>`);
    await welshShown(el);
    await el.updateComplete;
    expect(base(el).scrollWidth).to.be.at.most(base(el).clientWidth + 1);
    expect(document.documentElement.scrollWidth).to.be.at.most(320);
  });
});
