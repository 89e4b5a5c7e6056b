import { expect, fixture, html } from '@open-wc/testing';
import '../../widget/index.js';
import type { RecordAccessGuide } from '../../widget/record-access-guide/record-access-guide.js';
import { expectNoAxeViolations } from '../support/axe-browser.js';

describe('<record-access-guide>', () => {
  it('has no axe-core violations', async () => {
    const el = await fixture<RecordAccessGuide>(html`<main><record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide></main>`);
    await expectNoAxeViolations(el);
  });

  it('renders the first step with its heading and the practice name', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="Oakmere Green Surgery"></record-access-guide>`);
    const heading = el.shadowRoot?.querySelector('[part="heading"]');
    expect(heading?.tagName).to.equal('H2');
    expect(heading?.textContent).to.equal('Use your GP practice online');
    expect(el.shadowRoot?.textContent).to.contain('contact Oakmere Green Surgery.');
  });

  it('falls back to a generic name when no practice name is given', async () => {
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide practice-name="   "></record-access-guide>`);
    expect(el.shadowRoot?.textContent).to.contain('contact your GP practice.');
  });

  it('shows a practice name containing markup as text, never as elements', async () => {
    const hostile = '<img src=x onerror="window.__injected=1"><b>Bold</b>';
    const el = await fixture<RecordAccessGuide>(html`<record-access-guide .practiceName=${hostile}></record-access-guide>`);
    const root = el.shadowRoot as ShadowRoot;
    expect(root.querySelector('img, b')).to.equal(null);
    expect(root.textContent).to.contain(hostile);
    expect((window as { __injected?: number }).__injected).to.equal(undefined);
  });

  it('does not throw when the script is loaded twice', async () => {
    const { RecordAccessGuide: Again } = await import('../../widget/index.js');
    expect(customElements.get('record-access-guide')).to.equal(Again);
  });
});
