import { css, unsafeCSS } from 'lit';
import { NHS_PALETTE } from '../../shared/nhs/palette.js';

const nhs = (colour: keyof typeof NHS_PALETTE) => unsafeCSS(NHS_PALETTE[colour]);

/**
 * Look shared by the popup and options page: NHS.UK text colours (14.4:1 on white), large targets,
 * a focus ring that shows on any background, and system colours in forced-colours mode.
 * The --rak-ui-* properties come from the user's own aids (apply-ui-aids.ts) and win when set.
 */
export const uiStyles = css`
  :host {
    --rak-text: var(--rak-ui-text, ${nhs('text')});
    --rak-secondary-text: var(--rak-ui-secondary-text, ${nhs('secondaryText')});
    --rak-background: var(--rak-ui-background, ${nhs('white')});
    --rak-accent: var(--rak-ui-accent, ${nhs('blue')});
    --rak-on-accent: var(--rak-ui-on-accent, ${nhs('white')});
    --rak-error: var(--rak-ui-error, ${nhs('red')});
    --rak-focus: ${nhs('yellow')};
    display: block;
    color: var(--rak-text);
    background: var(--rak-background);
    font-size: 1rem;
    line-height: var(--rak-ui-line-height, 1.5);
    font-family: var(--rak-ui-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --rak-text: var(--rak-ui-text, #f0f4f5);
      --rak-secondary-text: var(--rak-ui-secondary-text, #d8dde0);
      --rak-background: var(--rak-ui-background, #1d2328);
      --rak-accent: var(--rak-ui-accent, #8ec5ff);
      --rak-on-accent: var(--rak-ui-on-accent, #1d2328);
      --rak-error: var(--rak-ui-error, #ffb4ab);
    }
  }
  h1 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  h2 {
    font-size: 1.125rem;
    line-height: 1.3;
    margin: 1.5rem 0 0.5rem;
  }
  p {
    margin: 0 0 0.75rem;
  }
  a {
    color: var(--rak-accent);
  }
  .hint {
    color: var(--rak-secondary-text);
    font-size: 0.9375rem;
  }
  button {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    padding: 0.5rem 1rem;
    color: var(--rak-on-accent);
    background: var(--rak-accent);
    border: 2px solid transparent;
    border-radius: 4px;
    cursor: pointer;
  }
  select,
  input[type='file'] {
    font: inherit;
    min-height: 2.75rem;
    color: var(--rak-text);
    background: var(--rak-background);
    border: 2px solid var(--rak-text);
    border-radius: 4px;
    padding: 0.25rem 0.5rem;
    box-sizing: border-box;
    max-width: 100%;
  }
  /* One control with its label and hint beside it: the popup and the options page lay settings out alike. */
  .setting {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0 0.75rem;
    align-items: start;
    margin-bottom: 0.5rem;
  }
  :focus-visible {
    outline: 3px solid var(--rak-text);
    outline-offset: 3px;
    box-shadow: 0 0 0 3px var(--rak-focus);
  }
  .error {
    color: var(--rak-error);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    button,
    select {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
