// The dependency rule (domain <- workbook <- app <- adapters/hosts) is enforced here and by
// tsconfig.core.json (no DOM, no Node types). A layer may import only the layers listed for it.
import tseslint from 'typescript-eslint';

// Tests may reach for test tools (fast-check, fixtures); the rule guards shipped code.
const layer = (files, forbidden, extra = []) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...forbidden.map((dir) => ({
          group: [`**/${dir}`, `**/${dir}/**`],
          message: `This layer may not import ${dir}/ (see "Layout" in README).`,
        })),
        ...extra,
      ],
    }],
  },
});

const HOSTS = ['adapters', 'taskpane', 'commands', 'cli'];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-output/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  layer(['src/domain/**/*.ts'], ['workbook', 'app', ...HOSTS], [
    { regex: '^(?!\\.|date-fns)', message: 'domain/ imports only domain/* and date-fns.' },
  ]),
  layer(['src/workbook/**/*.ts'], ['app', ...HOSTS]),
  layer(['src/app/**/*.ts'], HOSTS),
  layer(['src/adapters/**/*.ts'], ['taskpane', 'commands', 'cli']),
  // The pane's components get use cases through props and context. Only its composition root
  // (index.tsx and hosts/) may load an adapter or touch Office and Excel.
  {
    files: ['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'],
    ignores: ['src/taskpane/index.tsx', 'src/taskpane/hosts/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          {
            group: ['**/adapters', '**/adapters/**', '**/hosts', '**/hosts/**', '**/cli', '**/cli/**', '**/commands', '**/commands/**'],
            message: 'Only the task pane\'s composition root (src/taskpane/index.tsx, src/taskpane/hosts/) may import adapters and hosts; components get use cases through props or context.',
          },
        ],
      }],
      'no-restricted-globals': ['error', ...['Office', 'Excel', 'OfficeExtension', 'OfficeRuntime'].map((name) => ({
        name,
        message: `${name} belongs to the composition root (src/taskpane/hosts/): components get use cases through props or context.`,
      }))],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
