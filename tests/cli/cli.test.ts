import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run } from '../../src/cli/run';
import { COMMANDS } from '../../src/cli/args';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLE = join(ROOT, 'example-vault');
const CLI = join(ROOT, 'dist', 'cli.js');

interface Result {
  code: number;
  out: string;
  err: string;
}

/** Runs the CLI in-process, as a terminal would, and captures what it prints. */
async function cli(...argv: string[]): Promise<Result> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The same, on the example vault, parsing the JSON it prints. */
async function json(...argv: string[]): Promise<Record<string, unknown>[]> {
  const result = await cli(...argv, '--vault', EXAMPLE, '--json');
  expect(result.code, result.err).toBe(0);
  const parsed: unknown = JSON.parse(result.out);
  expect(Array.isArray(parsed)).toBe(true);
  return parsed as Record<string, unknown>[];
}

let scratch = '';
async function writeVault(name: string, files: Record<string, string>): Promise<string> {
  const root = join(scratch, name);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return root;
}

let clean = '';
let warningsOnly = '';
let otherKey = '';
let template = '';

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'inquiring-lines-cli-'));
  clean = await writeVault('clean', {
    'Concepts/A.md': '---\ncorpus: concept\ntitle: "Is A true?"\npapers: ["[[Papers/P]]"]\n---\nSee [[B]].\n',
    'Concepts/B.md': '---\ncorpus: concept\ntitle: "Is B true?"\n---\n',
    'Papers/P.md': '---\ncorpus: paper\ntitle: "A paper"\narxiv: "2401.11817"\nyear: 2024\n---\n',
    'Lines/L.md': '---\ncorpus: line\ntitle: "Why A and B?"\nsources: ["[[A]]", "[[B]]"]\n---\nFirst [[A]], then [[B]].\n',
  });
  warningsOnly = await writeVault('warnings', {
    'Concepts/A.md': '---\ncorpus: concept\nrelated:\n  - [[B]]\n---\n',
    'Concepts/B.md': '---\ncorpus: concept\n---\nSee [[Never written]].\n',
  });
  otherKey = await writeVault('other-key', {
    'A.md': '---\nkind: concept\n---\n',
    'B.md': '---\nkind: paper\n---\n',
    'C.md': '---\ncorpus: concept\n---\n',
  });
  template = join(scratch, 'template.txt');
  await writeFile(template, 'ASK: {{ask}}\nSPAN: {{years}}\n{{findings}}\n');
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe('check', () => {
  it('counts the example vault by kind, lists each problem as path: field: code: message, and exits 1 for its errors', async () => {
    const { code, out, err } = await cli('check', '--vault', EXAMPLE);
    expect(code).toBe(1);
    expect(err).toBe('');
    const lines = out.split('\n');
    expect(lines[0]).toBe('Corpus: 27 concepts, 9 lines, 16 papers.');
    expect(lines).toContain('Mistakes/Self link.md: related[0]: self-link: The note lists itself under related; ignored. Remove the entry.');
    expect(lines.filter((l) => l.startsWith('Mistakes/'))).toHaveLength(15);
    expect(lines.at(-1)).toBe('5 errors, 10 warnings.');
  });

  it('prints {counts, problems} with --json, each problem with exactly path, field, code, severity and message', async () => {
    const { code, out } = await cli('check', '--vault', EXAMPLE, '--json');
    expect(code).toBe(1);
    const report = JSON.parse(out) as { counts: unknown; problems: Record<string, unknown>[] };
    expect(Object.keys(report).sort()).toEqual(['counts', 'problems']);
    expect(report.counts).toEqual({ concept: 27, line: 9, paper: 16 });
    expect(report.problems).toHaveLength(15);
    for (const p of report.problems) {
      expect(Object.keys(p).sort()).toEqual(['code', 'field', 'message', 'path', 'severity']);
      expect(typeof p.message).toBe('string');
    }
  });

  it('exits 0 on a clean vault, and says there is no problem', async () => {
    const { code, out } = await cli('check', '--vault', clean);
    expect(code).toBe(0);
    expect(out).toBe('Corpus: 2 concepts, 1 line, 1 paper.\nNo problems.');
  });

  it('exits 0 when there are only warnings', async () => {
    const { code, out } = await cli('check', '--vault', warningsOnly);
    expect(code).toBe(0);
    expect(out).toContain('Concepts/A.md: related[0]: nested-list-link:');
    expect(out).toContain('Concepts/B.md: body: unresolved-link:');
    expect(out.split('\n').at(-1)).toBe('0 errors, 2 warnings.');
  });

  it('reads the corpus key named by --key', async () => {
    expect((await cli('check', '--vault', otherKey)).out).toContain('Corpus: 1 concept, 0 lines, 0 papers.');
    expect((await cli('check', '--vault', otherKey, '--key', 'kind')).out).toContain('Corpus: 1 concept, 0 lines, 1 paper.');
  });
});

