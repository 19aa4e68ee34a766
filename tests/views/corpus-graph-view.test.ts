// @vitest-environment happy-dom
import type * as O from 'obsidian';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import { CorpusGraphView, type GraphEngine } from '../../src/views/corpus-graph-view';
import type { DisplayGraph } from '../../src/views/display-graph';
import type { LayoutControl, LayoutState } from '../../src/views/layout-runner';
import type { GraphRenderer, RendererHost } from '../../src/views/graph-renderer';
import { NO_WEBGL } from '../../src/views/sigma-renderer';
import { VIEW_CORPUS_GRAPH } from '../../src/views/view-types';
import type { InquiringLinesSettings } from '../../src/settings';
import { vault } from '../helpers/vault';
import { WorkspaceLeaf } from '../stubs/obsidian';
import { DEGREES, READING } from './corpus-graph-vaults';
import { FakeWorkspace, click, fakeServices, partsOf, textOf, type FakeServices } from './harness';

/** A renderer that records what the view asks of it. */
class FakeRenderer implements GraphRenderer {
  focus: [string | null, boolean][] = [];
  killed = false;
  refresh = vi.fn();
  restyle = vi.fn();
  resize = vi.fn();
  setFocus(path: string | null, move: boolean): void {
    this.focus.push([path, move]);
  }
  positionOf(path: string): { x: number; y: number } | null {
    return path === 'C/hub.md' ? { x: 10, y: 20 } : null;
  }
  kill(): void {
    this.killed = true;
  }
}

/** A layout whose state the test moves. */
class FakeLayout implements LayoutControl {
  state: LayoutState = 'idle';
  killed = false;
  starts = 0;
  constructor(readonly graph: DisplayGraph, private readonly onState: (state: LayoutState) => void) {}
  start(): void {
    this.starts++;
    this.set('running');
  }
  stop(): void {
    this.set('stopped');
  }
  kill(): void {
    this.killed = true;
  }
  set(state: LayoutState): void {
    this.state = state;
    this.onState(state);
  }
}

interface Opened {
  view: CorpusGraphView;
  content: HTMLElement;
  services: FakeServices;
  workspace: FakeWorkspace;
  renderer: FakeRenderer;
  layouts: FakeLayout[];
  host: () => RendererHost;
  display: () => DisplayGraph;
}

async function open(index: CorpusIndex, settings: Partial<InquiringLinesSettings> = {}): Promise<Opened> {
  const services = fakeServices(index, settings);
  const workspace = new FakeWorkspace();
  const renderer = new FakeRenderer();
  const layouts: FakeLayout[] = [];
  let host: RendererHost | null = null;
  let display: DisplayGraph | null = null;
  const engine: GraphEngine = {
    renderer: (_container, graph, h) => {
      host = h;
      display = graph;
      return Promise.resolve(renderer);
    },
    layout: (graph, onState) => {
      const layout = new FakeLayout(graph, onState);
      layouts.push(layout);
      return layout;
    },
  };
  const leaf = new WorkspaceLeaf({ workspace } as unknown as O.App);
  const view = new CorpusGraphView(leaf as unknown as O.WorkspaceLeaf, services, engine);
  document.body.appendChild(view.containerEl);
  await leaf.open(view as never);
  await settle();
  return { view, content: view.contentEl, services, workspace, renderer, layouts, host: () => host!, display: () => display! };
}

