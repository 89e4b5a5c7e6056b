/**
 * One-shot picking of a point on the page, for "read from here" and "read this table": the next click
 * picks, and does nothing else (a link clicked to pick is not followed); Esc cancels. Aborting
 * `signal` ends picking and removes every listener and style it added.
 */
import { installPageStyle } from '../page-style.js';

export interface PickedPoint {
  /** The DOM position under the pointer, as a caret would be placed there. */
  node: Node;
  offset: number;
  target: Element;
}

/** The text position at a point on the page: caretPositionFromPoint where it exists, else caretRangeFromPoint (older Chromium). */
export function caretAt(x: number, y: number): { node: Node; offset: number } | undefined {
  if (typeof document.caretPositionFromPoint === 'function') {
    const position = document.caretPositionFromPoint(x, y);
    return position ? { node: position.offsetNode, offset: position.offset } : undefined;
  }
  const range = document.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/**
 * Waits for a click on the page. `accept` may turn a click down (it returns false), e.g. one outside
 * any table; picking then goes on. `ignore` says which elements' clicks are not picks (the control bar).
 */
export function pickPoint(options: {
  signal: AbortSignal;
  ignore: (target: Element) => boolean;
  accept: (point: PickedPoint) => boolean;
  onCancel: () => void;
}): void {
  const { signal } = options;
  if (signal.aborted) return;
  installPageStyle('read-aloud', ':root, :root * { cursor: crosshair !important; }', signal);
  const listen = { capture: true, signal };
  const onClick = (event: MouseEvent): void => {
    const target = event.target instanceof Element ? event.target : null;
    if (!target || options.ignore(target)) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    const caret = caretAt(event.clientX, event.clientY);
    const point = caret ? { ...caret, target } : { node: target, offset: 0, target };
    options.accept(point);
  };
  window.addEventListener('click', onClick, listen);
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      event.stopImmediatePropagation();
      options.onCancel();
    },
    listen,
  );
}
