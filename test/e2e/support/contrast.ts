/** Measures, in the page, the colour of every piece of visible text against what is painted behind it. */
import type { Page } from '@playwright/test';
import { contrastRatio, flatten, parseColor, type Rgb } from '../../../shared/a11y/contrast.js';

export interface TextSample {
  text: string;
  color: string;
  /** Background layers from the element outwards, until an opaque one. */
  backgrounds: string[];
}

export async function sampleTextColours(page: Page): Promise<TextSample[]> {
  return page.evaluate(() => {
    const samples: { text: string; color: string; backgrounds: string[] }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim() ?? '';
      const el = node.parentElement;
      if (!text || !el || !el.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
      const backgrounds: string[] = [];
      for (let at: Element | null = el; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        backgrounds.push(bg);
        if (!/rgba\(.*,\s*0(\.\d+)?\)$/.test(bg) && bg !== 'transparent') break;
      }
      samples.push({ text: text.slice(0, 40), color: getComputedStyle(el).color, backgrounds });
    }
    return samples;
  });
}

/** The contrast of one sample, with translucent backgrounds laid over white (the canvas default). */
export function sampleContrast(sample: TextSample): number {
  let backdrop: Rgb = { r: 255, g: 255, b: 255, alpha: 1 };
  for (const layer of [...sample.backgrounds].reverse()) {
    const colour = parseColor(layer);
    if (colour) backdrop = flatten(colour, backdrop);
  }
  const text = parseColor(sample.color);
  if (!text) throw new Error(`Unparseable text colour ${sample.color} for "${sample.text}"`);
  return contrastRatio(flatten(text, backdrop), backdrop);
}
