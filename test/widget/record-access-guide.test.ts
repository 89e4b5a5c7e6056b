import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import type { RecordAccessGuideCompleteEvent, RecordAccessGuideExitEvent, RecordAccessGuideStepChangeEvent } from '../../widget/record-access-guide/events.js';
import { SOURCES } from '../../widget/content/sources.js';
import { deleteGuideDatabase, expectNoAxeViolations, guideRoot, stepHeading } from './support/index.js';

// Saved progress would carry one test's answers into the next.
beforeEach(deleteGuideDatabase);

const mount = (template: TemplateResult) => fixture<RecordAccessGuide>(template);

async function choose(el: RecordAccessGuide, values: readonly string[]): Promise<void> {
  for (const value of values) {
    const input = guideRoot(el).querySelector<HTMLInputElement>(`input[value="${value}"]`);
    if (!input) throw new Error(`No option "${value}" on step "${stepHeading(el)}"`);
    input.click();
  }
  await el.updateComplete;
}

async function next(el: RecordAccessGuide): Promise<void> {
  const button = guideRoot(el).querySelector<HTMLButtonElement>('button[type="submit"]');
  if (!button) throw new Error(`No submit button on step "${stepHeading(el)}"`);
  button.click();
  await el.updateComplete;
}

/** Answers each step in turn: the values to choose, then Continue. */
async function answer(el: RecordAccessGuide, steps: readonly (readonly string[])[]): Promise<void> {
  for (const values of steps) {
    await choose(el, values);
    await next(el);
  }
}

const practice = () => html`<main><record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide></main>`;
const inMain = async (template: TemplateResult): Promise<RecordAccessGuide> =>
  (await fixture<HTMLElement>(template)).querySelector('record-access-guide') as RecordAccessGuide;

describe('<record-access-guide>', () => {
  it('has no axe-core violations', async () => {
    const el = await fixture<RecordAccessGuide>(html`<main><record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide></main>`);
    await expectNoAxeViolations(el);
  });

  it('renders the first step with its heading and the practice name', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide>`);
    const heading = guideRoot(el).querySelector('[part="heading"]');
    expect(heading?.tagName).to.equal('H2');
    expect(heading?.textContent).to.equal('Use your GP practice online');
    expect(guideRoot(el).textContent).to.contain('contact Oakmere Green Surgery.');
    expect(guideRoot(el).querySelector('[part="step-count"]'), 'the start page is not a numbered step').to.equal(null);
  });

  it('falls back to a generic name when no practice name is given', async () => {
    const el = await mount(html`<record-access-guide practice-name="   "></record-access-guide>`);
    expect(guideRoot(el).textContent).to.contain('contact your GP practice.');
  });

  it('shows a practice name containing markup as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__injected=1"><b>Bold</b>';
    const el = await mount(html`<record-access-guide .practiceName=${hostile}></record-access-guide>`);
    expect(guideRoot(el).querySelector('img, b')).to.equal(null);
    expect(guideRoot(el).textContent).to.contain(hostile);
    expect((window as { __injected?: number }).__injected).to.equal(undefined);
  });

  it('does not throw when the script is loaded twice', async () => {
    const { RecordAccessGuide: Again } = await import('../../widget/index.js');
    expect(customElements.get('record-access-guide')).to.equal(Again);
  });

  it('lists only the services the practice offers on the start step', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere" services="prescriptions messages"></record-access-guide>`);
    const items = [...guideRoot(el).querySelectorAll('.list li')].map((li) => li.textContent);
    expect(items).to.deep.equal(['order repeat prescriptions', 'send and read messages with the practice']);
  });
});

