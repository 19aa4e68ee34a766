/**
 * The corpus graph view: the whole corpus, sized by degree and coloured by kind,
 * laid out by ForceAtlas2 in a web worker and drawn by sigma. Filters, a search
 * box and a focus narrow it; an index update changes the drawn graph in place,
 * so the layout carries on from where it was.
 */
import type { ViewStateResult, WorkspaceLeaf } from 'obsidian';
import type { CorpusServices } from '../obsidian/services';
import { renderFilters, renderHits, renderStatus } from './corpus-graph-controls';
import { drawingSteps, type GraphDrawing } from './corpus-graph-job';
import type { CorpusGraphModel } from './corpus-graph-model';
import { CorpusWideView } from './corpus-wide-view';
import { DEFAULT_GRAPH_FILTERS, readFilters, type GraphFilters } from './graph-filters';
import { searchNotes, type SearchHit } from './graph-search';
import { GraphStage, MODEL_SHARE, drawingText, type GraphEngine } from './graph-stage';
import { workerLayout } from './layout-runner';
import { sigmaRenderer } from './sigma-renderer';
import { runSliced, type SlicedJob } from './sliced-job';
import { VIEW_CORPUS_GRAPH } from './view-types';

export type { GraphEngine } from './graph-stage';

/** The engine of the plugin: sigma and the ForceAtlas2 worker. */
export const DEFAULT_ENGINE: GraphEngine = { renderer: sigmaRenderer, layout: workerLayout };

/** Search results listed at most. */
const HITS = 8;

/** The corpus graph. */
export class CorpusGraphView extends CorpusWideView {
  private filters: GraphFilters = readFilters(DEFAULT_GRAPH_FILTERS);
  private focus: string | null = null;
  /** True until the camera has gone to the latest focus. */
  private moveToFocus = false;
  private hits: SearchHit[] = [];
  private stage: GraphStage | null = null;
  private model: CorpusGraphModel | null = null;
  /** Works out what to draw, a slice at a time: on a large vault that takes many tasks. */
  private job: SlicedJob | null = null;
  private choicesKey = '';
  private searchEl!: HTMLInputElement;
  private hitsEl!: HTMLElement;
  private layoutButton!: HTMLButtonElement;
  private filtersEl!: HTMLElement;
  private statusEl!: HTMLElement;

  constructor(leaf: WorkspaceLeaf, services: CorpusServices, private readonly engine: GraphEngine = DEFAULT_ENGINE) {
    super(leaf, services);
  }

  override getViewType(): string {
    return VIEW_CORPUS_GRAPH;
  }

  override getDisplayText(): string {
    return 'Corpus graph';
  }

  override getIcon(): string {
    return 'network';
  }

  override getState(): Record<string, unknown> {
    return { ...super.getState(), filters: this.filters, focus: this.focus };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const saved = (state ?? {}) as Record<string, unknown>;
    if (saved.filters !== undefined) this.filters = readFilters(saved.filters);
    await super.setState(state, result);
    if (typeof saved.focus === 'string') this.focusNote(saved.focus);
    else this.refresh();
  }

  /** Shows a note: always drawn, whatever the filters and cap, ringed, and the camera goes to it. */
  focusNote(path: string | null): void {
    const same = path === this.focus;
    this.focus = path;
    this.moveToFocus = path !== null;
    this.refresh();
    // Focusing the note already focused changes no option, so nothing redraws: bring the camera there anyway.
    if (same && path !== null && this.containerEl.isShown()) {
      this.moveToFocus = false;
      this.stage?.refocus();
    }
  }

  /** Where a note is drawn, in pixels from the stage's top left corner (for the browser tests and keyboard aids). */
  notePosition(path: string): { x: number; y: number } | null {
    return this.stage?.positionOf(path) ?? null;
  }

  override async onOpen(): Promise<void> {
    this.buildSkeleton();
    this.registerEvent(this.app.workspace.on('css-change', () => this.stage?.restyle()));
    await super.onOpen();
  }

  override async onClose(): Promise<void> {
    this.job?.cancel();
    this.job = null;
    this.stage?.kill();
    this.stage = null;
    await super.onClose();
  }

  override onResize(): void {
    super.onResize();
    this.stage?.resize();
  }

  protected override optionsKey(): string {
    return JSON.stringify([this.filters, this.focus]);
  }

