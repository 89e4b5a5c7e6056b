/**
 * Two webmaster mistakes only the script itself can see, each told once in the console with its fix: the
 * guide's <script> without type="module" (the build still runs as a classic script, but holds up the page
 * while it loads), and a page opened from a file (file://), where browsers block modules, Welsh and Listen.
 * Must run while the script is first evaluated: only then does `document.currentScript` name it.
 */
export function checkHowLoaded(): void {
  try {
    // Only a classic script sees itself here; a module's currentScript is null.
    const script = document.currentScript;
    if (script instanceof HTMLScriptElement && script.type !== 'module') {
      console.warn(
        'record-access-guide: the <script> that loads the guide has no type="module". Write <script type="module" src="…/record-access-guide.js"></script>: without it the script holds up the page while it loads.',
      );
    }
    if (location.protocol === 'file:') {
      console.warn(
        'record-access-guide: this page was opened from a file (file://), not from a web server. Browsers block type="module" scripts, Welsh and Listen there, and may not keep saved answers: try it on a web server, or preview with one-file/record-access-guide.js without type="module".',
      );
    }
  } catch {
    // A page that broke these built-ins gets no advice, and no error.
  }
}
