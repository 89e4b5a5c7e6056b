/**
 * What has keyboard focus (looking through open shadow roots), and whether its focus indicator can be
 * seen: WCAG 2.2 SC 2.4.7 (visible) with SC 1.4.11's 3:1 for the indicator against what is beside it.
 */
import type { Page } from '@playwright/test';
import { contrastRatio, flatten, parseColor, type Rgb } from '../../../shared/a11y/contrast.js';

/** The look of an element's possible focus indicators, as getComputedStyle reports them. */
export interface IndicatorStyle {
  outlineStyle: string;
  outlineWidth: string;
  outlineColor: string;
  boxShadow: string;
  backgroundColor: string;
}

export interface FocusStop {
  tag: string;
  id: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  className: string;
  /** The element's text, spaces collapsed. */
  text: string;
  /** data-change on a check-your-answers Change button. */
  change: string;
  /** A short selector-like name for messages: tag#id.classes. */
  label: string;
  focused: IndicatorStyle;
  /** The same element's look without focus (an unfocused twin inserted beside it for a moment). */
  unfocused: IndicatorStyle;
  /** Background layers behind the element, innermost first, until an opaque one (crossing shadow hosts). */
  behind: string[];
}

/** The deepest focused element and its indicator, measured in the page. */
export function focusStop(page: Page): Promise<FocusStop | null> {
  return page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return null;
    const el = active as HTMLElement;
    const look = (target: Element) => {
      const cs = getComputedStyle(target);
      return {
        outlineStyle: cs.outlineStyle,
        outlineWidth: cs.outlineWidth,
        outlineColor: cs.outlineColor,
        boxShadow: cs.boxShadow,
        backgroundColor: cs.backgroundColor,
      };
    };
    const focused = look(el);
    // An unfocused copy in the same place gets the same rules except :focus ones. Without name and id, a
    // copied radio cannot uncheck its group, and nothing can point at it.
    const twin = el.cloneNode(true) as HTMLElement;
    twin.removeAttribute('id');
    twin.removeAttribute('name');
    twin.setAttribute('aria-hidden', 'true');
    el.after(twin);
    const unfocused = look(twin);
    twin.remove();
    const behind: string[] = [];
    let at: Element | null = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
    while (at) {
      const bg = getComputedStyle(at).backgroundColor;
      behind.push(bg);
      if (!/rgba\(.*,\s*0(\.\d+)?\)$/.test(bg) && bg !== 'transparent') break;
      at = at.parentElement ?? ((at.getRootNode() as ShadowRoot | Document) instanceof ShadowRoot ? (at.getRootNode() as ShadowRoot).host : null);
    }
    const input = el as HTMLInputElement;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      type: input.type ?? '',
      name: input.name ?? '',
      value: input.value ?? '',
      checked: Boolean(input.checked),
      className: typeof el.className === 'string' ? el.className : '',
      text: el.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      change: el.dataset.change ?? '',
      label: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${typeof el.className === 'string' && el.className ? `.${el.className.split(/\s+/).join('.')}` : ''}`,
      focused,
      unfocused,
      behind,
    };
  });
}

const WHITE: Rgb = { r: 255, g: 255, b: 255, alpha: 1 };

/** The opaque colour behind the element: its ancestors' backgrounds laid over the white canvas. */
export function backdropOf(stop: Pick<FocusStop, 'behind'>): Rgb {
  let backdrop = WHITE;
  for (const layer of [...stop.behind].reverse()) {
    const colour = parseColor(layer);
    if (colour) backdrop = flatten(colour, backdrop);
  }
  return backdrop;
}

function shadowColours(boxShadow: string): Rgb[] {
  if (boxShadow === 'none') return [];
  return (boxShadow.match(/rgba?\([^)]*\)/g) ?? []).map((c) => parseColor(c)).filter((c): c is Rgb => c !== undefined && c.alpha > 0);
}

export interface IndicatorVerdict {
  /** The best contrast of anything focus changed, against what is beside it; 0 when focus changed nothing visible. */
  contrast: number;
  /** Which part gives that contrast. */
  part: 'outline' | 'box-shadow' | 'background' | 'none';
}

/**
 * The strongest visible change focus makes: a new or changed outline or box shadow (against the
 * backdrop), or a changed background (against the backdrop and against the unfocused background,
 * whichever is higher: either can be the "adjacent colour" a person sees change).
 */
export function judgeIndicator(stop: FocusStop): IndicatorVerdict {
  const backdrop = backdropOf(stop);
  const { focused, unfocused } = stop;
  let best: IndicatorVerdict = { contrast: 0, part: 'none' };
  const consider = (contrast: number, part: IndicatorVerdict['part']) => {
    if (contrast > best.contrast) best = { contrast, part };
  };
  const outlineChanged =
    focused.outlineStyle !== 'none' &&
    parseFloat(focused.outlineWidth) >= 1 &&
    (unfocused.outlineStyle === 'none' || focused.outlineColor !== unfocused.outlineColor || focused.outlineWidth !== unfocused.outlineWidth);
  const outline = parseColor(focused.outlineColor);
  if (outlineChanged && outline && outline.alpha > 0) consider(contrastRatio(flatten(outline, backdrop), backdrop), 'outline');
  if (focused.boxShadow !== unfocused.boxShadow) {
    for (const colour of shadowColours(focused.boxShadow)) consider(contrastRatio(flatten(colour, backdrop), backdrop), 'box-shadow');
  }
  const before = parseColor(unfocused.backgroundColor);
  const after = parseColor(focused.backgroundColor);
  if (after && before && focused.backgroundColor !== unfocused.backgroundColor) {
    const afterFlat = flatten(after, backdrop);
    consider(Math.max(contrastRatio(afterFlat, backdrop), contrastRatio(afterFlat, flatten(before, backdrop))), 'background');
  }
  return best;
}
