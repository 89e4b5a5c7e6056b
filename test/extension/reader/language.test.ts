import { expect } from '@open-wc/testing';
import { guessLanguage, MIN_WORDS } from '../../../extension/reader/language.js';

const fixtureText = async (name: string): Promise<string> => (await fetch(`/test/fixtures/reader/${name}`)).text();

describe('reader language guess', () => {
  it('says nothing about the English letters (every fixture), nor about text too short to tell', async () => {
    for (const name of ['results-letter.txt', 'clinic-letter.txt', 'discharge-summary.txt'])
      expect(guessLanguage(await fixtureText(name)), name).to.equal(undefined);
    expect(guessLanguage('Mae hi yn y tŷ.')).to.equal(undefined);
  });

  it('knows the Welsh letter is Welsh, also as English OCR reads it (no ŵ or ŷ, some words wrong)', async () => {
    expect(guessLanguage(await fixtureText('welsh-letter.txt'))).to.deep.equal({ lang: 'cy', name: 'Welsh' });
    const asOcrReadsIt =
      'Diolch am ddod ir feddygfa ar gyfer eich prawf gwaed ar 25 Medi. Maer meddyg wedi edrych ar eich canlyniadau. Os oes gennych unrhyw gwestiynau, ffoniwch ni.';
    expect(guessLanguage(asOcrReadsIt)?.lang).to.equal('cy');
  });

  it('names other languages common in England, and calls another script not English', () => {
    const polish =
      'Dzień dobry. Wyniki badania krwi są w normie. Jeśli ma pan pytania, proszę zadzwonić do przychodni, która jest otwarta od rana do wieczora.';
    expect(guessLanguage(polish)?.lang).to.equal('pl');
    const urdu = 'آپ کے خون کے ٹیسٹ کے نتائج آ گئے ہیں۔ ڈاکٹر نے انہیں دیکھ لیا ہے۔ براہ کرم کسی بھی سوال کے لیے ہمیں فون کریں۔';
    expect(guessLanguage(urdu)).to.deep.equal({ lang: 'und', name: undefined });
  });

  it('an English text with a few Welsh place names stays English (control: the same length of Welsh does not)', () => {
    const english = 'Please come to Ysbyty Gwynedd in Bangor for your scan on Monday. Bring your letter and a list of your medicines with you.';
    expect(guessLanguage(english)).to.equal(undefined);
    const welsh =
      'Dewch i Ysbyty Gwynedd ym Mangor ar gyfer eich sgan ddydd Llun. Dewch â’ch llythyr a rhestr o’ch meddyginiaethau gyda chi os gwelwch yn dda.';
    expect(guessLanguage(welsh)?.lang).to.equal('cy');
    expect(MIN_WORDS).to.be.greaterThan(5);
  });
});
