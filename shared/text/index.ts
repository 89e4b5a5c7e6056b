export { TextMap, isHiddenElement, type TextMapOptions } from './text-map.js';
export { findMainContent } from './main-content.js';
export { TableText } from './table-text.js';
