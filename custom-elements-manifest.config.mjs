// The custom elements manifest (dist/widget/custom-elements.json) documents the guide's public API for
// editors and webmasters: events, parts and CSS custom properties read from JSDoc, and its attributes and
// properties from the settings declared once in widget/config/settings.ts (the plugin below).
import { buildSync } from 'esbuild';

/** The settings table, compiled on the fly from its TypeScript source. */
async function loadSettings() {
  const { outputFiles } = buildSync({ entryPoints: ['widget/config/settings.ts'], bundle: true, format: 'esm', write: false, platform: 'neutral' });
  const source = outputFiles[0]?.text ?? '';
  const module = await import(`data:text/javascript;base64,${Buffer.from(source).toString('base64')}`);
  return module.SETTINGS;
}

/** Adds each declared setting that has an attribute to the guide's attributes and fields, in declaration order. */
/** @param {Record<string, { attribute?: string; type: string; default?: unknown; docs: string }>} settings */
function settingsPlugin(settings) {
  return {
    name: 'record-access-guide-settings',
    // The analyzer calls this phase without awaiting it: the settings are loaded before (top-level await below).
    /** @param {{ customElementsManifest: import('custom-elements-manifest/schema').Package }} phase */
    packageLinkPhase({ customElementsManifest }) {
      const guide =
        /** @type {(import('custom-elements-manifest/schema').CustomElementDeclaration & import('custom-elements-manifest/schema').CustomElement) | undefined} */ (
          customElementsManifest.modules.flatMap((m) => m.declarations ?? []).find((d) => 'tagName' in d && d.tagName === 'record-access-guide')
        );
      if (!guide) throw new Error('custom-elements-manifest: <record-access-guide> not found');
      /** @type {import('custom-elements-manifest/schema').Attribute[]} */
      const attributes = [];
      /** @type {(import('custom-elements-manifest/schema').ClassField & { attribute?: string })[]} */
      const fields = [];
      for (const [name, setting] of Object.entries(settings)) {
        if (!setting.attribute) continue;
        const type = { text: setting.type === 'number' ? 'number' : 'string | null' };
        const defaultValue = setting.type === 'number' ? JSON.stringify(setting.default) : 'null';
        attributes.push({ name: setting.attribute, type, default: defaultValue, description: setting.docs, fieldName: name });
        fields.push({ kind: 'field', name, type, default: defaultValue, description: setting.docs, attribute: setting.attribute });
      }
      guide.attributes = [...attributes, ...(guide.attributes ?? []).filter((a) => !attributes.some((b) => b.name === a.name))];
      guide.members = [...fields, ...(guide.members ?? []).filter((m) => !fields.some((f) => f.name === m.name))];
    },
  };
}

export default {
  globs: ['widget/record-access-guide/*.ts'],
  outdir: 'dist/widget',
  litelement: true,
  plugins: [settingsPlugin(await loadSettings())],
};