describe('<record-access-guide> steps: each renders and passes axe', () => {
  it('myself, 16 or over: every step from start to next steps', async () => {
    const el = await inMain(practice());
    const seen: string[] = [];
    const steps: string[][] = [[], ['myself'], ['16-plus'], ['record', 'appointments'], ['continue'], ['yes'], []];
    for (const values of steps) {
      seen.push(stepHeading(el));
      await expectNoAxeViolations(el);
      await answer(el, [values]);
    }
    seen.push(stepHeading(el));
    await expectNoAxeViolations(el);
    expect(seen).to.deep.equal([
      'Use your GP practice online',
      'Who is this for?',
      'How old are you?',
      'What do you want to do online?',
      'What you will see in a GP record',
      'Proving who you are',
      'Check your answers',
      'Your next steps',
    ]);
  });

  it('the proxy explanation for a parent and for a carer of an adult', async () => {
    const el = await inMain(practice());
    await answer(el, [[], ['child']]);
    expect(stepHeading(el)).to.equal('How old is your child?');
    expect(guideRoot(el).textContent).to.contain('You can ask to see their record in your own app.');
    await answer(el, [['under-13']]);
    expect(stepHeading(el)).to.equal('Using online services for your child');
    expect(guideRoot(el).textContent).to.contain('parental responsibility');
    expect(guideRoot(el).textContent).to.contain('From about age 11, your child has their own say.');
    expect(guideRoot(el).textContent).to.contain('You never use their login.');
    await expectNoAxeViolations(el);
    await next(el);
    expect(stepHeading(el)).to.equal('What do you want to do online?');

    const carer = await inMain(practice());
    await answer(carer, [[], ['adult']]);
    expect(stepHeading(carer)).to.equal('Using online services for another adult');
    expect(guideRoot(carer).textContent).to.not.contain('parental responsibility');
    await expectNoAxeViolations(carer);
    await next(carer);
    expect(stepHeading(carer)).to.equal('Can they agree to you having access?');
    expect(guideRoot(carer).textContent).to.contain('lasting power of attorney');
    expect(guideRoot(carer).textContent).to.contain('best interests');
    await expectNoAxeViolations(carer);
    await answer(carer, [['deputy']]);
    expect(stepHeading(carer)).to.equal('What do you want to do online?');
  });

  it('the leaving step, with its optional reason, and the thank-you after it', async () => {
    const el = await inMain(practice());
    await answer(el, [[], ['myself']]);
    guideRoot(el).querySelector<HTMLButtonElement>('.stop button')?.click();
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('What is stopping you?');
    expect(guideRoot(el).querySelector('[part="step-count"]')).to.equal(null);
    await expectNoAxeViolations(el);
    await next(el);
    expect(stepHeading(el)).to.equal('Thank you');
    await expectNoAxeViolations(el);
  });

  it('an error state', async () => {
    const el = await inMain(practice());
    await answer(el, [[]]);
    await next(el);
    expect(guideRoot(el).querySelector('.error-summary')).to.not.equal(null);
    await expectNoAxeViolations(el);
  });
});

