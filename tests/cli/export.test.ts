import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { EXAMPLE_VAULT, exampleIndex, fromGexf, fromJson, nodeTable } from '../core/export/read-back';

interface Ran {
  code: number;
  out: string;
  err: string;
}

async function cli(...argv: string[]): Promise<Ran> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'inquiring-lines-export-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('export', () => {
  it('prints graphology JSON when there is no --out', async () => {
    const ran = await cli('export', '--vault', EXAMPLE_VAULT);
    expect(ran.code).toBe(0);
    const back = fromJson(ran.out);
    const { index } = await exampleIndex();
    const corpusNotes = [...index.allNotes()].filter((n) => n.kind !== 'note').map((n) => n.path);
    expect(back.nodes()).toEqual(expect.arrayContaining(corpusNotes));
    expect(back.size).toBe(index.graph().size);
  });

  it('prints GEXF with --format gexf', async () => {
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--format', 'gexf');
    expect(ran.code).toBe(0);
    expect(ran.out.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<gexf ')).toBe(true);
    expect(fromGexf(ran.out).getAttribute('creator')).toBe('Inquiring Lines');
  });

  it('writes the file given by --out and says where, printing no graph', async () => {
    const file = join(dir, 'corpus.json');
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--format', 'json', '--out', file);
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^Wrote \d+ notes and \d+ links as graphology JSON to /);
    expect(ran.out).toContain(file);
    const { index } = await exampleIndex();
    expect(nodeTable(fromJson(await readFile(file, 'utf8')))['Papers/Hallucination is inevitable.md'])
      .toEqual(index.graph().getNodeAttributes('Papers/Hallucination is inevitable.md'));
  });

  it('writes GEXF to a .gexf file when no --format is given', async () => {
    const file = join(dir, 'corpus.gexf');
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--out', file);
    expect(ran.code).toBe(0);
    expect(ran.out).toContain('as GEXF 1.3 to');
    expect(fromGexf(await readFile(file, 'utf8')).order).toBeGreaterThan(0);
  });

  it('keeps every note with --notes all, and only the corpus with --notes corpus', async () => {
    const all = fromJson((await cli('export', '--vault', EXAMPLE_VAULT, '--notes', 'all')).out);
    const corpus = fromJson((await cli('export', '--vault', EXAMPLE_VAULT, '--notes', 'corpus')).out);
    expect(all.hasNode('Mistakes/README.md')).toBe(true);
    expect(corpus.hasNode('Welcome.md')).toBe(false);
    expect(corpus.filterNodes((_k, a) => a.kind === 'note')).toEqual([]);
  });

  it('refuses an unknown --format with exit 2 and says which formats there are', async () => {
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--format', 'graphml');
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('--format takes json, gexf, not "graphml"');
    expect(ran.out).toBe('');
  });

  it('refuses an unknown --notes with exit 2', async () => {
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--notes', 'some');
    expect(ran.code).toBe(2);
    expect(ran.err).toContain('--notes takes corpus, linked, all');
  });

  it('says so with exit 2 when the --out folder does not exist', async () => {
    const file = join(dir, 'no such folder', 'corpus.json');
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--out', file);
    expect(ran.code).toBe(2);
    expect(ran.err).toBe(`Cannot write the export to "${file}": its folder does not exist.`);
    expect(ran.out).toBe('');
  });

  it('says so with exit 2 when --out names a folder', async () => {
    const ran = await cli('export', '--vault', EXAMPLE_VAULT, '--out', dir);
    expect(ran.code).toBe(2);
    expect(ran.err).toBe(`Cannot write the export to "${dir}": it is a folder.`);
  });

  it('is listed in --help with its options', async () => {
    const ran = await cli('--help');
    expect(ran.code).toBe(0);
    expect(ran.out).toMatch(/^ {2}export +The corpus graph/m);
    for (const option of ['--format F', '--out FILE', '--notes SCOPE']) expect(ran.out).toContain(option);
  });
});
