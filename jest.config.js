// The engine, adapters and CLI: plain Node. Unchanged since the project began.
const node = {
  testEnvironment: 'node',
  roots: ['<rootDir>/src', '<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
  testTimeout: 60000,
};

// The task pane's components under React Testing Library, in jsdom.
const dom = {
  displayName: 'dom',
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }],
  },
  setupFiles: ['<rootDir>/test/dom/setup.ts'],
};

// The built site (dist/site, made by `webpack` before jest in `npm test`): the manifest, and the
// task pane in a real headless Chromium.
const site = {
  displayName: 'site',
  testEnvironment: 'node',
  roots: ['<rootDir>/test/site'],
  testMatch: ['**/*.site.ts'],
  transform: { '^.+\\.tsx?$': ['@swc/jest'] },
};

/**
 * Jest takes the time limit from the top level, not from a project: this is the node project's
 * 60 s for everyone; the Chromium tests raise their own with jest.setTimeout.
 * @type {import('jest').Config}
 */
module.exports = { projects: [node, dom, site], testTimeout: node.testTimeout };
