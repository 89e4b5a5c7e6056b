/**
 * Configured text that would mislead the patient while staying plain text (issue #19): a right-to-left
 * override that shows the rest of a sentence backwards, a right-to-left name that pulls the words after
 * it into its own direction, and a replacement label of invisible characters only. Judged by where the
 * words are drawn and what the button says, not only by the configuration.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../../widget/index.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { captureConsole, deleteGuideDatabase, expectNoAxeViolations, guideRoot, type ConsoleCapture } from '../support/index.js';

/** Where `part` of the text of the paragraph containing `marker` is drawn. */
function drawnAt(el: RecordAccessGuide, marker: string, part: string): DOMRect {
  const paragraph = [...guideRoot(el).querySelectorAll('p')].find((p) => p.textContent?.includes(marker));
  // Lit marks its bindings with comments: the sentence is the paragraph's text node.
  const text = [...(paragraph?.childNodes ?? [])].find((node) => node.nodeType === Node.TEXT_NODE && node.textContent?.includes(marker));
  if (!text) throw new Error(`no paragraph with "${marker}"`);
  const start = (text.textContent ?? '').indexOf(part);
  if (start === -1) throw new Error(`"${part}" is not in "${text.textContent}"`);
  const range = document.createRange();
  range.setStart(text, start);
  range.setEnd(text, start + part.length);
  return range.getBoundingClientRect();
}

const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

describe('configured text that would mislead', () => {
  let warnings: ConsoleCapture;
  beforeEach(async () => {
    await deleteGuideDatabase();
    warnings = captureConsole('warn');
  });
  afterEach(() => warnings.restore());

  it('has no axe-core violations with a right-to-left practice name isolated in its sentences', async () => {
    const el = await fixture<RecordAccessGuide>(
      html`<record-access-guide practice-name=${'\u05de\u05e8\u05e4\u05d0\u05ea \u05d4\u05d2\u05e4\u05df'} contact-phone="01632 960000"></record-access-guide>`,
    );
    await expectNoAxeViolations(el);
  });

  it('a right-to-left override in the practice name does not turn the rest of the sentence backwards', async () => {
    const el = await fixture<RecordAccessGuide>(
      html`<record-access-guide practice-name=${'Oakmere\u202E Green Surgery'} contact-phone="01632 960000"></record-access-guide>`,
    );
    const text = guideRoot(el).textContent ?? '';
    expect(text).to.contain('At Oakmere Green Surgery you can:');
    expect(DIRECTION_CONTROLS.test(text), 'no direction control reaches the page').to.equal(false);
    // Drawn left to right: "At" before the name, the name before "you can:".
    const at = drawnAt(el, 'you can:', 'At ');
    const name = drawnAt(el, 'you can:', 'Oakmere Green Surgery');
    const rest = drawnAt(el, 'you can:', 'you can:');
    expect(name.left).to.be.at.least(at.right - 1);
    expect(rest.left).to.be.at.least(name.right - 1);
    expect(warnings.lines.some((w) => w.includes('"practice-name"') && w.includes('U+202E'))).to.equal(true);
  });

  it('a right-to-left practice name is isolated: a number after it in the sentence stays after it', async () => {
    const hebrew = '\u05de\u05e8\u05e4\u05d0\u05ea \u05d4\u05d2\u05e4\u05df';
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide
      practice-name=${hebrew}
      contact-phone="01632 960000"
      .config=${{ strings: { startOffers: 'At {practice} 24 hours a day you can:' } }}
    ></record-access-guide>`);
    // Without isolation the Unicode bidi rules join " 24" to the Hebrew run and draw it left of the name.
    const name = drawnAt(el, 'hours a day', hebrew);
    const hours = drawnAt(el, 'hours a day', '24');
    expect(hours.left, 'the 24 is drawn to the right of the name').to.be.at.least(name.right - 1);
  });

  it('a replacement quick-exit label of zero-width characters keeps the real label, and the webmaster is told', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide
      practice-name="Oakmere Green Surgery"
      contact-phone="01632 960000"
      .config=${{ strings: { quickExit: '\u200b\u200d\u2060' } }}
    ></record-access-guide>`);
    const button = guideRoot(el).querySelector<HTMLButtonElement>('[part="quick-exit"]');
    expect(button?.innerText.trim()).to.equal('Leave this page now');
    expect(warnings.lines).to.include(
      'record-access-guide: config property "strings.quickExit": has no visible characters (U+200B, U+200D, U+2060). Allowed: text that is not empty, up to 1000 characters. Using the default text.',
    );
  });
});
