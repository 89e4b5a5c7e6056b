/**
 * The guide's components one by one, as docs/accessibility-criteria.md lists them: the error summary
 * of every required question, check your answers, the checklist, the Listen button and quick exit;
 * then reduced motion. (Reflow at 320 px with text at 200% is checked on the axe walk, widget-axe.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { QUESTIONS } from '../../widget/journey/journey.js';
import type { StepId } from '../../widget/journey/types.js';
import { focusStop } from './support/focus.js';
import { expectScreen, KeyboardWalk } from './support/guide.js';
import { journeyPaths, pathsCoveringEveryStep, type JourneyPath } from './support/journey-paths.js';
import { applyLocale, LOCALES } from './support/locales.js';
import { forgetSavedAnswersOnLoad, act, guide, openDisclosures } from './support/screens.js';

test.beforeEach(({ page }) => forgetSavedAnswersOnLoad(page));

const paths = journeyPaths();

/** The shortest path through `step`, and how many of its actions lead up to that step's screen. */
function pathTo(step: StepId): { path: JourneyPath; before: number } {
  const path = [...paths].filter((p) => p.states.some((s) => s.current === step)).sort((a, b) => a.actions.length - b.actions.length)[0];
  if (!path) throw new Error(`no path shows ${step}`);
  return { path, before: path.states.findIndex((s) => s.current === step) + 1 };
}

async function openAt(page: Page, step: StepId, locale: (typeof LOCALES)[number]): Promise<JourneyPath> {
  const { path, before } = pathTo(step);
  await page.goto('/');
  await applyLocale(page, locale);
  await act(page, ...path.actions.slice(0, before));
  await expectScreen(page, path.states[before - 1]!);
  return path;
}

const requiredQuestions = (Object.entries(QUESTIONS) as [StepId, NonNullable<(typeof QUESTIONS)[StepId]>][]).filter(([, q]) => q.required);

for (const locale of LOCALES) {
  test.describe(`guide components (${locale})`, () => {
    for (const [step, question] of requiredQuestions) {
      test(`RAG-E-01 RAG-E-02 RAG-E-03 RAG-E-04 error summary on "${step}": takes focus, its link focuses the field, the message is tied to the field, nothing is lost`, async ({
        page,
      }) => {
        await openAt(page, step, locale);
        const walk = new KeyboardWalk(page);
        await walk.tabTo(step, 'the main button', (s) => s.tag === 'button' && s.type === 'submit');
        await page.keyboard.press('Enter');
        const summary = guide(page).locator('#error-summary');
        await expect(summary).toBeVisible();
        expect((await focusStop(page))?.id, 'the error summary has focus').toBe('error-summary');
        await expect(summary).toHaveAttribute('role', 'alert');
        // The summary's link, by keyboard, moves focus to the first option of the question.
        const link = await walk.press('Tab', `${step} error`);
        expect(link?.tag).toBe('a');
        await page.keyboard.press('Enter');
        const field = await focusStop(page);
        expect(field?.name, 'focus is on the question’s first option').toBe(question.field);
        expect(field?.value).toBe(question.options({ services: ['record', 'appointments', 'prescriptions'] })[0]);
        // The inline message is part of the fieldset's description, and says the same as the summary.
        const fieldset = guide(page).locator('fieldset');
        await expect(fieldset).toHaveAttribute('aria-describedby', new RegExp(`\\b${step}-error\\b`));
        const inline = ((await guide(page).locator(`#${step}-error`).textContent()) ?? '').trim();
        expect(inline).toContain(link?.text ?? '(no link)');
        // Nothing is lost: choosing now and continuing works, and the error is gone.
        await page.keyboard.press('Space');
        await walk.tabTo(step, 'the main button', (s) => s.tag === 'button' && s.type === 'submit');
        await page.keyboard.press('Enter');
        await expect(summary).toHaveCount(0);
        expect((await focusStop(page))?.id).toBe('step-heading');
        expect(walk.failures).toEqual([]);
      });
    }

    test('RAG-C-01 check your answers: every Change button has its own accessible name saying which answer it changes', async ({ page }) => {
      const path = paths[0]!;
      const toCheck = path.states.findIndex((s) => s.current === 'check') + 1;
      await page.goto('/');
      await applyLocale(page, locale);
      await act(page, ...path.actions.slice(0, toCheck));
      const changes = guide(page).locator('[data-change]');
      const count = await changes.count();
      expect(count).toBeGreaterThanOrEqual(4);
      const names = new Set<string>();
      for (let i = 0; i < count; i += 1) {
        const button = changes.nth(i);
        // What a sighted person reads: the text without the visually hidden part.
        const visible = await button.evaluate((b) => {
          const copy = b.cloneNode(true) as HTMLElement;
          for (const hidden of copy.querySelectorAll('.visually-hidden')) hidden.remove();
          return copy.textContent?.replace(/\s+/g, ' ').trim() ?? '';
        });
        const name = await button.evaluate((b) => b.textContent?.replace(/\s+/g, ' ').trim() ?? '');
        expect(name.length, `"${name}" says more than "${visible}"`).toBeGreaterThan(visible.length);
        names.add(name);
      }
      expect(names.size, 'names are unique').toBe(count);
      // The answers are a description list, so each answer is read with its question.
      expect(await guide(page).locator('dl dt').count()).toBe(count);
    });

    test('RAG-N-01 the checklist is an ordered list under the step heading', async ({ page }) => {
      const path = paths[0]!;
      await page.goto('/');
      await applyLocale(page, locale);
      await act(page, ...path.actions);
      await expectScreen(page, path.states.at(-1)!);
      const checklist = guide(page).locator('[part="checklist"]');
      expect(await checklist.evaluate((list) => list.tagName)).toBe('OL');
      expect(await checklist.locator(':scope > li').count()).toBeGreaterThan(2);
    });

    test('RAG-L-01 RAG-X-01 on every screen the Listen and quick-exit buttons are reachable just before the step, and nothing speaks by itself', async ({
      page,
    }) => {
      await page.addInitScript(() => {
        // Records any speech the page starts, so "never speaks unasked" can be checked.
        const spoken: string[] = [];
        Object.assign(window, { spoken });
        const original = speechSynthesis.speak.bind(speechSynthesis);
        speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => {
          spoken.push(utterance.text);
          original(utterance);
        };
      });
      for (const path of pathsCoveringEveryStep(paths)) {
        await page.goto('/');
        await applyLocale(page, locale);
        for (let index = 0; index < path.actions.length; index += 1) {
          await act(page, path.actions[index]!);
          const left = path.end === 'left' && index === path.actions.length - 1;
          await expectScreen(page, path.states[index]!, left ? 'left' : 'screen');
          if (left) continue;
          // From the heading, Shift+Tab meets Listen, the language switch, then quick exit (described by its hint).
          const walk = new KeyboardWalk(page);
          const listen = await walk.press('Shift+Tab', path.states[index]!.current);
          expect(listen?.className, `Listen before the step on ${path.states[index]!.current}`).toContain('listen-button');
          const language = await walk.press('Shift+Tab', path.states[index]!.current);
          expect(language?.className, `the language switch before Listen on ${path.states[index]!.current}`).toContain('language-button');
          const exit = await walk.press('Shift+Tab', path.states[index]!.current);
          expect(exit?.className).toContain('quick-exit');
          await expect(guide(page).locator('.quick-exit')).toHaveAttribute('aria-describedby', 'quick-exit-hint');
          expect(walk.failures).toEqual([]);
          await guide(page).locator('#step-heading').focus();
        }
      }
      expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);
    });
  });
}