describe('the queries, as text', () => {
  it('lines: a heading with the note and the count, then one line per inquiring line', async () => {
    const { code, out } = await cli('lines', 'Depth over width', '--vault', EXAMPLE);
    expect(code).toBe(0);
    expect(out.split('\n')).toEqual([
      'Inquiring lines that use this note as a source of "Does depth matter more than width for tiny language models?" (Concepts/Depth over width.md): 4',
      '- What solvable idealized settings reveal fundamental phenomena in realistic deep learning?  (Lines/Idealized settings.md)',
      '- When does the right inductive bias beat more capacity?  (Lines/Inductive bias.md)',
      '- Which hyperparameter theories best explain universal behaviors across neural networks?  (Lines/Universal behaviors.md)',
      '- Why should deep learning theory prioritize average-case over worst-case analysis?  (Lines/Average case.md)',
    ]);
  });

  it('sources: numbered in order, each with its summary', async () => {
    const { code, out } = await cli('sources', '[[Lines/Inductive bias]]', '--vault', EXAMPLE);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('Sources of "When does the right inductive bias beat more capacity?" (Lines/Inductive bias.md): 5');
    expect(lines[1]).toBe('1. Can a linear model beat deep collaborative filtering?  (Concepts/Linear autoencoder CF.md)');
    expect(lines[2]).toMatch(/^ {3}A shallow autoencoder for implicit feedback/);
    expect(lines.filter((l) => /^\d\. /.test(l)).map((l) => l.slice(0, 2))).toEqual(['1.', '2.', '3.', '4.', '5.']);
  });

  it('next, backlinks, neighbourhood, related-papers and prompt answer with exit 0', async () => {
    expect((await cli('next', 'Idealized settings line', '--vault', EXAMPLE)).out.split('\n')).toEqual([
      'Next inquiring lines of "What solvable idealized settings reveal fundamental phenomena in realistic deep learning?" (Lines/Idealized settings.md): 2',
      '- Why should deep learning theory prioritize average-case over worst-case analysis?  (Lines/Average case.md)',
      '- How does mechanistic interpretability complement learning mechanics in explaining deep learning?  (Lines/Mech interp and mechanics.md)',
    ]);
    const back = await cli('backlinks', 'Lines/Average case.md', '--vault', EXAMPLE);
    expect(back.out).toContain('- Seminar plan  (Notes/Seminar plan.md) [note]: body');
    const hood = await cli('neighbourhood', 'Learning mechanics', '--vault', EXAMPLE);
    expect(hood.code).toBe(0);
    expect(hood.out.split('\n')[0]).toMatch(/^Neighbourhood of "Can deep learning theory unify around training dynamics\?" \(Concepts\/Learning mechanics\.md\): [1-9]\d*$/);
    expect(hood.out).toContain('why: the same move from worst-case to compute-aware, typical-case reasoning, made for information theory');
    const papers = await cli('related-papers', 'Learning mechanics', '--vault', EXAMPLE, '--limit', '20');
    expect(papers.out).toMatch(/There Will Be a Scientific Theory of Deep Learning {2}\(Papers\/Scientific theory of deep learning\.md\) {2}\[linked\]/);
    expect(papers.out).toMatch(/\n {3}same paper: Mistakes\/Duplicate paper( copy)?\.md(\n|$)/);
    const prompt = await cli('prompt', 'Lines/Average case.md', '--vault', EXAMPLE);
    expect(prompt.code).toBe(0);
    expect(prompt.out).toMatch(/^As a learning theorist who has stopped trusting loose bounds, which predictions/);
    expect(prompt.out.split('\n').at(-1)).toBe('Cite arXiv IDs; flag anything you cannot ground in a real paper.');
  });

  it('neighbourhood: --limit cuts the list and says so; --depth reaches further', async () => {
    const whole = await cli('neighbourhood', 'Concepts/Valuing data.md', '--vault', EXAMPLE);
    expect(whole.out.split('\n')).toEqual([
      'Neighbourhood of "Why do Shannon and Kolmogorov measures fail to value data?" (Concepts/Valuing data.md): 1',
      expect.stringMatching(/^1\. Can deep learning theory unify around training dynamics\? {2}\(Concepts\/Learning mechanics\.md\) \[concept\] [\d.]+: related: exemplifies$/),
      // The centre's own words win over the other note's.
      '   why: the turn from worst-case to compute-aware, typical-case reasoning, applied to information',
    ]);
    const cut = await cli('neighbourhood', 'Concepts/Valuing data.md', '--vault', EXAMPLE, '--depth', '2', '--limit', '2');
    const lines = cut.out.split('\n');
    expect(lines[0]).toMatch(/: 2$/);
    expect(lines.filter((l) => /^\d+\. /.test(l))).toHaveLength(2);
    expect(lines.at(-1)).toMatch(/^\(showing 2 of \d+ notes \(limit 2\)\)$/);
    const near = await json('neighbourhood', 'Concepts/Valuing data.md');
    const far = await json('neighbourhood', 'Concepts/Valuing data.md', '--depth', '2');
    expect(near.map((i) => i.path)).toEqual(['Concepts/Learning mechanics.md']);
    expect(far.length).toBeGreaterThan(near.length);
    expect(far.filter((i) => i.depth === 2).length).toBeGreaterThan(0);
  });

  it('prompt: --template FILE fills the user\'s own template', async () => {
    const { code, out } = await cli('prompt', 'Lines/Idealized settings.md', '--vault', EXAMPLE, '--template', template);
    expect(code).toBe(0);
    const lines = out.split('\n');
    expect(lines[0]).toBe('ASK: How can we tell whether what toy models, pruned networks and formal proofs reveal will still hold in large, realistic systems?');
    expect(lines[1]).toBe('SPAN: 2024–2025');
    expect(lines.slice(2)).toHaveLength(5);
    expect(lines.slice(2).every((l) => l.startsWith('• '))).toBe(true);
  });

  it('prompt: --max-chars keeps the prompt under the cap and says what it left out', async () => {
    const full = await cli('prompt', 'Lines/Average case.md', '--vault', EXAMPLE);
    const capped = await cli('prompt', 'Lines/Average case.md', '--vault', EXAMPLE, '--max-chars', '1600');
    expect(full.out.length).toBeGreaterThan(1600);
    expect(capped.code).toBe(0);
    expect(capped.out.length).toBeLessThanOrEqual(1600);
    expect(capped.out).toMatch(/\d+ more findings?\b.* left out to keep this prompt under 1,600 characters/);
    expect(capped.out.split('\n').at(-1)).toBe('Cite arXiv IDs; flag anything you cannot ground in a real paper.');
  });
});

