/**
 * The reader page: opens a document (a file chosen or dropped, or an address passed by the popup or the
 * context menu), shows its text page by page as HTML with the original page beside it, reads pictures
 * with OCR, and gives page navigation. Plain DOM in the page itself (no shadow root), so the aids reach it.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist';
import { isEmptyPage, type PageText } from './blocks.js';
import { documentKind, MAX_DOCUMENT_BYTES } from './document-kind.js';
import { DocumentFetchError, fetchDocument } from './fetch-document.js';
import { OcrCancelledError, OcrEngine } from './ocr.js';
import type { OcrPage } from './ocr-blocks.js';
import type { Turn } from './picture-job.js';
import { PictureError, Pictures } from './pictures.js';
import { openPdf, pagePicture, pageText, PasswordCancelledError, renderPage as drawPage } from './pdf-document.js';
import { nextTask } from './yield.js';
import { markLanguage } from './page-language.js';
import { notice, renderPage } from './render-page.js';
import { rs } from './strings.js';

/** Pictures larger than this on their long side are made smaller for OCR (memory in the wasm core). */
const OCR_MAX_SIDE = 4200;
/**
 * A page read unreliably may be on its side or upside down: a square this size from its middle is read
 * at each other turn, and the page is read again at the turn that found the most clear words.
 */
const TURN_CHECK_SIDE = 1000;
/** The original picture is shown from a copy this long on its longest side (sharp to 300% zoom). */
const PREVIEW_SIDE = 2400;
const OTHER_TURNS: readonly Turn[] = [90, 270, 180];
const ZOOMS = [50, 75, 100, 125, 150, 200, 300] as const;

const byId = <T extends HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`Record Access Aids reader: #${id} is missing from reader.html.`);
  return element as T;
};

/** What is open: a PDF (pages drawn on demand) or one picture. */
type Opened = { kind: 'pdf'; pdf: PDFDocumentProxy; total: number } | { kind: 'picture'; shown: HTMLCanvasElement; total: 1 };

export class ReaderApp {
  readonly #title = byId<HTMLHeadingElement>('doc-title');
  readonly #status = byId<HTMLParagraphElement>('status');
  readonly #problem = byId<HTMLDivElement>('problem');
  readonly #text = byId<HTMLElement>('document-text');
  readonly #toolbar = byId<HTMLElement>('doc-toolbar');
  readonly #pageLabel = byId<HTMLSpanElement>('page-label');
  readonly #pageInput = byId<HTMLInputElement>('page-number');
  readonly #original = byId<HTMLElement>('original');
  readonly #originalView = byId<HTMLDivElement>('original-view');
  readonly #zoomLabel = byId<HTMLSpanElement>('zoom-label');
  readonly #ocrBox = byId<HTMLDivElement>('ocr-progress');
  readonly #ocrPage = byId<HTMLProgressElement>('ocr-page-bar');
  readonly #ocrPageLabel = byId<HTMLSpanElement>('ocr-page-label');
  readonly #ocrAll = byId<HTMLProgressElement>('ocr-all-bar');
  readonly #ocrAllLabel = byId<HTMLSpanElement>('ocr-all-label');
  readonly #passwordForm = byId<HTMLFormElement>('password-form');
  readonly #passwordInput = byId<HTMLInputElement>('password');
  readonly #passwordError = byId<HTMLParagraphElement>('password-error');

  readonly #ocr = new OcrEngine();
  readonly #pictures = new Pictures();
  /** Everything belonging to the open document; aborted when another is opened. */
  #load = new AbortController();
  #ocrRun: AbortController | undefined;
  #opened: Opened | undefined;
  #current = 1;
  #zoom: (typeof ZOOMS)[number] = 100;
  #drawing = new AbortController();
  #observer: IntersectionObserver | undefined;
  /** The original view's width, kept by a ResizeObserver: reading it while drawing would force a layout. */
  #viewWidth = 0;
  /** A draw asked for while the view had no width (hidden, or not laid out yet): done when it has one. */
  #drawWhenSized = false;