describe('<record-access-guide> behaviour', () => {
  it('moves focus to the new heading and announces only where the patient is (the heading itself is read on focus)', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    const status = guideRoot(el).querySelector('[role="status"]');
    expect(status?.textContent).to.equal('');
    expect(guideRoot(el).querySelector('[part="step-count"]'), 'no step count on the start page').to.equal(null);
    expect(guideRoot(el).activeElement).to.equal(null);
    await next(el);
    expect(guideRoot(el).activeElement?.id).to.equal('step-heading');
    expect(guideRoot(el).querySelector('[role="status"]')).to.equal(status);
    // The title is heard once, from the focused heading, not again from the live region.
    expect(status?.textContent).to.equal('Step 1');
    expect(guideRoot(el).querySelector('[part="step-count"]')?.textContent).to.equal('Step 1');
    await answer(el, [['myself'], ['16-plus'], ['record']]);
    expect(status?.textContent).to.equal('Step 4 of 7');
    expect(guideRoot(el).querySelector('[part="step-count"]')?.textContent).to.equal('Step 4 of 7');
  });

  it('reads Back as "Back" (the chevron is drawn, not a character)', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await answer(el, [[]]);
    const back = guideRoot(el).querySelector<HTMLElement>('[part="back"]')!;
    expect(back.textContent?.trim()).to.equal('Back');
    expect(getComputedStyle(back, '::before').content).to.match(/^(none|normal|"")$/);
  });

  it('draws radios and checkboxes at least 40px square, as on NHS.UK', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await answer(el, [[]]);
    for (const input of guideRoot(el).querySelectorAll('input')) {
      const box = input.getBoundingClientRect();
      expect(box.width, input.id).to.be.at.least(40);
      expect(box.height, input.id).to.be.at.least(40);
    }
    await answer(el, [['myself'], ['16-plus']]);
    const checkbox = guideRoot(el).querySelector('input[type="checkbox"]')!.getBoundingClientRect();
    expect(Math.min(checkbox.width, checkbox.height)).to.be.at.least(40);
  });

  it('shows an error summary that takes focus and links to the field, with an inline error, and loses nothing', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await answer(el, [[], ['child']]);
    await next(el);
    const summary = guideRoot(el).querySelector<HTMLElement>('#error-summary');
    expect(guideRoot(el).activeElement).to.equal(summary);
    expect(summary?.textContent).to.contain('There is a problem');
    const link = summary?.querySelector('a');
    expect(link?.textContent).to.equal('Select how old your child is');
    link?.click();
    expect(guideRoot(el).activeElement?.id).to.equal('age-16-plus');
    const inline = guideRoot(el).querySelector('#age-error');
    expect(inline?.textContent).to.equal('Error: Select how old your child is');
    expect(inline?.querySelector('.visually-hidden')?.textContent).to.equal('Error: ');
    expect(guideRoot(el).querySelector('fieldset')?.getAttribute('aria-describedby')).to.contain('age-error');
    // Nothing was lost: Back shows the earlier answer still chosen.
    guideRoot(el).querySelector<HTMLButtonElement>('[part="back"]')?.click();
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Who is this for?');
    expect(guideRoot(el).querySelector<HTMLInputElement>('#who-child')?.checked).to.equal(true);
    await next(el);
    await answer(el, [['13-to-15']]);
    expect(guideRoot(el).querySelector('#error-summary')).to.equal(null);
    expect(stepHeading(el)).to.equal('Using online services for your child');
  });

  it('goes back with the Back button, keeping the answer', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    expect(guideRoot(el).querySelector('[part="back"]')).to.equal(null);
    await answer(el, [[], ['adult']]);
    guideRoot(el).querySelector<HTMLButtonElement>('[part="back"]')?.click();
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Who is this for?');
    expect(guideRoot(el).querySelector<HTMLInputElement>('#who-adult')?.checked).to.equal(true);
    expect(guideRoot(el).activeElement?.id).to.equal('step-heading');
  });

  it('check your answers: a Change link returns to the question, then back to the check', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await answer(el, [[], ['myself'], ['16-plus'], ['prescriptions'], ['no']]);
    expect(stepHeading(el)).to.equal('Check your answers');
    const rows = [...guideRoot(el).querySelectorAll('.summary-row')].map((row) => [row.querySelector('dt')?.textContent, row.querySelector('dd')?.textContent]);
    expect(rows).to.deep.equal([
      ['Who it is for', 'Myself'],
      ['Age', '16 or over'],
      ['What you want to do', 'order repeat prescriptions'],
      ['Photo ID', 'No'],
    ]);
    const change = guideRoot(el).querySelector<HTMLButtonElement>('[data-change="identity"]');
    expect(change?.textContent?.replace(/\s+/g, ' ').trim()).to.equal('Change photo ID');
    change?.click();
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Proving who you are');
    expect(guideRoot(el).querySelector<HTMLInputElement>('#identity-no')?.checked).to.equal(true);
    await answer(el, [['yes']]);
    expect(stepHeading(el)).to.equal('Check your answers');
    expect(guideRoot(el).querySelector('.summary-row:nth-child(4) dd')?.textContent).to.equal('Yes');
  });

  it('builds the checklist for someone without photo ID: one visit with what to bring and when, the ODS code, links and contact links', async () => {
    const el = await mount(html`<record-access-guide
      practice-name="Oakmere Green Surgery"
      ods-code="Y12345"
      registration-hours="Weekdays, 2pm to 4pm"
      contact-phone="01234 567890"
      contact-email="help@example.nhs.uk"
      contact-sms="07700 900123"
      portals="airmid patient-access"
    ></record-access-guide>`);
    await answer(el, [[], ['myself'], ['16-plus'], ['appointments'], ['no'], []]);
    expect(stepHeading(el)).to.equal('Your next steps');
    const items = [...guideRoot(el).querySelectorAll('[part="checklist"] > li')];
    const first = items[0]!;
    const ownText = [...first.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
    expect(ownText).to.equal('Go to Oakmere Green Surgery once. Ask for your details for online services.');
    expect([...first.querySelectorAll('li')].map((li) => li.textContent)).to.deep.equal([
      'Take any ID you have. With none, ask if staff who know you can vouch for you.',
      'Ask for your own 3 details for online services.',
      'When to go: Weekdays, 2pm to 4pm',
    ]);
    expect(items.map((li) => li.textContent).join(' ')).to.contain('The practice code for Oakmere Green Surgery is Y12345.');
    // Getting the app: links to act on, a route without email or a smartphone, and the practice's other apps.
    const getApp = items[1]!;
    expect(getApp.querySelector('a[href^="https://apps.apple.com/"]')).to.not.equal(null);
    expect(getApp.querySelector('a[href^="https://play.google.com/"]')).to.not.equal(null);
    expect(getApp.textContent).to.contain('No smartphone?');
    expect(getApp.textContent).to.contain('No email address?');
    expect(getApp.textContent).to.contain('Oakmere Green Surgery also works with these apps: Patient Access, Airmid.');
    expect(guideRoot(el).querySelector('a[href="tel:01234567890"]')?.textContent).to.equal('Phone: 01234 567890');
    expect(guideRoot(el).querySelector('a[href="sms:07700900123"]')?.textContent).to.equal('Text: 07700 900123');
    expect(guideRoot(el).querySelector('a[href="mailto:help@example.nhs.uk"]')).to.not.equal(null);
    expect(guideRoot(el).textContent).to.contain('large print');
  });

  it('with no contact details, the checklist says how to find them, and the console tells the webmaster once', async () => {
    const warnings: unknown[][] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    let el: RecordAccessGuide;
    try {
      el = await mount(html`<record-access-guide></record-access-guide>`);
      await answer(el, [[], ['myself'], ['16-plus'], ['record'], ['continue'], ['yes'], []]);
    } finally {
      console.warn = original;
    }
    expect(stepHeading(el)).to.equal('Your next steps');
    expect(guideRoot(el).textContent).to.contain('Find the phone number and address of your GP practice on its website, or on the NHS website:');
    expect(guideRoot(el).querySelector('a[href="https://www.nhs.uk/service-search/find-a-gp"]')).to.not.equal(null);
    const contactWarnings = warnings.filter((w) => String(w[0]).includes('no contact details'));
    expect(contactWarnings).to.have.length(1);
  });

  it('links the record step to the NHS website’s list of short forms, in a new tab', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    await answer(el, [[], ['myself'], ['16-plus'], ['record']]);
    const link = guideRoot(el).querySelector('a[target="_blank"]');
    expect(link?.getAttribute('href')).to.equal(SOURCES.nhsAbbreviations.url);
    expect(link?.textContent).to.contain('(opens in a new tab)');
  });

  it('fires step-change, completion and exit events that bubble out of the shadow root and carry no personal data', async () => {
    // A practice of its own: test files run side by side in one origin, and another file's guide for "Oakmere"
    // (term-links.test.ts walks to the record step) may have saved answers this guide would then offer to continue.
    const host = await fixture<HTMLDivElement>(html`<div><record-access-guide practice-name="Oakmere Events"></record-access-guide></div>`);
    const el = host.querySelector('record-access-guide') as RecordAccessGuide;
    const changes: RecordAccessGuideStepChangeEvent[] = [];
    const completes: RecordAccessGuideCompleteEvent[] = [];
    const exits: RecordAccessGuideExitEvent[] = [];
    host.addEventListener('rag-step-change', (e) => changes.push(e));
    host.addEventListener('rag-complete', (e) => completes.push(e));
    host.addEventListener('rag-exit', (e) => exits.push(e));
    await answer(el, [[], ['adult'], [], ['yes'], ['prescriptions'], ['yes'], []]);
    expect(changes.map((e) => [e.step, e.stepNumber, e.stepCount])).to.deep.equal([
      ['who', 1, 9],
      ['proxy', 2, 8],
      ['consent', 3, 8],
      ['services', 4, 8],
      ['identity', 5, 7],
      ['check', 6, 7],
      ['next-steps', 7, 7],
    ]);
    expect(changes.every((e) => e.bubbles && e.composed)).to.equal(true);
    expect(completes.map((e) => [e.who, e.services])).to.deep.equal([['adult', ['prescriptions']]]);

    guideRoot(el).querySelector<HTMLButtonElement>('.link-button')?.click(); // Start again
    await el.updateComplete;
    guideRoot(el).querySelector<HTMLButtonElement>('.warning-button')?.click(); // Yes, start again
    await el.updateComplete;
    await answer(el, [[], ['myself'], ['16-plus'], ['record'], ['stop'], ['worried']]);
    expect(exits.map((e) => [e.reason, e.step])).to.deep.equal([['worried', 'record']]);
  });

  it('offers a clearly labelled quick-exit button on every step', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    for (const values of [[], ['myself'], ['16-plus']]) {
      const exit = guideRoot(el).querySelector<HTMLButtonElement>('[part="quick-exit"]');
      expect(exit?.textContent?.trim()).to.equal('Leave this page now');
      expect(exit?.type).to.equal('button');
      await answer(el, [values]);
    }
  });

  it('lets a practice theme both colours of the quick-exit button, not only its background', async () => {
    const el = await mount(html`<record-access-guide
      practice-name="Oakmere"
      style="--record-access-guide-quick-exit-color: #ffeb3b; --record-access-guide-quick-exit-text-color: #212b32"
    ></record-access-guide>`);
    const exit = getComputedStyle(guideRoot(el).querySelector('[part="quick-exit"]')!);
    expect([exit.backgroundColor, exit.color]).to.deep.equal(['rgb(255, 235, 59)', 'rgb(33, 43, 50)']);
  });
});

