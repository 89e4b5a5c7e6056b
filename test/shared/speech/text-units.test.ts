import { expect } from '@open-wc/testing';
import { TextUnits } from '../../../shared/speech/text-units.js';

function all(units: TextUnits): string[] {
  const out: string[] = [];
  for (let u = units.first(); u; u = units.after(u)) out.push(u.text);
  return out;
}

describe('TextUnits', () => {
  it('splits sentences and keeps exact offsets into the text', () => {
    const text = 'Your blood test is normal.  No action is needed! Any questions?\nCall us.';
    const units = new TextUnits(text);
    expect(all(units)).to.deep.equal(['Your blood test is normal.', 'No action is needed!', 'Any questions?', 'Call us.']);
    for (let u = units.first(); u; u = units.after(u)) expect(text.slice(u.start, u.end)).to.equal(u.text);
  });

  it('does not split after titles and mid-sentence abbreviations, from either direction', () => {
    const text = 'Seen by Dr. Patel and Mrs. Smith on Monday. Results due in 2 weeks, e.g. Friday. Take one b.d. with food.';
    const units = new TextUnits(text);
    expect(all(units)).to.deep.equal(['Seen by Dr. Patel and Mrs. Smith on Monday.', 'Results due in 2 weeks, e.g. Friday.', 'Take one b.d. with food.']);
    expect(units.at(text.indexOf('Smith'))?.text).to.equal('Seen by Dr. Patel and Mrs. Smith on Monday.');
    expect(units.before(units.at(text.indexOf('Results'))!)?.start).to.equal(0);
    // A sentence that really ends in a capitalised word is still a sentence end.
    expect(all(new TextUnits('Ask for Dr. Patel. Then wait.'))).to.deep.equal(['Ask for Dr. Patel.', 'Then wait.']);
  });

  it('treats a heading on its own line as its own unit', () => {
    expect(all(new TextUnits('Test results\nYour cholesterol is a little high.'))).to.deep.equal(['Test results', 'Your cholesterol is a little high.']);
  });

  it('finds the unit at any offset, and the next one from white space', () => {
    const text = 'One two. Three four.';
    const units = new TextUnits(text);
    expect(units.at(0)?.text).to.equal('One two.');
    expect(units.at(7)?.text).to.equal('One two.');
    expect(units.at(8)?.text).to.equal('Three four.');
    expect(units.at(14)?.text).to.equal('Three four.');
    expect(units.at(text.length)).to.equal(undefined);
    expect(new TextUnits('   ').first()).to.equal(undefined);
    expect(new TextUnits('').first()).to.equal(undefined);
  });

  it('steps back to the previous unit', () => {
    const units = new TextUnits('First.   Second.  Third.');
    const third = units.at(20)!;
    expect(units.before(third)?.text).to.equal('Second.');
    expect(units.before(units.before(third)!)?.text).to.equal('First.');
    expect(units.before(units.first()!)).to.equal(undefined);
  });

  it('cuts long sentences at clause breaks, then spaces, never losing text', () => {
    const clause = 'the nurse will check your blood pressure and weight';
    const long = `At your review, ${clause}, ${clause}; ${clause}: ${clause}, ${clause} and then you can go home.`;
    const units = new TextUnits(long, 'en-GB', 80);
    const parts = all(units);
    expect(parts.length).to.be.greaterThan(2);
    for (const p of parts) expect(p.length).to.be.at.most(80);
    expect(parts.join(' ').replace(/\s+/g, ' ')).to.equal(long);
    expect(parts[0]?.endsWith(',')).to.equal(true);

    const noBreaks = 'word '.repeat(100).trim() + '.';
    for (const p of all(new TextUnits(noBreaks, 'en-GB', 60))) expect(p.length).to.be.at.most(60);
    const unbroken = 'x'.repeat(150);
    expect(all(new TextUnits(unbroken, 'en-GB', 60)).join('')).to.equal(unbroken);
  });

  it('finds the unit in the middle of a 1 MB text without segmenting what comes before', () => {
    const text = 'Your potassium level is within the normal range. '.repeat(21_000);
    const units = new TextUnits(text);
    const middle = units.at(text.length / 2);
    expect(middle?.text).to.equal('Your potassium level is within the normal range.');
    expect(text.slice(middle!.start, middle!.end)).to.equal(middle!.text);
  });
});
