/**
 * The NHS.UK identity colours both products start from (nhsuk-frontend's palette), with their contrast
 * on white. The extension's popup and options page use it; the widget still declares the same values in
 * its own styles and can import this instead.
 */
export const NHS_PALETTE = {
  /** Body text, 14.4:1 on white. */
  text: '#212b32',
  /** Hints and secondary text, 6.4:1 on white. */
  secondaryText: '#4c6272',
  white: '#ffffff',
  /** NHS blue: links and buttons, 6.4:1 on white. */
  blue: '#005eb8',
  /** Errors, 5.1:1 on white. */
  red: '#d5281b',
  /** The focus highlight, always paired with dark text. */
  yellow: '#ffeb3b',
} as const;
