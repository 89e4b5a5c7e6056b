/**
 * "What the person sees": judges a page by its pixels, not its computed styles. Items a person can
 * see are taken from the DOM once (text runs, icons, and the visible box around each control), then
 * each state of the page (an aid off, an aid on) is screenshotted and every item's pixels are read:
 *
 * - visible: the item's area is not one flat colour (its pixels differ from the area's commonest
 *   colour, the background). Text under an opaque layer, or an icon painted in the background
 *   colour, is not visible whatever the DOM says.
 * - boundary: for a control, the nearest box around it (itself, or an ancestor holding no other
 *   control, such as a card) whose edge shows a change of colour along most of its length.
 * - painted contrast: the strongest contrast between the area's background and any pixel in it,
 *   i.e. the text's own colour as painted, anti-aliased edges aside.
 *
 * Screenshots are taken with the viewport as tall as the page, so fixed bars are where a person
 * sees them at the top of the page and every rectangle matches its pixels.
 */
import type { Page } from 'playwright';
import { contrastRatio, type Rgb } from '../../shared/a11y/contrast.js';
import { decodePng, type Pixels } from './png.js';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface MeasuredItems {
  texts: { text: string; rect: Rect | null }[];
  icons: { label: string; rect: Rect | null }[];
  /** Per control: its label and the rectangles of the boxes that may draw its boundary, innermost first. */
  controls: { label: string; chain: (Rect | null)[] }[];
}

export interface PageState {
  /** The screenshot as taken, to attach to a report. */
  png: Buffer;
  pixels: Pixels;
  items: MeasuredItems;
}

export type FindingKind = 'text-vanished' | 'icon-vanished' | 'boundary-vanished' | 'low-contrast';

export interface Finding {
  kind: FindingKind;
  what: string;
  detail?: string;
}

/** Two colours a person can tell apart: a small luminance contrast, or a clear difference of hue. */
function differs(a: Rgb, b: Rgb): boolean {
  return contrastRatio(a, b) >= 1.25 || Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b)) >= 64;
}

function pixelAt(p: Pixels, x: number, y: number): Rgb | undefined {
  if (x < 0 || y < 0 || x >= p.width || y >= p.height) return undefined;
  const i = (y * p.width + x) * 4;
  return { r: p.data[i]!, g: p.data[i + 1]!, b: p.data[i + 2]!, alpha: 1 };
}

interface AreaReading {
  background: Rgb;
  /** Pixels that differ from the background. */
  ink: number;
  /** The strongest contrast of any pixel against the background. */
  strongest: number;
}

function readArea(p: Pixels, rect: Rect): AreaReading | undefined {
  const x0 = Math.max(0, Math.round(rect.x));
  const y0 = Math.max(0, Math.round(rect.y));
  const x1 = Math.min(p.width, Math.round(rect.x + rect.width));
  const y1 = Math.min(p.height, Math.round(rect.y + rect.height));
  if (x1 - x0 < 2 || y1 - y0 < 2) return undefined;
  const counts = new Map<number, number>();
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * p.width + x) * 4;
      const key = (p.data[i]! << 16) | (p.data[i + 1]! << 8) | p.data[i + 2]!;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  let commonest = 0;
  let most = -1;
  for (const [key, n] of counts) if (n > most) [commonest, most] = [key, n];
  const background: Rgb = { r: commonest >> 16, g: (commonest >> 8) & 255, b: commonest & 255, alpha: 1 };
  let ink = 0;
  let strongest = 1;
  for (const [key, n] of counts) {
    const colour: Rgb = { r: key >> 16, g: (key >> 8) & 255, b: key & 255, alpha: 1 };
    if (differs(colour, background)) ink += n;
    strongest = Math.max(strongest, contrastRatio(colour, background));
  }
  return { background, ink, strongest };
}

/** At least this many differing pixels make an item visible: a few glyph pixels, not one stray edge. */
const MIN_INK = 4;

function visible(p: Pixels, rect: Rect | null): boolean {
  if (!rect) return false;
  const reading = readArea(p, rect);
  return reading !== undefined && reading.ink >= MIN_INK;
}

/**
 * Whether a box's edge shows: along each side, at points across its middle 80%, a strip of pixels
 * across the edge (4 out, 4 in) holds a colour that differs from the box's inside just beyond it.
 * A side shows when nearly all its points do (a border, a separator, or a fill unlike the page runs
 * its whole length; text or an icon near the edge does not); the box shows when two sides do.
 */
