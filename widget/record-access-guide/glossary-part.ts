/**
 * The guide's glossary as its own file (see term-links.ts): the terms of its record examples and the matcher,
 * fetched only when a step with record examples is near.
 */
import { compileGlossary, type CompiledGlossary } from '../../shared/glossary/matcher.js';
import { WIDGET_GLOSSARY } from '../content/glossary-terms.js';

export const compileWidgetGlossary = (): CompiledGlossary => compileGlossary(WIDGET_GLOSSARY);
