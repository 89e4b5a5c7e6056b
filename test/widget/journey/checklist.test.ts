import { expect } from '@open-wc/testing';
import { buildChecklist } from '../../../widget/journey/checklist.js';

const NO_HOURS = { hasRegistrationHours: false };
const HOURS = { hasRegistrationHours: true };

describe('next-steps checklist', () => {
  it('sends a patient with photo ID to prove who they are in the NHS App', () => {
    expect(buildChecklist({ who: 'myself', age: '16-plus', services: ['record'], decision: 'continue', photoId: 'yes' }, NO_HOURS)).to.deep.equal([
      'get-app',
      'prove-photo-id',
      'wait-for-email',
      'record-new-entries',
      'get-help',
    ]);
  });

  it('sends a patient without photo ID to the practice for registration details, with the hours to come in', () => {
    expect(buildChecklist({ who: 'myself', age: '16-plus', services: ['appointments'], photoId: 'no' }, HOURS)).to.deep.equal([
      'registration-details-ask',
      'registration-details-bring',
      'registration-hours',
      'get-app',
      'registration-details-use',
      'get-help',
    ]);
  });

  it('tells a patient aged 13 to 15 to contact the practice first', () => {
    expect(buildChecklist({ who: 'myself', age: '13-to-15', services: ['record'] }, NO_HOURS)).to.deep.equal([
      'teen-contact-practice',
      'registration-details-bring',
      'get-app',
      'registration-details-use',
      'get-help',
    ]);
  });

  it('tells a patient under 13 to ask a parent', () => {
    expect(buildChecklist({ who: 'myself', age: 'under-13', support: [] }, HOURS)).to.deep.equal(['under-13-ask-parent', 'get-help']);
  });

  it('gives a parent the family and carer access steps, with their own login', () => {
    expect(buildChecklist({ who: 'child', age: 'under-13', services: ['record'], photoId: 'yes' }, NO_HOURS)).to.deep.equal([
      'proxy-child-ask',
      'proxy-bring-id',
      'get-app',
      'prove-photo-id',
      'wait-for-email',
      'proxy-own-login',
      'proxy-linked-profile',
      'get-help',
    ]);
  });

  it('gives a carer of an adult without photo ID the adult access steps and the registration-details route', () => {
    expect(buildChecklist({ who: 'adult', services: ['prescriptions'], photoId: 'no' }, HOURS)).to.deep.equal([
      'proxy-adult-ask',
      'proxy-bring-id',
      'registration-details-ask',
      'registration-details-bring',
      'registration-hours',
      'get-app',
      'registration-details-use',
      'proxy-own-login',
      'proxy-linked-profile',
      'get-help',
    ]);
  });

  it('puts talking to the practice first when the patient asked to, and support needs before help', () => {
    const items = buildChecklist({ who: 'myself', age: '16-plus', services: ['record'], decision: 'talk', photoId: 'yes', support: ['bsl'] }, NO_HOURS);
    expect(items[0]).to.equal('talk-first');
    expect(items.slice(-2)).to.deep.equal(['tell-support-needs', 'get-help']);
  });
});
