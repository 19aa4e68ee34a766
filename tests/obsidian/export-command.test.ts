// @vitest-environment happy-dom
import { join } from 'node:path';
import type * as O from 'obsidian';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readVault } from '../../src/cli/read-vault';
import { buildIndex, type StandaloneIndex } from '../../src/core/build';
import { ExportModal, exportNotice } from '../../src/obsidian/export-command';
import { exportTarget, withFormat, writeExport } from '../../src/obsidian/export-file';
import { App, noticeMessages, openModals } from '../stubs/obsidian';
import { edgeTable, fromGexf, fromJson, nodeTable } from '../core/export/read-back';
import { fakeServices } from '../views/harness';

let example: StandaloneIndex;
let app: App;
let modal: ExportModal;

beforeAll(async () => {
  // Found from this file's folder: under happy-dom, the read-back helper's URL-based path does not resolve.
  const contents = await readVault(join(import.meta.dirname, '../../example-vault'));
  example = buildIndex(contents.inputs, contents.files);
});

beforeEach(() => {
  noticeMessages.length = 0;
  app = new App();
  modal = new ExportModal(app as unknown as O.App, fakeServices(example.index));
  modal.open();
});

afterEach(() => {
  for (const open of [...openModals]) open.close();
  document.body.empty();
});

const el = <T extends HTMLElement>(selector: string): T => modal.contentEl.querySelector<T>(selector)!;
const pathInput = (): HTMLInputElement => el('input[data-export-path]');
const message = (): string => el('.inquiring-lines-export-message').textContent ?? '';
const typePath = (path: string): void => {
  pathInput().value = path;
  pathInput().dispatchEvent(new Event('input'));
};
/** Clicks the confirm button and lets the write finish. */
const confirm = async (): Promise<void> => {
  el('[data-action="export"]').click();
  await new Promise((resolve) => setTimeout(resolve, 0));
};

/** Checks that a file read back holds the index: every corpus note, every note it keeps as the index has it, every link. */
function expectSameAsIndex(back: ReturnType<typeof fromJson>): void {
  const graph = example.index.graph();
  const corpus = graph.filterNodes((_key, attrs) => attrs.kind !== 'note');
  for (const path of corpus) expect(back.hasNode(path)).toBe(true);
  const expected = nodeTable(graph);
  for (const [path, attrs] of Object.entries(nodeTable(back))) expect(attrs).toEqual(expected[path]);
  expect(edgeTable(back)).toEqual(edgeTable(graph));
}

describe('the export dialog', () => {
  it('proposes a GEXF file and writes nothing until confirmed', () => {
    expect(pathInput().value).toBe('corpus-graph.gexf');
    expect(el('[data-format="gexf"]').getAttribute('aria-pressed')).toBe('true');
    expect(app.vault.getFiles()).toEqual([]);
  });

  it('writes GEXF on confirmation that reads back as the index, and says what it wrote', async () => {
    await confirm();
    const text = app.vault.texts.get('corpus-graph.gexf');
    expect(text).toBeDefined();
    const back = fromGexf(text!);
    expectSameAsIndex(back);
    expect(noticeMessages).toEqual([`Exported ${back.order} notes and ${back.size} links to corpus-graph.gexf.`]);
    expect(openModals).not.toContain(modal);
  });

  it('writes JSON when that format is chosen, changing the file\'s extension', async () => {
    el('[data-format="json"]').click();
    expect(pathInput().value).toBe('corpus-graph.json');
    expect(el('[data-format="json"]').getAttribute('aria-pressed')).toBe('true');
    await confirm();
    expectSameAsIndex(fromJson(app.vault.texts.get('corpus-graph.json')!));
  });

  it('takes the format from the extension typed', async () => {
    typePath('Exports.json');
    expect(el('[data-format="json"]').getAttribute('aria-pressed')).toBe('true');
    await confirm();
    expect(JSON.parse(app.vault.texts.get('Exports.json')!)).toHaveProperty('nodes');
  });

  it('never replaces a file silently: it asks, and replaces only on a second confirmation', async () => {
    app.vault.put('corpus-graph.gexf', 'kept');
    await confirm();
    expect(app.vault.texts.get('corpus-graph.gexf')).toBe('kept');
    expect(message()).toContain('already exists');
    expect(el('[data-action="export"]').textContent).toBe('Replace');
    expect(noticeMessages).toEqual([]);
    await confirm();
    expect(app.vault.texts.get('corpus-graph.gexf')).toMatch(/^<\?xml/);
    expect(noticeMessages).toHaveLength(1);
  });

  it('takes the agreement to replace back when the path is edited', async () => {
    app.vault.put('corpus-graph.gexf', 'kept');
    await confirm();
    typePath('corpus-graph.gexf');
    expect(el('[data-action="export"]').textContent).toBe('Export');
    await confirm();
    expect(app.vault.texts.get('corpus-graph.gexf')).toBe('kept');
  });

  it('refuses a folder that does not exist, the settings folder and a path leaving the vault', async () => {
    for (const [path, says] of [['Missing/graph.gexf', 'does not exist'], ['.obsidian/graph.gexf', 'outside .obsidian'], ['../graph.gexf', 'inside the vault'], ['  ', 'Name the file']]) {
      typePath(path);
      await confirm();
      expect(message()).toContain(says);
    }
    expect(app.vault.getFiles()).toEqual([]);
  });

  it('writes nothing when cancelled', () => {
    [...modal.contentEl.querySelectorAll('button')].find((b) => b.textContent === 'Cancel')!.click();
    expect(openModals).not.toContain(modal);
    expect(app.vault.getFiles()).toEqual([]);
  });
});

describe('writing the export file', () => {
  it('refuses to replace a file unless told the user confirmed it', async () => {
    app.vault.put('graph.json', 'kept');
    await expect(writeExport(app.vault as unknown as O.Vault, example.index.graph(), 'graph.json', 'json', false)).rejects.toThrow('already exists');
    expect(app.vault.texts.get('graph.json')).toBe('kept');
    const written = await writeExport(app.vault as unknown as O.Vault, example.index.graph(), 'graph.json', 'json', true);
    expect(written).toMatchObject({ path: 'graph.json', replaced: true });
    expect(exportNotice(written)).toBe(`Exported ${written.notes} notes and ${written.links} links to graph.json.`);
  });

  it('gives a path the extension of its format, and keeps it inside the vault', () => {
    expect(withFormat('graph', 'gexf')).toBe('graph.gexf');
    expect(withFormat('graph.GEXF', 'json')).toBe('graph.json');
    expect(withFormat('notes.md', 'json')).toBe('notes.md.json');
    expect(exportTarget(app.vault as unknown as O.Vault, '/graph', 'json')).toEqual({ ok: true, path: 'graph.json' });
  });
});
