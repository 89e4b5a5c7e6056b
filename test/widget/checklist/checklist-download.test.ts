import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import '../../../widget/index.js';
import { resolveConfig } from '../../../widget/config/config.js';
import { CONTENT_IDS, enGB } from '../../../widget/content/en-GB.js';
import { createTextLookup } from '../../../widget/content/text.js';
import { buildChecklistDocument } from '../../../widget/record-access-guide/checklist-document.js';
import { checklistAsText, checklistFileName } from '../../../widget/record-access-guide/checklist-download.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, guideRoot, stepHeading, until } from '../support/index.js';

/**
 * The print styles come with the part fetched after the first render (after-first-render-controller.ts); on a
 * busy machine the test reached its print check before they did (8 of 28 runs under load).
 */
const printStylesArrived = (el: RecordAccessGuide): boolean =>
  guideRoot(el).adoptedStyleSheets.some((sheet) => [...sheet.cssRules].some((rule) => rule instanceof CSSMediaRule && rule.media.mediaText === 'print'));

function practiceConfig() {
  return resolveConfig(
    {
      attributes: {
        'practice-name': 'Oakmere Green Surgery',
        'ods-code': 'Y12345',
        'contact-phone': '01632 960000',
        'contact-email': 'reception@example.nhs.uk',
        'contact-online-form': 'https://example.com/contact',
        'registration-hours': 'Weekdays, 2pm to 4pm',
      },
      jsonText: null,
      property: undefined,
    },
    CONTENT_IDS,
    enGB.defaultPracticeName.text,
  ).config;
}

async function answer(el: RecordAccessGuide, steps: readonly (readonly string[])[]): Promise<void> {
  for (const values of steps) {
    for (const value of values) guideRoot(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click();
    guideRoot(el).querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await el.updateComplete;
  }
}

/** Start to next steps for someone without photo ID. */
const WITHOUT_PHOTO_ID = [[], ['myself'], ['16-plus'], ['record'], ['continue'], ['no'], []] as const;

// The component's tests come first, opening with its axe check (test/e2e/component-tests-open-with-axe.spec.ts).
describe('<record-access-guide> next steps: print and download', () => {
  let el: RecordAccessGuide;

  beforeEach(deleteGuideDatabase);

  beforeEach(async () => {
    const main = await fixture<HTMLElement>(html`<main>
      <record-access-guide
        practice-name="Oakmere Green Surgery"
        ods-code="Y12345"
        contact-phone="01632 960000"
        contact-email="reception@example.nhs.uk"
        contact-online-form="https://example.com/contact"
        registration-hours="Weekdays, 2pm to 4pm"
      ></record-access-guide>
    </main>`);
    el = main.querySelector('record-access-guide') as RecordAccessGuide;
    await answer(el, WITHOUT_PHOTO_ID);
    expect(stepHeading(el)).to.equal('Your next steps');
  });

  afterEach(async () => {
    await emulateMedia({ media: 'screen', forcedColors: 'none' });
    await setViewport({ width: 800, height: 600 });
  });

  it('offers Print and Download as buttons, with the practice details, and has no axe-core violations', async () => {
    const print = guideRoot(el).querySelector<HTMLButtonElement>('[part="print-button"]')!;
    const download = guideRoot(el).querySelector<HTMLButtonElement>('[part="download-button"]')!;
    expect(print.textContent?.trim()).to.equal('Print this checklist');
    expect(download.textContent?.trim()).to.equal('Download this checklist');
    expect(guideRoot(el).getElementById(download.getAttribute('aria-describedby')!)?.textContent).to.contain('text file');
    const details = [...guideRoot(el).querySelectorAll('.practice-details li')].map((li) => li.textContent);
    expect(details).to.deep.equal(['Practice code (ODS code): Y12345', 'When to go in to register: Weekdays, 2pm to 4pm']);
    await expectNoAxeViolations(el);
  });

  it('Print this checklist opens the browser’s print dialog', async () => {
    let printed = 0;
    const originalPrint = window.print;
    window.print = () => void (printed += 1);
    try {
      guideRoot(el).querySelector<HTMLButtonElement>('[part="print-button"]')!.click();
    } finally {
      window.print = originalPrint;
    }
    expect(printed).to.equal(1);
  });

  it('prints with no buttons or navigation, large black text, the practice and date, and link addresses', async () => {
    await until(() => printStylesArrived(el), 'the print styles');
    await emulateMedia({ media: 'print' });
    const shown = (selector: string) => {
      const node = guideRoot(el).querySelector<HTMLElement>(selector);
      return node !== null && node.getClientRects().length > 0;
    };
    for (const hidden of ['.toolbar', '[part="back"]', '[part="quick-exit"]', '.language-switch', '.listen', '.start-again', '.checklist-actions']) {
      expect(shown(hidden), hidden).to.equal(false);
    }
    expect(shown('[part="checklist"]')).to.equal(true);
    expect(shown('.print-only')).to.equal(true);
    expect(guideRoot(el).querySelector('.print-practice')?.textContent).to.equal('Oakmere Green Surgery');
    expect(guideRoot(el).querySelector('.print-only')?.textContent).to.match(/Made on \d{1,2} \w+ \d{4}\./);
    const host = getComputedStyle(el);
    expect(host.color).to.equal('rgb(0, 0, 0)');
    expect(parseFloat(host.fontSize)).to.be.at.least(18);
    const formLink = guideRoot(el).querySelector('a[href="https://example.com/contact"]')!;
    expect(getComputedStyle(formLink, '::after').content).to.equal('" (https://example.com/contact)"');
    await emulateMedia({ media: 'screen' });
    expect(shown('.print-only')).to.equal(false);
    expect(shown('.checklist-actions')).to.equal(true);
  });

  it('keeps the buttons visible with system colours in forced-colours mode, and reflows at 320px', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const download = guideRoot(el).querySelector<HTMLButtonElement>('[part="download-button"]')!;
    expect(getComputedStyle(download).borderTopStyle).to.equal('solid');
    expect(getComputedStyle(download).borderTopWidth).to.equal('2px');
    await emulateMedia({ forcedColors: 'none' });
    await setViewport({ width: 320, height: 640 });
    const base = guideRoot(el).querySelector('.base') as HTMLElement;
    expect(base.scrollWidth).to.be.at.most(base.clientWidth + 1);
    expect(download.getBoundingClientRect().right).to.be.at.most(320);
  });

  it('downloads a text file made on the device (a blob: link, nothing fetched)', async () => {
    const created: Blob[] = [];
    const clicked: { href: string; download: string }[] = [];
    const originalCreate = URL.createObjectURL;
    const originalClick = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      created.push(blob as Blob);
      return originalCreate.call(URL, blob);
    };
    // The link's click is recorded rather than followed, so the test browser opens no file.
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    };
    try {
      guideRoot(el).querySelector<HTMLButtonElement>('[part="download-button"]')!.click();
    } finally {
      URL.createObjectURL = originalCreate;
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).to.have.length(1);
    expect(clicked[0]!.href.startsWith('blob:')).to.equal(true);
    expect(clicked[0]!.download).to.match(/^next-steps-\d{4}-\d{2}-\d{2}\.txt$/);
    expect(created[0]!.type).to.equal('text/plain;charset=utf-8');
    const text = await created[0]!.text();
    expect(text).to.contain('Your next steps\r\nOakmere Green Surgery\r\nMade on ');
    expect(text).to.contain('   - large print');
    expect(guideRoot(el).querySelector('a[download]')).to.equal(null);
  });
});