export function boundaryVisible(p: Pixels, rect: Rect | null): boolean {
  if (!rect || rect.width < 12 || rect.height < 12) return false;
  const { x, y, width, height } = rect;
  const side = (ex: (t: number) => number, ey: (t: number) => number, length: number, dx: number, dy: number): boolean => {
    // (dx, dy) points into the box.
    let points = 0;
    let changed = 0;
    for (let t = 0.1 * length; t <= 0.9 * length; t += 6) {
      const inside = pixelAt(p, Math.round(ex(t) + dx * 6), Math.round(ey(t) + dy * 6));
      if (!inside) continue;
      points++;
      for (let d = -4; d <= 4; d++) {
        const at = pixelAt(p, Math.round(ex(t) + dx * d), Math.round(ey(t) + dy * d));
        if (at && differs(at, inside)) {
          changed++;
          break;
        }
      }
    }
    return points > 0 && changed / points >= 0.8;
  };
  const sides = [
    side(
      (t) => x + t,
      () => y,
      width,
      0,
      1,
    ),
    side(
      (t) => x + t,
      () => y + height - 1,
      width,
      0,
      -1,
    ),
    side(
      () => x,
      (t) => y + t,
      height,
      1,
      0,
    ),
    side(
      () => x + width - 1,
      (t) => y + t,
      height,
      -1,
      0,
    ),
  ];
  return sides.filter(Boolean).length >= 2;
}

/** Finds, once, the items a person could see in the page's current state; later states measure the same elements. */
export async function collectItems(page: Page): Promise<void> {
  await page.evaluate(() => {
    const INTERACTIVE =
      'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [tabindex]:not([tabindex="-1"])';
    const ours = (el: Element): boolean => el.closest('[data-record-access-aid]') !== null;
    const shown = (el: Element): boolean => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    const texts: Text[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const el = node.parentElement;
      if (!el || !node.data.trim() || ours(el) || !shown(el) || el.closest('svg, script, style, title')) continue;
      // Visually hidden text (clipped to a 1px box) is for screen readers; its glyph boxes overlap what is shown.
      const box = el.getBoundingClientRect();
      if (box.width < 2 || box.height < 2) continue;
      texts.push(node);
    }
    const icons = [...document.querySelectorAll('svg, img, [role="img"]')].filter((el) => !ours(el) && shown(el) && !el.parentElement?.closest('svg'));
    const controls = [...document.querySelectorAll(INTERACTIVE)].filter((el) => !ours(el) && shown(el));
    // Only boxes that paint something at their edge (a border, a fill, a shadow, themselves or by a pseudo-element)
    // can have a boundary; the pixels then say whether it shows. A bare link that happens to touch a header's edge has none.
    const paintsEdge = (el: Element): boolean =>
      [getComputedStyle(el), getComputedStyle(el, '::before'), getComputedStyle(el, '::after')].some(
        (s) =>
          (['Top', 'Right', 'Bottom', 'Left'] as const).some(
            (side) =>
              parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none' && !/^(transparent|rgba\(.*, 0\))$/.test(s[`border${side}Color`]),
          ) ||
          !/^(transparent|rgba\(.*, 0\))$/.test(s.backgroundColor) ||
          s.backgroundImage !== 'none' ||
          s.boxShadow !== 'none',
      );
    const chains = controls.map((control) => {
      const chain: Element[] = [control];
      // Ancestors that hold no other control, up to three levels: the card around a card link, the wrapper of a button.
      for (let at = control.parentElement, level = 0; at && at !== document.body && level < 3; at = at.parentElement, level++) {
        if (at.querySelectorAll(INTERACTIVE).length > 1) break;
        chain.push(at);
      }
      return { control, chain: chain.filter(paintsEdge) };
    });
    (window as unknown as { __personSees: unknown }).__personSees = { texts, icons, chains };
  });
}

