import { readFile } from 'node:fs/promises';
import { defineConfig, type Plugin } from 'vitest/config';

// GitHub's workflow parser imports JSON without import attributes, which Node refuses; inlined, it
// goes through Vite's transform like the project's own code. Its published source maps point to
// sources it does not ship, so they are dropped rather than warned about file by file.
const workflowParser = /\/node_modules\/@actions\/workflow-parser\/.*\.js$/;
const dropWorkflowParserSourceMaps: Plugin = {
  name: 'drop-workflow-parser-source-maps',
  async load(id) {
    if (!workflowParser.test(id)) return null;
    return (await readFile(id, 'utf8')).replace(/^\/\/# sourceMappingURL=.*$/m, '');
  },
};

export default defineConfig({
  plugins: [dropWorkflowParserSourceMaps],
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    setupFiles: ['test/helpers/setup.ts'],
  },
});
