import { css } from 'lit';

/**
 * Default look: the NHS.UK design system's colours and type scale. Text #212b32 on white is 14.4:1.
 * Everything a practice may restyle is a custom property or a part.
 */
export const recordAccessGuideStyles = css`
  :host {
    --record-access-guide-font-family: Frutiger W01, Arial, Helvetica, sans-serif;
    --record-access-guide-text-color: #212b32;
    --record-access-guide-background: #ffffff;
    --record-access-guide-accent-color: #005eb8;
    display: block;
    box-sizing: border-box;
    max-width: 40rem;
    color: var(--record-access-guide-text-color);
    background: var(--record-access-guide-background);
    font-family: var(--record-access-guide-font-family);
    font-size: 1.1875rem;
    line-height: 1.5;
    /* Isolate from host-page inheritance that would change our layout. */
    text-align: start;
    letter-spacing: normal;
    word-spacing: normal;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    border-inline-start: 0.5rem solid var(--record-access-guide-accent-color);
    padding: 1rem 1.25rem;
  }
  h2 {
    font-size: 1.75rem;
    line-height: 1.25;
    margin: 0 0 1rem;
    overflow-wrap: break-word;
  }
  h2:focus {
    outline: none;
  }
  h2:focus-visible {
    outline: 3px solid var(--record-access-guide-text-color);
    outline-offset: 4px;
  }
  p {
    margin: 0 0 1rem;
    overflow-wrap: break-word;
  }
  p:last-child {
    margin-bottom: 0;
  }
  @media (max-width: 40em) {
    :host {
      font-size: 1rem;
    }
    h2 {
      font-size: 1.5rem;
    }
  }
  @media (forced-colors: active) {
    .base {
      border-inline-start-color: CanvasText;
    }
  }
`;
