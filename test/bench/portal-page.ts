// Generates portal-like pages of a chosen size: a header, navigation, a search form and a long
// test-results table, styled the way record portals are (panels, borders, zebra rows, small grey text).

const TESTS = ['HbA1c', 'Serum sodium', 'Serum potassium', 'eGFR', 'ALT', 'Haemoglobin', 'Platelets', 'TSH', 'Free T4', 'Cholesterol'];
const COMMENTS = ['Normal, no action', 'Above range. GP to review.', 'Below range. Repeat in 3/12.', 'Borderline. Discuss at review.'];

export function portalPage(rows: number): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    body.push(
      `<tr class="${i % 2 ? 'odd' : 'even'}"><td>${day}-Nov-2026</td><td><a href="#r${i}">${TESTS[i % TESTS.length]}</a></td>` +
        `<td>${(3 + (i % 50) / 7).toFixed(1)} mmol/L</td><td>3.5 - 5.3</td><td>${COMMENTS[i % COMMENTS.length]}</td></tr>`,
    );
  }
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Results (${rows} rows)</title>
<style>
  body { margin: 0; font: 14px/1.4 Arial, sans-serif; color: #3d4a55; background: #f4f6f8; }
  header { background: #fff; border-bottom: 1px solid #c8d1d9; padding: 8px 16px; box-shadow: 0 1px 2px rgba(0,0,0,.1); }
  nav a { color: #0b5cad; margin-right: 12px; }
  main { max-width: 1100px; margin: 0 auto; padding: 16px; }
  .panel { background: #fff; border: 1px solid #d5dde3; border-radius: 6px; padding: 12px; }
  table { border-collapse: collapse; width: 100%; }
  th { background: #eef2f5; color: #1d2a35; text-align: left; }
  td, th { padding: 4px 8px; border-bottom: 1px solid #e1e6ea; }
  tr.odd td { background: #fafbfc; }
  td a { color: #0b5cad; text-decoration: none; }
  button { background: #1b5e8c; color: #fff; border: 0; border-radius: 4px; padding: 4px 12px; }
</style></head>
<body>
<header><strong>Portal</strong> <nav><a href="#">Summary</a><a href="#">Results</a><a href="#">Messages</a></nav>
<form><label for="q">Search</label> <input id="q"> <button type="button">Search</button></form></header>
<main><h1>Test results</h1><div class="panel"><table>
<thead><tr><th>Date</th><th>Test</th><th>Result</th><th>Range</th><th>Comment</th></tr></thead>
<tbody>${body.join('\n')}</tbody></table></div></main>
</body></html>`;
}
