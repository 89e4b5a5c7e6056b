/**
 * Listen's speech code (sentence splitting, the text map, the speech engine and the browser's synthesiser),
 * kept out of the guide's main file: the element imports this module only when someone first presses
 * Listen, so the many patients who never do are not sent it.
 */
import { SpeechFinishedEvent, SpeechProblemEvent, SpeechStateEvent, type SpeechProblem } from '../../shared/speech/events.js';
import { ReadAloud, type ReadAloudOptions } from '../../shared/speech/read-aloud.js';
import { WebSpeechSynthesizer, type Synthesizer } from '../../shared/speech/synthesizer.js';

/** What the element hears from a reading: the events are wired here, so their code stays in this file. */
export interface StepReaderListener {
  /** Reading or paused (true), or idle (false). */
  onActive(active: boolean): void;
  onProblem(problem: SpeechProblem): void;
  onFinished(): void;
}

/** A reader for `options`, with the browser's own synthesiser unless one is given (tests give a fake one). */
export function createStepReader(options: Omit<ReadAloudOptions, 'synthesizer'> & { synthesizer: Synthesizer | undefined }, listener: StepReaderListener): ReadAloud {
  const reader = new ReadAloud({ ...options, synthesizer: options.synthesizer ?? new WebSpeechSynthesizer() });
  reader.engine.addEventListener(SpeechStateEvent.type, () => listener.onActive(reader.engine.state !== 'idle'));
  reader.engine.addEventListener(SpeechProblemEvent.type, (event) => listener.onProblem((event as SpeechProblemEvent).problem));
  reader.engine.addEventListener(SpeechFinishedEvent.type, () => listener.onFinished());
  return reader;
}