describe('the checklist as a file', () => {
  it('holds the heading, practice, date, numbered steps with their details, and the contact routes with addresses', () => {
    const document = buildChecklistDocument({
      t: createTextLookup(enGB, {}),
      config: practiceConfig(),
      answers: { who: 'myself', age: '16-plus', services: ['record'], decision: 'continue', photoId: 'no' },
      practice: 'Oakmere Green Surgery',
    });
    const text = checklistAsText(document, 'Made on 21 November 2026.');
    const lines = text.split('\r\n');
    expect(lines.slice(0, 4)).to.deep.equal(['Your next steps', 'Oakmere Green Surgery', 'Made on 21 November 2026.', '']);
    expect(text).to.contain('\r\n1. Go to Oakmere Green Surgery once. Ask for your details for online services.\r\n   - Take any ID you have.');
    expect(text).to.contain('   - When to go: Weekdays, 2pm to 4pm\r\n');
    expect(text).to.contain('The practice code for Oakmere Green Surgery is Y12345.');
    expect(text).to.contain('   - NHS App on Google Play: https://play.google.com/store/apps/details?id=com.nhs.online.nhsonline\r\n');
    expect(text).to.contain('\r\n   - large print\r\n   - a British Sign Language (BSL) interpreter\r\n');
    expect(text).to.contain(
      'How to contact Oakmere Green Surgery\r\n- Phone: 01632 960000\r\n- Email: reception@example.nhs.uk\r\n- Online form: https://example.com/contact\r\n',
    );
    expect(text).to.contain('- Practice code (ODS code): Y12345\r\n- When to go in to register: Weekdays, 2pm to 4pm\r\n');
    // Only what the checklist shows: no answer labels such as the age band or "No" to photo ID.
    expect(text).to.not.contain('16 or over');
    expect(text.endsWith('\r\n')).to.equal(true);
    // The same numbered steps as the page builds from the same document.
    expect(lines.filter((line) => /^\d+\. /.test(line))).to.have.length(document.entries.length);
  });

  it('names the file in the guide’s language with the date, safely for every system', () => {
    const date = new Date(2026, 10, 21);
    expect(checklistFileName('next-steps', date)).to.equal('next-steps-2026-11-21.txt');
    expect(checklistFileName('camau-nesaf', date)).to.equal('camau-nesaf-2026-11-21.txt');
    expect(checklistFileName('../my steps/ŵ', date)).to.equal('my-steps-w-2026-11-21.txt');
    expect(checklistFileName('///', date)).to.equal('next-steps-2026-11-21.txt');
  });
});
