import { expect, fixture, html } from '@open-wc/testing';
import { TableText } from '../../../shared/text/table-text.js';

describe('TableText', () => {
  it('reads each row with its column headers, one row a line, skipping the header row and empty cells', async () => {
    const table = await fixture<HTMLTableElement>(html`
      <table>
        <caption>Blood tests</caption>
        <thead><tr><th>Date</th><th>Test</th><th>Result</th></tr></thead>
        <tbody>
          <tr><td>06-Nov-2026</td><td>HbA1c</td><td>45.1 <span aria-hidden="true">⚠</span>mmol/mol</td></tr>
          <tr><td colspan="2">No date or test</td><td>  4.8
            mmol/L</td></tr>
          <tr><td>07-Aug-2026</td><td></td><td>1.0</td></tr>
        </tbody>
      </table>
    `);
    const text = new TableText(table);
    expect(text.text).to.equal(
      'Blood tests\nDate: 06-Nov-2026, Test: HbA1c, Result: 45.1 mmol/mol\nDate: No date or test, Result: 4.8 mmol/L\nDate: 07-Aug-2026, Result: 1.0\n',
    );
  });

  it('maps any part of a row’s text back to the whole row, and text outside rows to nothing', async () => {
    const table = await fixture<HTMLTableElement>(html`
      <table>
        <tr><th>Test</th><th>Comment</th></tr>
        <tr><td>eGFR</td><td>Outside range. GP to review.</td></tr>
        <tr><td>TSH</td><td>Normal</td></tr>
      </table>
    `);
    const text = new TableText(table);
    const second = text.text.indexOf('GP to review');
    expect(text.rangeFor(second, second + 12)?.toString()).to.equal('eGFROutside range. GP to review.');
    const third = text.text.indexOf('Test: TSH');
    expect(text.rangeFor(third, third + 5)?.toString()).to.equal('TSHNormal');
    expect(text.rangeFor(text.text.length, text.text.length + 1)).to.equal(undefined);
  });

  it('reads a table without headers as its cells, and leaves out nested tables’ rows and hidden rows', async () => {
    const table = await fixture<HTMLTableElement>(html`
      <table>
        <tr><td>One</td><td>Two</td></tr>
        <tr hidden><td>Hidden</td></tr>
        <tr><td>Three<table><tr><td>Inner</td></tr></table></td></tr>
      </table>
    `);
    expect(new TableText(table).text).to.equal('One, Two\nThreeInner\n');
  });
});
