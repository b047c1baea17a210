// Lint config: TypeScript rules plus the layer boundaries of ARCHITECTURE.md as import restrictions.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Every layer's restrictions also keep tests out of production code (the demo generator is in src/data/demo). */
const NO_TESTS = { pattern: '**/tests/**', message: 'Production code never imports tests/.' };

const ours = (...groups) => ({
  'no-restricted-imports': [
    'error',
    { patterns: [...groups, NO_TESTS].map((group) => ({ group: [group.pattern], message: group.message })) },
  ],
});

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'dist-web/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'export-sample/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      'no-console': ['error', { allow: ['warn', 'error'] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['src/domain/**'],
    rules: ours(
      { pattern: '**/data/**', message: 'src/domain imports nothing of ours.' },
      { pattern: '**/export/**', message: 'src/domain imports nothing of ours.' },
      { pattern: '**/features/**', message: 'src/domain imports nothing of ours.' },
      { pattern: '**/ui/**', message: 'src/domain imports nothing of ours.' },
      { pattern: '**/platform/**', message: 'src/domain imports nothing of ours.' },
      { pattern: '**/i18n/**', message: 'src/domain imports nothing of ours.' },
      { pattern: 'dexie', message: 'src/domain has no I/O.' },
      { pattern: 'react', message: 'src/domain has no React.' },
      { pattern: 'i18next', message: 'src/domain returns codes; the UI and builders translate them.' },
      { pattern: 'react-i18next', message: 'src/domain returns codes; the UI and builders translate them.' },
      { pattern: 'docx', message: 'src/domain knows no document format.' },
    ),
  },
  {
    // The shared UI layer knows no feature: src/app composes the features into the frame.
    files: ['src/ui/**'],
    rules: ours(
      { pattern: 'dexie', message: 'UI code reaches data only through feature hooks and repositories.' },
      { pattern: '**/data/crypto', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/crypto/**', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/db', message: 'UI code uses repositories, not the Dexie schema.' },
      { pattern: '**/features/**', message: 'src/ui is below the features; compose them in src/app.' },
      { pattern: '**/app/**', message: 'src/ui is below the app; compose in src/app.' },
    ),
  },
  {
    files: ['src/features/**'],
    rules: ours(
      { pattern: 'dexie', message: 'UI code reaches data only through feature hooks and repositories.' },
      { pattern: '**/data/crypto', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/crypto/**', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/db', message: 'UI code uses repositories, not the Dexie schema.' },
      { pattern: '**/app/**', message: 'Features never import the app that composes them.' },
    ),
  },
  {
    files: ['src/app/**'],
    rules: ours(
      { pattern: 'dexie', message: 'UI code reaches data only through feature hooks and repositories.' },
      { pattern: '**/data/crypto', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/crypto/**', message: 'UI code never touches crypto directly.' },
      { pattern: '**/data/db', message: 'UI code uses repositories, not the Dexie schema.' },
    ),
  },
  {
    files: ['src/export/**'],
    rules: ours(
      { pattern: 'react', message: 'Builders are plain modules.' },
      { pattern: 'dexie', message: 'Builders take view models, not the database.' },
      { pattern: '**/features/**', message: 'Builders do not know the UI.' },
      { pattern: '**/ui/**', message: 'Builders do not know the UI.' },
      { pattern: '**/data/**', message: 'Builders take view models, not the database.' },
      {
        pattern: '**/platform',
        message: 'Builders return bytes; the feature saves them through the platform.',
      },
      {
        pattern: '**/platform/**',
        message: 'Builders return bytes; the feature saves them through the platform.',
      },
    ),
  },
  {
    files: ['src/data/**'],
    rules: ours(
      { pattern: '**/features/**', message: 'Data does not know the UI.' },
      { pattern: '**/ui/**', message: 'Data does not know the UI.' },
      { pattern: 'react', message: 'Data does not know the UI.' },
    ),
  },
  {
    // The hash chain holds only if every entry is written by recordAudit (migrations re-chain old logs).
    files: ['src/**'],
    ignores: ['src/data/audit.ts', 'src/data/migrations/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.object.property.name='auditLog'][callee.property.name=/^(add|put|bulkAdd|bulkPut|update|modify)$/]",
          message: 'Write audit entries with recordAudit (src/data/audit.ts): it links them into the chain.',
        },
      ],
    },
  },
  {
    // Folders without layer rules of their own still never import tests/.
    files: ['src/platform/**', 'src/i18n/**', 'src/*.ts', 'src/*.tsx'],
    rules: ours(),
  },
  {
    files: ['src/**'],
    ignores: ['src/platform/**'],
    rules: { 'no-restricted-globals': ['error', { name: 'gedeeld', message: 'Use src/platform.' }] },
  },
);