  constructor() {
    byId<HTMLInputElement>('file').addEventListener('change', (event) => {
      const input = event.currentTarget as HTMLInputElement;
      const file = input.files?.[0];
      if (file) void this.openFile(file);
      input.value = '';
    });
    document.addEventListener('dragover', (event) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    });
    document.addEventListener('drop', (event) => {
      const file = event.dataTransfer?.files[0];
      if (!file) return;
      event.preventDefault();
      void this.openFile(file);
    });
    byId('previous-page').addEventListener('click', () => this.goToPage(this.#current - 1));
    byId('next-page').addEventListener('click', () => this.goToPage(this.#current + 1));
    byId<HTMLFormElement>('page-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.goToPage(Number(this.#pageInput.value));
    });
    byId('zoom-in').addEventListener('click', () => this.#setZoom(1));
    byId('zoom-out').addEventListener('click', () => this.#setZoom(-1));
    byId('ocr-cancel').addEventListener('click', () => this.#ocrRun?.abort());
    new ResizeObserver(([entry]) => {
      this.#viewWidth = entry?.contentRect.width ?? 0;
      if (this.#drawWhenSized && this.#viewWidth > 0) {
        this.#drawWhenSized = false;
        this.#drawOriginal();
      }
    }).observe(this.#originalView);
    const toggle = byId<HTMLButtonElement>('toggle-original');
    toggle.addEventListener('click', () => {
      const show = this.#original.hidden;
      this.#original.hidden = !show;
      toggle.setAttribute('aria-pressed', String(show));
      if (show) this.#drawOriginal();
    });
  }

  /** For the benchmark and tests: how far the open document has got. */
  #setState(state: 'empty' | 'loading' | 'ready' | 'error'): void {
    document.body.dataset.readerState = state;
  }

  #say(message: string): void {
    this.#status.textContent = message;
  }

  #fail(message: string): void {
    this.#problem.replaceChildren();
    const p = document.createElement('p');
    p.textContent = message;
    this.#problem.append(p);
    this.#problem.hidden = false;
    this.#say('');
    this.#setState('error');
  }

  #reset(name: string): AbortSignal {
    this.#load.abort();
    this.#ocrRun?.abort();
    this.#drawing.abort();
    this.#observer?.disconnect();
    if (this.#opened?.kind === 'pdf') void this.#opened.pdf.destroy();
    this.#opened = undefined;
    this.#load = new AbortController();
    this.#problem.hidden = true;
    this.#problem.replaceChildren();
    this.#text.replaceChildren();
    this.#originalView.replaceChildren();
    this.#toolbar.hidden = true;
    this.#ocrBox.hidden = true;
    this.#passwordForm.hidden = true;
    this.#title.textContent = name;
    document.title = `${name} – ${rs('pageTitle')}`;
    this.#setState('loading');
    return this.#load.signal;
  }

  async openFile(file: File): Promise<void> {
    const signal = this.#reset(file.name);
    this.#say(rs('loading', { name: file.name }));
    if (file.size > MAX_DOCUMENT_BYTES)
      return this.#fail(rs('errorTooBig', { name: file.name, size: Math.ceil(file.size / 1048576), limit: MAX_DOCUMENT_BYTES / 1048576 }));
    if (file.size === 0) return this.#fail(rs('errorEmpty', { name: file.name }));
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (signal.aborted) return;
    await this.#openBytes(bytes, file.name, signal);
  }

  async openAddress(address: string, fromPage?: string): Promise<void> {
    let site = '';
    try {
      site = new URL(address).host;
    } catch {
      // Reported below as a bad address.
    }
    const signal = this.#reset(site || rs('heading'));
    this.#say(rs('fetching', { site }));
    try {
      const { bytes, name } = await fetchDocument(address, signal, fromPage);
      if (signal.aborted) return;
      this.#title.textContent = name;
      document.title = `${name} – ${rs('pageTitle')}`;
      await this.#openBytes(bytes, name, signal);
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof DocumentFetchError)) throw error;
      const messages = {
        'bad-address': rs('errorAddress'),
        'other-site': rs('errorOtherSite', { site: error.site }),
        'not-allowed': rs('errorNotAllowed', { site: error.site }),
        failed: rs('errorFetch', { site: error.site }),
        'too-big': rs('errorTooBig', { name: error.site, size: Math.ceil((error.size ?? 0) / 1048576), limit: MAX_DOCUMENT_BYTES / 1048576 }),
      };
      this.#fail(messages[error.reason]);
    }
  }

  async #openBytes(bytes: Uint8Array, name: string, signal: AbortSignal): Promise<void> {
    const kind = documentKind(bytes.subarray(0, 1024));
    if (kind === 'unknown') return this.#fail(rs('errorNotDocument', { name }));
    if (kind === 'pdf') return this.#openPdf(bytes, name, signal);
    return this.#openPicture(new Blob([bytes as BlobPart], { type: kind === 'png' ? 'image/png' : 'image/jpeg' }), name, signal);
  }

