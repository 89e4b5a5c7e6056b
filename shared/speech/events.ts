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

/**
 * What went wrong, as a code: shared/ holds no words for people, so each product turns the code into its
 * own localised text (the extension through messages.json, the widget through its locale files).
 */
export type SpeechProblem =
  /** No voice on this device for the language (only local voices are used). */
  | 'no-voice'
  /** The browser refused to speak, usually because no click or key press started it. */
  | 'not-allowed'
  /** The engine failed on a unit (it was skipped), or kept stalling. */
  | 'synthesis-failed';

export const SPEECH_PROBLEMS: readonly SpeechProblem[] = ['no-voice', 'not-allowed', 'synthesis-failed'];

/** Something went wrong: `problem` says what, `lang` is the language being read (the one a voice was wanted for). */
export class SpeechProblemEvent extends Event {
  static readonly type = 'speech-problem';
  constructor(
    readonly problem: SpeechProblem,
    readonly lang: string,
  ) {
    super(SpeechProblemEvent.type);
  }
}
