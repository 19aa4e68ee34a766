import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chmod, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { readVault } from '../../src/cli/read-vault';

let vault = '';

const CONCEPT = `---
corpus: concept
title: "Can we predict where language models will fail?"
papers:
  - "[[Embers of autoregression]]"
---
Treating the model as a probability machine: see [[lines/Average case]] and [the paper](papers/Embers%20of%20autoregression.md).
`;

const LINE = [
  '---',
  'corpus: line',
  'sources:',
  '  - [[Predict failures]]',
  '---',
  'Intro cites [[Predict failures]].',
  '',
  '```',
  '[[Not cited]]',
  '```',
  'Then ![[figures/chart.png]].',
].join('\n');

async function put(path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(vault, path)), { recursive: true });
  await writeFile(join(vault, path), content);
}

beforeAll(async () => {
  vault = await mkdtemp(join(tmpdir(), 'inquiring-lines-vault-'));
  await put('concepts/Predict failures.md', CONCEPT);
  await put('lines/Average case.md', LINE);
  // Written on Windows: a byte-order mark and CRLF line endings.
  await put('papers/Embers of autoregression.md', '\ufeff---\r\ncorpus: paper\r\narxiv: 2309.13638\r\n---\r\nAbstract with [[Predict failures]].\r\n');
  await put('figures/chart.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]));
  await put('Broken front-matter.md', '---\ncorpus: concept\ntitle: never closed\n');
  // A decomposed é, as macOS file systems return names.
  await put('Cafe\u0301 notes.md', 'Plain note.\n');
  await put('.obsidian/app.json', '{}');
  await put('.obsidian/snippets/ignored.md', '[[Predict failures]]');
  await put('.trash/Deleted.md', '[[Predict failures]]');
  await put('.git/HEAD', 'ref: refs/heads/main\n');
  await put('node_modules/pkg/README.md', '# pkg');
  await put('drafts/Draft.md', '[[Predict failures]]');
  await put('scratch.md', 'scratch');
  // A folder that links back to the vault root would loop forever if followed.
  await symlink(vault, join(vault, 'lines', 'loop'), 'dir');
  await symlink(join(vault, 'scratch.md'), join(vault, 'Shortcut.md'), 'file');
  await symlink(join(vault, 'missing.md'), join(vault, 'Dangling.md'), 'file');
});

afterAll(async () => {
  if (vault) await rm(vault, { recursive: true, force: true });
});

describe('readVault', () => {
  it('lists every file of the vault, sorted, leaving out dot-folders, node_modules and symlinked folders', async () => {
    const { files } = await readVault(vault);
    expect(files).toEqual([
      'Broken front-matter.md',
      'Café notes.md',
      'Shortcut.md',
      'concepts/Predict failures.md',
      'drafts/Draft.md',
      'figures/chart.png',
      'lines/Average case.md',
      'papers/Embers of autoregression.md',
      'scratch.md',
    ]);
  });

  it('reads each Markdown file into the core input, NFC paths included', async () => {
    const { inputs } = await readVault(vault);
    expect(inputs.map((i) => i.path)).toEqual([
      'Broken front-matter.md',
      'Café notes.md',
      'Shortcut.md',
      'concepts/Predict failures.md',
      'drafts/Draft.md',
      'lines/Average case.md',
      'papers/Embers of autoregression.md',
      'scratch.md',
    ]);
    const byPath = new Map(inputs.map((i) => [i.path, i]));
    expect(byPath.get('Café notes.md')?.body).toBe('Plain note.\n');
    expect(byPath.get('Shortcut.md')?.body).toBe('scratch');
    expect(byPath.get('Broken front-matter.md')?.frontmatterError).toBe(
      'front-matter starts with --- but has no closing ---',
    );
  });

  it('gives front-matter and body links with their file lines', async () => {
    const { inputs } = await readVault(vault);
    const concept = inputs.find((i) => i.path === 'concepts/Predict failures.md');
    expect(concept?.frontmatter).toEqual({
      corpus: 'concept',
      title: 'Can we predict where language models will fail?',
      papers: ['[[Embers of autoregression]]'],
    });
    expect(concept?.links.map((l) => [l.link, l.position.line, l.position.col])).toEqual([
      ['lines/Average case', 6, 49],
      ['papers/Embers of autoregression.md', 6, 76],
    ]);

    const line = inputs.find((i) => i.path === 'lines/Average case.md');
    expect(line?.frontmatter).toEqual({ corpus: 'line', sources: [[['Predict failures']]] });
    expect(line?.links.map((l) => [l.link, l.position.line])).toEqual([
      ['Predict failures', 5],
      ['figures/chart.png', 10],
    ]);
  });

  it('reads a file with a byte-order mark and CRLF endings like any other', async () => {
    // Offsets leave the mark out, as Obsidian's decoded text does: 5 + 15 + 19 + 5 + 'Abstract with '.length.
    const { inputs } = await readVault(vault);
    const paper = inputs.find((i) => i.path === 'papers/Embers of autoregression.md');
    expect(paper?.frontmatter).toEqual({ corpus: 'paper', arxiv: 2309.13638 });
    expect(paper?.links).toEqual([
      { link: 'Predict failures', original: '[[Predict failures]]', position: { line: 4, col: 14, offset: 58 } },
    ]);
  });

  it('reports a file it cannot read instead of throwing', async () => {
    const { unreadable, files } = await readVault(vault);
    expect(unreadable.map((u) => u.path)).toEqual(['Dangling.md']);
    expect(unreadable[0]?.message).toMatch(/missing/);
    expect(files).not.toContain('Dangling.md');
  });

  it.skipIf(process.getuid?.() === 0)('reports a note without read permission', async () => {
    const locked = join(vault, 'drafts', 'Locked.md');
    await writeFile(locked, 'secret');
    await chmod(locked, 0o000);
    try {
      const { unreadable, inputs } = await readVault(vault);
      expect(unreadable).toContainEqual({ path: 'drafts/Locked.md', message: 'permission denied' });
      expect(inputs.map((i) => i.path)).not.toContain('drafts/Locked.md');
    } finally {
      await rm(locked, { force: true });
    }
  });

  it('leaves out what the ignore option names, folders whole', async () => {
    const seen: string[] = [];
    const { files } = await readVault(vault, {
      ignore: (path) => {
        seen.push(path);
        return path === 'drafts' || path.endsWith('.png');
      },
    });
    expect(files).not.toContain('drafts/Draft.md');
    expect(files).not.toContain('figures/chart.png');
    expect(files).toContain('scratch.md');
    expect(seen).toContain('drafts');
    expect(seen).not.toContain('drafts/Draft.md');
  });

  it('throws an error naming the folder when it is missing or is a file', async () => {
    const missing = join(vault, 'no such folder');
    await expect(readVault(missing)).rejects.toThrow(missing);
    const file = join(vault, 'scratch.md');
    await expect(readVault(file)).rejects.toThrow(`The vault "${file}" is not a folder.`);
  });

  it('reads an empty folder as an empty vault', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'inquiring-lines-empty-'));
    try {
      expect(await readVault(empty)).toEqual({ inputs: [], files: [], unreadable: [] });
    } finally {
      await rm(empty, { recursive: true, force: true });
    }
  });
});