  async #openPdf(bytes: Uint8Array, name: string, signal: AbortSignal): Promise<void> {
    let pdf: PDFDocumentProxy;
    try {
      pdf = await openPdf(bytes, (wrong) => this.#askPassword(wrong, signal));
    } catch (error) {
      if (signal.aborted) return;
      if (error instanceof PasswordCancelledError) return this.#fail(rs('passwordCancelled'));
      console.warn('Record Access Aids reader: PDF.js could not open the file.', error);
      return this.#fail(rs('errorDamaged', { name }));
    }
    if (signal.aborted) {
      void pdf.destroy();
      return;
    }
    const total = pdf.numPages;
    this.#opened = { kind: 'pdf', pdf, total };
    this.#showToolbar(total);
    const needPicture: number[] = [];
    for (let n = 1; n <= total; n += 1) {
      if (signal.aborted) return;
      let page: PageText;
      try {
        page = await pageText(await pdf.getPage(n));
      } catch (error) {
        if (signal.aborted) return;
        // A damaged page: say so on that page and go on with the rest.
        console.warn(`Record Access Aids reader: page ${n} could not be read.`, error);
        this.#text.append(
          renderPage({ number: n, source: 'untagged', blocks: [] }, total, [notice('warning', rs('errorDamaged', { name: rs('pageHeading', { n }) }))]),
        );
        continue;
      }
      if (signal.aborted) return;
      const empty = isEmptyPage(page);
      if (empty) needPicture.push(n);
      const section = renderPage(page, total, empty ? [notice('info', rs('ocrStarting'))] : []);
      if (!empty) markLanguage(section, false);
      this.#text.append(section);
      if (n === 1) {
        performance.mark('reader-first-text');
        this.#drawOriginal();
      }
      if (total > 1) this.#say(rs('readingPages', { n, total }));
      // One page per task: the page's layout and any slice of the original's drawing happen in between.
      await nextTask();
    }
    performance.mark('reader-all-text');
    this.#say(total > 1 ? rs('ready', { name, total }) : rs('readyOne', { name }));
    this.#watchPages();
    if (needPicture.length > 0) await this.#readPictures(needPicture, async (n) => pagePicture(await pdf.getPage(n)), signal);
    else this.#setState('ready');
  }

  async #openPicture(blob: Blob, name: string, signal: AbortSignal): Promise<void> {
    let prepared: Awaited<ReturnType<Pictures['prepare']>>;
    try {
      // Decoded, made smaller when it is a big phone photo (tesseract's memory), and a copy made for
      // showing it, all in the picture worker: a 30 MB photo never blocks the page.
      prepared = await this.#pictures.prepare(blob, { maxSide: OCR_MAX_SIDE, preview: PREVIEW_SIDE });
    } catch (error) {
      if (!(error instanceof PictureError)) throw error;
      return this.#fail(rs('errorPicture'));
    }
    const { picture, scaled, preview } = prepared;
    if (signal.aborted || !preview) {
      preview?.close();
      if (!signal.aborted) this.#fail(rs('errorPicture'));
      return;
    }
    const shown = document.createElement('canvas');
    shown.width = preview.width;
    shown.height = preview.height;
    shown.setAttribute('role', 'img');
    shown.setAttribute('aria-label', rs('original'));
    // Handed over, not copied: the page never decodes or scales the photo itself.
    shown.getContext('bitmaprenderer')?.transferFromImageBitmap(preview);
    this.#opened = { kind: 'picture', shown, total: 1 };
    this.#showToolbar(1);
    this.#drawOriginal();
    // Showing the picture and handing it to OCR are each work for the page: in separate tasks.
    await nextTask();
    if (signal.aborted) return;
    const notes = scaled ? [notice('info', rs('photoScaled'))] : [];
    this.#text.append(renderPage({ number: 1, source: 'picture', blocks: [] }, 1, [...notes, notice('info', rs('ocrStarting'))]));
    this.#watchPages();
    await this.#readPictures([1], () => Promise.resolve(picture), signal);
  }

  #askPassword(wrong: boolean, signal: AbortSignal): Promise<string | undefined> {
    const form = this.#passwordForm;
    form.hidden = false;
    this.#passwordError.hidden = !wrong;
    this.#passwordInput.value = '';
    this.#passwordInput.setAttribute('aria-invalid', String(wrong));
    this.#say('');
    this.#passwordInput.focus();
    return new Promise((resolve) => {
      const done = new AbortController();
      const finish = (password: string | undefined): void => {
        done.abort();
        form.hidden = true;
        resolve(password);
      };
      form.addEventListener(
        'submit',
        (event) => {
          event.preventDefault();
          finish(this.#passwordInput.value);
        },
        { signal: done.signal },
      );
      byId('password-cancel').addEventListener('click', () => finish(undefined), { signal: done.signal });
      signal.addEventListener('abort', () => finish(undefined), { signal: done.signal });
    });
  }

  /** OCR of the listed pages, one after another, with a bar for the page and one for them all. */
  async #readPictures(pages: readonly number[], picture: (n: number) => Promise<Blob>, signal: AbortSignal): Promise<void> {
    const run = new AbortController();
    this.#ocrRun = run;
    const stop = (): void => run.abort();
    signal.addEventListener('abort', stop, { once: true });
    this.#ocrBox.hidden = false;
    const total = this.#opened?.total ?? pages.length;
    try {
      for (const [index, n] of pages.entries()) {
        const show = (fraction: number): void => {
          const percent = Math.round(fraction * 100);
          const overall = Math.round(((index + fraction) / pages.length) * 100);
          this.#ocrPage.value = percent;
          this.#ocrPageLabel.textContent = rs('ocrPage', { n, percent });
          this.#ocrAll.value = overall;
          this.#ocrAllLabel.textContent = rs('ocrOverall', { percent: overall });
        };
        show(0);
        this.#say(rs('ocrRunning', { percent: 0 }));
        const { result, turned } = await this.#readPicture(await picture(n), show, run.signal);
        if (signal.aborted) return;
        this.#replacePage(n, total, result, turned);
      }
      this.#say(rs('readyOne', { name: this.#title.textContent ?? '' }));
      this.#setState('ready');
    } catch (error) {
      if (signal.aborted) return;
      if (!(error instanceof OcrCancelledError)) {
        console.warn('Record Access Aids reader: OCR failed.', error);
        this.#fail(rs('errorPicture'));
        return;
      }
      for (const n of pages) {
        const section = this.#section(n);
        if (section?.dataset.source !== 'picture' || section.dataset.ocr !== 'done') this.#markCancelled(n, pages, picture, signal);
      }
      this.#say(rs('cancelled'));
      this.#setState('ready');
    } finally {
      signal.removeEventListener('abort', stop);
      if (this.#ocrRun === run) this.#ocrRun = undefined;
      this.#ocrBox.hidden = true;
    }
  }

  /**
   * OCR of one picture. When it cannot be read reliably, it may be lying on its side or upside down: the
   * middle of it is read at each other turn, and if one of those finds clear words, the whole picture is
   * read again turned that way.
   */
  async #readPicture(image: Blob, show: (fraction: number) => void, signal: AbortSignal): Promise<{ result: OcrPage; turned: boolean }> {
    const upright = await this.#ocr.read(image, show, signal);
    if (upright.reliable) return { result: upright, turned: false };
    let best: { turn: Turn; score: number } | undefined;
    for (const turn of OTHER_TURNS) {
      const { picture: middle } = await this.#pictures.prepare(image, { maxSide: OCR_MAX_SIDE, turn, crop: TURN_CHECK_SIDE });
      const check = await this.#ocr.read(middle, () => undefined, signal);
      const score = check.reliable ? check.clearWords : 0;
      if (score > (best?.score ?? 0)) best = { turn, score };
    }
    if (!best) return { result: upright, turned: false };
    const { picture: turnedImage } = await this.#pictures.prepare(image, { maxSide: OCR_MAX_SIDE, turn: best.turn });
    const turned = await this.#ocr.read(turnedImage, show, signal);
    return turned.reliable ? { result: turned, turned: true } : { result: upright, turned: false };
  }

  #section(n: number): HTMLElement | undefined {
    return this.#text.querySelector<HTMLElement>(`section[data-page="${n}"]`) ?? undefined;
  }

  #replacePage(n: number, total: number, result: OcrPage, turned: boolean): void {
    const notes: HTMLElement[] = [];
    const kept = [...(this.#section(n)?.querySelectorAll<HTMLElement>('.page-notice') ?? [])].filter((note) => note.textContent === rs('photoScaled'));
    notes.push(...kept);
    if (turned) notes.push(notice('info', rs('pictureTurned')));
    if (result.clearWords === 0) notes.push(notice('info', rs('blankPicture')));
    else if (!result.reliable) notes.push(notice('warning', rs('unreliable')));
    else {
      notes.push(notice('picture', rs('fromPicture')));
      if (result.unsureWords > 0) {
        const sample = document.createElement('mark');
        sample.className = 'unsure sample';
        sample.textContent = rs('unsureSample');
        notes.push(notice('info', `${rs('unsureWords', { n: result.unsureWords })} `, sample));
      }
    }
    // An unreliable page's guesses are not shown as text: the original is the only safe source.
    const page: PageText = { number: n, source: 'picture', blocks: result.reliable ? result.blocks : [], confidence: result.confidence };
    const section = renderPage(page, total, notes);
    markLanguage(section, true);
    section.dataset.ocr = 'done';
    section.dataset.confidence = String(Math.round(result.confidence));
    const old = this.#section(n);
    if (old) old.replaceWith(section);
    else this.#text.append(section);
    this.#observer?.observe(section);
  }

  #markCancelled(n: number, pages: readonly number[], picture: (n: number) => Promise<Blob>, signal: AbortSignal): void {
    const section = this.#section(n);
    if (!section) return;
    section.querySelectorAll('.page-notice').forEach((note) => {
      if (note.textContent === rs('ocrStarting')) note.remove();
    });
    const again = document.createElement('button');
    again.type = 'button';
    again.className = 'button';
    again.textContent = rs('ocrAgain');
    again.addEventListener('click', () => {
      const remaining = pages.filter((page) => this.#section(page)?.dataset.ocr !== 'done');
      this.#text.querySelectorAll('.ocr-again').forEach((box) => box.remove());
      void this.#readPictures(remaining, picture, signal);
    });
    const box = notice('warning', `${rs('cancelled')} `, again);
    box.classList.add('ocr-again');
    section.querySelector('.page-heading')?.after(box);
  }

  #showToolbar(total: number): void {
    this.#toolbar.hidden = false;
    this.#pageInput.max = String(total);
    this.#pageInput.value = '1';
    this.#current = 1;
    this.#updatePageLabel();
  }

  #updatePageLabel(): void {
    const total = this.#opened?.total ?? 1;
    this.#pageLabel.textContent = rs('pageOf', { n: this.#current, total });
    byId<HTMLButtonElement>('previous-page').disabled = this.#current <= 1;
    byId<HTMLButtonElement>('next-page').disabled = this.#current >= total;
  }

  /** Moves to a page: its heading takes focus (so keyboard and screen reader users are there too). */
  goToPage(n: number): void {
    const total = this.#opened?.total ?? 1;
    if (!Number.isInteger(n) || n < 1 || n > total) {
      this.#say(rs('pageOf', { n: this.#current, total }));
      return;
    }
    const heading = document.getElementById(`page-${n}`);
    if (!heading) return;
    this.#setCurrent(n);
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }

  #setCurrent(n: number): void {
    if (n === this.#current && this.#originalView.childElementCount > 0) return;
    this.#current = n;
    this.#pageInput.value = String(n);
    this.#updatePageLabel();
    this.#drawOriginal();
  }

  /**
   * The page shown in the original view follows scrolling: it stays while any of it is in the top 40% of
   * the window, then becomes the first page that is (so a page moved to with the buttons stays current).
   */
  #watchPages(): void {
    this.#observer?.disconnect();
    const visible = new Set<number>();
    this.#observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const n = Number((entry.target as HTMLElement).dataset.page);
          if (entry.isIntersecting) visible.add(n);
          else visible.delete(n);
        }
        if (visible.size > 0 && !visible.has(this.#current)) this.#setCurrent(Math.min(...visible));
      },
      { rootMargin: '0px 0px -60% 0px' },
    );
    this.#text.querySelectorAll('section.doc-page').forEach((section) => this.#observer?.observe(section));
  }

  #setZoom(step: 1 | -1): void {
    const index = ZOOMS.indexOf(this.#zoom) + step;
    const next = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, index))];
    if (next === undefined) return;
    this.#zoom = next;
    this.#zoomLabel.textContent = rs('zoomLevel', { n: next });
    this.#drawOriginal();
  }

  #drawOriginal(): void {
    const opened = this.#opened;
    if (!opened || this.#original.hidden) return;
    if (this.#viewWidth === 0) {
      this.#drawWhenSized = true;
      return;
    }
    this.#drawing.abort();
    const drawing = new AbortController();
    this.#drawing = drawing;
    const width = Math.max(200, this.#viewWidth - 4) * (this.#zoom / 100);
    const n = this.#current;
    if (opened.kind === 'picture') {
      opened.shown.style.width = `${Math.round(width)}px`;
      if (opened.shown.parentElement !== this.#originalView) this.#originalView.replaceChildren(opened.shown);
      return;
    }
    const canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', `${rs('original')}: ${rs('pageHeading', { n })}`);
    void opened.pdf
      .getPage(n)
      .then((page) => drawPage(page, canvas, width, drawing.signal))
      .then(() => {
        if (!drawing.signal.aborted) this.#originalView.replaceChildren(canvas);
      })
      .catch(() => undefined);
  }
}
