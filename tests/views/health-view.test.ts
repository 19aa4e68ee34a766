// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import { HealthView, groupProblems } from '../../src/views/health-view';
import { PROBLEM_MEANINGS } from '../../src/views/problem-codes';
import { vault, type TestNote } from '../helpers/vault';
import { App, WorkspaceLeaf } from '../stubs/obsidian';
import { click, fakeServices, partsOf, textOf, type FakeServices } from './harness';

/** One note per kind of trouble: three errors (a front-matter link to nothing, bad YAML, a bad arXiv id) and three warnings. */
const TROUBLED: Record<string, TestNote> = {
  'C/a.md': { fm: { corpus: 'concept', title: 'Alpha', related: ['[[C/missing]] adjacent: gone'] }, links: ['Nowhere'] },
  'C/b.md': { fm: { corpus: 'concept', title: 'Beta', related: ['[[C/b]] adjacent: itself'] } },
  'L/l.md': { fm: { corpus: 'line', title: 'A line with nothing' } },
  'P/p.md': { fm: { corpus: 'paper', title: 'A paper', arxiv: 'not-an-id' } },
  'N/bad.md': { error: 'bad indentation' },
};

interface Opened {
  view: HealthView;
  content: HTMLElement;
  services: FakeServices;
  app: App;
  render: ReturnType<typeof vi.spyOn>;
}

async function open(index: CorpusIndex, ready = true): Promise<Opened> {
  const services = fakeServices(index);
  services.ready = ready;
  const app = new App();
  for (const path of Object.keys(TROUBLED)) app.vault.put(path, '');
  const leaf = new WorkspaceLeaf(app as unknown as O.App);
  const view = new HealthView(leaf as unknown as O.WorkspaceLeaf, services);
  document.body.appendChild(view.containerEl);
  const render = vi.spyOn(view as unknown as { render(): void }, 'render');
  await leaf.open(view as never);
  return { view, content: view.contentEl, services, app, render };
}

const groups = (content: HTMLElement, attr: 'code' | 'path'): string[] =>
  [...content.querySelectorAll<HTMLElement>('.inquiring-lines-health-group')].map((g) => `${g.dataset[attr]} ${textOf(g.querySelector('.inquiring-lines-count'))}`);

afterEach(() => {
  document.body.empty();
  vi.restoreAllMocks();
});