describe('<record-access-guide> configuration in the element', () => {
  let warnings: unknown[][];
  let originalWarn: typeof console.warn;
  beforeEach(() => {
    warnings = [];
    originalWarn = console.warn;
    // The warning that no contact details are set has its own test (above); these fixtures set none on purpose.
    console.warn = (...args: unknown[]) => void (String(args[0]).includes('no contact details') || warnings.push(args));
  });
  afterEach(() => {
    console.warn = originalWarn;
  });

  it('writes each bad value to the console once, even across re-renders, and still renders the guide', async () => {
    const el = await mount(
      html`<record-access-guide practice-name="Oakmere" services="x-rays" contact-online-form="javascript:alert(1)"></record-access-guide>`,
    );
    await answer(el, [[]]);
    el.setAttribute('ods-code', 'A12345');
    await el.updateComplete;
    expect(warnings.map((w) => String(w[0]).split(':')[1]?.trim())).to.deep.equal(['attribute "contact-online-form"', 'attribute "services"']);
    expect(stepHeading(el)).to.equal('Who is this for?');
  });

  it('reads a JSON block child, applies string overrides, and shows markup in them as text', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere">
      <script type="application/json">
        {
          "registrationHours": "<b>Mornings</b>",
          "strings": { "startHeading": "<img src=x onerror=\\"window.__injected2=1\\">Welcome", "startHelp": "Ask {practice} at <i>reception</i>." }
        }
      </script>
    </record-access-guide>`);
    expect(warnings).to.deep.equal([]);
    expect(stepHeading(el)).to.equal('<img src=x onerror="window.__injected2=1">Welcome');
    expect(guideRoot(el).textContent).to.contain('Ask Oakmere at <i>reception</i>.');
    expect(guideRoot(el).querySelector('img, i, b')).to.equal(null);
    expect((window as { __injected2?: number }).__injected2).to.equal(undefined);
  });

  it('reads a JSON block added after the element was connected', async () => {
    const el = await mount(html`<record-access-guide practice-name="Oakmere"></record-access-guide>`);
    const block = document.createElement('script');
    block.type = 'application/json';
    block.textContent = '{"services": ["prescriptions"]}';
    el.append(block);
    await new Promise((resolve) => setTimeout(resolve, 0));
    await el.updateComplete;
    expect([...guideRoot(el).querySelectorAll('.list li')].map((li) => li.textContent)).to.deep.equal(['order repeat prescriptions']);
    expect(warnings).to.deep.equal([]);
  });

  it('takes a config property, and never throws into the page when it is hostile', async () => {
    const el = await mount(html`<record-access-guide .config=${{ practiceName: 'Property Practice', services: ['appointments'] }}></record-access-guide>`);
    expect(guideRoot(el).textContent).to.contain('At Property Practice you can:');
    const hostile = Object.defineProperty({}, 'practiceName', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    el.config = hostile;
    await el.updateComplete;
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    expect(String(warnings.at(-1)?.[0])).to.equal('record-access-guide: the configuration could not be read (boom). Using the defaults.');
  });
});
