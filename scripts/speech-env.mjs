// Real voices in headless Chromium (see TOOLCHAIN notes in CONTRIBUTING.md): Chromium talks to
// speech-dispatcher, which reads with espeak-ng. With no sound card, utterances start but never end
// unless speech-dispatcher plays to ALSA's null device, set here in a private config folder.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SYSTEM_CONFIG = '/etc/speech-dispatcher/speechd.conf';

/** The folders made here (a daemon's socket, config and log, about 2.5 MB): removed when this process exits. */
/** @type {string[]} */
const made = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/**
 * @param {string} prefix
 * @returns {string} a new folder in the system's temporary folder
 */
function tempFolder(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Creates an XDG_CONFIG_HOME whose speech-dispatcher config plays to the null device.
 * @returns {string} the folder, for the browser's XDG_CONFIG_HOME
 * @throws {Error} saying what to install when speech-dispatcher is missing
 */
function speechConfigHome() {
  if (!existsSync(SYSTEM_CONFIG)) {
    throw new Error(
      'Real-voice tests need speech-dispatcher and espeak-ng. On Debian or Ubuntu:\n' +
        '  sudo apt-get install speech-dispatcher speech-dispatcher-espeak-ng espeak-ng',
    );
  }
  const home = tempFolder('rak-speech-');
  mkdirSync(join(home, 'speech-dispatcher'));
  mkdirSync(join(home, 'log'));
  // Its log goes in the folder too, not into ~/.cache, where every start added about 1.3 MB for good.
  const config = `${readFileSync(SYSTEM_CONFIG, 'utf8')}\nAudioOutputMethod "alsa"\nAudioALSADevice "null"\nLogDir "${join(home, 'log')}"\n`;
  writeFileSync(join(home, 'speech-dispatcher', 'speechd.conf'), config);
  return home;
}

/**
 * The environment variables for a browser that reads aloud with real voices: the config above, and a private
 * runtime folder, which gives that browser its own speech-dispatcher (socket and daemon), started on first
 * use and gone 5 s after the browser. Browsers that share one daemon can connect to it as it shuts down after
 * the last browser left, and then list no voice at all (seen in the e2e tier: a test waited 30 s for one).
 * @returns {{ XDG_CONFIG_HOME: string; XDG_RUNTIME_DIR: string }}
 */
export function speechEnv() {
  return { XDG_CONFIG_HOME: speechConfigHome(), XDG_RUNTIME_DIR: tempFolder('rak-speech-run-') };
}

/**
 * Chromium launch options that read aloud with real voices: `options`, plus the flag that connects the Web Speech
 * API to speech-dispatcher and the environment from speechEnv(). Every real-voice Chromium launch goes through
 * here, so the flag never comes without its environment (without it, utterances start and never end).
 * @template {{ args?: string[] }} T
 * @param {T} options
 * @returns {T & { args: string[]; env: Record<string, string> }}
 */
export function withRealVoices(options) {
  const env = /** @type {Record<string, string>} */ ({ ...process.env, ...speechEnv() });
  return { ...options, args: [...(options.args ?? []), '--enable-speech-dispatcher'], env };
}
