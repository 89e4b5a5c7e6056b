import { expect } from '@open-wc/testing';
import { seededRandom } from '../../support/index.js';
import { GLOSSARY, compileGlossary, type GlossaryMatch } from '../../../shared/glossary/index.js';

const glossary = compileGlossary(GLOSSARY);

/** The matched text and entry of each match, the shape most tests compare. */
function found(text: string): string[] {
  return glossary.scan(text).map((match) => `${match.matchedText}=${match.entryId}`);
}

describe('glossary matcher', () => {
  describe('case rules', () => {
    it('matches exact-case abbreviations only in their own case', () => {
      expect(found('Diagnosed with MS in 2019.')).to.deep.equal(['MS=ms']);
      expect(found('Response time 5 ms.')).to.deep.equal([]);
      expect(found('Known AF, on a DOAC.')).to.deep.equal(['AF=af', 'DOAC=doac']);
      expect(found('an af of this')).to.deep.equal([]);
      expect(found('CP since Tuesday')).to.deep.equal(['CP=cp']);
      expect(found('cp this file')).to.deep.equal([]);
      expect(found('Mg 0.8, then 500 mg')).to.deep.equal(['mg=mg']);
    });

    it('matches any-case entries in any case', () => {
      expect(found('BD, bd, Bd')).to.deep.equal(['BD=bd', 'bd=bd', 'Bd=bd']);
      expect(found('TDS and tds')).to.deep.equal(['TDS=tds', 'tds=tds']);
    });

    it('treats OD by its listed spellings only, and never inside words', () => {
      expect(found('Omeprazole 20mg OD')).to.deep.equal(['mg=mg', 'OD=od']);
      expect(found('1 tab od')).to.deep.equal(['tab=tab', 'od=od']);
      expect(found('Od and food and good')).to.deep.equal([]);
    });
  });

  describe('word boundaries', () => {
    it('does not match inside words', () => {
      expect(found('items, forms, Bristol, tablets, mobile, Hbx')).to.deep.equal([]);
    });

    it('matches next to punctuation, with ampersands and slashes inside terms', () => {
      expect(found('BP: 128/76')).to.deep.equal(['BP=bp']);
      expect(found('(U&E) [FBC] "TSH" ‘ECG’ BP,LFT;TFT.')).to.deep.equal(['U&E=u-and-e', 'FBC=fbc', 'TSH=tsh', 'ECG=ecg', 'BP=bp', 'LFT=lft', 'TFT=tft']);
      expect(found('c/o cough, C/O fever, O/E chest clear, r/v and f/u')).to.deep.equal([
        'c/o=complains-of',
        'C/O=complains-of',
        'O/E=on-examination',
        'r/v=review',
        'f/u=follow-up',
      ]);
    });

    it('finds terms at the start and end of the text and across lines', () => {
      expect(found('SOB')).to.deep.equal(['SOB=sob']);
      expect(found('SOB\nNAD\r\nBP\tHR')).to.deep.equal(['SOB=sob', 'NAD=nad', 'BP=bp', 'HR=heart-rate']);
    });

    it('reads letters, digits and marks of any script as part of a word', () => {
      expect(found('éBP BPé 血压BP BP\u0301')).to.deep.equal([]);
      expect(found('😀BP BP😀 «HbA1c» BP\u00a0130')).to.deep.equal(['BP=bp', 'BP=bp', 'HbA1c=hba1c', 'BP=bp']);
      expect(found('Ελλάδα: INR 2.5')).to.deep.equal(['INR=inr']);
    });

    it('lets units follow a number directly, but nothing else', () => {
      expect(found('500mg, 5ml, 130/80mmHg, 72bpm, 1000IU')).to.deep.equal(['mg=mg', 'ml=ml', 'mmHg=mmhg', 'bpm=bpm', 'IU=iu']);
      expect(found('5BP 2MS')).to.deep.equal([]);
    });
  });

  describe('forms', () => {
    it('finds dotted prescription abbreviations', () => {
      expect(found('1 tab b.d. and 2 t.d.s., o.d. or q.d.s then p.r.n.')).to.deep.equal([
        'tab=tab',
        'b.d.=bd',
        't.d.s.=tds',
        'o.d.=od',
        'q.d.s=qds',
        'p.r.n.=prn',
      ]);
      expect(found('Take one B.D. a.c. and p.c.')).to.deep.equal(['B.D.=bd', 'a.c.=before-food', 'p.c.=after-food']);
    });

    it('keeps a sentence-ending full stop out of an undotted term', () => {
      const [match] = glossary.scan('Continue ramipril od.');
      expect(match?.matchedText).to.equal('od');
    });

    it('finds simple plurals', () => {
      expect(found('U&Es, ECGs, UTIs, LFTs and two MIs')).to.deep.equal(['U&Es=u-and-e', 'ECGs=ecg', 'UTIs=uti', 'LFTs=lft', 'MIs=mi']);
    });

    it('prefers the longest term at a position', () => {
      expect(found('HbA1c 52, Hb 121')).to.deep.equal(['HbA1c=hba1c', 'Hb=hb']);
      expect(found('24hr ECG booked; 24 hour ECG normal; ECG normal')).to.deep.equal(['24hr ECG=holter', '24 hour ECG=holter', 'ECG=ecg']);
      expect(found('SOBOE and SOB')).to.deep.equal(['SOBOE=soboe', 'SOB=sob']);
      expect(found('CKD3a, CKD 3a')).to.deep.equal(['CKD3a=ckd', 'CKD=ckd']);
    });

    it('finds signs written with plus and minus', () => {
      expect(found('HIV +ve, COVID -ve')).to.deep.equal(['HIV=hiv', '+ve=positive', '-ve=negative']);
    });
  });

  describe('counts of time', () => {
    it('finds days, weeks, months and weeks of pregnancy, including ranges', () => {
      expect(found('r/v 2/52, abx 5/7, FBC in 3/12, 30/40 pregnant, 1-2/52, 2–3/7')).to.deep.equal([
        'r/v=review',
        '2/52=count-weeks',
        'abx=abx',
        '5/7=count-days',
        'FBC=fbc',
        '3/12=count-months',
        '30/40=count-weeks-pregnant',
        '1-2/52=count-weeks',
        '2–3/7=count-days',
      ]);
    });

    it('leaves dates, blood pressures, decimals, scores and 24/7 alone', () => {
      expect(found('seen 3/12/2023 and 12/3/12; 140/90; 0.5/7; 120/52; x2/52; open 24/7')).to.deep.equal([]);
    });
  });

  describe('ambiguous spellings', () => {
    it('matches MS in "MS Word" too: the entry is marked ambiguous, so the reader is told to check', () => {
      const [match] = glossary.scan('Letter typed in MS Word');
      expect(match?.entryId).to.equal('ms');
      expect(glossary.entryById('ms')?.advice).to.match(/practice/);
    });

    it('skips everyday words in capitals inside a shouted line, but not abbreviations', () => {
      expect(found('HEARING AIDS, LOW SALT DIET, FIT NOTE ISSUED, PLEASE POP IN')).to.deep.equal([]);
      expect(found('HIV/AIDS. Referred to SALT. FIT 112. Started POP. Treated for CAP')).to.deep.equal([
        'HIV=hiv',
        'AIDS=aids',
        'SALT=salt',
        'FIT=fit',
        'POP=pop',
        'CAP=cap-pneumonia',
      ]);
      expect(found('HISTORY OF COPD AND AF')).to.deep.equal(['COPD=copd', 'AF=af']);
      expect(found('FIT\nNOTE')).to.deep.equal(['FIT=fit']);
    });

    it('tells calcium or cancer "Ca" apart from circa "ca."', () => {
      expect(found('Ca 2.41, ca. 3 years ago')).to.deep.equal(['Ca=ca-calcium-or-cancer']);
    });
  });

  it('never returns overlapping matches, and each match is the text it covers', () => {
    const text =
      'Pt c/o SOBOE 2/52. PMH: T2DM, HTN, AF. O/E HS I+II+0, chest clear. BP 150/92mmHg. Ix FBC, U&E, LFT, TFT, HbA1c. Rx amlodipine 5mg od. r/v 4/52.';
    const matches = glossary.scan(text);
    expect(matches.length).to.be.greaterThan(15);
    let previousEnd = 0;
    for (const match of matches) {
      expect(match.start).to.be.at.least(previousEnd);
      expect(text.slice(match.start, match.end)).to.equal(match.matchedText);
      previousEnd = match.end;
    }
  });

  describe('scanning in slices', () => {
    const pieces = [
      'HbA1c',
      'Hb',
      'U&Es',
      'c/o',
      'b.d.',
      't.d.s',
      '2/52',
      '1-2/52',
      '3/12/2023',
      'SOBOE',
      'items',
      'MS',
      'ms',
      '500mg',
      '24hr ECG',
      'é',
      '😀',
      '\n',
      ' ',
      ' ',
      ', ',
      '. ',
      'food',
      'CKD3a',
      '+ve',
      'NAD',
    ];

    function randomRecord(random: () => number, length: number): string {
      const parts: string[] = [];
      for (let i = 0; i < length; i++) parts.push(pieces[Math.floor(random() * pieces.length)] ?? ' ');
      return parts.join('');
    }

    it('finishes a match that runs past the end of a slice and resumes after it', () => {
      const text = 'Result: HbA1c 48';
      const first = glossary.scanRange(text, { from: 0, to: 10 });
      expect(first.matches.map((match: GlossaryMatch) => match.matchedText)).to.deep.equal(['HbA1c']);
      expect(first.resumeAt).to.equal(13);
      expect(glossary.scanRange(text, { from: first.resumeAt, to: text.length }).matches).to.deep.equal([]);
    });

    it('does not start a match inside a word when a slice starts mid-word', () => {
      expect(glossary.scanRange('items', { from: 3, to: 5 }).matches).to.deep.equal([]);
      expect(glossary.scanRange('xHbA1c', { from: 1, to: 6 }).matches).to.deep.equal([]);
    });

    it('gives exactly the one-pass matches for random texts and random slice lengths', () => {
      const random = seededRandom(20261121);
      for (let round = 0; round < 200; round++) {
        const text = randomRecord(random, 40 + Math.floor(random() * 200));
        const whole = glossary.scan(text);
        const sliceLength = 1 + Math.floor(random() * 40);
        const sliced = [...glossary.scanInSlices(text, sliceLength)].flatMap((result) => result.matches);
        expect(sliced, `round ${round}, slices of ${sliceLength}: ${JSON.stringify(text)}`).to.deep.equal(whole);
      }
    });

    it('gives the one-pass matches when a caller picks its own uneven slice ends', () => {
      const random = seededRandom(7);
      const text = randomRecord(random, 3000);
      const whole = glossary.scan(text);
      const sliced: GlossaryMatch[] = [];
      for (let from = 0; from < text.length;) {
        const result = glossary.scanRange(text, { from, to: from + 1 + Math.floor(random() * 97) });
        sliced.push(...result.matches);
        from = result.resumeAt;
      }
      expect(whole.length).to.be.greaterThan(100);
      expect(sliced).to.deep.equal(whole);
    });
  });
});
