import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../../widget/index.js';
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';
import { ProgressStore, progressKey } from '../../../widget/storage/progress-store.js';
import {
  buttonNamed,
  chooseAndContinue,
  deepActiveElement,
  deleteGuideDatabase,
  expectNoAxeViolations,
  guideRoot,
  journeyAt,
  pressButton,
  readAll,
  stepHeading,
  until,
  writeRaw,
} from '../support/index.js';

const PRACTICE = 'Oakmere Green Surgery';
const KEY = progressKey(location.pathname, null, PRACTICE);

const notice = (el: RecordAccessGuide): string => guideRoot(el).querySelector('[part="storage-notice"]')?.textContent?.trim() ?? '';

const mount = async (template: TemplateResult = html`<main><record-access-guide practice-name=${PRACTICE}></record-access-guide></main>`) =>
  (await fixture<HTMLElement>(template)).querySelector('record-access-guide') as RecordAccessGuide;

/** The saved records, read with the raw API once the guide's writes have landed. */
async function savedRecords(): Promise<{ key: string; journey: { current: string } }[]> {
  return (await readAll('progress')) as { key: string; journey: { current: string } }[];
}

async function untilSaved(current: string): Promise<void> {
  const start = performance.now();
  while (performance.now() - start < 3000) {
    if ((await savedRecords()).some((r) => r.key === KEY && r.journey.current === current)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`progress at "${current}" was never saved`);
}

describe('<record-access-guide> saved progress', () => {
  beforeEach(deleteGuideDatabase);

  it('has no axe-core violations on the "continue where you left off" page or with the saved-answers line and a notice', async () => {
    await writeRaw('progress', { format: 2, key: KEY, journey: journeyAt('age', ['start', 'who'], { who: 'myself' }), savedAt: Date.now(), revision: 1 });
    const el = await mount();
    await until(() => stepHeading(el) === 'Do you want to continue where you left off?', 'the resume page');
    await expectNoAxeViolations(el);
    await pressButton(el, 'Continue where you left off');
    await pressButton(el, 'Clear my answers');
    await pressButton(el, 'Yes, clear my answers');
    await until(() => notice(el) !== '', 'the cleared notice');
    await expectNoAxeViolations(el);
  });

  it('saves answers as the patient goes and offers them back by name on return', async () => {
    let el = await mount();
    expect(guideRoot(el).querySelector('[part="saved-progress"]')?.textContent).to.contain('saved on this device for 30 days');
    // Honest in a private window too, where the browser deletes site data when private browsing ends.
    expect(guideRoot(el).querySelector('[part="saved-progress"]')?.textContent).to.contain(
      'In a private or incognito window, your browser deletes them when you close private browsing.',
    );
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    expect(stepHeading(el)).to.equal('How old are you?');
    await untilSaved('age');

    el = await mount();
    await until(() => stepHeading(el) === 'Do you want to continue where you left off?', 'the resume page');
    expect(guideRoot(el).textContent).to.contain('You got as far as: How old are you?');
    expect(guideRoot(el).querySelector('[part="step-count"]')).to.equal(null);
    await pressButton(el, 'Continue where you left off');
    expect(stepHeading(el)).to.equal('How old are you?');
    expect(deepActiveElement()?.id).to.equal('step-heading');
    await pressButton(el, 'Back');
    expect(guideRoot(el).querySelector<HTMLInputElement>('input[value="myself"]')?.checked).to.equal(true);
  });

  it('"Start again" on return clears the saved answers', async () => {
    await writeRaw('progress', { format: 2, key: KEY, journey: journeyAt('age', ['start', 'who'], { who: 'myself' }), savedAt: Date.now(), revision: 1 });
    const el = await mount();
    await until(() => stepHeading(el) === 'Do you want to continue where you left off?', 'the resume page');
    await pressButton(el, 'Start again');
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    const start = performance.now();
    while ((await savedRecords()).length > 0 && performance.now() - start < 3000) await new Promise((r) => setTimeout(r, 20));
    expect(await savedRecords()).to.deep.equal([]);
  });

  it('"Clear my answers" deletes everything, starts again and confirms with focus on the message', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    await untilSaved('age');
    await pressButton(el, 'Clear my answers');
    // Asked first (erase-confirmation.test.ts has the rest of that question).
    expect(stepHeading(el)).to.equal('Are you sure you want to clear your answers?');
    buttonNamed(el, 'Yes, clear my answers').click();
    await until(() => notice(el) === 'Your answers have been cleared from this device.', 'the confirmation');
    await el.updateComplete;
    expect(await savedRecords()).to.deep.equal([]);
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    expect(deepActiveElement()?.id).to.equal('storage-notice');
    // The confirmation has been seen once the patient moves on.
    await pressButton(el, 'Start now');
    expect(notice(el)).to.equal('');
  });

  it('saves nothing and shows no saved-answers line when the practice sets save-progress-days="0"', async () => {
    const el = await mount(html`<main><record-access-guide practice-name=${PRACTICE} save-progress-days="0"></record-access-guide></main>`);
    await pressButton(el, 'Start now');
    await chooseAndContinue(el, 'myself');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(guideRoot(el).querySelector('[part="saved-progress"]')).to.equal(null);
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).to.not.include('record-access-guide');
  });

  it('says the configured number of days', async () => {
    const el = await mount(html`<main><record-access-guide practice-name=${PRACTICE} save-progress-days="7"></record-access-guide></main>`);
    expect(guideRoot(el).querySelector('[part="saved-progress"]')?.textContent).to.contain('saved on this device for 7 days');
  });

  it('keeps working in memory, and says so calmly, when storage is unavailable', async () => {
    const open = IDBFactory.prototype.open;
    IDBFactory.prototype.open = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      const el = await mount();
      await until(() => notice(el) !== '', 'the notice');
      expect(notice(el)).to.equal(
        'Your progress cannot be saved on this device. You can still use this guide, but if you leave or reload this page you will need to start again.',
      );
      expect(guideRoot(el).querySelector('[part="storage-notice"]')?.getAttribute('role')).to.equal('status');
      expect(guideRoot(el).querySelector('[part="saved-progress"]')).to.equal(null);
      await pressButton(el, 'Start now');
      await chooseAndContinue(el, 'myself');
      expect(stepHeading(el)).to.equal('How old are you?');
    } finally {
      IDBFactory.prototype.open = open;
    }
  });

  it('tells the patient when their saved answers could not be read, and starts afresh', async () => {
    await writeRaw('progress', { format: 2, key: KEY, journey: { version: 1, current: 'nowhere' }, savedAt: Date.now(), revision: 1 });
    const el = await mount();
    await until(() => notice(el) !== '', 'the notice');
    expect(notice(el)).to.equal('The answers saved on this device could not be read, so they have been removed. Please start again.');
    expect(stepHeading(el)).to.equal('Use your GP practice online');
    expect(await savedRecords()).to.deep.equal([]);
  });

  describe('a saved journey of the right shape that no patient could have reached', () => {
    // Each passes the record's shape checks; the journey's own rules say no patient could be there.
    const impossible: { name: string; journey: ReturnType<typeof journeyAt>; services?: string }[] = [
      { name: 'check your answers with the first question never answered', journey: journeyAt('check', ['start'], {}) },
      { name: 'the checklist for answers never given', journey: journeyAt('next-steps', ['start', 'who'], { who: 'myself' }) },
      {
        name: 'the record step at a practice that does not offer record access',
        journey: journeyAt('record', ['start', 'who', 'age', 'services'], { who: 'myself', age: '16-plus', services: ['appointments'] }),
        services: 'appointments',
      },
    ];
    for (const { name, journey, services } of impossible) {
      it(`is removed and the patient told, never offered back: ${name}`, async () => {
        await writeRaw('progress', { format: 2, key: KEY, journey, savedAt: Date.now(), revision: 1 });
        const el = await mount(
          html`<main><record-access-guide practice-name=${PRACTICE} services=${services ?? 'record appointments prescriptions'}></record-access-guide></main>`,
        );
        await until(() => notice(el) !== '' || stepHeading(el) === 'Do you want to continue where you left off?', 'the notice or the offer');
        expect(stepHeading(el)).to.equal('Use your GP practice online');
        expect(notice(el)).to.equal('The answers saved on this device could not be read, so they have been removed. Please start again.');
        await until(async () => (await savedRecords()).length === 0, 'the record deleted');
      });
    }

    it('a state the journey does reach is still offered back (control): check your answers after a change made the age stale', async () => {
      // Changing "who" from check your answers removes the age; Back then returns to the check without it.
      const journey = {
        ...journeyAt('check', ['start', 'who', 'proxy', 'consent', 'services', 'record', 'identity'], {
          who: 'child',
          services: ['record'],
          decision: 'continue',
          photoId: 'yes',
        }),
      };
      await writeRaw('progress', { format: 2, key: KEY, journey, savedAt: Date.now(), revision: 1 });
      const el = await mount();
      await until(() => stepHeading(el) === 'Do you want to continue where you left off?', 'the offer');
      expect(notice(el)).to.equal('');
    });
  });

  it('tells the patient when storage fails mid-journey and keeps their place', async () => {
    const el = await mount();
    await pressButton(el, 'Start now');
    await untilSaved('who');
    const put = IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      await chooseAndContinue(el, 'myself');
      await until(() => notice(el) !== '', 'the notice');
    } finally {
      IDBObjectStore.prototype.put = put;
    }
    expect(notice(el)).to.contain('Your progress cannot be saved on this device.');
    expect(stepHeading(el)).to.equal('How old are you?');
    expect((await savedRecords()).map((r) => r.journey.current)).to.deep.equal(['who']);
  });

  it('keeps two practices on one page apart', async () => {
    const riverside = 'Riverside Lane Medical Practice';
    await new ProgressStore(progressKey(location.pathname, null, riverside), 30, () => {}).save(journeyAt('age', ['start', 'who'], { who: 'myself' }));
    const oakmere = await mount();
    const theirs = await mount(html`<main><record-access-guide practice-name=${riverside}></record-access-guide></main>`);
    await until(() => stepHeading(theirs) === 'Do you want to continue where you left off?', "Riverside's resume page");
    expect(stepHeading(oakmere)).to.equal('Use your GP practice online');
  });
});
