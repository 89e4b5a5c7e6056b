// Real voices in headless Chromium (see TOOLCHAIN notes in CONTRIBUTING.md): Chromium talks to
// speech-dispatcher, which reads with espeak-ng. With no sound card, utterances start but never end
// unless speech-dispatcher plays to ALSA's null device, set here in a private config folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_CONFIG = '/etc/speech-dispatcher/speechd.conf';

/**
 * Creates an XDG_CONFIG_HOME whose speech-dispatcher config plays to the null device.
 * @returns {string} the folder, for the browser's XDG_CONFIG_HOME
 * @throws {Error} saying what to install when speech-dispatcher is missing
 */
export function speechConfigHome() {
  if (!existsSync(SYSTEM_CONFIG)) {
    throw new Error(
      'Real-voice tests need speech-dispatcher and espeak-ng. On Debian or Ubuntu:\n' +
        '  sudo apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng',
    );
  }
  const home = mkdtempSync(join(tmpdir(), 'rak-speech-'));
  mkdirSync(join(home, 'speech-dispatcher'));
  const config = `${readFileSync(SYSTEM_CONFIG, 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\n`;
  writeFileSync(join(home, 'speech-dispatcher', 'speechd.conf'), config);
  return home;
}

/** Chromium flag that connects the Web Speech API to speech-dispatcher. */
export const SPEECH_ARGS = ['--enable-speech-dispatcher'];
