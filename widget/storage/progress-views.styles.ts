import { css } from 'lit';

/** The saved-progress notice and line. Borders, not colour alone, mark the notice (forced colours keep them). */
export const progressViewStyles = css`
  .storage-notice {
    margin-bottom: 1.5rem;
    padding: 0.75rem 1rem;
    border: 3px solid var(--record-access-guide-accent-color);
  }
  .storage-notice p {
    margin: 0;
  }
  .storage-notice:focus {
    outline: 3px solid transparent;
    box-shadow: 0 0 0 4px var(--record-access-guide-focus-color);
  }
  .saved-line {
    margin-top: 2rem;
    padding-top: 1rem;
    border-top: 1px solid var(--record-access-guide-secondary-text-color);
    color: var(--record-access-guide-secondary-text-color);
    font-size: 1rem;
  }
  .saved-line p {
    margin: 0 0 0.5rem;
  }
`;
