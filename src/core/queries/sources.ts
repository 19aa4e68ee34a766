/** A line's sources, its next lines, and the lines that use a note as a source. */
import type { Adjacency, CorpusIndex } from '../graph/corpus-index';
import { KIND_CODE, kindCodeOf, linkIndexOf } from '../graph/index-entry';
import type { LineNote, Note } from '../types';
import { byTitle, itemOf, type NoteItem } from './items';

/** A source of a line, in order, with what is shown under it. */
export interface SourceItem extends NoteItem {
  order: number;
  question?: string;
  claim?: string;
  summary?: string;
}

/** A line that uses a note as a source; for a paper, `through` names the concepts that draw on it. */
export interface LineItem extends NoteItem {
  gloss?: string;
  through?: string[];
}

/** The concept paths a line draws on, in order: its `sources`, else the concepts its body links, by first appearance. */
export function sourcePaths(index: CorpusIndex, line: LineNote): string[] {
  const edges = index.outEdges(line.path);
  if (line.sourcesGiven) {
    const seen = new Set<string>();
    return edges
      .filter((e) => e.kind === 'source')
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
      .map((e) => e.target)
      .filter((t) => !seen.has(t) && seen.add(t));
  }
  return edges.filter((e) => e.kind === 'link' && index.note(e.target)?.kind === 'concept').map((e) => e.target);
}

/**
 * What {@link sourcePaths} lists, as the index's records straight from the line's own record, into
 * `into` (kept by the caller, left holding just these). A note may appear twice where the line lists
 * it twice. For walks, which meet the same lines again and again and need no paths.
 */
export function sourceRecords(line: Adjacency, into: Adjacency[]): void {
  const { links, outs } = line;
  const given = (line.note as LineNote).sourcesGiven;
  let n = 0;
  let inOrder = true;
  for (let p = 0; p < outs.length; p += 2) {
    const code = outs[p] as number;
    const target = outs[p + 1] as Adjacency;
    if (given ? kindCodeOf(code) !== SOURCE : kindCodeOf(code) !== LINK || target.kind !== 'concept') continue;
    const at = linkIndexOf(code);
    if (given && n > 0 && (links[at].order ?? 0) < (links[orderOf[n - 1]].order ?? 0)) inOrder = false;
    orderOf[n] = at;
    into[n++] = target;
  }
  // A list's links are read in its order; should one ever not be, sort as `sourcePaths` does.
  if (!inOrder) {
    const pairs = into.slice(0, n).map((target, i) => ({ target, order: links[orderOf[i]].order ?? 0 }));
    pairs.sort((a, b) => a.order - b.order).forEach((pair, i) => (into[i] = pair.target));
  }
  into.length = n;
}

const SOURCE = KIND_CODE.source;
const LINK = KIND_CODE.link;

/** The link index of each record `sourceRecords` gives, while it works. */
const orderOf: number[] = [];

/** `sources(line)`: the line's sources in order, each with title, question, claim and summary. */
export function sources(index: CorpusIndex, path: string): SourceItem[] {
  const line = index.note(path);
  if (line?.kind !== 'line') return [];
  return sourcePaths(index, line).map((target, order) => {
    const note = index.note(target) as Note;
    const item: SourceItem = { ...itemOf(note), order };
    if (note.kind === 'concept') {
      if (note.question) item.question = note.question;
      if (note.claim) item.claim = note.claim;
      if (note.summary) item.summary = note.summary;
    } else if (note.kind === 'paper' && note.summary) {
      item.summary = note.summary;
    }
    return item;
  });
}

/** `next(line)`: the lines to read next, in the order given. */
export function next(index: CorpusIndex, path: string): NoteItem[] {
  const seen = new Set<string>();
  const items: NoteItem[] = [];
  for (const edge of index.outEdges(path)) {
    if (edge.kind !== 'next' || seen.has(edge.target)) continue;
    seen.add(edge.target);
    const note = index.note(edge.target);
    if (note) items.push(itemOf(note));
  }
  return items;
}

/** True when `line` uses `concept` as a source. */
function usesSource(index: CorpusIndex, line: LineNote, concept: string): boolean {
  return sourcePaths(index, line).includes(concept);
}

/** The lines that use a concept as a source, read from its incoming edges. */
function linesOfConcept(index: CorpusIndex, concept: string): LineNote[] {
  const found: LineNote[] = [];
  for (const source of index.inEdges(concept).keys()) {
    const note = index.note(source);
    if (note?.kind === 'line' && usesSource(index, note, concept)) found.push(note);
  }
  return found;
}

/** `lines(note)`: for a concept, the lines that use it as a source; for a paper, the lines whose sources draw on it. */
export function lines(index: CorpusIndex, path: string): LineItem[] {
  const note = index.note(path);
  if (!note) return [];
  const found = new Map<string, LineItem>();
  const addLine = (line: LineNote, through?: string): void => {
    let item = found.get(line.path);
    if (!item) {
      item = { ...itemOf(line) };
      if (line.gloss) item.gloss = line.gloss;
      found.set(line.path, item);
    }
    if (through && !(item.through ??= []).includes(through)) item.through.push(through);
  };
  if (note.kind === 'concept') {
    for (const line of linesOfConcept(index, path)) addLine(line);
  } else if (note.kind === 'paper') {
    for (const [source, edges] of index.inEdges(path)) {
      const concept = index.note(source);
      if (concept?.kind !== 'concept' || !edges.some((e) => e.kind === 'paper')) continue;
      for (const line of linesOfConcept(index, source)) addLine(line, concept.title);
    }
  }
  return byTitle([...found.values()]);
}
