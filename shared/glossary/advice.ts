/*
 * Record Access Kit medical glossary. Glossary data licence: CC BY 4.0 (see LICENSE in this folder).
 */

/** Shown with every term whose letters can mean more than one thing in a record. */
export const CHECK_WITH_PRACTICE = 'These letters can mean different things. If you are not sure which one the record means, ask the GP practice.';
