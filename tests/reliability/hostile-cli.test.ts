/**
 * The built CLI on one vault holding every hostile case at once: it answers in seconds,
 * never with an internal error, and reports for each case exactly the problems the
 * case names. Builds `dist/cli.js` first when it is missing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASES, SUPPORT } from './hostile-cases';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli.js');
/** What "answering in seconds" means here, on a slow shared CI machine. */
const SECONDS = 15;

let vault = '';

interface Answer {
  code: number | null;
  out: string;
  err: string;
  seconds: number;
}

function cli(...args: string[]): Answer {
  const started = performance.now();
  const result = spawnSync(process.execPath, [CLI, ...args, '--vault', vault], { encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, out: result.stdout, err: result.stderr, seconds: (performance.now() - started) / 1000 };
}

function expectQuick(answer: Answer): void {
  expect(answer.err).not.toMatch(/internal error|at .*\.js:\d+/);
  expect(answer.seconds).toBeLessThan(SECONDS);
}

beforeAll(async () => {
  if (!existsSync(CLI)) {
    const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`could not build dist/cli.js: ${build.stderr}`);
  }
  vault = await mkdtemp(join(tmpdir(), 'inquiring-lines-hostile-'));
  const files: Record<string, string> = Object.assign({}, SUPPORT, ...CASES.map((c) => c.files));
  for (const [path, text] of Object.entries(files)) {
    // One name is written decomposed on disk, as macOS hands names back; the vault path stays composed.
    const onDisk = join(vault, path.replace('Caf\u00e9 NFD', 'Cafe\u0301 NFD'));
    await mkdir(dirname(onDisk), { recursive: true });
    await writeFile(onDisk, text);
  }
}, 120_000);

afterAll(async () => {
  if (vault) await rm(vault, { recursive: true, force: true });
});

describe('the CLI on a vault holding every hostile case', () => {
  it('checks the whole vault in seconds and reports exactly each case\'s problems', () => {
    const answer = cli('check', '--json');
    expectQuick(answer);
    // Errors are in the vault, so the exit code says so; the output is whole JSON.
    expect(answer.code).toBe(1);
    const report = JSON.parse(answer.out) as { counts: Record<string, number>; problems: { path: string; field: string; code: string; severity: string }[] };
    for (const c of CASES) {
      const paths = Object.keys(c.files);
      const got = report.problems.filter((p) => paths.includes(p.path)).map((p) => `${p.path} | ${p.field} | ${p.code} | ${p.severity}`);
      expect(got.sort(), c.name).toEqual([...c.problems].sort());
    }
    expect(report.problems.filter((p) => p.path.startsWith('support/'))).toEqual([]);
  }, 120_000);

  it('answers queries on hostile notes: cycles, 10,000 back-links, a 5 MB essay, every link form', () => {
    const nextOfLoop = cli('next', 'Loop three', '--json');
    expectQuick(nextOfLoop);
    expect(JSON.parse(nextOfLoop.out)).toMatchObject([{ path: 'h/cycles/Loop one.md' }]);

    const prompt = cli('prompt', 'Loop one');
    expectQuick(prompt);
    expect(prompt.code).toBe(0);
    expect(prompt.out).toContain('Cite arXiv IDs');

    const hood = cli('neighbourhood', 'Target concept', '--depth', '3', '--json');
    expectQuick(hood);
    expect(hood.code).toBe(0);

    const back = cli('backlinks', 'Target concept', '--json');
    expectQuick(back);
    const items = JSON.parse(back.out) as { path: string; how: string[] }[];
    expect(items.find((i) => i.path === 'h/big/Ten thousand links.md')?.how).toEqual(['body']);
    expect(items.find((i) => i.path === 'h/proto/Proto keys.md')?.how).toEqual(['related', 'property:constructor']);

    const related = cli('related-papers', 'Five megabytes', '--json');
    expectQuick(related);
    expect(related.code).toBe(0);

    const forms = cli('sources', 'Every form', '--json');
    expectQuick(forms);
    expect((JSON.parse(forms.out) as unknown[]).length).toBe(11);
  }, 180_000);
});
