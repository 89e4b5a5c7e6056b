import { expect } from '@open-wc/testing';
import { ocrPage, UNSURE_BELOW, type OcrResult } from '../../../extension/reader/ocr-blocks.js';

const line = (y0: number, ...words: [string, number][]) => ({ words: words.map(([text, confidence]) => ({ text, confidence })), bbox: { y0, y1: y0 + 20 } });

describe('reader OCR results', () => {
  it('marks words read with low confidence, splits paragraphs at gaps, and joins sure words', () => {
    const result: OcrResult = {
      blocks: [
        {
          paragraphs: [
            { lines: [line(0, ['HbA1c', UNSURE_BELOW - 20], ['is', 95], ['62', 96]), line(24, ['mmol/mol.', 91]), line(80, ['Plan:', 93], ['metformin', 90])] },
          ],
        },
      ],
    };
    const page = ocrPage(result);
    expect(page.blocks).to.deep.equal([
      { kind: 'paragraph', spans: [{ text: 'HbA1c', unsure: true }, { text: ' is 62 mmol/mol.' }] },
      { kind: 'paragraph', spans: [{ text: 'Plan: metformin' }] },
    ]);
    expect(page.words).to.equal(6);
    expect(page.unsureWords).to.equal(1);
    expect(page.reliable).to.equal(true);
  });

  it('calls a page unreliable when too many words are unsure, and blank when nothing clear was found', () => {
    const scribble = ocrPage({ blocks: [{ paragraphs: [{ lines: [line(0, ['Wm', 40], ['~~', 30], ['rn', 80], ['lll', 35])] }] }] });
    expect(scribble.reliable).to.equal(false);
    expect(scribble.clearWords).to.equal(1);
    const noise = ocrPage({ blocks: [{ paragraphs: [{ lines: [line(0, ['.', 90], [',', 20])] }] }] });
    expect(noise.clearWords).to.equal(0);
    expect(noise.blocks).to.deep.equal([]);
    expect(ocrPage({ blocks: null })).to.include({ words: 0, clearWords: 0, reliable: false, confidence: 0 });
  });
});