/** The rectangles of the collected items in the page's current state. */
async function measureItems(page: Page): Promise<MeasuredItems> {
  return page.evaluate(() => {
    const { texts, icons, chains } = (
      window as unknown as { __personSees: { texts: Text[]; icons: Element[]; chains: { control: Element; chain: Element[] }[] } }
    ).__personSees;
    const toRect = (r: DOMRect | undefined): { x: number; y: number; width: number; height: number } | null =>
      r && r.width >= 2 && r.height >= 2 ? { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height } : null;
    const elementRect = (el: Element) =>
      el.isConnected && el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? toRect(el.getBoundingClientRect()) : null;
    const labelOf = (el: Element) =>
      (el.getAttribute('aria-label') ?? el.getAttribute('alt') ?? el.textContent ?? el.getAttribute('value') ?? '').trim().replace(/\s+/g, ' ').slice(0, 50) ||
      `<${el.localName} class="${el.getAttribute('class') ?? ''}">`;
    return {
      texts: texts.map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        // The first line of the run, where its first words are.
        const first = [...range.getClientRects()].find((r) => r.width >= 4 && r.height >= 4);
        return {
          text: node.data.trim().replace(/\s+/g, ' ').slice(0, 50),
          rect: node.isConnected && node.parentElement?.checkVisibility({ opacityProperty: true, visibilityProperty: true }) ? toRect(first) : null,
        };
      }),
      icons: icons.map((el) => ({
        label:
          `${el.localName}.${(el.getAttribute('class') ?? '').split(' ').filter(Boolean).join('.')} ${labelOf(el.closest('a, button, li, p, td') ?? el)}`.slice(
            0,
            80,
          ),
        rect: elementRect(el),
      })),
      // Inline boxes (a link in a sentence) have no edge of their own: the edge strip would only cross glyphs.
      controls: chains.map(({ control, chain }) => ({
        label: `${control.localName}: ${labelOf(control)}`,
        chain: chain.map((el) => (getComputedStyle(el).display === 'inline' ? null : elementRect(el))),
      })),
    };
  });
}

/** Screenshots the page as a person sees it, with the viewport as tall as the page, and measures the items. */
export async function readState(page: Page): Promise<PageState> {
  const width = page.viewportSize()?.width ?? 1280;
  // A short viewport first, so the height read is the content's, not the window's: every state then ends where its content ends.
  await page.setViewportSize({ width, height: 200 });
  const height = await page.evaluate(() => Math.min(8000, Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)));
  await page.setViewportSize({ width, height: Math.ceil(height) });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  const items = await measureItems(page);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  return { png, pixels: decodePng(png), items };
}

interface SeenBefore {
  texts: boolean[];
  icons: boolean[];
  /** Per control: the level of the innermost box whose boundary shows, or -1. */
  boundaryLevels: number[];
}

const seenBeforeCache = new WeakMap<PageState, SeenBefore>();

/** What is visible in the "off" state, read once however many "on" states it is compared with (one per aid). */
function seenBefore(off: PageState): SeenBefore {
  let seen = seenBeforeCache.get(off);
  if (!seen) {
    seen = {
      texts: off.items.texts.map((item) => visible(off.pixels, item.rect)),
      icons: off.items.icons.map((item) => visible(off.pixels, item.rect)),
      boundaryLevels: off.items.controls.map((control) => control.chain.findIndex((rect) => boundaryVisible(off.pixels, rect))),
    };
    seenBeforeCache.set(off, seen);
  }
  return seen;
}

/**
 * What a person could see before (`off`) and can no longer see after (`on`); with `minContrast`,
 * also every visible text whose painted contrast is below it.
 */
export function compareStates(off: PageState, on: PageState, { minContrast }: { minContrast?: number } = {}): Finding[] {
  const findings: Finding[] = [];
  const seen = seenBefore(off);
  off.items.texts.forEach((before, i) => {
    const after = on.items.texts[i]!;
    if (!seen.texts[i]) return;
    if (!visible(on.pixels, after.rect)) {
      findings.push({ kind: 'text-vanished', what: before.text });
      return;
    }
    if (minContrast !== undefined) {
      const reading = readArea(on.pixels, after.rect!);
      if (reading && reading.strongest < minContrast) findings.push({ kind: 'low-contrast', what: before.text, detail: `${reading.strongest.toFixed(2)}:1` });
    }
  });
  off.items.icons.forEach((before, i) => {
    if (seen.icons[i] && !visible(on.pixels, on.items.icons[i]!.rect)) findings.push({ kind: 'icon-vanished', what: before.label });
  });
  off.items.controls.forEach((before, i) => {
    const level = seen.boundaryLevels[i]!;
    if (level < 0) return;
    const after = on.items.controls[i]!.chain[level] ?? null;
    if (!boundaryVisible(on.pixels, after))
      findings.push({ kind: 'boundary-vanished', what: before.label, detail: level === 0 ? 'its own box' : `the box ${level} level(s) around it` });
  });
  return findings;
}

/** Counts of findings by kind, for reports. */
export function tally(findings: Finding[]): Record<FindingKind, number> {
  const counts: Record<FindingKind, number> = { 'text-vanished': 0, 'icon-vanished': 0, 'boundary-vanished': 0, 'low-contrast': 0 };
  for (const f of findings) counts[f.kind]++;
  return counts;
}
