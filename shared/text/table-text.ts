/**
 * A table as it is read aloud: row by row, each cell with its column header ("Test: HbA1c, Result:
 * 45.1 mmol/mol"), so a results table makes sense heard as well as seen. The spoken text is not the
 * page's characters, so each part of it maps back to its whole row for highlighting.
 */
import { isHiddenElement } from './text-map.js';

interface RowSpan {
  row: HTMLTableRowElement;
  start: number;
  end: number;
}

/** The visible text of a cell, with white space collapsed. */
function cellText(cell: Element): string {
  const parts: string[] = [];
  const walker = cell.ownerDocument.createTreeWalker(cell, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.nodeType === Node.ELEMENT_NODE && isHiddenElement(node as Element) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
  }
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Rows of this table only (not of tables nested in its cells), in document order. */
function ownRows(table: HTMLTableElement): HTMLTableRowElement[] {
  return [...table.rows].filter((row) => row.closest('table') === table && !isHiddenElement(row));
}

/** A row of headers: in <thead>, or made only of <th> cells. */
function isHeaderRow(row: HTMLTableRowElement): boolean {
  if (row.parentElement?.tagName === 'THEAD') return true;
  return row.cells.length > 0 && [...row.cells].every((cell) => cell.tagName === 'TH');
}

export class TableText {
  readonly table: HTMLTableElement;
  readonly text: string;
  readonly #rows: RowSpan[];

  constructor(table: HTMLTableElement) {
    this.table = table;
    const rows = ownRows(table);
    const headerRow = rows.find(isHeaderRow);
    // Column headers by column position, honouring colspan so later cells line up.
    const headers: string[] = [];
    if (headerRow) {
      for (const cell of headerRow.cells) {
        const label = cellText(cell);
        for (let i = 0; i < cell.colSpan; i++) headers.push(label);
      }
    }
    const caption = table.caption ? cellText(table.caption) : '';
    let text = caption ? `${caption}\n` : '';
    const spans: RowSpan[] = [];
    for (const row of rows) {
      if (isHeaderRow(row)) continue;
      const parts: string[] = [];
      let column = 0;
      for (const cell of row.cells) {
        const value = cellText(cell);
        const header = headers[column];
        column += cell.colSpan;
        if (!value) continue;
        parts.push(header && header !== value ? `${header}: ${value}` : value);
      }
      if (parts.length === 0) continue;
      const line = parts.join(', ');
      spans.push({ row, start: text.length, end: text.length + line.length });
      // Each row ends a line, so a sentence never runs from one row into the next.
      text += `${line}\n`;
    }
    this.text = text;
    this.#rows = spans;
  }

  /** The row being read at [start, end), as a Range over the whole row. */
  rangeFor(start: number, end: number): Range | undefined {
    const span = this.#rows.find((row) => start < row.end && end > row.start);
    if (!span) return undefined;
    const range = this.table.ownerDocument.createRange();
    range.selectNodeContents(span.row);
    return range;
  }
}
