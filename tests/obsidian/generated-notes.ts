/** Seeded random corpus notes as Markdown text, and a way to compare two indexes. */
import { stringify } from 'yaml';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';

/** The core's seeded generator (mulberry32), so every run sees the same vault. */
export { seededRandom as mulberry32 } from '../../src/core/graph/layout';

/** Folder and names per kind; few names, so that links often name a file that comes and goes. */
export const POOLS = {
  concept: { folder: 'Concepts', names: ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta', 'Eta'] },
  line: { folder: 'Lines', names: ['First line', 'Second line', 'Third line', 'Fourth line'] },
  paper: { folder: 'Papers', names: ['Paper one', 'Paper two', 'Paper three', 'Paper four', 'Paper five'] },
  note: { folder: 'Notes', names: ['Diary', 'Reading', 'Ideas'] },
} as const;

/** A kind of generated note. */
export type Kind = keyof typeof POOLS;
const KINDS = Object.keys(POOLS) as Kind[];
const RELATIONS = ['adjacent', 'extends', 'contradicts', 'refines'];

/** Helpers over one seeded generator. */
export class Maker {
  constructor(readonly random: () => number) {}

  int(n: number): number {
    return Math.floor(this.random() * n);
  }

  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)];
  }

  kind(): Kind {
    return this.pick(KINDS);
  }

  /** A path for a note of `kind`; now and then in the "wrong" folder, which link resolution must not mind. */
  path(kind: Kind = this.kind()): string {
    const folder = this.random() < 0.15 ? 'Elsewhere' : POOLS[kind].folder;
    return `${folder}/${this.pick(POOLS[kind].names)}.md`;
  }

  private links(kind: Kind, n: number): string[] {
    return Array.from({ length: n }, () => `[[${this.pick(POOLS[kind].names)}]]`);
  }

  /** A body with wiki links, embeds and a Markdown link, some naming notes that do not exist. */
  private body(): string {
    const parts = ['Some text about the question.'];
    const n = this.int(4);
    for (let i = 0; i < n; i++) {
      const target = this.pick(POOLS[this.kind()].names);
      const form = this.int(4);
      if (form === 0) parts.push(`See [[${target}]] here.`);
      else if (form === 1) parts.push(`![[${target}]]`);
      else if (form === 2) parts.push(`A [link](${encodeURIComponent(target)}.md) and [[${target}|shown]].`);
      else parts.push(`Missing [[Nowhere ${this.int(3)}]].`);
    }
    return parts.join('\n\n');
  }

  /** The text of a note of `kind`, with front-matter as the contract describes it. */
  text(kind: Kind): string {
    const fm: Record<string, unknown> = {};
    if (kind !== 'note') fm.corpus = kind;
    if (this.random() < 0.3) fm.title = `${this.pick(POOLS[kind].names)} titled`;
    if (kind === 'concept') {
      fm.question = 'Does it hold?';
      fm.claim = 'It holds in the small regime.';
      fm.related = this.links('concept', this.int(3)).map((link) => `${link} ${this.pick(RELATIONS)}: because of a reason`);
      fm.papers = this.links('paper', this.int(3));
    } else if (kind === 'line') {
      fm.gloss = 'A line of inquiry.';
      fm.sources = this.links('concept', this.int(4));
      fm.next = this.links('line', this.int(2));
      fm.prompt = { ask: 'What changed since?', anchors: this.links('paper', this.int(3)) };
    } else if (kind === 'paper') {
      fm.year = 2015 + this.int(10);
      if (this.random() < 0.8) fm.arxiv = `${2300 + this.int(99)}.${10000 + this.int(89999)}`;
      fm.summary = 'A paper about scaling and learning.';
    } else if (this.random() < 0.5) {
      fm.tags = ['journal'];
    }
    const head = Object.keys(fm).length > 0 ? `---\n${stringify(fm)}---\n` : '';
    return `${head}${this.body()}\n`;
  }
}

/** What a user could notice of an index: every note, every edge and every problem. */
export function snapshot(index: CorpusIndex): { notes: unknown[]; edges: unknown[]; problems: unknown[] } {
  const notes = [...index.allNotes()].sort((a, b) => (a.path < b.path ? -1 : 1));
  return {
    notes,
    edges: notes.map((note) => ({ from: note.path, out: index.outEdges(note.path) })),
    problems: index.problems(),
  };
}
