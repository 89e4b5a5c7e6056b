/**
 * The reader's model of one page's text, in reading order: headings, paragraphs, tables and lists.
 * Built from a PDF's structure tree when the PDF is tagged, from the text's positions when it is not,
 * or from OCR of a picture. Pure data and pure functions: no PDF.js, no DOM.
 */

/** A run of text; `unsure` marks a word OCR read with low confidence. */
export interface Span {
  text: string;
  unsure?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4 | 5 | 6; spans: Span[] }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }
  /** Cells row by row; the first `headerRows` rows are column headers. */
  | { kind: 'table'; rows: string[][]; headerRows: number };

/** Where a page's text came from: the PDF's own text (tagged or not), or read from a picture. */
export type PageSource = 'tagged' | 'untagged' | 'picture';

export interface PageText {
  /** 1-based page number. */
  number: number;
  source: PageSource;
  blocks: Block[];
  /** For pages read from a picture: the mean word confidence, 0 to 100. */
  confidence?: number;
}

/** One piece of positioned text, as a PDF's text content gives it (PDF units, y upwards). */
export interface PositionedText {
  text: string;
  x: number;
  y: number;
  /** The font size, from the text matrix. */
  size: number;
  width: number;
  /** True when a line break follows in the content. */
  endsLine: boolean;
}

const clean = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function blockText(block: Block): string {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return block.spans.map((span) => span.text).join('');
    case 'list':
      return block.items.map((item) => item.map((span) => span.text).join('')).join('\n');
    case 'table':
      return block.rows.map((row) => row.join('\t')).join('\n');
  }
}

/** True when a page has no text worth reading (a blank page, or a picture with nothing found). */
export function isEmptyPage(page: Pick<PageText, 'blocks'>): boolean {
  return page.blocks.every((block) => clean(blockText(block)) === '');
}

/** The most common font size, weighted by characters: the body text's. */
function bodySize(items: readonly PositionedText[]): number {
  const weights = new Map<number, number>();
  for (const item of items) {
    const size = Math.round(item.size * 2) / 2;
    weights.set(size, (weights.get(size) ?? 0) + item.text.length);
  }
  let best = 0;
  let bestWeight = -1;
  for (const [size, weight] of weights) {
    if (weight > bestWeight) [best, bestWeight] = [size, weight];
  }
  return best || 12;
}

/**
 * Text with no structure tree, in the order the PDF draws it (which for letters printed from HTML or a
 * word processor is the reading order): lines joined into paragraphs, a new paragraph where the gap
 * between lines is wider than the line spacing, where the text moves up the page (a new column) or where
 * the size changes; larger text than the body becomes a heading.
 */
export function blocksFromPositions(items: readonly PositionedText[]): Block[] {
  const texts = items.filter((item) => item.text !== '');
  if (texts.length === 0) return [];
  const body = bodySize(texts);
  const groups: { size: number; lines: string[] }[] = [];
  let current: { size: number; lines: string[] } | undefined;
  let line = '';
  let lastY: number | undefined;
  let lastSize = 0;
  const endLine = (): void => {
    if (current && line.trim() !== '') current.lines.push(clean(line));
    line = '';
  };
  for (const item of texts) {
    const size = item.size;
    const newLine = lastY !== undefined && Math.abs(item.y - lastY) > Math.max(size, lastSize) * 0.5;
    if (newLine || !current) {
      const gap = lastY === undefined ? 0 : lastY - item.y;
      const breakBlock = !current || gap > Math.max(size, lastSize) * 1.75 || gap < 0 || Math.abs(size - lastSize) > body * 0.15;
      endLine();
      if (breakBlock) {
        current = { size, lines: [] };
        groups.push(current);
      }
    } else if (line !== '' && !/\s$/.test(line) && !/^\s/.test(item.text)) {
      // Pieces on one line with a visible gap between them are separate words.
      line += ' ';
    }
    line += item.text;
    lastY = item.y;
    lastSize = size;
    if (item.endsLine) line += ' ';
  }
  endLine();
  const sizes = [...new Set(groups.filter((group) => group.size > body * 1.15).map((group) => Math.round(group.size)))].sort((a, b) => b - a);
  return groups
    .filter((group) => group.lines.length > 0)
    .map((group): Block => {
      const text = group.lines.join(' ');
      const rank = sizes.indexOf(Math.round(group.size));
      // Headings are short; a long run of large text is still a paragraph.
      if (rank >= 0 && text.length < 160) return { kind: 'heading', level: Math.min(rank + 1, 6) as 1 | 2 | 3 | 4 | 5 | 6, spans: [{ text }] };
      return { kind: 'paragraph', spans: [{ text }] };
    });
}

