/**
 * Driving a mounted guide in component tests as a person would with a mouse: its step heading, its buttons by
 * their visible name, choosing an answer and pressing Continue, and where keyboard focus really is.
 */
import type { RecordAccessGuide } from '../../../widget/record-access-guide/record-access-guide.js';

/** The guide's shadow root, where everything it shows lives. */
export const guideRoot = (el: RecordAccessGuide): ShadowRoot => el.shadowRoot as ShadowRoot;

/** The current step's heading, as shown. */
export const stepHeading = (el: RecordAccessGuide): string => guideRoot(el).querySelector('#step-heading')?.textContent?.trim() ?? '';

/** The focused element, through open shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The guide's button whose visible text is `name`; throws naming the step when there is none. */
export function buttonNamed(el: RecordAccessGuide, name: string): HTMLButtonElement {
  const button = [...guideRoot(el).querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!button) throw new Error(`no "${name}" button on "${stepHeading(el)}"`);
  return button;
}

/** Clicks the button named `name` and waits for the guide to render. */
export async function pressButton(el: RecordAccessGuide, name: string): Promise<void> {
  buttonNamed(el, name).click();
  await el.updateComplete;
}

/** Chooses the option whose value is `value`, then presses Continue. */
export async function chooseAndContinue(el: RecordAccessGuide, value: string): Promise<void> {
  guideRoot(el).querySelector<HTMLInputElement>(`input[value="${value}"]`)?.click();
  await pressButton(el, 'Continue');
}
