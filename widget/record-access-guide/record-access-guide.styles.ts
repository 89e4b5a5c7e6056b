import { css } from 'lit';

/**
 * Default look: the NHS.UK design system's colours, type scale and form patterns. Contrast on white:
 * text #212b32 14.4:1, hints #4c6272 6.4:1, links #005eb8 6.4:1, errors #d5281b 5.1:1, button text on
 * #007f3b 5.1:1. Everything a practice may restyle is a custom property or a part.
 *
 * Page styles: the host element inherits whatever the page sets on it (a page's `* { … !important }`
 * reaches it), so `.base`, inside the shadow root where no page rule reaches, sets every inherited text
 * property again and the guide inherits from there. Sizes stay in rem, following the reader's default.
 * (No comments inside the css`` below: they would ship in the bundle.)
 */
export const recordAccessGuideStyles = css`
  :host {
    --record-access-guide-font-family: Frutiger W01, Arial, Helvetica, sans-serif;
    --record-access-guide-text-color: #212b32;
    --record-access-guide-secondary-text-color: #4c6272;
    --record-access-guide-background: #ffffff;
    --record-access-guide-accent-color: #005eb8;
    --record-access-guide-button-color: #007f3b;
    --record-access-guide-button-text-color: #ffffff;
    --record-access-guide-error-color: #d5281b;
    --record-access-guide-focus-color: #ffeb3b;
    --record-access-guide-quick-exit-color: #d5281b;
    --record-access-guide-quick-exit-text-color: #ffffff;
    display: block;
    box-sizing: border-box;
    max-width: 40rem;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  .base {
    border-inline-start: 0.5rem solid var(--record-access-guide-accent-color);
    padding: 1rem 1.25rem;
    color: var(--record-access-guide-text-color);
    background: var(--record-access-guide-background);
    font: 400 1.1875rem/1.5 var(--record-access-guide-font-family);
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    overflow-wrap: anywhere;
    writing-mode: horizontal-tb;
    pointer-events: auto;
    -webkit-text-fill-color: currentcolor;
  }
  h2 {
    font-size: 1.75rem;
    line-height: 1.25;
    margin: 0 0 1rem;
    overflow-wrap: break-word;
  }
  h3 {
    font-size: 1.3125rem;
    line-height: 1.3;
    margin: 1.5rem 0 0.75rem;
  }
  h2:focus,
  .error-summary:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--record-access-guide-text-color);
    outline-offset: 4px;
  }
  p,
  .list,
  dl {
    margin: 0 0 1rem;
    overflow-wrap: break-word;
  }
  .list,
  .checklist {
    padding-inline-start: 1.5rem;
  }
  .list li,
  .checklist > li {
    margin-bottom: 0.5rem;
  }
  .checklist > li {
    padding-inline-start: 0.25rem;
  }
  a {
    color: var(--record-access-guide-accent-color);
    overflow-wrap: anywhere;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: 0 !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    border: 0 !important;
    white-space: nowrap !important;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.75rem;
    margin-bottom: 1rem;
  }
  .caption {
    color: var(--record-access-guide-secondary-text-color);
    margin-bottom: 0.25rem;
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .button {
    display: inline-block;
    margin: 0.5rem 0 1rem;
    padding: 0.75rem 1rem;
    border: 2px solid transparent;
    border-radius: 4px;
    box-shadow: 0 4px 0 #00401e;
    background: var(--record-access-guide-button-color);
    color: var(--record-access-guide-button-text-color);
    font-weight: 600;
    line-height: 1.3;
  }
  .quick-exit {
    padding: 0.5rem 0.75rem;
    border: 2px solid transparent;
    border-radius: 4px;
    background: var(--record-access-guide-quick-exit-color);
    color: var(--record-access-guide-quick-exit-text-color);
    font-weight: 600;
  }
  .back,
  .listen-button,
  .link-button,
  .language-button {
    padding: 0;
    border: 0;
    background: none;
    color: var(--record-access-guide-accent-color);
    text-decoration: underline;
    text-align: start;
  }
  /* The chevron is drawn, not a character, so Back is read as "Back". */
  .back::before {
    content: '';
    display: inline-block;
    width: 0.4em;
    height: 0.4em;
    margin-inline-end: 0.35em;
    border-block-end: 2px solid currentColor;
    border-inline-start: 2px solid currentColor;
    transform: translateY(-0.1em) rotate(45deg);
  }
  .base[dir='rtl'] .back::before {
    transform: translateY(-0.1em) rotate(-135deg);
  }
  /* Focus: the NHS.UK yellow with a dark underline; the transparent outline shows in forced colours. */
  button:focus-visible,
  a:focus-visible,
  summary:focus-visible {
    outline: 3px solid transparent;
    outline-offset: 0;
    background: var(--record-access-guide-focus-color);
    color: var(--record-access-guide-text-color);
    box-shadow: 0 -2px var(--record-access-guide-focus-color), 0 4px var(--record-access-guide-text-color);
    text-decoration: none;
  }
  .button:focus-visible,
  .quick-exit:focus-visible {
    box-shadow: 0 4px 0 var(--record-access-guide-text-color);
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    max-width: 100%;
    white-space: normal;
  }
  .legend-question {
    font-size: 1.3125rem;
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .hint {
    color: var(--record-access-guide-secondary-text-color);
    margin-bottom: 1rem;
  }
  .form-group {
    margin-bottom: 1rem;
  }
  .form-group--error {
    border-inline-start: 4px solid var(--record-access-guide-error-color);
    padding-inline-start: 1rem;
  }
  .error-message {
    color: var(--record-access-guide-error-color);
    font-weight: 600;
    margin-bottom: 0.75rem;
  }
  .error-summary {
    border: 4px solid var(--record-access-guide-error-color);
    padding: 1rem;
    margin-bottom: 1.5rem;
  }
  .error-summary h2 {
    font-size: 1.5rem;
  }
  .error-summary ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .error-summary a {
    color: var(--record-access-guide-error-color);
    font-weight: 600;
  }
  details {
    margin: 0 0 1rem;
  }
  summary {
    display: list-item;
    cursor: pointer;
    color: var(--record-access-guide-accent-color);
    text-decoration: underline;
    margin-bottom: 0.5rem;
  }
  .inset {
    border-inline-start: 6px solid #d8dde0;
    padding-inline-start: 0.75rem;
  }
  /* Radios and checkboxes at least 40px, as on NHS.UK. */
  .choice {
    display: grid;
    grid-template-columns: calc(max(40px, 2.5rem) + 0.75rem) minmax(0, 1fr);
    align-items: start;
    margin-bottom: 0.75rem;
    overflow-wrap: break-word;
  }
  .choice input {
    width: max(40px, 2.5rem);
    height: max(40px, 2.5rem);
    margin: 0;
    accent-color: var(--record-access-guide-text-color);
  }
  .choice input:focus-visible {
    outline: 4px solid var(--record-access-guide-text-color);
    outline-offset: 2px;
    box-shadow: 0 0 0 10px var(--record-access-guide-focus-color);
  }
  .choice label {
    padding-top: 0.5rem;
    cursor: pointer;
  }
  .choice-hint {
    grid-column: 2;
    margin: 0.25rem 0 0;
  }
  .record-part {
    border-top: 1px solid #d8dde0;
    padding-top: 0.75rem;
  }
  dt {
    font-weight: 700;
  }
  dd {
    margin: 0;
  }
  .example {
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid #d8dde0;
  }
  .example-label {
    font-weight: 600;
  }
  /* A short form in an example: an inline disclosure button that reads as part of the sentence. */
  .term {
    display: inline;
    padding: 0;
    border: 0;
    background: none;
    color: var(--record-access-guide-accent-color);
    font-weight: 600;
    text-decoration: underline dotted;
    text-decoration-thickness: max(2px, 0.1em);
    text-underline-offset: 0.2em;
  }
  .term[aria-expanded='true'] {
    text-decoration-style: solid;
  }
  .term-note {
    margin: 0.25rem 0 0.5rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 4px solid var(--record-access-guide-accent-color);
  }
  .term-source {
    display: block;
    color: var(--record-access-guide-secondary-text-color);
  }
  .summary-list {
    margin-bottom: 1.5rem;
  }
  .summary-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1.5fr) auto;
    gap: 0.5rem 1rem;
    padding: 0.75rem 0;
    border-bottom: 1px solid #d8dde0;
  }
  .summary-action {
    text-align: end;
  }
  .stop {
    margin-top: 1rem;
  }
  .language-switch {
    margin: -0.5rem 0 1rem;
    text-align: end;
  }
  .notice {
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--record-access-guide-accent-color);
    background: #f0f4f5;
  }
  .checklist-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem 1rem;
    margin: 1.5rem 0 1rem;
  }
  .checklist-actions .hint {
    flex-basis: 100%;
    margin: 0;
  }
  .secondary-button {
    max-width: 100%;
    overflow-wrap: anywhere;
    padding: 0.625rem 1rem;
    border: 2px solid var(--record-access-guide-accent-color);
    border-radius: 4px;
    background: var(--record-access-guide-background);
    color: var(--record-access-guide-accent-color);
    font-weight: 600;
    line-height: 1.3;
  }
  .secondary-button:focus-visible {
    border-color: var(--record-access-guide-text-color);
    box-shadow: 0 4px 0 var(--record-access-guide-text-color);
  }
  @media (max-width: 40em) {
    .base {
      font-size: 1rem;
    }
    h2 {
      font-size: 1.5rem;
    }
    .summary-row {
      grid-template-columns: minmax(0, 1fr);
    }
    .summary-action {
      text-align: start;
    }
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
    .button,
    .quick-exit {
      border-color: ButtonText;
    }
    .secondary-button {
      border-color: ButtonText;
    }
    .form-group--error,
    .error-summary,
    .notice,
    .example,
    .term-note {
      border-color: CanvasText;
    }
    button:focus-visible,
    a:focus-visible {
      outline-color: Highlight;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    .button {
      transition: background-color 0.1s ease-in;
    }
  }
`;
