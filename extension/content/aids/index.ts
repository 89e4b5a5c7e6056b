import type { Aid } from '../aid-runner.js';
import { highContrast } from './high-contrast.js';

/** Every content aid, in the order they are started. */
export const AIDS: readonly Aid[] = [highContrast];