/** Animations and transitions running anywhere in the document or the guide's shadow root. */
function motion(page: Page): Promise<{ running: string[]; timed: string[] }> {
  return page.evaluate(() => {
    const host = document.querySelector('record-access-guide');
    const roots: (Document | ShadowRoot)[] = [document, ...(host?.shadowRoot ? [host.shadowRoot] : [])];
    const running = roots.flatMap((root) =>
      root
        .getAnimations()
        .filter((a) => a.playState === 'running')
        .map((a) => String((a as CSSTransition).transitionProperty ?? (a as CSSAnimation).animationName ?? a.id)),
    );
    const timed: string[] = [];
    for (const root of roots) {
      for (const el of root.querySelectorAll('*')) {
        const cs = getComputedStyle(el);
        const durations = [...cs.transitionDuration.split(','), ...cs.animationDuration.split(',')].map((d) => parseFloat(d));
        if (durations.some((d) => d > 0))
          timed.push(`${el.tagName.toLowerCase()}.${el.className}: transition ${cs.transitionDuration}, animation ${cs.animationDuration}`);
      }
    }
    return { running, timed };
  });
}

/** Hovers, focuses and presses through a path's screens, returning what moved or could move. */
async function motionAlongPath(page: Page, path: JourneyPath): Promise<string[]> {
  const found: string[] = [];
  await page.goto('/');
  for (const action of path.actions) {
    // Interact the way that starts transitions: hover and focus the main button, then act.
    const button = guide(page).locator('form button[type="submit"]');
    if (await button.count()) {
      await button.hover();
      await button.focus();
    }
    await openDisclosures(page);
    const now = await motion(page);
    found.push(...now.running.map((r) => `running: ${r}`), ...now.timed);
    await act(page, action);
  }
  return [...new Set(found)];
}

test('RAG-Q-07 with reduced motion asked for, nothing in the guide animates or has a transition', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const path = pathsCoveringEveryStep(paths)[0]!;
  expect(await motionAlongPath(page, path)).toEqual([]);
});

test('RAG-Q-07 (control) without reduced motion, the main button does have its transition, so the check above can fail', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const path = pathsCoveringEveryStep(paths)[0]!;
  expect((await motionAlongPath(page, path)).join('\n')).toMatch(/button\.button: transition 0\.1s/);
});