/** The parts of a PDF structure tree the reader reads (PDF.js's StructTreeNode and StructTreeContent). */
export type StructNode = { role: string; children: (StructNode | StructContent)[] } | StructContent;
export interface StructContent {
  type: string;
  id: string;
}

const isContent = (node: StructNode): node is StructContent => 'type' in node && !('role' in node);

/**
 * A tagged PDF's text, by its structure tree: headings (H, H1-H6), paragraphs, lists (L, LI, LBody) and
 * tables (Table, TR, TH, TD; rows of THs at the top become header rows). `textById` gives the text
 * of each marked-content id. Elements of other roles are walked through; their loose text becomes paragraphs.
 */
export function blocksFromStructure(root: StructNode, textById: ReadonlyMap<string, string>): Block[] {
  const blocks: Block[] = [];
  const textOf = (node: StructNode): string => {
    if (isContent(node)) return textById.get(node.id) ?? '';
    return node.children.map(textOf).join(' ');
  };
  const add = (block: Block): void => {
    if (clean(blockText(block)) !== '') blocks.push(block);
  };
  const walk = (node: StructNode): void => {
    if (isContent(node)) {
      add({ kind: 'paragraph', spans: [{ text: clean(textOf(node)) }] });
      return;
    }
    const role = node.role;
    const heading = /^H([1-6])?$/.exec(role);
    if (heading) {
      add({ kind: 'heading', level: Number(heading[1] ?? 2) as 1 | 2 | 3 | 4 | 5 | 6, spans: [{ text: clean(textOf(node)) }] });
    } else if (role === 'P' || role === 'Caption' || role === 'BlockQuote') {
      add({ kind: 'paragraph', spans: [{ text: clean(textOf(node)) }] });
    } else if (role === 'L') {
      const items = node.children.filter((child) => !isContent(child) && child.role === 'LI').map((item) => [{ text: clean(textOf(item)) }]);
      if (items.length > 0) add({ kind: 'list', items });
      else add({ kind: 'paragraph', spans: [{ text: clean(textOf(node)) }] });
    } else if (role === 'Table') {
      add(tableFrom(node, textOf));
    } else {
      for (const child of node.children) walk(child);
    }
  };
  walk(root);
  return blocks;
}

function tableFrom(table: { children: StructNode[] }, textOf: (node: StructNode) => string): Block {
  const rows: { cells: string[]; header: boolean }[] = [];
  const collect = (node: StructNode): void => {
    if (isContent(node)) return;
    if (node.role === 'TR') {
      const cells = node.children.filter((cell): cell is Exclude<StructNode, StructContent> => !isContent(cell) && (cell.role === 'TH' || cell.role === 'TD'));
      rows.push({ cells: cells.map((cell) => clean(textOf(cell))), header: cells.length > 0 && cells.every((cell) => cell.role === 'TH') });
    } else {
      // THead, TBody, TFoot, or a wrapper.
      for (const child of node.children) collect(child);
    }
  };
  for (const child of table.children) collect(child);
  let headerRows = 0;
  while (headerRows < rows.length && rows[headerRows]?.header) headerRows += 1;
  return { kind: 'table', rows: rows.map((row) => row.cells), headerRows };
}
