/// <reference types="chrome" />
/**
 * The build as shipped (its UI's shadow roots closed, extension/content/ui-root.ts): a page cannot change
 * what the read-aloud bar or the explain-terms panel tells the person (issue #19). Before, both roots were
 * open: a page script could rewrite the bar's status or a glossary meaning, or add its own style sheet to
 * them, and the words seemed to come from the extension. Assistive technology still gets both, read here
 * from the browser's accessibility tree.
 */
import type { CDPSession, Page } from '@playwright/test';
import { DEMO_ORIGIN } from './support/demo-origin.js';
import { expect, test } from './support/extension.js';
import { sendReadAloud } from './support/read-aloud.js';
import { storeSettings } from './support/settings.js';

// Its tests change only what the shared browser's reset puts back (support/extension.ts).
test.use({ shareExtensionBrowser: true });

test.use({ openUiRoots: false });

/** Names of the buttons, regions and text in the page's accessibility tree, as a screen reader gets them. */
async function accessibleNames(session: CDPSession): Promise<string[]> {
  const { nodes } = (await session.send('Accessibility.getFullAXTree')) as { nodes: { ignored: boolean; name?: { value?: string } }[] };
  return nodes.filter((node) => !node.ignored).map((node) => String(node.name?.value ?? ''));
}

/** What a page script can do to the two hosts: reach their roots, or catch them being made. */
const pageAttack = (page: Page) =>
  page.evaluate(() => {
    const hosts = [...document.querySelectorAll<HTMLElement>('[data-record-access-aids-read-aloud], div[data-record-access-aid="explain-terms"]')];
    const caught = (window as unknown as { caughtRoots: ShadowRoot[] }).caughtRoots;
    const reachable = hosts.filter((host) => host.shadowRoot !== null || caught.some((root) => root.host === host));
    for (const host of hosts) host.shadowRoot?.replaceChildren(document.createTextNode('Take ten tablets now.'));
    return { hosts: hosts.length, reachable: reachable.length };
  });

test('a page cannot reach into the read-aloud bar or the explain-terms panel, and assistive technology still gets both', async ({ extension }) => {
  await storeSettings(extension, { global: { explainTerms: true } });
  const page = await extension.context.newPage();
  // A page that replaces attachShadow to catch (and open) every root made on it, before anything else runs.
  await page.addInitScript(() => {
    const caught: ShadowRoot[] = [];
    (window as unknown as { caughtRoots: ShadowRoot[] }).caughtRoots = caught;
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init: ShadowRootInit) {
      const root = attach.call(this, { ...init, mode: 'open' });
      caught.push(root);
      return root;
    };
  });
  const url = `${DEMO_ORIGIN}/portal/medicines.html`;
  await page.goto(url);
  await expect(page.locator('div[data-record-access-aid="explain-terms"]')).toHaveAttribute('data-state', 'ready');
  expect(await sendReadAloud(extension, url)).toEqual({ ok: true });
  await expect(page.locator('[data-record-access-aids-read-aloud]')).toHaveCount(1);

  expect(await pageAttack(page)).toEqual({ hosts: 2, reachable: 0 });

  const session = await extension.context.newCDPSession(page);
  await expect
    .poll(async () => (await accessibleNames(session)).filter((name) => ['Stop', 'Pause'].includes(name) || /^Explained terms/.test(name)).sort())
    .toEqual(expect.arrayContaining(['Pause', 'Stop', expect.stringMatching(/^Explained terms/)]));
  expect((await accessibleNames(session)).some((name) => name.includes('Take ten tablets'))).toBe(false);
});
