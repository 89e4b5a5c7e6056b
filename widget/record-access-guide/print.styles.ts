import { css } from 'lit';

/**
 * Printing (the next-steps page above all): only what the patient needs on paper. No buttons, large
 * black text on white, the practice's details, and every web link followed by its address, since paper
 * cannot be clicked. Lives in the shadow root: a host page's print styles cannot reach in here.
 */
export const printStyles = css`
  .print-only {
    display: none;
  }
  @media print {
    :host {
      max-width: none;
      color: #000000;
      background: #ffffff;
      font-size: 14pt;
      line-height: 1.45;
    }
    .toolbar,
    .caption,
    .language-switch,
    .listen,
    .stop,
    .start-again,
    .checklist-actions,
    .button,
    .notice,
    .visually-hidden {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .base {
      border: 0;
      padding: 0;
    }
    h2 {
      font-size: 22pt;
    }
    h3,
    .print-practice {
      font-size: 17pt;
      font-weight: 700;
    }
    .caption,
    .hint,
    a {
      color: #000000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
    }
    .checklist > li {
      break-inside: avoid;
      margin-bottom: 0.75rem;
    }
    h2,
    h3 {
      break-after: avoid;
    }
  }
`;
