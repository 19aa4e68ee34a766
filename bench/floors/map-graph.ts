/**
 * The floor for the graph figures: the plainest code that extracts typed edges
 * from the same inputs and keeps them in `Map`s of arrays. No problems, no
 * ranking finesse, no link-resolution subtleties: what any index must at least do.
 */
import type { NoteInput } from '../../src/core/types';

/** An edge as the floor keeps it, from the map's key to `other`. */
export interface FloorEdge {
  other: string;
  kind: string;
}

const FIELDS: Record<string, [string, string][]> = {
  concept: [['papers', 'paper'], ['related', 'related']],
  line: [['sources', 'source'], ['next', 'next']],
  paper: [],
};

const WIKI = /\[\[([^\]|#]*)/;
const MARKDOWN = /\]\(([^)#]*)/;

/** Typed edges in two `Map`s (out and in), names resolved by one lookup. */
export class MapGraph {
  readonly out = new Map<string, FloorEdge[]>();
  readonly inc = new Map<string, FloorEdge[]>();
  private readonly byName = new Map<string, string>();

  /** Builds the whole graph. */
  constructor(inputs: readonly NoteInput[]) {
    for (const input of inputs) {
      const bare = input.path.slice(0, -3).toLowerCase();
      this.byName.set(bare, input.path);
      this.byName.set(bare.slice(bare.lastIndexOf('/') + 1), input.path);
    }
    for (const input of inputs) this.add(input);
  }

  /** Replaces one note's edges. */
  update(input: NoteInput): void {
    for (const edge of this.out.get(input.path) ?? []) {
      const list = this.inc.get(edge.other);
      if (list) this.inc.set(edge.other, list.filter((e) => e.other !== input.path));
    }
    this.add(input);
  }

  /** Out and in degree. */
  degree(path: string): number {
    return (this.out.get(path)?.length ?? 0) + (this.inc.get(path)?.length ?? 0);
  }

  /** Notes within two hops, both ways, scored 1 per hop-1 edge and 1/2 per hop-2 edge, never through a note above `hubCap`; the best `limit`. */
  walk(start: string, hubCap: number, limit: number): [string, number][] {
    const score = new Map<string, number>();
    const neighbours = (path: string): FloorEdge[] => [...(this.out.get(path) ?? []), ...(this.inc.get(path) ?? [])];
    const first = neighbours(start);
    for (const e of first) if (e.other !== start) score.set(e.other, (score.get(e.other) ?? 0) + 1);
    for (const e of first) {
      if (this.degree(e.other) > hubCap) continue;
      for (const f of neighbours(e.other)) if (f.other !== start) score.set(f.other, (score.get(f.other) ?? 0) + 0.5);
    }
    return [...score.entries()].sort((a, b) => b[1] - a[1]).slice(0, limit);
  }

  private add(input: NoteInput): void {
    const edges: FloorEdge[] = [];
    const fm = input.frontmatter;
    const push = (value: unknown, kind: string): void => {
      if (Array.isArray(value)) {
        for (const item of value) push(item, kind);
        return;
      }
      if (value !== null && typeof value === 'object') return push((value as { to?: unknown }).to, kind);
      if (typeof value !== 'string') return;
      const target = this.resolve(value);
      if (target !== undefined) edges.push({ other: target, kind });
    };
    const kind = typeof fm?.corpus === 'string' ? fm.corpus : '';
    for (const [field, edgeKind] of FIELDS[kind] ?? []) push(fm?.[field], edgeKind);
    if (kind === 'line') push((fm?.prompt as { anchors?: unknown } | undefined)?.anchors, 'anchor');
    for (const link of input.links) {
      const target = this.byName.get(link.link.split('#')[0]?.replace(/\.md$/, '').toLowerCase() ?? '');
      if (target !== undefined) edges.push({ other: target, kind: 'link' });
    }
    this.out.set(input.path, edges);
    for (const edge of edges) {
      let list = this.inc.get(edge.other);
      if (!list) this.inc.set(edge.other, (list = []));
      list.push({ other: input.path, kind: edge.kind });
    }
  }

  private resolve(text: string): string | undefined {
    const wiki = WIKI.exec(text);
    const markdown = wiki ? null : MARKDOWN.exec(text);
    const name = wiki ? (wiki[1] ?? '') : markdown ? decodeURIComponent(markdown[1] ?? '') : text;
    return this.byName.get(name.replace(/\.md$/, '').trim().toLowerCase());
  }
}
