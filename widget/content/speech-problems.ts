import type { SpeechProblem } from '../../shared/speech/events.js';
import type { ContentKey } from './en-GB.js';

/** The guide's words for each speech problem the shared read-aloud engine reports (shared/ has codes, not words). */
export const SPEECH_PROBLEM_TEXT: Readonly<Record<SpeechProblem, ContentKey>> = {
  'no-voice': 'listenProblemNoVoice',
  'not-allowed': 'listenProblemNotAllowed',
  'synthesis-failed': 'listenProblemSynthesisFailed',
};
