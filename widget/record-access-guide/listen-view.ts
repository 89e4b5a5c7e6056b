/**
 * The Listen button and, when Listen failed, the reason on screen right under it: the live region tells
 * screen-reader users once, but a sighted patient who pressed Listen and heard nothing must see why.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { TextLookup } from '../content/text.js';
import type { ListenController } from './listen-controller.js';

export const LISTEN_MESSAGE_ID = 'listen-message';

export function renderListen(t: TextLookup, listen: ListenController): TemplateResult {
  const { problem } = listen;
  // The message is not a live region itself: the guide's status region already says it once.
  return html`<p class="listen">
      <button type="button" class="listen-button" part="listen" aria-describedby=${problem ? LISTEN_MESSAGE_ID : nothing} @click=${() => listen.toggle()}>
        ${t(listen.reading ? 'listenStop' : 'listen')}
      </button>
    </p>
    ${problem ? html`<p class="notice listen-message" id=${LISTEN_MESSAGE_ID} part="listen-message">${t(problem)}</p>` : nothing}`;
}

/**
 * Brings a new message fully on screen (the least scrolling that does it) if the patient can still see the
 * button they pressed; if they have scrolled away, the page stays where they put it.
 */
export function revealListenMessage(root: Node): void {
  const shadow = root.getRootNode();
  if (!(shadow instanceof ShadowRoot)) return;
  const button = shadow.querySelector('[part="listen"]');
  const message = shadow.getElementById(LISTEN_MESSAGE_ID);
  if (!button || !message) return;
  const { top, bottom } = button.getBoundingClientRect();
  if (bottom > 0 && top < window.innerHeight) message.scrollIntoView({ block: 'nearest' });
}
