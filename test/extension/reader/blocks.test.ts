import { expect } from '@open-wc/testing';
import { blocksFromPositions, blocksFromStructure, blockText, isEmptyPage, type PositionedText, type StructNode } from '../../../extension/reader/blocks.js';

const item = (text: string, y: number, size = 11, x = 57, endsLine = false): PositionedText => ({
  text,
  x,
  y,
  size,
  width: text.length * size * 0.5,
  endsLine,
});

describe('reader blocks: text with no structure tree', () => {
  it('joins lines into paragraphs, breaks at wide gaps, and makes larger text a heading', () => {
    const blocks = blocksFromPositions([
      item('Your blood test results', 700, 20),
      item('Thank you for having your', 660, 11, 57, true),
      item('blood test.', 646),
      item('Your cholesterol is', 610),
      item(' a little high.', 610, 11, 160),
    ]);
    expect(blocks).to.deep.equal([
      { kind: 'heading', level: 1, spans: [{ text: 'Your blood test results' }] },
      { kind: 'paragraph', spans: [{ text: 'Thank you for having your blood test.' }] },
      { kind: 'paragraph', spans: [{ text: 'Your cholesterol is a little high.' }] },
    ]);
  });

  it('starts a new block when the text moves up the page (a new column)', () => {
    const blocks = blocksFromPositions([item('Left column', 700), item('more left', 686), item('Right column', 700, 11, 385)]);
    expect(blocks.map(blockText)).to.deep.equal(['Left column more left', 'Right column']);
  });

  it('keeps a long run of large text as a paragraph, and gives nothing for no text', () => {
    const long = 'A very long line of large text that goes on and on. '.repeat(4);
    expect(blocksFromPositions([item(long, 700, 20), item('Body text here.', 650), item('More body text here, quite long.', 636)])[0]?.kind).to.equal(
      'paragraph',
    );
    expect(blocksFromPositions([])).to.deep.equal([]);
    expect(blocksFromPositions([item('', 700)])).to.deep.equal([]);
  });
});

describe('reader blocks: a tagged PDF structure tree', () => {
  const content = (id: string): StructNode => ({ type: 'content', id });
  const node = (role: string, ...children: StructNode[]): StructNode => ({ role, children });

  it('turns headings, paragraphs, lists and tables (with header rows) into blocks, in tree order', () => {
    const tree = node(
      'Root',
      node('Document', node('H1', node('NonStruct', content('a'))), node('P', content('b')), node('L', node('LI', content('c')), node('LI', content('d')))),
      node(
        'Table',
        node('THead', node('TR', node('TH', content('e')), node('TH', content('f')))),
        node('TBody', node('TR', node('TD', content('g')), node('TD', content('h')))),
      ),
      node('Sect', content('i')),
    );
    const text = new Map(
      Object.entries({
        a: 'Discharge summary',
        b: 'Alex was  admitted ',
        c: 'One',
        d: 'Two',
        e: 'Medicine',
        f: 'Dose',
        g: 'Aspirin',
        h: '75 mg',
        i: 'Loose text',
      }),
    );
    expect(blocksFromStructure(tree, text)).to.deep.equal([
      { kind: 'heading', level: 1, spans: [{ text: 'Discharge summary' }] },
      { kind: 'paragraph', spans: [{ text: 'Alex was admitted' }] },
      { kind: 'list', items: [[{ text: 'One' }], [{ text: 'Two' }]] },
      {
        kind: 'table',
        rows: [
          ['Medicine', 'Dose'],
          ['Aspirin', '75 mg'],
        ],
        headerRows: 1,
      },
      { kind: 'paragraph', spans: [{ text: 'Loose text' }] },
    ]);
  });

  it('leaves out elements with no text, so an empty tree means "use the positions"', () => {
    expect(blocksFromStructure(node('Root', node('P', content('x')), node('H2', content('y'))), new Map())).to.deep.equal([]);
    expect(isEmptyPage({ blocks: [] })).to.equal(true);
    expect(isEmptyPage({ blocks: [{ kind: 'paragraph', spans: [{ text: '  ' }] }] })).to.equal(true);
  });
});
