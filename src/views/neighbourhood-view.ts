/**
 * The neighbourhood view: seed 002's "related" block as a sidebar. A small graph
 * of the note's neighbourhood that one can walk through without opening notes,
 * then its related concepts and related papers.
 */
import type { ViewStateResult } from 'obsidian';
import { layoutNeighbourhood } from '../core/graph/layout';
import { neighbourhood } from '../core/queries/neighbourhood';
import { CorpusView, type CorpusNote } from './corpus-view';
import { drawGraph } from './graph-drawer';
import { graphModel } from './graph-model';
import { renderRelatedConcepts, renderRelatedPapers } from './neighbourhood-sections';
import { renderKindTag, renderMuted, renderNoteHeader } from './view-parts';
import { VIEW_NEIGHBOURHOOD } from './view-types';

/** How many walked notes "Back" remembers. */
const HISTORY = 20;
/** Related papers listed. */
const PAPERS = 8;
const LIMITS = [10, 25, 50, 100, 200];

/** The view's saved options; absent ones follow the settings. */
interface NeighbourhoodState {
  depth?: number;
  limit?: number;
}

/** A whole number within bounds, or `undefined` for anything else. */
function boundedInt(value: unknown, min: number, max: number): number | undefined {
  const n = typeof value === 'string' ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= min && n <= max ? n : undefined;
}

/** The neighbourhood of the active note, drawn and listed. */
export class NeighbourhoodView extends CorpusView {
  private depth: number | undefined;
  private limit: number | undefined;
  /** Notes walked to from the followed note, latest last; empty when showing the followed note. */
  private walked: string[] = [];

  override getViewType(): string {
    return VIEW_NEIGHBOURHOOD;
  }

  override getDisplayText(): string {
    return 'Corpus neighbourhood';
  }

  override getIcon(): string {
    return 'git-fork';
  }

  override getState(): Record<string, unknown> {
    const state: NeighbourhoodState = {};
    if (this.depth !== undefined) state.depth = this.depth;
    if (this.limit !== undefined) state.limit = this.limit;
    return { ...super.getState(), ...state };
  }

  override async setState(state: unknown, result: ViewStateResult): Promise<void> {
    const saved = (state ?? {}) as Record<string, unknown>;
    this.depth = boundedInt(saved.depth, 1, 3);
    this.limit = boundedInt(saved.limit, 1, 1000);
    await super.setState(state, result);
    this.refresh();
  }

  protected override subject(): string | null {
    return this.walked.at(-1) ?? this.followed;
  }

  protected override optionsKey(): string {
    return `${this.currentDepth()}/${this.currentLimit()}`;
  }

  protected override onFollow(): void {
    this.walked = [];
  }

  private currentDepth(): number {
    return this.depth ?? this.services.settings().neighbourhoodDepth;
  }

  private currentLimit(): number {
    return this.limit ?? this.services.settings().neighbourhoodLimit;
  }

  protected override onAction(action: string, target: HTMLElement, event: MouseEvent | KeyboardEvent): void {
    const centre = this.subject();
    if (action === 'walk' && target.dataset.href && target.dataset.href !== centre) {
      this.walked = [...this.walked, target.dataset.href].slice(-HISTORY);
    } else if (action === 'back') {
      this.walked = this.walked.slice(0, -1);
    } else if (action === 'home') {
      this.walked = [];
    } else if (action === 'open' && centre) {
      void this.services.openNote(centre, event);
    } else if (action === 'reveal' && centre) {
      void this.services.revealInGraph(centre);
    }
    this.refresh();
  }

  protected override onControl(control: string, el: HTMLInputElement | HTMLSelectElement): void {
    const value = el.value;
    if (control === 'depth') this.depth = boundedInt(value, 1, 3) ?? this.depth;
    if (control === 'limit') this.limit = boundedInt(value, 1, 1000) ?? this.limit;
    this.app.workspace.requestSaveLayout();
    this.refresh();
  }

  protected override renderNote(parent: HTMLElement, note: CorpusNote): void {
    this.contentEl.addClass('inquiring-lines-neighbourhood');
    this.renderToolbar(parent);
    renderNoteHeader(parent, note);
    if (this.walked.length > 0 && this.followed) {
      const from = this.services.index.note(this.followed)?.title ?? this.followed;
      renderMuted(parent, `Walking from “${from}”.`, 'inquiring-lines-walk-note');
    }
    const settings = this.services.settings();
    const hood = neighbourhood(this.services.index, note.path, {
      depth: this.currentDepth(),
      limit: this.currentLimit(),
      hubDegree: settings.hubDegree,
    });
    if (hood && hood.items.length > 0) {
      const box = parent.createDiv({ cls: 'inquiring-lines-graph-box' });
      const model = graphModel(hood, layoutNeighbourhood(hood));
      drawGraph(box, model, `Neighbourhood of ${note.title}`);
      const legend = parent.createDiv({ cls: 'inquiring-lines-legend' });
      for (const kind of new Set(model.nodes.map((n) => n.kind))) renderKindTag(legend, kind);
      renderMuted(parent, 'Click a note in the graph to walk to it; click the centre to open it.', 'inquiring-lines-hint');
      renderMuted(parent, hood.cut ? `Showing ${hood.items.length} of ${hood.total} notes.` : undefined);
    } else {
      renderMuted(parent, 'Nothing links this note to the rest of the corpus yet.', 'inquiring-lines-empty');
    }
    renderRelatedConcepts(parent, this.services.index, note.path);
    renderRelatedPapers(parent, this.services.similarity.related(note.path, PAPERS));
  }

  private renderToolbar(parent: HTMLElement): void {
    const bar = parent.createDiv({ cls: 'inquiring-lines-toolbar' });
    if (this.walked.length > 1) bar.createEl('button', { text: 'Back', attr: { 'data-action': 'back' } });
    if (this.walked.length > 0) bar.createEl('button', { text: 'Back to active note', attr: { 'data-action': 'home' } });
    bar.createEl('button', { text: 'Open in graph', attr: { 'data-action': 'reveal' } });
    const controls = bar.createDiv({ cls: 'inquiring-lines-controls' });
    this.renderSelect(controls, 'depth', 'Depth', [1, 2, 3], this.currentDepth());
    this.renderSelect(controls, 'limit', 'Limit', LIMITS, this.currentLimit());
  }

  private renderSelect(parent: HTMLElement, control: string, label: string, options: number[], current: number): void {
    const wrap = parent.createEl('label', { cls: 'inquiring-lines-control', text: label });
    const select = wrap.createEl('select', { cls: 'dropdown', attr: { 'data-control': control } });
    const values = options.includes(current) ? options : [...options, current].sort((a, b) => a - b);
    for (const value of values) select.createEl('option', { text: String(value), value: String(value) });
    select.value = String(current);
  }
}
