/**
 * Listen announces a speech problem in the guide's own language. The shared engine reports a code
 * (shared/ holds no words for people); the guide's locale file gives the words. The control: before the
 * codes, the Welsh guide announced the engine's English sentence, and the Welsh checks here failed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { deleteGuideDatabase, expectNoAxeViolations, FakeSynthesizer, shortenVoiceWait, until } from './support/index.js';

beforeEach(deleteGuideDatabase);

const ENGLISH_VOICE = { name: 'English', lang: 'en-GB', localService: true, default: true };
const WELSH_VOICE = { name: 'Welsh', lang: 'cy', localService: true, default: false };

const root = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;
const status = (el: RecordAccessGuide): string => root(el).querySelector('[role="status"]')?.textContent?.trim() ?? '';
const heading = (el: RecordAccessGuide): string => root(el).querySelector('h1, h2')?.textContent?.trim() ?? '';

/** What each locale says for the problems the engine reports while speaking. */
const EXPECTED = {
  'en-GB': {
    firstHeading: 'Use your GP practice online',
    'not-allowed': 'The browser did not allow reading aloud. Press the Listen button to start.',
    'synthesis-failed': 'The voice could not read part of the text, so it was skipped.',
  },
  cy: {
    firstHeading: 'Defnyddio eich meddygfa ar-lein',
    'not-allowed': 'Ni wnaeth y porwr ganiatáu darllen yn uchel. Pwyswch y botwm Gwrando i ddechrau.',
    'synthesis-failed': 'Doedd y llais ddim yn gallu darllen rhan o’r testun, felly cafodd ei hepgor.',
  },
} as const;

async function guideReading(locale: keyof typeof EXPECTED, synth: FakeSynthesizer): Promise<RecordAccessGuide> {
  const el = await fixture<RecordAccessGuide>(html`<record-access-guide locale=${locale} .synthesizer=${synth}></record-access-guide>`);
  await until(() => heading(el) === EXPECTED[locale].firstHeading, `the ${locale} start page`);
  root(el).querySelector<HTMLButtonElement>('[part="listen"]')!.click();
  await until(() => synth.spoken.length > 0, 'the first utterance');
  return el;
}

describe('<record-access-guide> Listen: speech problems in the guide’s language', () => {
  it('has no axe violations while the Welsh guide announces a speech problem', async () => {
    const synth = new FakeSynthesizer([ENGLISH_VOICE, WELSH_VOICE]);
    const el = await guideReading('cy', synth);
    synth.last.callbacks.onError('synthesis-failed');
    await until(() => status(el) === EXPECTED.cy['synthesis-failed'], 'the Welsh announcement');
    await expectNoAxeViolations(el);
  });

  it('refused speech: the reading ends, so the button says Listen as the message asks', async () => {
    const synth = new FakeSynthesizer([ENGLISH_VOICE, WELSH_VOICE]);
    const el = await guideReading('en-GB', synth);
    synth.last.callbacks.onError('not-allowed');
    await until(() => status(el) === EXPECTED['en-GB']['not-allowed'], 'the not-allowed announcement');
    await el.updateComplete;
    expect(root(el).querySelector('[part="listen"]')!.textContent!.trim()).to.equal('Listen');
  });

  for (const locale of ['en-GB', 'cy'] as const) {
    for (const problem of ['not-allowed', 'synthesis-failed'] as const) {
      it(`${locale}: announces "${problem}" in its own words`, async () => {
        const synth = new FakeSynthesizer([ENGLISH_VOICE, WELSH_VOICE]);
        const el = await guideReading(locale, synth);
        synth.last.callbacks.onError(problem);
        await until(() => status(el) === EXPECTED[locale][problem], `the ${problem} announcement in ${locale}, got "${status(el)}"`);
        // Shown on screen too, beside the button, and the button describes itself by it.
        await el.updateComplete;
        const message = root(el).querySelector('[part="listen-message"]');
        expect(message?.textContent?.trim()).to.equal(EXPECTED[locale][problem]);
        expect(root(el).querySelector('[part="listen"]')!.getAttribute('aria-describedby')).to.equal(message!.id);
      });
    }
  }

  it('cy: says in Welsh that no voice was found', async () => {
    // The engine waits 15 s for voices to appear before saying there are none: shortened here.
    const restore = shortenVoiceWait();
    try {
      const synth = new FakeSynthesizer([]);
      const el = await fixture<RecordAccessGuide>(html`<record-access-guide locale="cy" .synthesizer=${synth}></record-access-guide>`);
      await until(() => heading(el) === EXPECTED.cy.firstHeading, 'the Welsh start page');
      root(el).querySelector<HTMLButtonElement>('[part="listen"]')!.click();
      await until(() => status(el).startsWith('I ddarllen yn uchel, mae angen llais'), 'the Welsh no-voice message');
      expect(status(el)).to.not.contain('Read aloud needs a voice');
    } finally {
      restore();
    }
  });
});
