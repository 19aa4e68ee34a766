import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { run } from '../src/cli/run';
import { readVault } from '../src/cli/read-vault';
import { buildIndex, type StandaloneIndex } from '../src/core/build';

const EXAMPLE = fileURLToPath(new URL('../example-vault', import.meta.url));
const FIXTURE = fileURLToPath(new URL('./fixtures/example-vault-expected.json', import.meta.url));

interface Reported {
  path: string;
  field: string;
  code: string;
  severity: string;
  message?: string;
}
interface Report {
  counts: Record<string, number>;
  problems: Reported[];
}

const key = (p: Reported): string => `${p.path} | ${p.field} | ${p.code} | ${p.severity}`;

let report: Report;
let expected: Report;
let exitCode = -1;
let built: StandaloneIndex;

beforeAll(async () => {
  const out: string[] = [];
  exitCode = await run(['check', '--vault', EXAMPLE, '--json'], { out: (t) => out.push(t), err: (t) => out.push(t) });
  report = JSON.parse(out.join('\n')) as Report;
  expected = JSON.parse(await readFile(FIXTURE, 'utf8')) as Report;
  const vault = await readVault(EXAMPLE);
  built = buildIndex(vault.inputs, vault.files);
});

describe('check --json on the example vault', () => {
  it('counts exactly what the hand-written fixture counts', () => {
    expect(report.counts).toEqual(expected.counts);
  });

  it('lists exactly the deliberate mistakes, compared on path, field, code and severity', () => {
    expect(report.problems.map(key).sort()).toEqual(expected.problems.map(key).sort());
  });

  it('exits 1, since some mistakes are errors', () => {
    expect(expected.problems.some((p) => p.severity === 'error')).toBe(true);
    expect(exitCode).toBe(1);
  });

  it('gives every problem a message that says what to do', () => {
    for (const p of report.problems) {
      expect(p.message, key(p)).toMatch(/\b(Fix|Use|Write|Create|Quote|Link|Remove|Merge|Add|Move)\b/);
    }
  });
});

describe('the example vault outside Mistakes/', () => {
  it('has no problem in any note', () => {
    const outside = [...built.index.allNotes()].filter((n) => !n.path.startsWith('Mistakes/'));
    expect(outside.length).toBeGreaterThan(40);
    const problems = outside.flatMap((n) => built.index.problemsOf(n.path)).map((p) => `${p.path}: ${p.field}: ${p.code}: ${p.message}`);
    expect(problems).toEqual([]);
  });

  it('is big enough to show every kind: at least 15 concepts, 5 lines and 12 papers', () => {
    const counts = { concept: 0, line: 0, paper: 0, note: 0 };
    for (const note of built.index.allNotes()) if (!note.path.startsWith('Mistakes/')) counts[note.kind]++;
    expect(counts.concept).toBeGreaterThanOrEqual(15);
    expect(counts.line).toBeGreaterThanOrEqual(5);
    expect(counts.paper).toBeGreaterThanOrEqual(12);
  });
});

describe('Mistakes/', () => {
  it('has at least one problem in every note but its README', () => {
    const notes = [...built.index.allNotes()].filter((n) => n.path.startsWith('Mistakes/') && n.path !== 'Mistakes/README.md');
    expect(notes).toHaveLength(15);
    for (const note of notes) expect(built.index.problemsOf(note.path).length, note.path).toBeGreaterThan(0);
  });

  it('shows each of the 13 problem codes at least once', () => {
    expect([...new Set(report.problems.map((p) => p.code))].sort()).toEqual([
      'anchor-without-arxiv', 'cited-not-in-sources', 'duplicate-title', 'invalid-yaml', 'line-without-sources', 'malformed-arxiv',
      'nested-list-link', 'resolved-by-title', 'self-link', 'unknown-kind', 'unresolved-link', 'wrong-kind-link', 'wrong-shape',
    ]);
  });
});
