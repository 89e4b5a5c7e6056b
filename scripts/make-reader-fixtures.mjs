// Makes the document reader's fixtures from the fictional letters in test/fixtures/reader/letters/:
// tagged and untagged PDFs printed by Chromium (page.pdf), a 10-page PDF for the benchmark, a
// password-protected copy (qpdf, Debian's package), and photo-like scans made with ImageMagick (grey,
// turned a few degrees, noisy, at 300 and 150 dpi; one on its side). Each letter's known text is written
// beside it, for the OCR word-accuracy measure. Run it again after changing a letter:
//   node scripts/make-reader-fixtures.mjs
// or make only the later additions (the Welsh letter, the sideways scan), leaving the others' bytes alone:
//   node scripts/make-reader-fixtures.mjs --only-additions
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright';
import { chromiumArgs, findChromium } from './find-chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'test/fixtures/reader');
const letters = resolve(out, 'letters');
const LETTERS = ['discharge-summary', 'results-letter', 'clinic-letter'];
/** A4 at CSS's 96 px per inch. */
const A4 = { width: 794, height: 1123 };

const magick = (/** @type {string[]} */ args) => execFileSync('convert', args, { stdio: 'inherit' });
const onlyAdditions = process.argv.includes('--only-additions');

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
const scratch = mkdtempSync(join(tmpdir(), 'reader-fixtures-'));
/** Grey, a little noise, paper slightly off-white, as a phone or office scanner makes. */
const scanLook = (/** @type {number} */ dpi) => [
  '-colorspace',
  'Gray',
  '-attenuate',
  '0.4',
  '+noise',
  'Gaussian',
  '-level',
  '0%,96%',
  '-density',
  String(dpi),
  '-units',
  'PixelsPerInch',
];

/** The Welsh letter (tagged PDF and a 150-dpi scan, for language detection) and a scan lying on its side. */
async function makeAdditions() {
  const page = await browser.newPage({ viewport: A4 });
  await page.goto(pathToFileURL(join(letters, 'welsh-letter.html')).href);
  await page.pdf({ path: join(out, 'welsh-letter.pdf'), format: 'A4', tagged: true, printBackground: true });
  writeFileSync(join(out, 'welsh-letter.txt'), `${(await page.evaluate(() => document.body.innerText)).replace(/\n{2,}/g, '\n').trim()}\n`);
  await page.close();
  for (const { name, rotate } of [
    { name: 'welsh-letter', rotate: '0' },
    { name: 'results-letter', rotate: '90' },
  ]) {
    const shot = await browser.newPage({ viewport: A4, deviceScaleFactor: 150 / 96 });
    await shot.goto(pathToFileURL(join(letters, `${name}.html`)).href);
    const png = join(scratch, `${name}-150.png`);
    await shot.screenshot({ path: png });
    await shot.close();
    const file = rotate === '0' ? `${name}-scan-150dpi.jpg` : `${name}-scan-150dpi-sideways.jpg`;
    magick([png, '-rotate', rotate, ...scanLook(150), '-quality', '55', join(out, file)]);
  }
}

