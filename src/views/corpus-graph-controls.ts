/**
 * The controls of the corpus graph view, drawn as plain elements: kind boxes and
 * the link, folder and tag selects, the search results, the status line. The view
 * listens through `data-action` and `data-control`, so redrawing adds no listener.
 */
import { formatCount } from '../core/prompt/text';
import type { NodeKind } from '../core/types';
import { capNotice, type CorpusGraphModel } from './corpus-graph-model';
import { NODE_KINDS, type FilterChoice, type FilterChoices, type GraphFilters } from './graph-filters';
import type { SearchHit } from './graph-search';
import type { LayoutState } from './layout-runner';
import { runSliced, type SlicedJob, type Steps } from './sliced-job';
import { renderKindTag } from './view-parts';

/** What each kind box is called. */
const KIND_NAMES: Record<NodeKind, string> = { concept: 'Concepts', line: 'Lines', paper: 'Papers', note: 'Linked notes' };

/** What the status line says of the layout. */
export const LAYOUT_TEXT: Record<LayoutState, string> = {
  idle: '',
  running: 'Laying out…',
  settled: 'Layout settled.',
  stopped: 'Layout stopped.',
  'out-of-time': 'Layout stopped: it took too long to settle.',
  failed: 'The layout could not start here; notes stay where they began.',
};

/** The jobs adding options to the selects of a filters element, stopped when it is drawn again. */
const fillingSelects = new WeakMap<HTMLElement, SlicedJob[]>();

/** Draws the filters: a box per kind, then the link, folder and tag selects. */
export function renderFilters(parent: HTMLElement, filters: GraphFilters, choices: FilterChoices): void {
  for (const job of fillingSelects.get(parent) ?? []) job.cancel();
  parent.empty();
  const kinds = parent.createDiv({ cls: 'inquiring-lines-graph-kinds' });
  for (const kind of NODE_KINDS) {
    const label = kinds.createEl('label', { cls: ['inquiring-lines-graph-kind', `inquiring-lines-kind-${kind}`] });
    const box = label.createEl('input', { type: 'checkbox', attr: { 'data-control': 'kind', 'data-kind': kind } });
    box.checked = filters.kinds.includes(kind);
    label.appendText(` ${KIND_NAMES[kind]}`);
  }
  const selects = parent.createDiv({ cls: 'inquiring-lines-controls' });
  fillingSelects.set(parent, [
    renderSelect(selects, 'link', 'Links', 'All links', choices.links, filters.link),
    renderSelect(selects, 'folder', 'Folder', 'All folders', choices.folders, filters.folder),
    renderSelect(selects, 'tag', 'Tag', 'All tags', choices.tags.map((c) => ({ ...c, label: `#${c.label}` })), filters.tag),
  ]);
}

/** Options added between two points where filling a select may pause: a large vault has thousands of tags. */
const OPTIONS_AT_ONCE = 64;

function renderSelect(parent: HTMLElement, control: string, name: string, all: string, choices: FilterChoice[], current: string): SlicedJob {
  const wrap = parent.createEl('label', { cls: 'inquiring-lines-control', text: name });
  const select = wrap.createEl('select', { cls: 'dropdown', attr: { 'data-control': control } });
  select.createEl('option', { text: all, value: '' });
  // A filter whose notes have gone is still shown, so the user sees why the graph is empty.
  const listed = current === '' || choices.some((c) => c.value === current) ? choices : [...choices, { value: current, label: current, count: 0 }];
  return runSliced(function* (): Steps<void> {
    for (let i = 0; i < listed.length; i++) {
      const choice = listed[i];
      const option = select.createEl('option', { text: `${choice.label} (${formatCount(choice.count)})`, value: choice.value });
      if (choice.value === current) option.selected = true;
      if (i % OPTIONS_AT_ONCE === OPTIONS_AT_ONCE - 1) yield i / listed.length;
    }
  }, { done: () => undefined });
}

/** Draws the search results: buttons that focus a note (and preview it on hover). */
export function renderHits(parent: HTMLElement, hits: readonly SearchHit[], query: string): void {
  parent.empty();
  parent.toggle(query.trim() !== '');
  if (query.trim() === '') return;
  if (hits.length === 0) {
    parent.createDiv({ cls: 'inquiring-lines-muted', text: 'No note matches.' });
    return;
  }
  for (const hit of hits) {
    const button = parent.createEl('button', { cls: 'inquiring-lines-graph-hit', attr: { 'data-action': 'focus', 'data-href': hit.path } });
    renderKindTag(button, hit.kind);
    button.createSpan({ cls: 'inquiring-lines-graph-hit-title', text: hit.title });
    const why = hit.matched === 'alias' ? `alias “${hit.alias ?? ''}”` : hit.matched === 'path' ? hit.path : '';
    if (why) button.createSpan({ cls: 'inquiring-lines-muted', text: why });
  }
}

/** Draws the status line: notes and links shown, the cap, the focused note, the layout. */
export function renderStatus(parent: HTMLElement, model: CorpusGraphModel, focus: { path: string; title: string } | null, layout: LayoutState): void {
  parent.empty();
  const counts = parent.createSpan({
    cls: 'inquiring-lines-graph-counts',
    text: `${formatCount(model.nodes.length)} ${model.nodes.length === 1 ? 'note' : 'notes'}, ${formatCount(model.edges.length)} ${model.edges.length === 1 ? 'link' : 'links'}`,
  });
  counts.setAttr('data-notes', model.nodes.length);
  counts.setAttr('data-links', model.edges.length);
  const cap = capNotice(model);
  if (cap) parent.createSpan({ cls: 'inquiring-lines-graph-cap', text: cap, attr: { 'data-cap': model.nodes.length, 'data-matching': model.matching } });
  if (focus) {
    const shown = parent.createSpan({ cls: 'inquiring-lines-graph-focus', text: 'Focused on ' });
    shown.createEl('a', { cls: ['internal-link', 'inquiring-lines-link'], text: focus.title, href: focus.path, attr: { 'data-href': focus.path } });
    shown.createEl('button', { cls: 'inquiring-lines-graph-clear', text: 'Clear focus', attr: { 'data-action': 'clear-focus' } });
  }
  if (LAYOUT_TEXT[layout]) parent.createSpan({ cls: 'inquiring-lines-graph-layout-state', text: LAYOUT_TEXT[layout] });
}
