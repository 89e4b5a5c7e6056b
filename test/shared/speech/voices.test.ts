import { expect } from '@open-wc/testing';
import { chooseVoice, waitForVoices } from '../../../shared/speech/voices.js';
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
