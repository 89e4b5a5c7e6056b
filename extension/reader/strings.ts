/**
 * The document reader's words (British English, reading age about 11): its page, and its links in the
 * popup and options page. Unlike the rest of the extension's UI they are not in _locales/messages.json
 * yet, so they are not translated; the read-aloud bar and explain-terms on the reader page do use
 * messages.json. Moving these there is the next step.
 */
export const READER_STRINGS = {
  openInReader: 'Open in the reader',
  openFileInReader: 'Open a file in the document reader',
  openFileInReaderHint: 'Read a letter, PDF or scanned page you have saved, with your reading aids. It stays on this device.',
  pageTitle: 'Document reader',
  heading: 'Document reader',
  intro: 'Open a letter, PDF or scanned page to read it with your reading aids. Everything happens on this device: the document is not sent anywhere.',
  chooseFile: 'Choose a file',
  dropHint: 'or drop a file here',
  fileTypes: 'PDF, PNG or JPEG',
  readDocument: 'Read aloud',
  readFromHere: 'Read from here',
  readSelection: 'Read selected text',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  goToPage: 'Go to page',
  go: 'Go',
  pageOf: 'Page {n} of {total}',
  tableLabel: 'Table',
  pageHeading: 'Page {n}',
  original: 'Original page',
  originalHint: 'This is the page as it looks in the document. Nothing in the text beside it has been changed, only laid out again.',
  showOriginal: 'Show the original page',
  hideOriginal: 'Hide the original page',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  zoomLevel: 'Zoom {n}%',
  loading: 'Opening {name}…',
  fetching: 'Getting the document from {site}…',
  readingPages: 'Getting the text: page {n} of {total}',
  ready: '{name}: {total} pages ready.',
  readyOne: '{name} is ready.',
  ocrRunning: 'Reading the words in the picture: {percent}%',
  ocrPage: 'Page {n}: reading the words in the picture, {percent}%',
  ocrOverall: 'Whole document: {percent}%',
  ocrStarting: 'Getting ready to read the picture…',
  cancel: 'Cancel',
  cancelled: 'Reading the picture was cancelled. The original is still shown.',
  ocrAgain: 'Read the picture again',
  fromPicture: 'Read from a picture: check names, numbers and doses against the original.',
  unsureWords: '{n} words could not be read clearly. They are marked like this:',
  unsureSample: 'unclear',
  unsureLabel: 'unclear word',
  unreliable: 'This page could not be read reliably. It may be handwriting, a photo, or very faint. Please use the original page.',
  blankPage: 'This page has no text.',
  blankPicture: 'No words were found in this picture. It may be a blank page.',
  passwordHeading: 'This document has a password',
  passwordLabel: 'Password',
  passwordHint: 'The password is checked on this device only.',
  passwordWrong: 'That password is not right. Check it and try again.',
  passwordOpen: 'Open',
  passwordCancelled: 'The document was not opened because it needs a password.',
  errorNotDocument: '{name} is not a PDF or a picture the reader can open. Choose a PDF, PNG or JPEG file.',
  errorDamaged: '{name} could not be opened. It may be damaged or only partly downloaded. Try downloading it again.',
  errorTooBig: '{name} is too big to open ({size} MB). The reader opens files up to {limit} MB.',
  errorEmpty: '{name} is empty.',
  errorFetch: 'The document could not be got from {site}. Check you are still signed in, then try again.',
  errorNotAllowed: 'The reader can only get documents from sites you have allowed the extension to use. {site} is not one of them.',
  errorOtherSite:
    'The reader only gets documents from the site you are on. This link goes to another site ({site}), so it was not opened. Download the file and open it here instead.',
  errorAddress: 'That address is not a web page address the reader can open.',
  errorPicture: 'This picture could not be read. It may be damaged.',
  keepOriginal: 'You can still see the original.',
  selectFirst: 'Select some of the text first, then press the button again.',
  languagePage: 'This page looks like it is in {language}.',
  languagePart: 'Part of this page looks like it is in {language}.',
  languageOther: 'This page does not look like it is in English.',
  languageText: 'Read aloud and the explanations of words are made for English, so they may get it wrong.',
  languagePicture: 'Its words were read with English settings, so some may be wrong. Check them against the original.',
  photoScaled: 'This is a large photo. It was made smaller to read its words; the original is shown at full size.',
} as const;

export type ReaderStringKey = keyof typeof READER_STRINGS;

/** The string for `key`, with each `{name}` replaced by its value. */
export function rs(key: ReaderStringKey, values: Record<string, string | number> = {}): string {
  return READER_STRINGS[key].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