describe('the queries, with --json: one flat array of items', () => {
  it('lines: path, title, kind and gloss', async () => {
    const items = await json('lines', 'Concepts/Depth over width.md');
    expect(items.map((i) => i.path)).toEqual(['Lines/Idealized settings.md', 'Lines/Inductive bias.md', 'Lines/Universal behaviors.md', 'Lines/Average case.md']);
    expect(items[1]).toEqual({
      path: 'Lines/Inductive bias.md',
      title: 'When does the right inductive bias beat more capacity?',
      kind: 'line',
      gloss: 'This looks at cases where a simple, well-chosen structure outperforms a larger or more flexible model, and asks what those cases share.',
    });
  });

  it('lines of a paper: through which concepts', async () => {
    const items = await json('lines', 'MobileLLM');
    expect(items).toHaveLength(4);
    for (const item of items) expect(item.through).toEqual(['Does depth matter more than width for tiny language models?']);
  });

  it('sources: with order, question, claim and summary', async () => {
    const items = await json('sources', 'Lines/Post-training.md');
    expect(items.map((i) => [i.order, i.path])).toEqual([
      [0, 'Concepts/RL format collapse.md'], [1, 'Concepts/Hard RLVR samples.md'], [2, 'Concepts/Predicting LLM failures.md'], [3, 'Concepts/Learning mechanics.md'],
    ]);
    for (const item of items) {
      expect(item).toMatchObject({ kind: 'concept', title: expect.any(String), question: expect.any(String), claim: expect.any(String), summary: expect.any(String) });
    }
  });

  it('next: path, title and kind', async () => {
    expect(await json('next', 'Lines/Universal behaviors.md')).toEqual([
      { path: 'Lines/Inductive bias.md', title: 'When does the right inductive bias beat more capacity?', kind: 'line' },
    ]);
  });

  it('backlinks: with how, the ways each note links', async () => {
    const items = await json('backlinks', 'Papers/Fractured entangled representation.md');
    expect(items.find((i) => i.path === 'Notes/Reading list.md')).toEqual({ path: 'Notes/Reading list.md', title: 'Reading list', kind: 'note', how: ['property:reading_next', 'body'] });
    expect(items.find((i) => i.path === 'Lines/Idealized settings.md')?.how).toEqual(['anchor']);
    expect(items).toHaveLength(4);
  });

  it('neighbourhood: with score, depth, reasons, relation and why, and a position', async () => {
    const items = await json('neighbourhood', 'Concepts/Learning mechanics.md');
    const valuing = items.find((i) => i.path === 'Concepts/Valuing data.md');
    expect(valuing).toMatchObject({
      kind: 'concept',
      title: 'Why do Shannon and Kolmogorov measures fail to value data?',
      relation: 'exemplifies',
      why: 'the same move from worst-case to compute-aware, typical-case reasoning, made for information theory',
      depth: 1,
      reasons: ['related: exemplifies'],
    });
    for (const item of items) {
      expect(typeof item.score).toBe('number');
      expect(typeof item.x).toBe('number');
      expect(typeof item.y).toBe('number');
    }
    const rl = items.find((i) => i.path === 'Concepts/RL format collapse.md');
    // Average case, Idealized settings and Post-training list both concepts among their sources.
    expect(rl?.reasons).toEqual(['co-cited by 3 lines']);
  });

  it('neighbourhood: lists the five strongest reasons of a note and says how many more there are', async () => {
    const files: Record<string, string> = {
      'Centre.md': `---\ncorpus: concept\ntitle: Centre\nrelated:\n${[1, 2, 3, 4, 5, 6, 7].map((i) => `  - "[[Step ${i}]]"`).join('\n')}\n---\n`,
      'Target.md': '---\ncorpus: concept\ntitle: Target\n---\n',
    };
    for (let i = 1; i <= 7; i++) files[`Step ${i}.md`] = `---\ncorpus: concept\ntitle: Step ${i}\nrelated: "[[Target]]"\n---\n`;
    const root = await writeVault('many-reasons', files);
    const text = await cli('neighbourhood', 'Centre.md', '--vault', root, '--depth', '2');
    expect(text.out).toMatch(/Target +\(Target\.md\) \[concept\] [\d.]+: via Step 1; via Step 2; via Step 3; via Step 4; via Step 5; and 2 more$/m);
    const parsed = JSON.parse((await cli('neighbourhood', 'Centre.md', '--vault', root, '--depth', '2', '--json')).out) as Record<string, unknown>[];
    expect(parsed.find((i) => i.path === 'Target.md')).toMatchObject({ reasons: ['via Step 1', 'via Step 2', 'via Step 3', 'via Step 4', 'via Step 5'], moreReasons: 2 });
  });

  it('neighbourhood: says the cut on standard error, keeping standard output one JSON array', async () => {
    const result = await cli('neighbourhood', 'Concepts/Learning mechanics.md', '--vault', EXAMPLE, '--json', '--limit', '3');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out)).toHaveLength(3);
    expect(result.err).toMatch(/^showing 3 of \d+ notes \(limit 3\)$/);
  });

  it('related-papers: with score and linked, each paper once', async () => {
    const items = await json('related-papers', 'Concepts/Learning mechanics.md', '--limit', '20');
    for (const item of items) expect(item).toMatchObject({ kind: 'paper', score: expect.any(Number), linked: expect.any(Boolean) });
    expect(items.find((i) => i.path === 'Papers/Scientific theory of deep learning.md')?.linked).toBe(true);
    const titles = items.map((i) => String(i.title).toLowerCase());
    expect(new Set(titles).size).toBe(titles.length);
    // The concept's text says "deep learning", as the title both notes of this paper share.
    const rethinking = items.filter((i) => String(i.path).startsWith('Mistakes/Duplicate paper'));
    expect(rethinking).toHaveLength(1);
    expect(rethinking[0].duplicates).toEqual([rethinking[0].path === 'Mistakes/Duplicate paper.md' ? 'Mistakes/Duplicate paper copy.md' : 'Mistakes/Duplicate paper.md']);
    expect(items.length).toBeLessThanOrEqual(20);
  });

  it('prompt: prints the prompt\'s text', async () => {
    const result = await cli('prompt', 'Lines/Idealized settings.md', '--vault', EXAMPLE, '--json');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^As a deep learning theorist, how can we tell/);
    expect(result.out).toContain('  – arXiv:2401.11817v2 (Hallucination is Inevitable: An Innate Limitation of Large Language Models, ~2024)');
  });
});

