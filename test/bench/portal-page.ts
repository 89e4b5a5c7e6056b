// Generates portal-like pages of a chosen size: a header, navigation, a search form and a long
// test-results table, styled the way record portals are (panels, borders, zebra rows, small grey text).

const TESTS = ['HbA1c', 'Serum sodium', 'Serum potassium', 'eGFR', 'ALT', 'Haemoglobin', 'Platelets', 'TSH', 'Free T4', 'Cholesterol'];
const COMMENTS = ['Normal, no action', 'Above range. GP to review.', 'Below range. Repeat in 3/12.', 'Borderline. Discuss at review.'];

/** How the generated portal page is styled. */
export type PortalStyle =
  /** One small stylesheet: the lightest case for any theming tool. */
  | 'plain'
  /** The NHS.UK frontend's own stylesheet (about 3,300 rules), as the NHS App's pages carry. */
  | 'nhsuk';

export const NHSUK_STYLESHEET_PATH = '/nhsuk-frontend.min.css';

export function portalPage(rows: number, style: PortalStyle = 'plain'): string {
  return style === 'nhsuk' ? nhsukPortalPage(rows) : plainPortalPage(rows);
}

function resultRows(rows: number, cell: string, row: (i: number) => string): string {
  const body: string[] = [];
  for (let i = 0; i < rows; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    body.push(
      `<tr${row(i)}><td${cell}>${day}-Nov-2026</td><td${cell}><a href="#r${i}">${TESTS[i % TESTS.length]}</a></td>` +
        `<td${cell}>${(3 + (i % 50) / 7).toFixed(1)} mmol/L</td><td${cell}>3.5 - 5.3</td><td${cell}>${COMMENTS[i % COMMENTS.length]}</td></tr>`,
    );
  }
  return body.join('\n');
}

function plainPortalPage(rows: number): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Results (${rows} rows)</title>
<style>
  /* Sizes in rem, as NHS.UK-frontend portals set them, so the text-size aid has real work to do. */
  body { margin: 0; font: 0.875rem/1.4 Arial, sans-serif; color: #3d4a55; background: #f4f6f8; }
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
<tbody>${resultRows(rows, '', (i) => ` class="${i % 2 ? 'odd' : 'even'}"`)}</tbody></table></div></main>
</body></html>`;
}

/** The same results, marked up with the NHS.UK frontend's classes and styled by its stylesheet. */
function nhsukPortalPage(rows: number): string {
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Results (${rows} rows)</title>
<link rel="stylesheet" href="${NHSUK_STYLESHEET_PATH}">
</head>
<body class="js-enabled">
<header class="nhsuk-header" role="banner"><div class="nhsuk-header__container nhsuk-width-container">
<a class="nhsuk-header__service" href="#">Portal</a>
<form class="nhsuk-header__search-form" role="search"><label class="nhsuk-u-visually-hidden" for="q">Search</label>
<input class="nhsuk-header__search-input" id="q" type="search"><button class="nhsuk-header__search-submit" type="button">Search</button></form>
</div><nav class="nhsuk-header__navigation"><ul class="nhsuk-header__navigation-list">
<li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="#">Summary</a></li>
<li class="nhsuk-header__navigation-item"><a class="nhsuk-header__navigation-link" href="#">Results</a></li>
</ul></nav></header>
<div class="nhsuk-width-container"><main class="nhsuk-main-wrapper" id="maincontent">
<h1 class="nhsuk-heading-l">Test results</h1>
<div class="nhsuk-card"><div class="nhsuk-card__content"><div class="nhsuk-table-container"><table class="nhsuk-table">
<thead class="nhsuk-table__head"><tr class="nhsuk-table__row"><th class="nhsuk-table__header">Date</th><th class="nhsuk-table__header">Test</th>
<th class="nhsuk-table__header">Result</th><th class="nhsuk-table__header">Range</th><th class="nhsuk-table__header">Comment</th></tr></thead>
<tbody class="nhsuk-table__body">${resultRows(rows, ' class="nhsuk-table__cell"', () => ' class="nhsuk-table__row"')}</tbody></table></div></div></div>
</main></div></body></html>`;
}

const NOTES = [
  'Telephone consultation. Hx: T2DM, HTN. c/o tiredness 2/52. No SOB, no CP. BP 138/86 at home.',
  'Plan: repeat HbA1c in 3/12 and review meds. Metformin 500mg b.d. with food. Safety-netting advice given.',
  'Seen by Dr. Patel with Mrs. Sample. FBC, U&E and LFT all within normal range. eGFR 78. No action.',
  'Reviewed results: cholesterol 5.9, above range. Discussed diet and exercise; to discuss statin at review.',
  'Ramipril 5mg OD continued. Salbutamol inhaler two puffs PRN. Patient happy with plan, f/u 6/52.',
];

/** A consultation-notes page with about `textBytes` characters of record text, full of abbreviations. */
export function recordNotesPage(textBytes: number): string {
  const entries: string[] = [];
  let size = 0;
  for (let i = 0; size < textBytes; i++) {
    const day = String((i % 28) + 1).padStart(2, '0');
    const note = `${NOTES[i % NOTES.length]} ${NOTES[(i + 2) % NOTES.length]}`;
    entries.push(`<section class="note"><h3>${day}-Oct-2026, Dr R Patel (fictional)</h3><p>${note}</p></section>`);
    size += note.length + 40;
  }
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Consultation notes</title>
<style>body { font: 15px/1.5 Arial, sans-serif; margin: 0; } main { max-width: 60rem; margin: auto; padding: 1rem; } h3 { font-size: 1rem; margin: 1rem 0 0.25rem; }</style>
</head><body><header><nav><a href="#">Summary</a> <a href="#">Notes</a></nav></header>
<main><h1>Consultation notes</h1>${entries.join('\n')}</main></body></html>`;
}
