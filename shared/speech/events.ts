import type { TextUnit } from './text-units.js';

export type SpeechState = 'idle' | 'loading' | 'playing' | 'paused';

/** A unit (sentence, or part of a long one) has started to be spoken. */
export class SpeechUnitEvent extends Event {
  static readonly type = 'speech-unit';
  constructor(readonly unit: TextUnit) {
    super(SpeechUnitEvent.type);
  }
}

/** A word has started to be spoken, for engines that send word boundaries. Offsets are in the whole text. */
export class SpeechWordEvent extends Event {
  static readonly type = 'speech-word';
  constructor(
    readonly start: number,
    readonly end: number,
  ) {
    super(SpeechWordEvent.type);
  }
}

export class SpeechStateEvent extends Event {
  static readonly type = 'speech-state';
  constructor(readonly state: SpeechState) {
    super(SpeechStateEvent.type);
  }
}

/** The last unit has been spoken. */
export class SpeechFinishedEvent extends Event {
  static readonly type = 'speech-finished';
  constructor() {
    super(SpeechFinishedEvent.type);
  }
}

export type SpeechProblem =
  /** No voice on this device for the language (only local voices are used). */
  | 'no-voice'
  /** The browser refused to speak, usually because no click or key press started it. */
  | 'not-allowed'
  /** The engine failed on a unit (it was skipped), or kept stalling. */
  | 'synthesis-failed';

/** Something went wrong; `message` is plain English that can be shown or announced as it is. */
export class SpeechProblemEvent extends Event {
  static readonly type = 'speech-problem';
  constructor(
    readonly problem: SpeechProblem,
    readonly message: string,
  ) {
    super(SpeechProblemEvent.type);
  }
}

export const PROBLEM_MESSAGES: Record<SpeechProblem, string> = {
  'no-voice':
    'Read aloud needs a voice installed on this device, and none was found. You can add one in your computer or phone settings, under speech or text to speech.',
  'not-allowed': 'The browser did not allow reading aloud. Press the play button to start.',
  'synthesis-failed': 'The voice could not read part of the text, so it was skipped.',
};
