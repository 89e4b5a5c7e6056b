/** Styles inside the aid's shadow root. rem follows the page's root size, so the text-size aid and zoom enlarge it too. */
export const TERMS_UI_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.landmark { font: 1rem/1.5 system-ui, sans-serif; color: #0b0c0c; }
.toggle, .panel, .popover { pointer-events: auto; }
button {
  font: inherit; font-weight: 600; color: #ffffff; background: #1d4f91; border: 2px solid #0b0c0c;
  border-radius: 0.25rem; padding: 0.375rem 0.75rem; min-height: 2.75rem; min-width: 2.75rem; cursor: pointer;
}
button:hover { background: #15396a; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; box-shadow: 0 0 0 6px #0b0c0c; }
.toggle { position: fixed; right: 0.5rem; bottom: 0.5rem; max-width: calc(100vw - 1rem); }
.panel, .popover {
  position: fixed; background: #ffffff; color: #0b0c0c; border: 2px solid #0b0c0c; border-radius: 0.25rem;
  box-shadow: 0 0.25rem 1rem rgba(0, 0, 0, 0.35); overflow: auto; overscroll-behavior: contain;
}
.panel { right: 0.5rem; bottom: 3.75rem; width: min(26rem, calc(100vw - 1rem)); max-height: calc(100vh - 5rem); padding: 0.75rem; }
.panel[hidden], .popover[hidden] { display: none; }
.popover { width: min(22rem, calc(100vw - 1rem)); max-height: min(24rem, calc(100vh - 1rem)); padding: 0.75rem; }
.header { display: flex; align-items: flex-start; justify-content: space-between; gap: 0.5rem; }
h2, h3, .term { margin: 0; font-size: 1.125rem; line-height: 1.3; overflow-wrap: anywhere; }
h3 { font-size: 1rem; }
p, ul { margin: 0.375rem 0 0; overflow-wrap: anywhere; }
ul.terms { list-style: none; padding: 0; }
ul.terms > li { border-top: 1px solid #505a5f; padding: 0.5rem 0; }
.other-meanings { padding-left: 1.25rem; }
.advice { font-weight: 600; }
.meta, .hint { color: #3b4145; font-size: 0.875rem; }
.close { font-size: 0.875rem; }
@media (forced-colors: active) {
  .landmark, .panel, .popover { background: Canvas; color: CanvasText; border-color: CanvasText; }
  button { background: ButtonFace; color: ButtonText; border-color: ButtonText; }
  .meta, .hint { color: CanvasText; }
  :focus-visible { outline-color: Highlight; box-shadow: none; }
}
`;

/**
 * The page-side style of the found terms. A dotted underline in the text's own colour stays visible
 * on any background, under the colour themes and under forced colours (where it is drawn in the
 * forced text colour); the faint tint is dropped under forced colours, where it would be overridden.
 */
export const TERM_HIGHLIGHT_CSS = `
::highlight(record-access-terms) {
  text-decoration-line: underline;
  text-decoration-style: dotted;
  text-decoration-thickness: max(2px, 0.1em);
  text-decoration-color: currentColor;
  text-underline-offset: 0.2em;
  background-color: rgba(255, 191, 71, 0.22);
}
::highlight(record-access-terms-current) {
  background-color: #ffbf47;
  color: #0b0c0c;
  text-decoration-line: underline;
  text-decoration-thickness: 3px;
}
@media (forced-colors: active) {
  ::highlight(record-access-terms) { background-color: transparent; text-decoration-color: CanvasText; }
  ::highlight(record-access-terms-current) { background-color: Highlight; color: HighlightText; }
}`;
