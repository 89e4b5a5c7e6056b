import { expect } from '@open-wc/testing';
import { compileGlossary, GLOSSARY } from '../../../shared/glossary/index.js';

/**
 * Everyday words on portal and website pages that a glossary entry also spells: the words of a
 * page's interface, not of a record. Explain terms must find nothing here. Written for this test.
 */
const ORDINARY_PORTAL_TEXT = [
  'Open this example in a new tab.',
  'The link opens in a new tab, so you will not lose your place.',
  'Press Tab to move to the next field, or Shift and Tab to go back.',
  'Use the tabs at the top of the page to switch between your documents.',
  'Tabs: Summary, Documents, Settings',
  'Keep your tabs organised by closing the ones you no longer need.',
  'Caps Lock is on.',
  'Your password is case sensitive: check that caps lock is off.',
  'Write your postcode in caps, for example AB1 2CD.',
  'Bottle caps and lids go in the recycling bin.',
  'See the stats for this page.',
  'Download usage stats as a spreadsheet.',
  'The surgery is closed on Sats and Suns during the summer.',
  'Select a tab to see more.',
  'You can pin a tab in your browser so it stays open.',
  'Keyboard shortcuts: Tab, Enter, Space and the arrow keys.',
];

/** Everyday words next to a dose, number or medicine: the medical context in which they are abbreviations. */
const RECORD_TEXT: [string, string][] = [
  ['Paracetamol 500mg tabs, two four times a day', 'tabs'],
  ['Metformin 500mg 1 tab b.d. with food', 'tab'],
  ['Take 2 tabs at night', 'tabs'],
  ['Amoxicillin 500mg caps, one three times a day', 'caps'],
  ['one tab daily', 'tab'],
];

describe('explain terms on ordinary portal text', () => {
  const glossary = compileGlossary(GLOSSARY);

  it('finds nothing in the words of a portal’s interface', () => {
    const found = ORDINARY_PORTAL_TEXT.flatMap((line) => glossary.scan(line).map((m) => `${m.matchedText} in "${line}"`));
    expect(found).to.deep.equal([]);
  });

  it('still finds the same words next to a dose, a number or a medicine', () => {
    for (const [line, word] of RECORD_TEXT) {
      expect(
        glossary.scan(line).map((m) => m.matchedText),
        line,
      ).to.include(word);
    }
  });
});
