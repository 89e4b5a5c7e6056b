import { expect } from '@open-wc/testing';
import { registrationSteps, type RegisteredScript, type Registration, type RegistrationStep } from '../../../extension/background/registration-plan.js';

const main = (matches: string[]): Registration => ({ id: 'main', js: ['content.js'], matches, runAt: 'document_start', persistAcrossSessions: true });
const paint = (matches: string[], excludeMatches: string[] = []): Registration => ({
  id: 'paint',
  css: ['first-paint/dark.css'],
  matches,
  excludeMatches,
  runAt: 'document_start',
  persistAcrossSessions: true,
});

/** A browser's registry, applying steps the way scripting.* does, and noting each moment the main script is missing. */
function applySteps(registry: Map<string, RegisteredScript>, steps: RegistrationStep[], gaps: string[]): void {
  for (const step of steps) {
    if (step.kind === 'register') {
      for (const script of step.scripts) {
        if (registry.has(script.id)) throw new Error(`Content script with id "${script.id}" is already registered`);
        registry.set(script.id, { ...script });
      }
    } else if (step.kind === 'update') {
      for (const script of step.scripts) {
        const current = registry.get(script.id);
        if (!current) throw new Error(`Content script with id "${script.id}" does not exist`);
        registry.set(script.id, { ...current, ...script });
      }
    } else {
      for (const id of step.ids) registry.delete(id);
    }
    if (!registry.has('main')) gaps.push(step.kind);
  }
}

describe('content-script registration steps', () => {
  it('registers what is missing', () => {
    expect(registrationSteps([], [main(['https://a.example/*'])])).to.deep.equal([{ kind: 'register', scripts: [main(['https://a.example/*'])] }]);
  });

  it('does nothing when what is registered is what is wanted (a repeated sync is harmless)', () => {
    // Browsers report fields we did not set, and may list patterns in another order.
    const registered: RegisteredScript = {
      id: 'main',
      js: ['content.js'],
      matches: ['https://b.example/*', 'https://a.example/*'],
      excludeMatches: [],
      runAt: 'document_start',
    };
    expect(registrationSteps([registered], [main(['https://a.example/*', 'https://b.example/*'])])).to.deep.equal([]);
  });

  it('updates a changed script in place instead of removing it, and removes unwanted ones last', () => {
    const steps = registrationSteps([main(['https://a.example/*']), paint(['https://a.example/*'])], [main(['https://a.example/*', 'https://b.example/*'])]);
    expect(steps.map((step) => step.kind)).to.deep.equal(['update', 'unregister']);
  });

  it('through a burst of settings and permission changes, the main script is never missing and ends as wanted', () => {
    const registry = new Map<string, RegisteredScript>();
    const gaps: string[] = [];
    const wantedSeries: Registration[][] = [
      [main(['https://a.example/*'])],
      [main(['https://a.example/*']), paint(['https://a.example/*'])],
      [main(['https://a.example/*']), paint(['https://a.example/*'], ['https://a.example/*'])],
      [main(['https://a.example/*', 'https://b.example/*']), paint(['https://b.example/*'])],
      [main(['https://a.example/*', 'https://b.example/*'])],
      [main(['https://a.example/*', 'https://b.example/*'])],
    ];
    applySteps(registry, registrationSteps([], wantedSeries[0]!), gaps);
    gaps.length = 0;
    for (const wanted of wantedSeries.slice(1)) {
      applySteps(registry, registrationSteps([...registry.values()], wanted), gaps);
      expect([...registry.keys()].sort()).to.deep.equal(wanted.map((script) => script.id).sort());
    }
    expect(gaps).to.deep.equal([]);
  });

  it('removes everything when no site is allowed any more', () => {
    expect(registrationSteps([main(['https://a.example/*']), paint(['https://a.example/*'])], [])).to.deep.equal([
      { kind: 'unregister', ids: ['main', 'paint'] },
    ]);
  });
});
