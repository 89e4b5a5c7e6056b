export { SpeechEngine, clampRate, type SpeechEngineOptions } from './engine.js';
export * from './events.js';
export { WebSpeechSynthesizer, type Synthesizer, type UtteranceCallbacks, type UtteranceRequest, type VoiceInfo } from './synthesizer.js';
export { TextUnits, type TextUnit } from './text-units.js';
export { chooseVoice, isOnDevice, waitForVoices } from './voices.js';
export { DEFAULT_HIGHLIGHT, ReadAloud, readingHighlightCss, type PreparedText, type ReadAloudOptions } from './read-aloud.js';