describe('the corpus health view', () => {
  it('counts errors and warnings in its header', async () => {
    const { content } = await open(vault(TROUBLED).index);
    const summary = content.querySelector<HTMLElement>('.inquiring-lines-health-summary')!;
    expect(partsOf(summary)).toEqual(['3 errors, 3 warnings', 'In 5 notes.']);
    expect(summary.dataset).toMatchObject({ errors: '3', warnings: '3' });
  });

  it('groups by code, codes with errors first, each with its count and what it means', async () => {
    const { content } = await open(vault(TROUBLED).index);
    expect(groups(content, 'code')).toEqual(['unresolved-link 2', 'invalid-yaml 1', 'malformed-arxiv 1', 'line-without-sources 1', 'self-link 1']);
    const unresolved = content.querySelector('[data-code="unresolved-link"]')!;
    expect(textOf(unresolved.querySelector('.inquiring-lines-health-meaning'))).toBe(PROBLEM_MEANINGS['unresolved-link']);
    const rows = [...unresolved.querySelectorAll('.inquiring-lines-health-row')];
    expect(rows.map((row) => partsOf(row.querySelector('.inquiring-lines-problem-head')))).toEqual([
      ['Warning', 'Alpha', 'body', 'line 6'],
      ['Error', 'Alpha', 'related[0]'],
    ]);
  });

  it('switches to one group per note, notes with errors first', async () => {
    const { content } = await open(vault(TROUBLED).index);
    click(content.querySelector('[data-group="note"]')!);
    expect(groups(content, 'path')).toEqual(['C/a.md 2', 'N/bad.md 1', 'P/p.md 1', 'C/b.md 1', 'L/l.md 1']);
    const note = content.querySelector('[data-path="C/b.md"]')!;
    expect(textOf(note.querySelector('a[data-href]'))).toBe('Beta');
    expect(partsOf(note.querySelector('.inquiring-lines-problem-head'))).toEqual(['Warning', 'self-link', 'related[0]']);
    expect(content.querySelector('[data-group="note"]')?.getAttribute('aria-pressed')).toBe('true');
  });

  it('opens a row\'s note at the problem\'s line, in a new tab with Mod', async () => {
    const { content, app } = await open(vault(TROUBLED).index);
    const leaf = { openFile: vi.fn(() => Promise.resolve()) };
    const getLeaf = vi.spyOn(app.workspace, 'getLeaf').mockReturnValue(leaf as never);
    const row = content.querySelector<HTMLElement>('.inquiring-lines-health-row[data-line]')!;
    click(row, { ctrlKey: true });
    expect(getLeaf).toHaveBeenCalledWith('tab');
    expect(leaf.openFile).toHaveBeenCalledWith(app.vault.getFileByPath('C/a.md'), { eState: { line: 5 } });
  });

  it('opens the note itself when the line is not known, from a click or the keyboard', async () => {
    const { content, services } = await open(vault(TROUBLED).index);
    const row = content.querySelector<HTMLElement>('[data-code="malformed-arxiv"] .inquiring-lines-health-row')!;
    click(row);
    expect(services.openNote).toHaveBeenLastCalledWith('P/p.md', expect.any(MouseEvent));
    row.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(services.openNote).toHaveBeenCalledTimes(2);
  });

  it('follows the index as it changes, when the revision moves', async () => {
    const { index } = vault(TROUBLED);
    const { content, services } = await open(index);
    index.upsert({ path: 'C/b.md', frontmatter: { corpus: 'concept', title: 'Beta' }, links: [] });
    services.notify();
    expect(textOf(content.querySelector('.inquiring-lines-health-counts'))).toBe('3 errors, 3 warnings');
    services.bump();
    expect(textOf(content.querySelector('.inquiring-lines-health-counts'))).toBe('3 errors, 2 warnings');
    expect(content.querySelector('[data-code="self-link"]')).toBeNull();
  });

  it('does not follow the active note, and catches up only once shown again', async () => {
    const { index } = vault(TROUBLED);
    const { view, services, app, render } = await open(index);
    render.mockClear();
    app.workspace.setActiveFile(app.vault.getFileByPath('C/a.md'));
    expect(render).not.toHaveBeenCalled();
    view.containerEl.hide();
    index.remove('N/bad.md');
    services.bump();
    expect(render).not.toHaveBeenCalled();
    view.containerEl.show();
    app.workspace.trigger('layout-change');
    expect(render).toHaveBeenCalledTimes(1);
    expect(textOf(view.contentEl.querySelector('.inquiring-lines-health-counts'))).toBe('2 errors, 3 warnings');
  });

  it('says when there is nothing wrong, and while the vault is still being read', async () => {
    expect(textOf((await open(vault({ 'C/ok.md': { fm: { corpus: 'concept', title: 'Fine' } } }).index)).content)).toBe('No problems found.');
    expect(textOf((await open(vault(TROUBLED).index, false)).content)).toBe('Indexing the corpus…');
  });

  it('lists at most 2,000 rows and says how many more there are', async () => {
    const many = Object.fromEntries(Array.from({ length: 2003 }, (_, i) => [`N/broken ${i}.md`, { error: 'tab in indentation' }]));
    const { content } = await open(vault(many).index);
    expect(content.querySelectorAll('.inquiring-lines-health-row')).toHaveLength(2000);
    expect(textOf(content.lastElementChild)).toBe('3 more not shown; the command-line check lists them all.');
  });
});

describe('grouping problems', () => {
  it('keeps the order of the problems inside a group', () => {
    const problems = vault(TROUBLED).index.problems();
    const byCode = groupProblems(problems, 'code');
    expect(byCode.flatMap((g) => g.problems).length).toBe(problems.length);
    for (const group of byCode) expect(group.problems).toEqual(problems.filter((p) => p.code === group.key));
  });
});
