// The one test entry point (`npm test`): type check, lint, production build,
// unit tests, then browser tests when they exist. Every step runs even after
// an earlier one failed, so one run shows everything that is wrong. The last
// line printed, also written to test-results/summary.txt, is `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const resultsDir = path.join(root, 'test-results');
const vitestReport = path.join(resultsDir, 'vitest.json');
const browserReport = path.join(resultsDir, 'browser.json');
const browserTests = path.join(root, 'tests', 'browser');
const browserRunner = path.join(root, 'scripts', 'test-browser.mjs');

/** Runs a command from the repository root with inherited output; returns its exit code. */
function run(title, command, args) {
	console.log(`\n=== ${title}: ${[command, ...args].join(' ')}`);
	const bin = path.join(root, 'node_modules', '.bin', command);
	const result = spawnSync(existsSync(bin) ? bin : command, args, { cwd: root, stdio: 'inherit' });
	if (result.error) console.error(result.error.message);
	return result.status ?? 1;
}

/** True when the folder holds at least one `*.test.ts` file, at any depth. */
function hasTestFiles(dir) {
	if (!existsSync(dir)) return false;
	return readdirSync(dir, { recursive: true }).some((name) => String(name).endsWith('.test.ts'));
}

/** Reads a vitest JSON report; undefined when it is missing or unreadable. */
function readReport(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

let passed = 0;
let failed = 0;
const failures = [];

function fail(reason) {
	failed += 1;
	failures.push(reason);
}

/** Adds a report's counts; a file that failed to load, or a failed run with no failed test, counts once. */
function countReport(label, file, exitCode) {
	const report = readReport(file);
	if (!report) {
		fail(`${label}: no report at ${path.relative(root, file)} (exit code ${exitCode})`);
		return;
	}
	const failedBefore = failed;
	passed += report.numPassedTests ?? 0;
	failed += report.numFailedTests ?? 0;
	for (const suite of report.testResults ?? []) {
		for (const test of suite.assertionResults ?? []) {
			if (test.status === 'failed') failures.push(`${label}: ${test.fullName} (${path.relative(root, suite.name)})`);
		}
		// A file that failed to load has no failed test of its own: count it once.
		if (suite.status === 'failed' && !(suite.assertionResults ?? []).some((t) => t.status === 'failed')) {
			fail(`${label}: ${path.relative(root, suite.name)} did not run: ${suite.message ?? 'error'}`);
		}
	}
	if (exitCode !== 0 && failed === failedBefore) {
		fail(`${label}: exited with code ${exitCode} although no test failed (a file failed to load, or an error escaped a test)`);
	}
}

mkdirSync(resultsDir, { recursive: true });
// Stale reports must never stand in for a run that did not happen.
for (const file of [vitestReport, browserReport]) rmSync(file, { force: true });

if (run('1/5 Type check', 'tsc', ['--noEmit']) !== 0) fail('type check (tsc --noEmit)');
if (run('2/5 Lint', 'eslint', ['.', '--max-warnings', '0']) !== 0) fail('lint (eslint . --max-warnings 0)');
if (run('3/5 Build', process.execPath, ['esbuild.config.mjs', 'production']) !== 0) {
	fail('production build and mobile-safety guard (node esbuild.config.mjs production)');
}

const vitestExit = run('4/5 Unit tests', 'vitest', [
	'run',
	'--reporter=default',
	'--reporter=json',
	`--outputFile.json=${path.relative(root, vitestReport)}`,
]);
countReport('unit tests', vitestReport, vitestExit);

// Hook for the browser run: scripts/test-browser.mjs drives Chromium over
// tests/browser/ and writes test-results/browser.json in vitest's JSON format.
if (hasTestFiles(browserTests) && existsSync(browserRunner)) {
	const browserExit = run('5/5 Browser tests', process.execPath, [path.relative(root, browserRunner)]);
	countReport('browser tests', browserReport, browserExit);
} else {
	console.log('\n=== 5/5 Browser tests: skipped (needs tests/browser/*.test.ts and scripts/test-browser.mjs)');
}

if (passed + failed === 0) fail('no tests ran');

if (failures.length > 0) {
	console.log('\nFailed:');
	for (const reason of failures) console.log(`  ✘ ${reason}`);
}
const summary = `${passed} passed, ${failed} failed`;
writeFileSync(path.join(resultsDir, 'summary.txt'), `${summary}\n`);
console.log(`\n${summary}`);
process.exitCode = failed > 0 ? 1 : 0;