/** Lets the renderer's promise resolve. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const status = (content: HTMLElement): string[] => partsOf(content.querySelector('.inquiring-lines-graph-status'));
const select = (content: HTMLElement, control: string, value: string): void => {
  const el = content.querySelector<HTMLSelectElement>(`select[data-control="${control}"]`)!;
  el.value = value;
  el.dispatchEvent(new Event('change', { bubbles: true }));
};

afterEach(() => {
  document.body.empty();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the corpus graph view', () => {
  it('draws the corpus notes, counts them and their links, and offers the filters', async () => {
    const { content, display } = await open(vault(READING).index);
    expect(content.dataset.renderer).toBe('ready');
    expect(display().order).toBe(8);
    expect(display().getNodeAttributes('C/hub.md')).toMatchObject({ label: 'Hub of learning dynamics', kind: 'concept' });
    expect(status(content)).toEqual(['8 notes, 9 links', 'Laying out…']);
    const boxes = [...content.querySelectorAll<HTMLInputElement>('input[data-control="kind"]')].map((b) => `${b.dataset.kind}:${b.checked}`);
    expect(boxes).toEqual(['concept:true', 'line:true', 'paper:true', 'note:false']);
    expect([...content.querySelectorAll('select[data-control="folder"] option')].map((o) => textOf(o))).toEqual(['All folders', 'C (4)', 'C/sub (1)', 'L (2)', 'P (2)']);
    expect((content.querySelector('.inquiring-lines-graph-message') as HTMLElement).style.display).toBe('none');
  });

  it('says when the node cap leaves notes out, keeping the best-linked ones', async () => {
    const { content, display } = await open(vault(DEGREES).index, { graphNodeCap: 2 });
    expect(display().nodes().sort()).toEqual(['C/big.md', 'C/mid.md']);
    const cap = content.querySelector<HTMLElement>('[data-cap]');
    expect(textOf(cap)).toBe('Showing 2 of 10 notes (cap in settings)');
    expect(cap?.dataset.matching).toBe('10');
  });

  it('redraws with the filters chosen, and remembers them in the layout', async () => {
    const { content, display, workspace, view } = await open(vault(READING).index);
    const papers = content.querySelector<HTMLInputElement>('input[data-kind="paper"]')!;
    papers.checked = false;
    papers.dispatchEvent(new Event('change', { bubbles: true }));
    expect(display().nodes().some((p) => p.startsWith('P/'))).toBe(false);
    select(content, 'folder', 'C/sub');
    expect(display().nodes()).toEqual(['C/sub/c.md']);
    select(content, 'folder', '');
    select(content, 'link', 'relation:adjacent');
    expect(display().edges().sort()).toEqual(['C/hub.md\u2192C/a.md', 'C/hub.md\u2192C/sub/c.md']);
    select(content, 'tag', 'topic/ml');
    expect(display().nodes()).toEqual(['C/hub.md']);
    expect(workspace.requestSaveLayout).toHaveBeenCalledTimes(5);
    expect(view.getState()).toMatchObject({ filters: { kinds: ['concept', 'line'], link: 'relation:adjacent', folder: '', tag: 'topic/ml' } });
  });

  it('finds a note from the search box and focuses on it, even when a filter hid it', async () => {
    const { content, renderer, display } = await open(vault(READING).index);
    select(content, 'folder', 'L');
    const search = content.querySelector<HTMLInputElement>('input.inquiring-lines-graph-search')!;
    search.value = 'central';
    search.dispatchEvent(new Event('input'));
    const hits = [...content.querySelectorAll<HTMLElement>('.inquiring-lines-graph-hit')];
    expect(hits.map((h) => h.dataset.href)).toEqual(['C/hub.md']);
    expect(partsOf(hits[0])).toEqual(['Concept', 'Hub of learning dynamics', 'alias “Central idea”']);
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(display().hasNode('C/hub.md')).toBe(true);
    expect(renderer.focus).toContainEqual(['C/hub.md', true]);
    expect(status(content)).toContain('Focused on Hub of learning dynamicsClear focus');
    click(content.querySelector('[data-action="clear-focus"]')!);
    expect(renderer.focus.at(-1)).toEqual([null, false]);
    expect(display().hasNode('C/hub.md')).toBe(false);
  });

  it('focuses on a note asked for from outside, and once more when asked again', async () => {
    const { view, renderer } = await open(vault(READING).index);
    view.focusNote('P/lonely.md');
    view.focusNote('P/lonely.md');
    expect(renderer.focus.filter(([path, move]) => path === 'P/lonely.md' && move)).toHaveLength(2);
    expect(view.getState()).toMatchObject({ focus: 'P/lonely.md' });
  });

  it('says where a drawn note is, for tests and keyboard aids', async () => {
    const { view } = await open(vault(READING).index);
    expect(view.notePosition('C/hub.md')).toEqual({ x: 10, y: 20 });
    expect(view.notePosition('C/a.md')).toBeNull();
  });

  it('opens a clicked note, passing the click on so that Mod opens a new tab', async () => {
    const { host, services } = await open(vault(READING).index);
    const event = new MouseEvent('click', { ctrlKey: true });
    host().open('C/a.md', event);
    expect(services.openNote).toHaveBeenCalledWith('C/a.md', event);
  });

  it('asks Obsidian for a hover preview of a hovered note, beside it', async () => {
    const { host, workspace, view } = await open(vault(READING).index);
    const seen: unknown[] = [];
    workspace.on('hover-link', (info) => seen.push(info));
    const anchor = document.createElement('div');
    const event = new MouseEvent('mousemove');
    host().hover('C/b.md', event, anchor);
    expect(seen).toEqual([{ event, source: VIEW_CORPUS_GRAPH, hoverParent: view, targetEl: anchor, linktext: 'C/b.md', sourcePath: '' }]);
  });
});

describe('the layout of the corpus graph', () => {
  it('starts once the graph is drawn, and says when it has settled', async () => {
    const { layouts, content } = await open(vault(READING).index);
    expect(layouts).toHaveLength(1);
    expect(layouts[0].starts).toBe(1);
    layouts[0].set('settled');
    expect(content.dataset.layoutState).toBe('settled');
    expect(textOf(content.querySelector('[data-action="layout"]'))).toBe('Resume layout');
    expect(status(content)).toContain('Layout settled.');
  });

  it('goes on from where the notes were when the index changes, instead of starting again', async () => {
    const { index } = vault(READING);
    const { services, layouts, display } = await open(index);
    display().setNodeAttribute('C/a.md', 'x', 123);
    index.upsert({ path: 'C/new.md', frontmatter: { corpus: 'concept', title: 'New', related: ['[[C/a]] extends: more'] }, links: [] });
    services.bump();
    expect(layouts[0].killed).toBe(true);
    expect(layouts).toHaveLength(2);
    expect(layouts[1].starts).toBe(1);
    expect(display().getNodeAttribute('C/a.md', 'x')).toBe(123);
    expect(display().hasEdge('C/new.md\u2192C/a.md')).toBe(true);
  });

  it('leaves the layout alone when an update changes no note or link of the drawing', async () => {
    const { index } = vault(READING);
    const { services, layouts, display } = await open(index);
    index.upsert({ path: 'C/b.md', frontmatter: { corpus: 'concept', title: 'Beta, renamed', tags: ['Other'] }, links: [] });
    services.bump();
    expect(layouts).toHaveLength(1);
    expect(layouts[0].killed).toBe(false);
    expect(display().getNodeAttribute('C/b.md', 'label')).toBe('Beta, renamed');
  });

  it('stops and resumes from its button; once stopped, an update places new notes without running it', async () => {
    const { index } = vault(READING);
    const { content, services, layouts } = await open(index);
    const button = content.querySelector<HTMLButtonElement>('[data-action="layout"]')!;
    expect(textOf(button)).toBe('Stop layout');
    click(button);
    expect(layouts[0].state).toBe('stopped');
    expect(textOf(button)).toBe('Resume layout');
    index.upsert({ path: 'C/new.md', frontmatter: { corpus: 'concept', title: 'New' }, links: [] });
    services.bump();
    expect(layouts[1].starts).toBe(0);
    click(button);
    expect(layouts[1].starts).toBe(1);
    expect(textOf(button)).toBe('Stop layout');
  });

  it('ends the worker and the renderer when the view closes', async () => {
    const { view, layouts, renderer } = await open(vault(READING).index);
    await (view.leaf as unknown as WorkspaceLeaf).detach();
    expect(layouts[0].killed).toBe(true);
    expect(renderer.killed).toBe(true);
  });
});

describe('when the corpus graph cannot be drawn yet', () => {
  it('says the corpus is being indexed', async () => {
    const services = fakeServices(vault(READING).index);
    services.ready = false;
    const leaf = new WorkspaceLeaf({ workspace: new FakeWorkspace() } as unknown as O.App);
    const view = new CorpusGraphView(leaf as unknown as O.WorkspaceLeaf, services);
    document.body.appendChild(view.containerEl);
    await leaf.open(view as never);
    expect(textOf(view.contentEl.querySelector('.inquiring-lines-graph-message'))).toBe('Indexing the corpus…');
  });

  it('without WebGL, says so in place of the graph, keeps the counts and starts no worker', async () => {
    const made: unknown[] = [];
    vi.stubGlobal('Worker', class {
      constructor() {
        made.push(this);
      }
    });
    const services = fakeServices(vault(READING).index);
    const leaf = new WorkspaceLeaf({ workspace: new FakeWorkspace() } as unknown as O.App);
    const view = new CorpusGraphView(leaf as unknown as O.WorkspaceLeaf, services);
    document.body.appendChild(view.containerEl);
    await leaf.open(view as never);
    await settle();
    const content = view.contentEl;
    expect(content.dataset.renderer).toBe('failed');
    expect(textOf(content.querySelector('.inquiring-lines-graph-message'))).toBe(NO_WEBGL);
    expect(status(content)).toEqual(['8 notes, 9 links']);
    expect(content.querySelector<HTMLButtonElement>('[data-action="layout"]')?.disabled).toBe(true);
    expect(made).toEqual([]);
    services.bump();
    expect(textOf(content.querySelector('.inquiring-lines-graph-message'))).toBe(NO_WEBGL);
  });
});
