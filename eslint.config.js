// Flat ESLint config: type-aware, zero warnings, boundaries enforced per package (see docs/ARCHITECTURE.md).
import js from '@eslint/js';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import unicorn from 'eslint-plugin-unicorn';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const pureRestrictions = {
  patterns: [
    { group: ['node:*'], message: 'El dominio es puro: sin Node. Pase los datos como parámetros.' },
    {
      group: ['pg', '@electric-sql/*', 'drizzle-orm', 'drizzle-orm/*'],
      message: 'El dominio no accede a la base de datos.',
    },
    {
      group: ['@ruta-pot/db', '@ruta-pot/server', '@ruta-pot/web'],
      message: 'Los paquetes puros no dependen de capas con E/S.',
    },
    { group: ['preact', 'preact/*', 'react'], message: 'El dominio no depende de la interfaz.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'datos/**',
      '**/*.tsbuildinfo',
      'test-results/**',
      'bench/results/**',
      // Generated from the server's OpenAPI document (npm run api:tipos).
      'apps/web/src/api/esquema.d.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      parserOptions: {
        projectService: {
          allowDefaultProject: [
            '*.js',
            '*.mjs',
            'vitest.config.ts',
            'scripts/*.mjs',
            'apps/server/bin/*.mjs',
          ],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    plugins: { 'simple-import-sort': simpleImportSort, unicorn },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'simple-import-sort/imports': 'error',
      'simple-import-sort/exports': 'error',
      'unicorn/filename-case': ['error', { case: 'kebabCase', ignore: [/^issue-\d+-/] }],
      'max-params': ['error', 3],
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='describe'][callee.property.name='skip']",
          message: 'No omita pruebas.',
        },
        {
          selector: "CallExpression[callee.object.name='it'][callee.property.name='skip']",
          message: 'No omita pruebas.',
        },
      ],
    },
  },
  {
    files: ['packages/domain/src/**/*.ts', 'packages/geo/src/**/*.ts'],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', pureRestrictions],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'Sin reloj en el dominio: reciba la fecha como parámetro.',
        },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'Sin reloj en el dominio: reciba la fecha como parámetro.',
        },
        { selector: "CallExpression[callee.name='fetch']", message: 'El dominio no hace E/S.' },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', '**/test/**', 'e2e/**', 'bench/**', 'scripts/**'],
    // Tests read untyped JSON responses; asserting on them is the point, so `any` is allowed there.
    rules: {
      'max-lines': 'off',
      'max-params': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['apps/web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
);
