// The browser tests and the playground, both on the harness page
// (tests/browser/harness/, playground/):
//
//   node scripts/test-browser.mjs           build if needed, run tests/browser/*.test.ts in
//                                           Chromium, write test-results/browser.json
//   node scripts/test-browser.mjs --serve   build if needed, serve the playground on
//                                           127.0.0.1 (PORT, default 5178) until Ctrl-C
//
// Chromium is Debian's (`$CHROMIUM_PATH`, default /usr/bin/chromium). When it
// is missing, it is installed with apt-get if this runs as root; otherwise the
// run stops and says how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import esbuild from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const report = path.join(root, 'test-results', 'browser.json');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Runs a command from the repository root with inherited output; returns its exit code. */
function run(command, args, env = process.env) {
	const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
	if (result.error) console.error(result.error.message);
	return result.status ?? 1;
}

/** Makes sure Chromium exists: installs Debian's package when running as root, else explains and returns false. */
function ensureChromium() {
	if (existsSync(chromiumPath)) return true;
	const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
	if (process.env.CHROMIUM_PATH || !isRoot) {
		console.error(
			`✘ Chromium was not found at ${chromiumPath}. The browser tests need it.\n` +
				'  Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-liberation\n' +
				'  or point CHROMIUM_PATH at a Chromium or Chrome binary.',
		);
		return false;
	}
	console.log('Chromium is missing: installing Debian\'s chromium and fonts-liberation with apt-get (about 20 s)…');
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	if (run('apt-get', ['update'], env) !== 0 || run('apt-get', ['install', '-y', 'chromium', 'fonts-liberation'], env) !== 0) {
		console.error('✘ apt-get could not install chromium; the browser tests cannot run.');
		return false;
	}
	return existsSync(chromiumPath);
}

/** The newest modification time of the files under `dir` (0 when it is missing). */
function newestUnder(dir) {
	if (!existsSync(dir)) return 0;
	let newest = 0;
	for (const name of readdirSync(dir, { recursive: true })) {
		newest = Math.max(newest, statSync(path.join(dir, String(name))).mtimeMs);
	}
	return newest;
}

/** Builds main.js and dist/cli.js when either is missing or older than the sources; returns false when the build failed. */
function ensureBuild() {
	const outputs = ['main.js', 'dist/cli.js'].map((file) => path.join(root, file));
	const sources = Math.max(newestUnder(path.join(root, 'src')), statSync(path.join(root, 'package.json')).mtimeMs);
	const oldest = Math.min(...outputs.map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0)));
	if (oldest >= sources) return true;
	console.log('Building main.js and dist/cli.js (the tests run the production bundle)…');
	return run(process.execPath, ['esbuild.config.mjs', 'production']) === 0;
}

/** Runs the browser tests with their own vitest config; the JSON report is what `npm test` counts. */
function runTests() {
	const vitest = path.join(root, 'node_modules', '.bin', 'vitest');
	return run(vitest, [
		'run',
		'--config',
		'tests/browser/vitest.config.ts',
		'--reporter=default',
		'--reporter=json',
		`--outputFile.json=${path.relative(root, report)}`,
		...process.argv.slice(2).filter((arg) => arg !== '--serve'),
	], { ...process.env, CHROMIUM_PATH: chromiumPath });
}

/** Serves the playground: the harness server is TypeScript, so it is bundled for Node first. */
async function serve() {
	// Under node_modules: out of git and lint, and next to the packages it imports.
	// A fixed path, so the import below is a plain literal.
	const outfile = path.join(root, 'node_modules', '.cache', 'inquiring-lines', 'playground-server.mjs');
	await esbuild.build({
		absWorkingDir: root,
		entryPoints: ['tests/browser/harness/server.ts'],
		outfile,
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
	});
	const { startHarnessServer } = await import('../node_modules/.cache/inquiring-lines/playground-server.mjs');
	const port = Number(process.env.PORT ?? 5178);
	const server = await startHarnessServer({ root, port });
	console.log(`Inquiring Lines playground: ${server.url}/  (the example vault; Ctrl-C stops it)`);
	console.log(`  Dark theme: ${server.url}/?theme=dark   Another note: ${server.url}/?note=Lines/Post-training.md`);
	const stop = () => void server.close().then(() => process.exit(0));
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
}

if (process.argv.includes('--serve')) {
	if (!ensureBuild()) process.exit(1);
	await serve();
} else {
	// A report from an earlier run must never stand in for this one.
	mkdirSync(path.dirname(report), { recursive: true });
	rmSync(report, { force: true });
	if (!ensureChromium() || !ensureBuild()) process.exit(1);
	process.exitCode = runTests();
}
