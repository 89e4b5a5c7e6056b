import { expect } from '@open-wc/testing';
import { chooseVoice, isOnDevice, waitForVoices } from '../../../shared/speech/voices.js';
import type { VoiceInfo } from '../../../shared/speech/synthesizer.js';
import { AMERICAN, BRITISH, CLOUD_BRITISH, FakeSynthesizer } from './fake-synthesizer.js';

describe('choosing a voice', () => {
  it('prefers a local voice for the exact language, then the same base language', () => {
    expect(chooseVoice([AMERICAN, BRITISH], 'en-GB')).to.equal(BRITISH);
    expect(chooseVoice([AMERICAN], 'en-GB')).to.equal(AMERICAN);
    expect(chooseVoice([AMERICAN, BRITISH], 'en_GB')).to.equal(BRITISH);
  });

  it('never picks a network voice, even for the right language', () => {
    expect(chooseVoice([CLOUD_BRITISH, AMERICAN], 'en-GB')).to.equal(AMERICAN);
    expect(chooseVoice([CLOUD_BRITISH], 'en-GB')).to.equal(undefined);
  });

  it('keeps the person’s chosen voice while it is installed and local', () => {
    expect(chooseVoice([BRITISH, AMERICAN], 'en-GB', 'American')).to.equal(AMERICAN);
    expect(chooseVoice([BRITISH, CLOUD_BRITISH], 'en-GB', 'Cloud British')).to.equal(BRITISH);
    expect(chooseVoice([BRITISH], 'en-GB', 'Uninstalled')).to.equal(BRITISH);
  });

  // What Firefox ESR 153 on Linux lists (speech-dispatcher with espeak-ng): every voice localService false.
  const SPEECHD_BRITISH: VoiceInfo = {
    name: 'English (Great Britain) espeak-ng',
    lang: 'en-GB',
    localService: false,
    default: false,
    voiceURI: 'urn:moz-tts:speechd:English%20(Great%20Britain)?en-GB',
  };
  // What Chrome lists for its network voices: localService false, and a URI that is only the name.
  const GOOGLE_BRITISH: VoiceInfo = {
    name: 'Google UK English Female',
    lang: 'en-GB',
    localService: false,
    default: false,
    voiceURI: 'Google UK English Female',
  };

  it('finds Firefox’s speech-dispatcher voices, which run on the device though reported as not local', () => {
    expect(isOnDevice(SPEECHD_BRITISH)).to.equal(true);
    expect(chooseVoice([GOOGLE_BRITISH, SPEECHD_BRITISH], 'en-GB')).to.equal(SPEECHD_BRITISH);
    expect(chooseVoice([SPEECHD_BRITISH], 'en-GB', 'English (Great Britain) espeak-ng')).to.equal(SPEECHD_BRITISH);
  });

  it('still never picks a network voice, whatever its URI looks like', () => {
    expect(isOnDevice(GOOGLE_BRITISH)).to.equal(false);
    expect(isOnDevice({ ...GOOGLE_BRITISH, voiceURI: 'https://tts.example/urn:moz-tts:speechd:x' })).to.equal(false);
    expect(isOnDevice({ ...GOOGLE_BRITISH, voiceURI: undefined })).to.equal(false);
    expect(chooseVoice([GOOGLE_BRITISH], 'en-GB')).to.equal(undefined);
  });

  it('has no voice for a language with no local voice', () => {
    expect(chooseVoice([BRITISH, AMERICAN], 'cy')).to.equal(undefined);
  });

  it('waits for voices that load late, and gives up after the timeout', async () => {
    const synth = new FakeSynthesizer([]);
    const waiting = waitForVoices(synth, 1000);
    synth.setVoices([BRITISH]);
    expect(await waitForVoices(synth, 10)).to.deep.equal([BRITISH]);
    expect(await waiting).to.deep.equal([BRITISH]);
    expect(await waitForVoices(new FakeSynthesizer([]), 10)).to.deep.equal([]);
  });
});