  private buildSkeleton(): void {
    const root = this.contentEl;
    root.empty();
    root.addClass('inquiring-lines-corpus-graph');
    const bar = root.createDiv({ cls: 'inquiring-lines-toolbar' });
    this.searchEl = bar.createEl('input', { type: 'search', cls: 'inquiring-lines-graph-search', placeholder: 'Find a note…', attr: { 'aria-label': 'Find a note in the graph' } });
    this.layoutButton = bar.createEl('button', { cls: 'inquiring-lines-graph-layout', text: 'Stop layout', attr: { 'data-action': 'layout' } });
    this.hitsEl = root.createDiv({ cls: 'inquiring-lines-graph-hits' });
    this.hitsEl.toggle(false);
    this.filtersEl = root.createDiv({ cls: 'inquiring-lines-graph-filters' });
    this.statusEl = root.createDiv({ cls: 'inquiring-lines-graph-status', attr: { 'aria-live': 'polite' } });
    this.stage = new GraphStage(root.createDiv({ cls: 'inquiring-lines-graph-stage' }), this.engine, {
      open: (path, event) => void this.services.openNote(path, event),
      hover: (path, event, anchor) => this.app.workspace.trigger('hover-link', {
        event, source: VIEW_CORPUS_GRAPH, hoverParent: this, targetEl: anchor, linktext: path, sourcePath: '',
      }),
    }, () => this.drawState());
    this.registerDomEvent(this.searchEl, 'input', () => this.search());
    this.registerDomEvent(this.searchEl, 'keydown', (event) => {
      if (event.key === 'Enter' && this.hits.length > 0) {
        event.preventDefault();
        this.chooseHit(this.hits[0].path);
      } else if (event.key === 'Escape') {
        this.searchEl.value = '';
        this.search();
      }
    });
    this.drawState();
  }

  protected override onAction(action: string, target: HTMLElement): void {
    if (action === 'focus' && target.dataset.href) this.chooseHit(target.dataset.href);
    else if (action === 'clear-focus') this.focusNote(null);
    else if (action === 'layout') this.stage?.toggleLayout();
  }

  protected override onControl(control: string, el: HTMLInputElement | HTMLSelectElement): void {
    if (control === 'kind' && el instanceof HTMLInputElement) {
      const kind = el.dataset.kind;
      const others = this.filters.kinds.filter((k) => k !== kind);
      this.filters = { ...this.filters, kinds: readFilters({ kinds: el.checked ? [...others, kind] : others }).kinds };
    } else if (control === 'link' || control === 'folder' || control === 'tag') {
      this.filters = { ...this.filters, [control]: el.value };
    } else {
      return;
    }
    this.app.workspace.requestSaveLayout();
    this.refresh();
  }

  private search(): void {
    const query = this.searchEl.value;
    this.hits = this.services.ready ? searchNotes(this.services.index.allNotes(), query, HITS) : [];
    renderHits(this.hitsEl, this.hits, query);
  }

  private chooseHit(path: string): void {
    this.searchEl.value = '';
    this.search();
    this.focusNote(path);
  }

  protected override render(): void {
    const { services, stage } = this;
    if (!stage) return;
    this.job?.cancel();
    this.job = null;
    if (!services.ready) {
      this.statusEl.empty();
      stage.say('Indexing the corpus…');
      return;
    }
    const index = services.index;
    const options = { filters: this.filters, cap: services.settings().graphNodeCap, focus: this.focus };
    this.job = runSliced((clock) => drawingSteps(index, options, clock), {
      progress: (share) => stage.say(drawingText(MODEL_SHARE * share)),
      done: (drawing) => this.show(drawing),
    });
  }

  private show({ model, choices }: GraphDrawing): void {
    const stage = this.stage;
    if (!stage) return;
    this.model = model;
    const choicesKey = JSON.stringify([choices, this.filters]);
    if (choicesKey !== this.choicesKey) {
      this.choicesKey = choicesKey;
      renderFilters(this.filtersEl, this.filters, choices);
    }
    stage.show(model, this.focus, this.moveToFocus);
    this.moveToFocus = false;
    this.drawState();
  }

  /** The status line, the layout button and the data attributes, after any change of state. */
  private drawState(): void {
    const stage = this.stage;
    if (!stage) return;
    this.contentEl.setAttr('data-renderer', stage.rendererState);
    this.contentEl.setAttr('data-layout-state', stage.layoutState);
    this.layoutButton.setText(stage.layoutState === 'running' ? 'Stop layout' : 'Resume layout');
    this.layoutButton.disabled = !stage.canLayout;
    if (!this.model || !this.services.ready) return;
    const note = this.focus ? this.services.index.note(this.focus) : undefined;
    renderStatus(this.statusEl, this.model, note ? { path: note.path, title: note.title } : null, stage.layoutState);
  }
}
