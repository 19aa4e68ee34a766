/** The lists under the neighbourhood graph: related concepts grouped by relation, then related papers. */
import type { CorpusIndex } from '../core/graph/corpus-index';
import type { PaperItem } from '../core/queries/related-papers';
import { renderNoteLink } from './note-link';
import { relationClass, relationWord } from './graph-model';
import { renderMuted, renderSection } from './view-parts';

/** A concept tied to the note by a `related` link, in either direction. */
export interface RelatedConcept {
  path: string;
  title: string;
  question?: string;
  relation?: string;
  why?: string;
  /** True when the other note holds the link (it relates itself to this one). */
  incoming: boolean;
}

/** A group of related concepts sharing the first word of their relation (`''`: no relation given). */
export interface RelationGroup {
  word: string;
  items: RelatedConcept[];
}

/** The note's related concepts: its own `related` links in order, then the notes relating to it. */
export function relatedConcepts(index: CorpusIndex, path: string): RelatedConcept[] {
  const found = new Map<string, RelatedConcept>();
  const add = (other: string, relation: string | undefined, why: string | undefined, incoming: boolean): void => {
    const note = index.note(other);
    if (found.has(other) || other === path || !note || note.kind === 'note') return;
    const item: RelatedConcept = { path: other, title: note.title, incoming };
    if (note.kind === 'concept' && note.question) item.question = note.question;
    if (relation) item.relation = relation;
    if (why) item.why = why;
    found.set(other, item);
  };
  for (const edge of index.outEdges(path)) if (edge.kind === 'related') add(edge.target, edge.relation, edge.why, false);
  for (const [source, edges] of index.inEdges(path)) {
    const edge = edges.find((e) => e.kind === 'related');
    if (edge) add(source, edge.relation, edge.why, true);
  }
  return [...found.values()];
}

/** Groups related concepts by the first word of their relation, groups in order of first appearance. */
export function groupByRelation(items: RelatedConcept[]): RelationGroup[] {
  const groups = new Map<string, RelatedConcept[]>();
  for (const item of items) {
    const word = relationWord(item.relation);
    groups.set(word, [...(groups.get(word) ?? []), item]);
  }
  return [...groups.entries()].map(([word, members]) => ({ word, items: members }));
}

/** Draws the related concepts, grouped, each with its question and its "relation: why"; left out for a line or paper with none. */
export function renderRelatedConcepts(parent: HTMLElement, index: CorpusIndex, path: string): void {
  const items = relatedConcepts(index, path);
  if (items.length === 0 && index.note(path)?.kind !== 'concept') return;
  const section = renderSection(parent, 'Related concepts', items.length, 'inquiring-lines-related');
  if (items.length === 0) {
    renderMuted(section, 'No related concepts: list some under “related” in this note.');
    return;
  }
  for (const group of groupByRelation(items)) {
    const box = section.createDiv({ cls: ['inquiring-lines-relation-group', relationClass(group.word)] });
    const heading = box.createEl('h5', { cls: 'inquiring-lines-relation-title', text: group.word === '' ? 'Related' : group.word });
    heading.appendText(' ');
    heading.createSpan({ cls: 'inquiring-lines-count', text: String(group.items.length) });
    const list = box.createEl('ul', { cls: 'inquiring-lines-list' });
    for (const item of group.items) {
      const row = list.createEl('li', { cls: 'inquiring-lines-item' });
      renderNoteLink(row, item);
      if (item.incoming) row.createSpan({ cls: 'inquiring-lines-tag', text: 'links here' });
      renderMuted(row, item.question, 'inquiring-lines-question');
      const why = [item.relation, item.why].filter(Boolean).join(': ');
      renderMuted(row, why, 'inquiring-lines-why');
    }
  }
}

/** Draws the related papers, each with its similarity score and whether the note links it already. */
export function renderRelatedPapers(parent: HTMLElement, papers: PaperItem[]): void {
  const section = renderSection(parent, 'Related papers', papers.length, 'inquiring-lines-papers');
  if (papers.length === 0) {
    renderMuted(section, 'No related papers: the corpus has no paper with words in common with this note.');
    return;
  }
  const list = section.createEl('ul', { cls: 'inquiring-lines-list' });
  for (const paper of papers) {
    const row = list.createEl('li', { cls: 'inquiring-lines-item inquiring-lines-paper' });
    renderNoteLink(row, paper);
    const meta = row.createDiv({ cls: 'inquiring-lines-meta' });
    meta.createSpan({ cls: 'inquiring-lines-score', text: paper.score.toFixed(2), attr: { 'aria-label': 'Similarity score' } });
    if (paper.year !== undefined) meta.createSpan({ cls: 'inquiring-lines-year', text: String(paper.year) });
    if (paper.linked) meta.createSpan({ cls: 'inquiring-lines-tag inquiring-lines-linked', text: 'linked' });
  }
}
