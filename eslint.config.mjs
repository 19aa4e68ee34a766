// Lint setup: Obsidian's recommended rules (which bring ESLint's and
// typescript-eslint's type-checked sets) for the plugin sources, relaxed only
// where code never runs inside Obsidian.
import { defineConfig, globalIgnores } from 'eslint/config';
import obsidianmd from 'eslint-plugin-obsidianmd';
import tseslint from 'typescript-eslint';

/** Every obsidianmd rule turned off: for code that is not loaded by the app. */
const obsidianRulesOff = Object.fromEntries(
	[...Object.keys(obsidianmd.ruleConfigs.recommended), ...Object.keys(obsidianmd.ruleConfigs.recommendedTypeChecked)]
		.filter((rule) => rule.startsWith('obsidianmd/'))
		.map((rule) => [rule, 'off']),
);

/** The Node globals that scripts use; listed by hand because `globals` is not a dependency of ours. */
const nodeGlobals = { process: 'readonly', Buffer: 'readonly', __dirname: 'off', __filename: 'off' };

/** Rules for code that runs under Node, never inside Obsidian: built-ins and console output are its job. */
const nodeRuntimeRules = {
	'obsidianmd/no-nodejs-modules': 'off',
	// This rule carries the plugin's no-console policy; a terminal tool prints.
	'obsidianmd/rule-custom-message': 'off',
	'obsidianmd/prefer-window-timers': 'off',
	'obsidianmd/no-global-this': 'off',
};

export default defineConfig([
	globalIgnores([
		'main.js',
		'dist/',
		'node_modules/',
		'example-vault/',
		'test-results/',
		'coverage/',
		'docs/',
	]),

	...obsidianmd.configs.recommended,

	// Type-aware linting for every TypeScript file; each is in tsconfig.json.
	{
		files: ['**/*.ts'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				tsconfigRootDir: import.meta.dirname,
			},
		},
		rules: {
			// TypeScript already reports unknown names, and knows the DOM and Node types.
			'no-undef': 'off',
		},
	},

	// manifest.json is checked by Obsidian's own rule; the TypeScript parser reads JSON as one object.
	{
		files: ['manifest.json'],
		languageOptions: { parser: tseslint.parser },
		rules: { 'obsidianmd/validate-manifest': 'error' },
	},

	// The command-line tool, the benchmark and build scripts run under Node only.
	{
		files: ['src/cli/**', 'bench/**', 'scripts/**', '*.mjs', 'vitest.config.ts'],
		languageOptions: { globals: nodeGlobals },
		rules: nodeRuntimeRules,
	},

	// Tests are linted lightly: the plugin guidelines do not apply, and stubs
	// and fixtures legitimately poke at loosely typed values.
	{
		files: ['tests/**'],
		languageOptions: { globals: nodeGlobals },
		rules: {
			...obsidianRulesOff,
			...nodeRuntimeRules,
			'@typescript-eslint/no-unsafe-assignment': 'off',
			'@typescript-eslint/no-unsafe-member-access': 'off',
			'@typescript-eslint/no-unsafe-call': 'off',
			'@typescript-eslint/no-unsafe-argument': 'off',
			'@typescript-eslint/no-unsafe-return': 'off',
			'@typescript-eslint/unbound-method': 'off',
			'@typescript-eslint/no-non-null-assertion': 'off',
		},
	},
]);
