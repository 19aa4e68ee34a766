import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// `obsidian` ships type declarations only, so at run time tests get a small
// stand-in; type checking still uses the real declarations.
const obsidianStub = fileURLToPath(new URL('./tests/stubs/obsidian.ts', import.meta.url));

export default defineConfig({
	resolve: {
		alias: [{ find: /^obsidian$/, replacement: obsidianStub }],
	},
	test: {
		include: ['tests/**/*.test.ts'],
		// Browser tests drive a real Chromium in their own run (scripts/test-browser.mjs).
		exclude: ['tests/browser/**', 'node_modules/**'],
		// View tests opt into a DOM per file with `// @vitest-environment happy-dom`.
		environment: 'node',
	},
});