async function makeLetters() {
  const page = await browser.newPage({ viewport: A4 });
  for (const name of LETTERS) {
    await page.goto(pathToFileURL(join(letters, `${name}.html`)).href);
    await page.pdf({ path: join(out, `${name}.pdf`), format: 'A4', tagged: true, printBackground: true });
    await page.pdf({ path: join(out, `${name}-untagged.pdf`), format: 'A4', tagged: false, printBackground: true });
    writeFileSync(join(out, `${name}.txt`), `${(await page.evaluate(() => document.body.innerText)).replace(/\n{2,}/g, '\n').trim()}\n`);
  }

  // Ten pages: the three letters over and over, each starting a new page.
  const bodies = LETTERS.map((name) => /<body>([\s\S]*)<\/body>/.exec(readFileSync(join(letters, `${name}.html`), 'utf8'))?.[1] ?? '');
  const tenPages = Array.from({ length: 10 }, (_, i) => `<section style="break-after: page">${bodies[i % bodies.length]}</section>`).join('\n');
  writeFileSync(
    join(letters, 'ten-pages.html'),
    `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>Ten pages</title><link rel="stylesheet" href="letter.css"></head><body>\n${tenPages}\n</body></html>\n`,
  );
  await page.goto(pathToFileURL(join(letters, 'ten-pages.html')).href);
  await page.pdf({ path: join(out, 'ten-pages.pdf'), format: 'A4', tagged: true });

  // A blank page, as a PDF.
  await page.setContent('<!doctype html><html lang="en-GB"><title>Blank</title><body></body></html>');
  await page.pdf({ path: join(out, 'blank-page.pdf'), format: 'A4' });

  // Scans: the results letter photographed at 300 dpi (3.125 device pixels per CSS pixel), then at 150 dpi.
  for (const dpi of [300, 150]) {
    const shot = await browser.newPage({ viewport: A4, deviceScaleFactor: dpi / 96 });
    await shot.goto(pathToFileURL(join(letters, 'results-letter.html')).href);
    const png = join(scratch, `results-${dpi}.png`);
    await shot.screenshot({ path: png, fullPage: false });
    await shot.close();
    // Grey, a little noise, paper slightly off-white; small JPEGs as a phone or office scanner makes.
    const common = ['-colorspace', 'Gray', '-attenuate', '0.4', '+noise', 'Gaussian', '-level', '0%,96%', '-density', String(dpi), '-units', 'PixelsPerInch'];
    magick([png, ...common, '-quality', '55', join(out, `results-letter-scan-${dpi}dpi.jpg`)]);
    if (dpi === 300) {
      magick([png, '-background', 'white', '-rotate', '3', ...common, '-quality', '55', join(out, 'results-letter-scan-300dpi-rotated.jpg')]);
    }
  }
  // A small scan for the end-to-end test: the top of the clinic letter at 150 dpi, grey and turned 1.5 degrees.
  const snippet = await browser.newPage({ viewport: { width: A4.width, height: 420 }, deviceScaleFactor: 150 / 96 });
  await snippet.goto(pathToFileURL(join(letters, 'clinic-letter.html')).href);
  const snippetPng = join(scratch, 'snippet.png');
  await snippet.screenshot({ path: snippetPng });
  magick([
    snippetPng,
    '-background',
    'white',
    '-rotate',
    '1.5',
    '-colorspace',
    'Gray',
    '-attenuate',
    '0.15',
    '+noise',
    'Gaussian',
    '-colors',
    '8',
    '-depth',
    '8',
    '-density',
    '150',
    '-units',
    'PixelsPerInch',
    join(out, 'clinic-letter-scan-150dpi.png'),
  ]);
  // The same scan inside a PDF, as a scanner's "scan to PDF" makes: a page with a picture and no text.
  const scanPage = await browser.newPage();
  const scanData = readFileSync(join(out, 'clinic-letter-scan-150dpi.png')).toString('base64');
  await scanPage.setContent(
    `<!doctype html><html lang="en"><body style="margin:0"><img alt="" style="width:100%" src="data:image/png;base64,${scanData}"></body></html>`,
  );
  await scanPage.pdf({ path: join(out, 'clinic-letter-scan.pdf'), format: 'A4', margin: { top: '10mm', left: '10mm', right: '10mm' } });
  await scanPage.close();
  // A blank scanned page and a page of scribble (no print: "could not be read reliably").
  magick(['-size', '620x877', 'xc:white', '-colorspace', 'Gray', '-attenuate', '0.3', '+noise', 'Gaussian', '-quality', '50', join(out, 'blank-scan.jpg')]);
  const strokes = Array.from(
    { length: 14 },
    (_, i) => `bezier ${40 + (i % 2) * 30},${80 + i * 50} ${160 + i * 7},${40 + i * 52} ${330 - i * 5},${120 + i * 47} ${560 - (i % 3) * 20},${70 + i * 51}`,
  );
  magick([
    '-size',
    '620x877',
    'xc:white',
    '-fill',
    'none',
    '-stroke',
    '#223',
    '-strokewidth',
    '3',
    ...strokes.flatMap((s) => ['-draw', s]),
    '-colorspace',
    'Gray',
    '-quality',
    '60',
    join(out, 'scribble-scan.jpg'),
  ]);
}

try {
  await makeAdditions();
  if (!onlyAdditions) await makeLetters();
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}

if (onlyAdditions) process.exit(0);

// A password-protected copy of the results letter (password "oakmere"), if qpdf is installed.
try {
  execFileSync('qpdf', ['--encrypt', 'oakmere', 'oakmere-owner', '256', '--', join(out, 'results-letter.pdf'), join(out, 'results-letter-password.pdf')]);
} catch (error) {
  console.warn('qpdf is not installed (apt-get install qpdf): the password-protected fixture was not remade.', error instanceof Error ? error.message : error);
}
// The demo portal's documents page links to copies of three of them.
const demoDocuments = resolve(root, 'demo/portal/documents');
for (const { from, to } of [
  { from: 'clinic-letter.pdf', to: 'clinic-letter.pdf' },
  { from: 'discharge-summary.pdf', to: 'discharge-summary.pdf' },
  { from: 'results-letter-scan-150dpi.jpg', to: 'results-letter-scan.jpg' },
]) {
  copyFileSync(join(out, from), join(demoDocuments, to));
}
console.log(`Fixtures written to ${out}, and the demo portal's copies to ${demoDocuments}`);
