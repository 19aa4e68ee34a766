/**
 * The corpus as a typed graphology multi-graph: one node per note (keyed by vault
 * path), one directed edge per resolved link, from the note that holds the link to
 * the note it names. Kept in step with the index one note at a time.
 */
import { MultiDirectedGraph } from 'graphology';
import type { Edge, EdgeKind, Note, NodeKind } from '../types';

/** What a node carries: lean, since a vault can hold tens of thousands. */
export interface NodeAttributes {
  kind: NodeKind;
  title: string;
  year?: number;
  arxiv?: string;
}

interface EdgeBase<K extends EdgeKind> {
  kind: K;
  field: string;
  via: 'path' | 'title';
}

/** What an edge carries, by kind. */
export type EdgeAttributes =
  | (EdgeBase<'related'> & { relation?: string; why?: string })
  | (EdgeBase<'source'> & { order: number })
  | EdgeBase<'paper' | 'next' | 'anchor' | 'link' | 'property'>;

/** Node attributes for a note. */
export function nodeAttributes(note: Note): NodeAttributes {
  const attrs: NodeAttributes = { kind: note.kind, title: note.title };
  if (note.kind === 'paper') {
    if (note.year !== undefined) attrs.year = note.year;
    if (note.arxiv !== undefined) attrs.arxiv = note.arxiv;
  }
  return attrs;
}

/** Edge attributes for an index edge. */
export function edgeAttributes(edge: Edge): EdgeAttributes {
  // Literals, not `{ kind, ...base }`: V8 builds a spread with more properties many times slower, once per edge.
  if (edge.kind === 'related') {
    const attrs: EdgeAttributes = { kind: 'related', field: edge.field, via: edge.via };
    if (edge.relation !== undefined) attrs.relation = edge.relation;
    if (edge.why !== undefined) attrs.why = edge.why;
    return attrs;
  }
  if (edge.kind === 'source') return { kind: 'source', field: edge.field, via: edge.via, order: edge.order ?? 0 };
  return { kind: edge.kind, field: edge.field, via: edge.via };
}

/** The typed corpus graph. */
export class CorpusGraph extends MultiDirectedGraph<NodeAttributes, EdgeAttributes> {
  /** Fills an empty graph from notes and their edges. */
  load(notes: Iterable<Note>, edges: ReadonlyMap<string, readonly Edge[]>): void {
    for (const note of notes) this.addNode(note.path, nodeAttributes(note));
    for (const [source, list] of edges) this.addEdges(source, list);
  }

  /** Adds or updates a note's node. */
  syncNode(note: Note): void {
    if (this.hasNode(note.path)) this.replaceNodeAttributes(note.path, nodeAttributes(note));
    else this.addNode(note.path, nodeAttributes(note));
  }

  /** Drops a note's node with every edge that touches it. */
  dropNote(path: string): void {
    if (this.hasNode(path)) this.dropNode(path);
  }

  /** Replaces the outgoing edges of one note. */
  syncEdges(source: string, edges: readonly Edge[]): void {
    if (!this.hasNode(source)) return;
    for (const key of this.outEdges(source)) this.dropEdge(key);
    this.addEdges(source, edges);
  }

  private addEdges(source: string, edges: readonly Edge[]): void {
    edges.forEach((edge, i) => {
      if (this.hasNode(edge.target)) this.addDirectedEdgeWithKey(`${source}\u2192${i}`, source, edge.target, edgeAttributes(edge));
    });
  }
}
