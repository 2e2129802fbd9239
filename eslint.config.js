import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// User-facing text must come from the i18n catalogues: any visible JSX text or any
// literal accessible-name attribute is an error in renderer code.
const untranslatedText = [
  {
    selector: 'JSXText[value=/[A-Za-z\\u0600-\\u06FF]/]',
    message: 'User-facing text must go through i18n (t("…")).',
  },
  {
    selector:
      'JSXAttribute[name.name=/^(aria-label|aria-description|title|placeholder|alt|label)$/] > Literal[value=/[A-Za-z]/]',
    message: 'Accessible names and labels must go through i18n (t("…")).',
  },
];

export default tseslint.config(
  { ignores: ['out', 'release', 'node_modules', 'coverage', '**/dist', 'test/e2e/artifacts'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: ['*.config.ts', 'eslint.config.js', 'scripts/*.mjs', 'test/e2e/*.mjs', 'test/bench/*.mjs', 'build/*.d.mts', '.dependency-cruiser.cjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object or array instead of enum.' },
      ],
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    languageOptions: { globals: globals.browser },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' },
        { selector: 'TSEnumDeclaration', message: 'Use an `as const` object or array instead of enum.' },
        ...untranslatedText,
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'The renderer reaches the OS only through renderer/platform.' },
            { name: 'zustand', message: 'Create stores through renderer/stores/createStore.ts.' },
          ],
          patterns: [{ group: ['node:*'], message: 'No Node built-ins in the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/stores/createStore.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'indexedDB', 'localStorage', 'sessionStorage', 'process', 'require', 'navigator'].map(
          (name) => ({ name, message: 'shared/ is pure: no DOM or Node globals.' }),
        ),
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['cli/**/*.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['cli/vite.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    files: ['test/**/*.{ts,tsx,mjs}', 'scripts/**/*.mjs', '*.config.ts', 'eslint.config.js', '.dependency-cruiser.cjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      'no-restricted-syntax': 'off',
      'no-console': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'eslint.config.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
  },
);
