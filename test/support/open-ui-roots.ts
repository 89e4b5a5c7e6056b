/**
 * The test-only way into the extension's UI on a page. Its shadow roots are closed in the build as shipped
 * (extension/content/ui-root.ts), so no page script can change what the bar or the glossary panel says;
 * tests that check what is inside (the buttons, the status, axe) load a copy of the build in which the one
 * line that sets the mode says 'open'. A page can do neither: it cannot change the installed package.
 * test/e2e/extension-ui-roots.spec.ts checks the shipped build, closed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const CLOSED = "let AID_UI_SHADOW_MODE = 'closed';";
const OPEN = "let AID_UI_SHADOW_MODE = 'open';";

/** Opens the UI roots in the build copy at `dir` (content script and reader page); fails if the line moved. */
export function openAidUiRoots(dir: string): void {
  for (const file of ['content.js', 'reader/reader.js']) {
    const path = join(dir, file);
    if (!existsSync(path)) continue;
    const code = readFileSync(path, 'utf8');
    if (code.split(CLOSED).length !== 2) throw new Error(`${path}: expected the line ${CLOSED} once (extension/content/ui-root.ts)`);
    writeFileSync(path, code.replace(CLOSED, OPEN));
  }
}
