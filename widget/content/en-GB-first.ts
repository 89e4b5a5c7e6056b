/**
 * The English the guide needs to draw its first step, built into its main script: the frame around every
 * step (Back, Step N of M, quick exit, Listen), the start page, the languages, saved answers and the
 * messages that may show before anything else has loaded. The English of every later step is in en-GB.ts,
 * its own file, fetched beside the first render (locale-controller.ts); en-GB.ts also holds these entries,
 * so it is the whole English text. The same rules apply here: plain words, reading age about 11, and every
 * fact names its public source (sources.ts; kept out of the shipped bundle).
 */
import type { ContentString } from './types.js';

export const enGBFirst = {
  // Frame: shown on every step.
  defaultPracticeName: { text: 'your GP practice' },
  stepOf: { text: 'Step {step} of {count}' },
  // Until the total can no longer change, no total is shown, so it never jumps.
  stepNumber: { text: 'Step {step}' },
  back: { text: 'Back' },
  continue: { text: 'Continue' },
  startNow: { text: 'Start now' },
  stopForNow: { text: 'I want to stop for now' },
  quickExit: { text: 'Leave this page now' },
  // Quick exit deletes the answers on purpose, for safety if someone may see the screen, so it never asks first.
  quickExitHint: {
    text: 'This takes you to another website straight away. It also deletes your answers from this device, to keep you safe. This cannot be undone.',
  },
  // Shown when the guide sits in a frame that may not leave the practice's page (a sandboxed iframe).
  quickExitBlocked: {
    text: 'This page could not be closed for you. To hide it, close this tab or window now. Or press Leave this page now again to leave the guide.',
  },
  // Listen: reads the step aloud with a voice on the person's device.
  listen: { text: 'Listen' },
  listenStop: { text: 'Stop listening' },
  listenStarted: { text: 'Reading this step aloud.' },
  listenFinished: { text: 'Finished reading this step.' },
  // The file is usually missing or blocked on the practice's website: the words do not send the patient to check their internet.
  listenLoadFailed: { text: 'Sorry, Listen is not working on this page at the moment. Please try again later.' },
  // When this page's security settings block Listen's code: no connection fault to check, and trying again cannot help.
  listenBlocked: { text: 'Sorry, this step cannot be read aloud on this page.' },
  // Speech problems the shared read-aloud engine reports by code (see speech-problems.ts).
  listenProblemNoVoice: {
    text: 'Read aloud needs a voice installed on this device, and none was found. You can add one in your computer or phone settings, under speech or text to speech.',
  },
  listenProblemNotAllowed: { text: 'The browser did not allow reading aloud. Press the Listen button to start.' },
  listenProblemSynthesisFailed: { text: 'The voice could not read part of the text, so it was skipped.' },
  change: { text: 'Change' },
  selectAllThatApply: { text: 'Select all that apply.' },
  errorSummaryTitle: { text: 'There is a problem' },
  errorPrefix: { text: 'Error:' },
  exampleLabel: { text: 'Made-up example:' },

  // Start page (not counted as a step).
  startHeading: { text: 'Use your GP practice online' },
  startIntro: {
    text: 'With your NHS account you can do some things without phoning or going in. You sign in to it with NHS login.',
    source: 'nhsAccount',
  },
  startOffers: { text: 'At {practice} you can:' },
  startFree: {
    text: 'It is free. Anyone registered with a GP practice in England can ask to use it.',
    source: 'nhsGpOnlineServices',
  },
  startHours: {
    text: 'You can send the practice a request online at least from 8am to 6.30pm on weekdays.',
    source: 'onlineCoreHours',
  },
  startHow: { text: 'This guide asks a few questions. Then it gives you a list of what to do next. Your answers stay on this device.' },
  startHelp: { text: 'If you need help, contact {practice}.' },

  // Services a practice may offer.
  serviceRecord: { text: 'see your GP health record', source: 'nhsGpOnlineServices' },
  serviceAppointments: { text: 'book and cancel appointments', source: 'nhsGpOnlineServices' },
  servicePrescriptions: { text: 'order repeat prescriptions', source: 'nhsGpOnlineServices' },
  serviceMessages: { text: 'send and read messages with the practice', source: 'nhsApp' },

  // Contact routes (the checklist, the leaving step, and the fallback when no step can be drawn).
  contactPhone: { text: 'Phone: {value}' },
  contactEmail: { text: 'Email: {value}' },
  contactSms: { text: 'Text: {value}' },
  contactOnlineForm: { text: 'Online form' },
  contactBslVideoRelay: { text: 'BSL video relay service' },
  contactFind: {
    text: 'Find the phone number and address of {practice} on its website, or on the NHS website:',
    source: 'findGp',
  },
  contactFindLink: { text: 'Find a GP on the NHS website', source: 'findGp' },
  // The fallback view's link to the NHS App help pages, and its line about the practice helping.
  linkAppHelp: { text: 'NHS App help pages' },
  leavingHelp: { text: '{practice} can help you get online, or answer your questions first.' },

  // Languages.
  languageSwitchPrefix: { text: 'Read this guide in' },
  languageChanged: { text: 'This guide is now in English.' },
  // The file is usually missing or blocked on the practice's website: the words do not send the patient to check their internet.
  languageLoadFailed: { text: 'Sorry, the guide could not be shown in {value} just now, so it is still in English. Please try again later.' },
  // Shown instead of the steps when this page's security settings stop the guide from drawing them (fallback-view.ts).
  guideUnavailable: { text: 'Sorry, this guide cannot be shown on this page.' },
  languageBlocked: { text: 'Sorry, the guide cannot be shown in {value} on this page, so it is still in English.' },
  // Saved progress (widget/storage). Not facts about the NHS: how this guide keeps answers on the device.
  // Private windows keep site storage only until private browsing ends (Chrome, Firefox, Safari, Edge alike), so
  // the saved-for line says so rather than promise days it cannot keep.
  // Looked up with the number of days: `plural` holds the other forms this language's plural rules need.
  savedOnDevice: {
    text: 'Your answers are saved on this device for {days} days, so you can come back later. In a private or incognito window, your browser deletes them when you close private browsing. If other people use this device, clear your answers when you finish.',
    plural: {
      one: 'Your answers are saved on this device for {days} day, so you can come back later. In a private or incognito window, your browser deletes them when you close private browsing. If other people use this device, clear your answers when you finish.',
    },
  },
  clearAnswers: { text: 'Clear my answers' },
  answersCleared: { text: 'Your answers have been cleared from this device.' },
  // Asked before "Clear my answers" or "Start again" deletes the answers (erase-confirmation.ts).
  eraseClearHeading: { text: 'Are you sure you want to clear your answers?' },
  eraseStartAgainHeading: { text: 'Are you sure you want to start again?' },
  eraseCannotUndo: { text: 'This deletes all your answers from this device. You cannot get them back.' },
  eraseClearYes: { text: 'Yes, clear my answers' },
  eraseStartAgainYes: { text: 'Yes, start again' },
  eraseNo: { text: 'No, go back' },
  progressNotSaved: {
    text: 'Your progress cannot be saved on this device. You can still use this guide, but if you leave or reload this page you will need to start again.',
  },
  progressDiscarded: { text: 'The answers saved on this device could not be read, so they have been removed. Please start again.' },
  // The words of the steps after the start page come in their own file, fetched while the start page shows
  // (en-GB.ts). If it has not arrived when the patient presses on, they are told; if it cannot be fetched, they
  // stay where they are, with their answers kept. Like Listen's messages, no blame on the patient's internet.
  stepsLoading: { text: 'Getting the next step ready.' },
  stepsLoadFailed: {
    text: 'Sorry, the rest of this guide is not working on this page at the moment. Your answers are kept. Please try again later, or contact {practice}.',
  },
  stepsBlocked: { text: 'Sorry, the rest of this guide cannot be shown on this page. Please contact {practice} for help.' },
} satisfies Record<string, ContentString>;
