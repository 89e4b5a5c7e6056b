import { expect } from '@open-wc/testing';
import { buildChecklist, type ChecklistItem } from '../../../widget/journey/checklist.js';

const NO_HOURS = { hasRegistrationHours: false };
const HOURS = { hasRegistrationHours: true };
const ids = (items: ChecklistItem[]) => items.map((item) => item.id);
const detailsOf = (items: ChecklistItem[], id: string) => items.find((item) => item.id === id)?.details ?? [];

describe('next-steps checklist', () => {
  it('sends a patient with photo ID to prove who they are in the NHS App, with the IDs accepted and the face-scan options', () => {
    const items = buildChecklist({ who: 'myself', age: '16-plus', services: ['record'], decision: 'continue', photoId: 'yes' }, NO_HOURS);
    expect(ids(items)).to.deep.equal(['get-app', 'prove-photo-id', 'wait-for-email', 'record-new-entries', 'ask-support', 'get-help']);
    expect(detailsOf(items, 'prove-photo-id')).to.deep.equal(['photo-id-list', 'face-scan-options']);
  });

  it('gives someone without email or a smartphone a route, under getting the app', () => {
    const items = buildChecklist({ who: 'myself', age: '16-plus', services: ['record'], photoId: 'yes' }, NO_HOURS);
    expect(detailsOf(items, 'get-app')).to.deep.equal(['no-smartphone', 'no-email']);
  });

  it('makes one visit to the practice one item: what to bring, what to ask for and when to go beneath it', () => {
    const items = buildChecklist({ who: 'myself', age: '16-plus', services: ['appointments'], photoId: 'no' }, HOURS);
    expect(ids(items)).to.deep.equal(['visit-practice', 'get-app', 'registration-details-use', 'ask-support', 'get-help']);
    expect(detailsOf(items, 'visit-practice')).to.deep.equal(['bring-any-id', 'ask-registration-details', 'registration-hours']);
  });

  it('tells a patient aged 13 to 15 to contact the practice first, and never promises them new entries', () => {
    const items = buildChecklist({ who: 'myself', age: '13-to-15', services: ['record'] }, NO_HOURS);
    expect(ids(items)).to.deep.equal(['teen-contact-practice', 'get-app', 'registration-details-use', 'ask-support', 'get-help']);
  });

  it('tells a patient under 13 to ask a parent', () => {
    expect(ids(buildChecklist({ who: 'myself', age: 'under-13' }, NO_HOURS))).to.deep.equal(['under-13-ask-parent', 'ask-support', 'get-help']);
  });

  it('gives a parent of a child under 16 the parental-responsibility route, and says their access will end', () => {
    const items = buildChecklist({ who: 'child', age: '13-to-15', services: ['record'], photoId: 'yes' }, NO_HOURS);
    expect(ids(items)).to.deep.equal(['proxy-visit', 'get-app', 'prove-photo-id', 'proxy-linked-profile', 'ask-support', 'get-help']);
    expect(detailsOf(items, 'proxy-visit')).to.deep.equal(['bring-parental-responsibility', 'bring-photo-id', 'different-practice']);
    expect(detailsOf(items, 'proxy-linked-profile')).to.deep.equal(['proxy-own-login', 'proxy-limits', 'child-access-ends']);
  });

  // Bug 1 of issue #17: on main a parent of a child aged 16 or over got the parental-responsibility checklist.
  it('gives a parent of a child aged 16 or over the consent route, never parental responsibility', () => {
    const items = buildChecklist({ who: 'child', age: '16-plus', consent: 'yes', photoId: 'yes' }, NO_HOURS);
    expect(detailsOf(items, 'proxy-visit')).to.include('consent-yes');
    expect(items.flatMap((item) => item.details)).to.not.include('bring-parental-responsibility');
    expect(items.flatMap((item) => item.details)).to.not.include('child-access-ends');
  });

  // Bug 3 of issue #17: what to bring for each basis when the adult cannot agree.
  for (const [consent, detail] of [
    ['lpa', 'consent-lpa'],
    ['deputy', 'consent-deputy'],
    ['neither', 'consent-neither'],
  ] as const) {
    it(`a carer whose adult cannot agree (${consent}) is told what to bring or what the practice decides`, () => {
      const items = buildChecklist({ who: 'adult', consent, photoId: 'no' }, HOURS);
      expect(detailsOf(items, 'proxy-visit')).to.deep.equal([detail, 'bring-any-id', 'ask-registration-details', 'registration-hours', 'different-practice']);
    });
  }

  // Bug 4 of issue #17: on main the checklist assumed a linked profile, whatever practice the person is at.
  it('tells every family member or carer what to do when the person is at a different practice', () => {
    for (const answers of [
      { who: 'child', age: 'under-13' },
      { who: 'child', age: '16-plus', consent: 'yes' },
      { who: 'adult', consent: 'neither' },
    ] as const) {
      const items = buildChecklist({ ...answers, photoId: 'yes' }, NO_HOURS);
      expect(detailsOf(items, 'proxy-visit'), answers.who).to.include('different-practice');
      expect(detailsOf(items, 'proxy-linked-profile'), answers.who).to.include('proxy-limits');
    }
  });

  it('puts talking to the practice first when the patient asked to', () => {
    const items = buildChecklist({ who: 'myself', age: '16-plus', decision: 'talk', photoId: 'yes' }, NO_HOURS);
    expect(ids(items)[0]).to.equal('talk-first');
  });
});
