/**
 * Listen's speech code (sentence splitting, the text map, the speech engine and the browser's synthesiser),
 * kept out of the guide's main file: the element imports this module only when someone first presses
 * Listen, so the many patients who never do are not sent it.
 */
import { ReadAloud, type ReadAloudOptions } from '../../shared/speech/read-aloud.js';
import { WebSpeechSynthesizer, type Synthesizer } from '../../shared/speech/synthesizer.js';

/** A reader for `options`, with the browser's own synthesiser unless one is given (tests give a fake one). */
export function createStepReader(options: Omit<ReadAloudOptions, 'synthesizer'> & { synthesizer: Synthesizer | undefined }): ReadAloud {
  return new ReadAloud({ ...options, synthesizer: options.synthesizer ?? new WebSpeechSynthesizer() });
}