describe('usage and errors', () => {
  it('--help describes every command and exits 0', async () => {
    const { code, out } = await cli('--help');
    expect(code).toBe(0);
    for (const name of ['check', 'lines', 'sources', 'next', 'backlinks', 'neighbourhood', 'related-papers', 'prompt']) {
      expect(out).toMatch(new RegExp(`^ {2}${name} +\\S`, 'm'));
      expect(COMMANDS[name]).toBeDefined();
    }
    expect(out).toContain('--vault DIR');
    expect((await cli()).code).toBe(0);
  });

  it('an unknown command exits 2 and lists the commands', async () => {
    const { code, out, err } = await cli('graph', '--vault', EXAMPLE);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err).toMatch(/Unknown command "graph"/);
    expect(err).toContain('check, lines, sources');
  });

  it('a missing --vault exits 2', async () => {
    const { code, err } = await cli('check');
    expect(code).toBe(2);
    expect(err).toMatch(/--vault DIR is required/);
  });

  it('a missing folder exits 2, without a stack trace', async () => {
    const { code, err } = await cli('check', '--vault', join(scratch, 'no-such-vault'));
    expect(code).toBe(2);
    expect(err).toMatch(/Cannot read the vault folder/);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it('an unknown NOTE exits 2, listing what it might have meant', async () => {
    const { code, out, err } = await cli('lines', 'Echo', '--vault', EXAMPLE);
    expect(code).toBe(2);
    expect(out).toBe('');
    expect(err.split('\n')).toEqual([
      'No note is called "Echo". Did you mean:',
      '  Papers/Echo Chamber.md  (Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining)',
    ]);
  });

  it('an unknown NOTE that resembles nothing exits 2 and says what a NOTE can be', async () => {
    const { code, err } = await cli('lines', 'Quantum gravity', '--vault', EXAMPLE);
    expect(code).toBe(2);
    expect(err).toMatch(/No note is called "Quantum gravity"\. Give a vault path, a link text, a title or an alias\./);
  });

  it('an ambiguous NOTE exits 2, listing both notes by path', async () => {
    const { code, err } = await cli('backlinks', 'Understanding Deep Learning Requires Rethinking Generalization', '--vault', EXAMPLE);
    expect(code).toBe(2);
    expect(err).toMatch(/matches more than one note; name one by its path/);
    expect(err).toContain('  Mistakes/Duplicate paper copy.md  (Understanding Deep Learning Requires Rethinking Generalization)');
    expect(err).toContain('  Mistakes/Duplicate paper.md  (Understanding Deep Learning Requires Rethinking Generalization)');
  });

  it('sources, next and prompt on a concept exit 2', async () => {
    for (const command of ['sources', 'next', 'prompt']) {
      const { code, err } = await cli(command, 'Learning mechanics', '--vault', EXAMPLE);
      expect(code).toBe(2);
      expect(err).toBe(`${command} takes an inquiring line; "Can deep learning theory unify around training dynamics?" (Concepts/Learning mechanics.md) is a concept.`);
    }
  });

  it('bad options exit 2: a depth out of range, a limit that is no number, a NOTE missing or unwanted, a template that cannot be read', async () => {
    const bad = [
      ['neighbourhood', 'Learning mechanics', '--depth', '4'],
      ['neighbourhood', 'Learning mechanics', '--limit', 'many'],
      ['lines'],
      ['check', 'Learning mechanics'],
      ['prompt', 'Lines/Average case.md', '--template', join(scratch, 'missing.txt')],
    ];
    const errors: string[] = [];
    for (const argv of bad) {
      const { code, err } = await cli(...argv, '--vault', EXAMPLE);
      expect(code, argv.join(' ')).toBe(2);
      errors.push(err);
    }
    expect(errors[0]).toMatch(/--depth takes a whole number from 1 to 3, not "4"/);
    expect(errors[1]).toMatch(/--limit takes a whole number/);
    expect(errors[2]).toMatch(/lines needs a NOTE/);
    expect(errors[3]).toMatch(/check takes no NOTE/);
    expect(errors[4]).toMatch(/Cannot read the template file/);
  });
});

describe('node dist/cli.js, end to end', () => {
  beforeAll(() => {
    if (existsSync(CLI)) return;
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`npm run build failed:\n${build.stdout}\n${build.stderr}`);
  }, 180_000);

  it('exits 1 on the example vault, printing the report and no stack trace', () => {
    const result = spawnSync(process.execPath, [CLI, 'check', '--vault', EXAMPLE], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout.split('\n')[0]).toBe('Corpus: 27 concepts, 9 lines, 16 papers.');
    expect(result.stdout).toContain('5 errors, 10 warnings.');
    expect(result.stderr).toBe('');
  });
});
