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
    // Most notes have no edge yet when the graph is first filled: no list to make and walk for them.
    if (this.outDegree(source) > 0) for (const key of this.outEdges(source)) this.dropEdge(key);
    this.addEdges(source, edges);
  }

  private addEdges(source: string, edges: readonly Edge[]): void {
    edges.forEach((edge, i) => {
      if (this.hasNode(edge.target)) this.addDirectedEdgeWithKey(`${source}\u2192${i}`, source, edge.target, edgeAttributes(edge));
    });
  }
}

/** What a {@link GraphLoader} reads of the index, one note at a time, as it is when it reads. */
export interface GraphSource {
  /** The path of every note now. */
  paths(): string[];
  note(path: string): Note | undefined;
  /** A note's edges, in the order of its links. */
  edges(path: string): readonly Edge[] | undefined;
}

/** Share of the work in the node pass; the edge pass walks the notes again and adds several edges each. */
const NODE_PASS_SHARE = 0.4;

/**
 * Fills a graph a slice at a time, so a vault of tens of thousands of notes never holds the
 * interface still: every note's node first, then every note's edges. The graph is live meanwhile
 * (the index keeps syncing it note by note), so each pass reads the notes as they are when it
 * reaches them, and the edge pass replaces any edges a live sync added before every node was in.
 */
export class GraphLoader {
  private pass: 'nodes' | 'edges' | 'done' = 'nodes';
  private paths: string[];
  private at = 0;

  constructor(private readonly graph: CorpusGraph, private readonly source: GraphSource) {
    this.paths = source.paths();
  }

  /** How much is done, from 0 to 1. */
  get progress(): number {
    if (this.pass === 'done') return 1;
    const share = this.paths.length === 0 ? 1 : this.at / this.paths.length;
    return this.pass === 'nodes' ? NODE_PASS_SHARE * share : NODE_PASS_SHARE + (1 - NODE_PASS_SHARE) * share;
  }

  /** Works until `deadline` (ms, `performance.now()` clock), one note at least; true once the graph is whole. */
  step(deadline = Infinity): boolean {
    const { graph, source } = this;
    while (this.pass !== 'done') {
      while (this.at < this.paths.length) {
        const path = this.paths[this.at++];
        if (this.pass === 'nodes') {
          const note = source.note(path);
          // A node already there was added by a live sync, with the note as it is now.
          if (note !== undefined && !graph.hasNode(path)) graph.addNode(path, nodeAttributes(note));
        } else {
          const edges = source.edges(path);
          if (edges !== undefined) graph.syncEdges(path, edges);
        }
        if (deadline !== Infinity && performance.now() >= deadline && this.at < this.paths.length) return false;
      }
      // Notes that came during the node pass were added by live syncs; the edge pass reads the notes afresh.
      this.pass = this.pass === 'nodes' ? 'edges' : 'done';
      this.paths = this.pass === 'edges' ? source.paths() : [];
      this.at = 0;
    }
    return true;
  }
}
