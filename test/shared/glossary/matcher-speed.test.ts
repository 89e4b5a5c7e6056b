// Measures the matcher on 1 MB of record-like text in the browser and logs the numbers.
// It asserts only correctness: timings belong in reports and benchmarks, not in pass/fail tests.
import { expect } from '@open-wc/testing';
import { GLOSSARY, compileGlossary, type GlossaryMatch } from '../../../shared/glossary/index.js';

const ONE_MEGABYTE = 1024 * 1024;
const SLICE_LENGTH = 64 * 1024;

/** Lines in the style of a GP record: shorthand, results, medicines, letters and plain prose. */
const RECORD_LINES = [
  'Telephone consultation. Pt c/o cough 2/52, no SOB, no CP. Hx of asthma. Advised fluids, r/v if worse.',
  'O/E: chest clear, HS I+II+0, abdo SNT, no organomegaly. BP 138/84 mmHg. HR 78 reg. SpO2 97% on air.',
  'Results: FBC normal, U&E normal, eGFR 62, LFT: ALT 41 (raised), ALP 88, bilirubin 9. HbA1c 51 mmol/mol.',
  'TSH 3.1, free T4 14. CRP <5. Ferritin 24. Vit D 38. Lipids: cholesterol 5.9, HDL 1.2, LDL 3.8. QRISK3 14%.',
  'Medication: metformin 500mg bd, ramipril 5mg od, atorvastatin 20mg nocte, salbutamol 100mcg inhaler prn.',
  'Issued amoxicillin 500mg t.d.s. 5/7. Paracetamol 1g q.d.s. p.r.n. Omeprazole 20mg OD before breakfast.',
  'PMH: T2DM, HTN, AF (on DOAC), OA knees, GORD. FH: IHD (father, MI at 58). SH: ex-smoker, lives alone.',
  'Letter from cardiology: ECHO showed mild LVH, 24hr ECG showed paroxysmal AF. Continue DOAC, f/u 3/12.',
  'MSU sent for MC&S. Urine dip: leucocytes +, nitrites +ve. Likely UTI. Rx nitrofurantoin MR 100mg bd 3/7.',
  'Annual review: BMI 31.2, weight stable. Foot check normal. Retinal screening due. TCI for bloods in 2/52.',
  'She says the garden is lovely this time of year and that the grandchildren visited last weekend.',
  'Discussed the results at length; patient happy with the plan and knows how to contact the surgery.',
  'Referred via 2WW pathway to colorectal clinic; FIT result 112. Patient aware most referrals are not cancer.',
  'Seen in A&E overnight with D&V, discharged with advice. NKDA. LMP 12/03/2024, not pregnant.',
  'Spirometry: FEV1 2.1 L (68% predicted), FVC 3.4 L, ratio 0.62, consistent with COPD. Start inhaler.',
  'DNA x2 for nurse review; text sent. MDT discussion next week. HV to visit; DN dressing changes twice weekly.',
  'Naïve question from patient about Ménière’s disease; leaflet given. “Feels much better”, they said 😀.',
];

function recordText(length: number): string {
  let seed = 42;
  const parts: string[] = [];
  let size = 0;
  while (size < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const line = RECORD_LINES[seed % RECORD_LINES.length] ?? '';
    parts.push(line);
    size += line.length + 1;
  }
  return parts.join('\n').slice(0, length);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function timed<T>(work: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = work();
  return { result, ms: performance.now() - started };
}

/** The alternative design: one RegExp alternation of every spelling (all folded, so it does less work than the matcher). */
function regexAlternationScan(text: string, spellings: readonly string[]): number {
  const escaped = [...spellings].sort((a, b) => b.length - a.length).map((spelling) => spelling.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${escaped.join('|')})(?![\\p{L}\\p{N}\\p{M}])`, 'giu');
  let count = 0;
  for (const _match of text.matchAll(pattern)) count++;
  return count;
}

describe('glossary matcher speed (logged, not asserted)', () => {
  it('compiles once and scans 1 MB of record text in slices, with the same matches as one pass', () => {
    const text = recordText(ONE_MEGABYTE);
    const compileTimes: number[] = [];
    let glossary = compileGlossary(GLOSSARY);
    for (let run = 0; run < 5; run++) {
      const { result, ms } = timed(() => compileGlossary(GLOSSARY));
      glossary = result;
      compileTimes.push(ms);
    }

    // Warm up the JIT on one slice first, as a page that is scanned again and again would be.
    glossary.scan(text.slice(0, SLICE_LENGTH));
    const wholeTimes: number[] = [];
    let whole: GlossaryMatch[] = [];
    for (let run = 0; run < 3; run++) {
      const { result, ms } = timed(() => glossary.scan(text));
      whole = result;
      wholeTimes.push(ms);
    }

    const sliceTimes: number[] = [];
    const sliced: GlossaryMatch[] = [];
    const slices = glossary.scanInSlices(text, SLICE_LENGTH);
    for (;;) {
      const { result, ms } = timed(() => slices.next());
      if (result.done) break;
      sliceTimes.push(ms);
      sliced.push(...result.value.matches);
    }

    const spellingTexts = glossary.spellings.map((spelling) => spelling.text);
    regexAlternationScan(text.slice(0, SLICE_LENGTH), spellingTexts);
    const regexTimes: number[] = [];
    let regexMatches = 0;
    for (let run = 0; run < 3; run++) {
      const { result, ms } = timed(() => regexAlternationScan(text, spellingTexts));
      regexMatches = result;
      regexTimes.push(ms);
    }

    console.log(
      [
        `glossary: ${GLOSSARY.length} entries, ${glossary.spellings.length} spellings; text ${text.length} chars; ${whole.length} matches`,
        `compile: median ${median(compileTimes).toFixed(2)} ms of 5`,
        `one pass over 1 MB: median ${median(wholeTimes).toFixed(1)} ms of 3 (${wholeTimes.map((ms) => ms.toFixed(1)).join(', ')})`,
        `slices of ${SLICE_LENGTH} chars: ${sliceTimes.length} slices, longest ${Math.max(...sliceTimes).toFixed(1)} ms, total ${sliceTimes.reduce((a, b) => a + b, 0).toFixed(1)} ms`,
        `RegExp alternation, all spellings folded, no counts or units (compile + one pass, for comparison): median ${median(regexTimes).toFixed(1)} ms of 3, ${regexMatches} matches`,
      ].join('\n'),
    );

    expect(whole.length).to.be.greaterThan(10000);
    expect(sliced).to.deep.equal(whole);
  });
});
