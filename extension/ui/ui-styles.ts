import { css } from 'lit';

/**
 * Look shared by the popup and options page: NHS.UK text colours (14.4:1 on white), large targets,
 * a focus ring that shows on any background, and system colours in forced-colours mode.
 */
export const uiStyles = css`
  :host {
    --rak-text: #212b32;
    --rak-secondary-text: #4c6272;
    --rak-background: #ffffff;
    --rak-accent: #005eb8;
    --rak-error: #d5281b;
    --rak-focus: #ffeb3b;
    display: block;
    color: var(--rak-text);
    background: var(--rak-background);
    font: 1rem/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --rak-text: #f0f4f5;
      --rak-secondary-text: #d8dde0;
      --rak-background: #1d2328;
      --rak-accent: #8ec5ff;
      --rak-error: #ffb4ab;
    }
  }
  h1 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0 0 0.75rem;
  }
  p {
    margin: 0 0 0.75rem;
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
    color: #ffffff;
    background: var(--rak-accent);
    border: 2px solid transparent;
    border-radius: 4px;
    cursor: pointer;
  }
  @media (prefers-color-scheme: dark) {
    button {
      color: #1d2328;
    }
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
    button {
      border-color: ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
