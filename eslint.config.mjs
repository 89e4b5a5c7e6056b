// `npm run lint`: ESLint with typescript-eslint, Lit and Lit accessibility rules, then Prettier's check and
// lit-analyzer's template type check (scripts/lint.mjs). Zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

/**
 * Sinks that turn a string into markup or code. The widget and the extension both run on pages we do not
 * control, so neither may use them; Lit templates and textContent are the only ways text reaches the page.
 */
const FORBIDDEN_SINKS = [
  ...['innerHTML', 'outerHTML'].map((property) => ({
    selector: `AssignmentExpression > MemberExpression.left[property.name='${property}']`,
    message: `No ${property}: build nodes, or use a Lit template (see SECURITY.md).`,
  })),
  {
    selector: 'CallExpression[callee.property.name=/^(insertAdjacentHTML|write|writeln|createContextualFragment|setHTMLUnsafe)$/]',
    message: 'No string-to-markup calls: build nodes, or use a Lit template (see SECURITY.md).',
  },
  { selector: "CallExpression[callee.name='eval'], NewExpression[callee.name='Function']", message: 'No eval or new Function.' },
  {
    selector: 'ImportDeclaration[source.value=/^lit\\/directives\\/(unsafe-html|unsafe-svg|unsafe-mathml)\\.js$/]',
    message: 'No unsafe Lit directives: text is bound as text.',
  },
];

/** One style for private members: `#name`, except Lit's decorated fields, which legacy decorators cannot reach as `#name`. */
const PRIVATE_MEMBER_STYLE = [
  {
    selector:
      "PropertyDefinition[accessibility='private'][decorators.length=0], MethodDefinition[accessibility='private'], TSParameterProperty[accessibility='private']",
    message: 'Use a #private member; `private` is only for Lit decorated fields (@state, @query).',
  },
];

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'extension/reader/vendor/', 'custom-elements.json', 'test/fixtures/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node, ...globals.mocha } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // Answers and settings are plain validated records; removing a key is the honest operation.
      '@typescript-eslint/no-dynamic-delete': 'off',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-restricted-syntax': ['error', ...FORBIDDEN_SINKS, ...PRIVATE_MEMBER_STYLE],
    },
  },
  {
    // Tests build hostile pages on purpose and assert on elements they have just found.
    files: ['test/**/*.ts', 'test/**/*.mjs'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': ['error', ...PRIVATE_MEMBER_STYLE],
    },
  },
  {
    files: ['widget/**/*.ts', 'extension/**/*.ts', 'shared/**/*.ts', 'demo/**/*.js'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['widget/**/*.ts', 'extension/**/*.ts', 'shared/**/*.ts', 'demo/**/*.js'],
    plugins: { 'lit-a11y': litA11y },
    rules: { ...litA11y.configs.recommended.rules },
  },
);
