/**
 * A seeded synthetic research vault: concepts, lines, papers and ordinary notes
 * with every form of front-matter the corpus format allows (single links and
 * lists, wiki and Markdown links, `[[X]] relation: why` strings and maps, unquoted
 * nested lists, every arXiv form), Zipf-distributed links so that a few notes
 * become hubs with thousands of links, a few deliberate mistakes, and text for
 * similarity. Each note comes as the core's `NoteInput` and, when asked, as the
 * Markdown file that parses to it.
 */
import type { NodeKind, NoteInput } from '../src/core/types';
import { Random, Zipf } from './random';
import { TextMaker } from './text';
import { writeNote, type BodyWriter, type FrontmatterSpec, type WrittenNote } from './note-writer';
import { y, type YamlNode } from './yaml-emit';

/** What to generate. */
export interface VaultOptions {
  notes: number;
  seed: number;
  /** Keep each file's Markdown text too (for writing the vault to disk). */
  keepText?: boolean;
}

/** A generated vault. */
export interface SyntheticVault {
  inputs: NoteInput[];
  /** The Markdown text of each input, same order, when `keepText` was set. */
  texts: string[] | null;
  /** Non-Markdown files that bodies embed. */
  attachments: string[];
  /** Indices into `inputs` by kind. */
  byKind: Record<NodeKind, number[]>;
}

interface Identity {
  kind: NodeKind;
  topic: number;
  title: string;
  /** False when the front-matter has no `title` and the file name stands in. */
  titled: boolean;
  folder: string;
  name: string;
  path: string;
}

const SHARES: [NodeKind, number][] = [['concept', 0.38], ['line', 0.04], ['paper', 0.3], ['note', 0.28]];
const RELATIONS = ['adjacent', 'adjacent framing', 'same paper', 'exemplifies', 'contradicts', 'extends', 'refines', 'tension'];
const VENUES = ['NeurIPS', 'ICML', 'ICLR', 'ACL', 'Nature', 'Science', 'JMLR', 'TMLR', 'arXiv preprint'];
const OLD_ARCHIVES = ['hep-th', 'cond-mat', 'math.GT', 'cs', 'q-bio'];
const ROLES = ['deep learning theorist', 'cognitive scientist', 'statistician', 'philosopher of science'];

/** Builds a vault of `notes` files from `seed`. */
export function generateVault(options: VaultOptions): SyntheticVault {
  return new Generator(options).run();
}

class Generator {
  private readonly random: Random;
  private readonly text: TextMaker;
  private readonly ids: Identity[] = [];
  private readonly byKind: Record<NodeKind, number[]> = { concept: [], line: [], paper: [], note: [] };
  /** Per kind, ranks drawn by Zipf map through a shuffled order to notes: the hubs land anywhere. */
  private readonly zipf = new Map<NodeKind | 'all', { order: number[]; dist: Zipf }>();
  private readonly arxivIds: string[] = [];
  private readonly attachments: string[] = [];
  private missing = 0;

  constructor(private readonly options: VaultOptions) {
    this.random = new Random(options.seed);
    this.text = new TextMaker(this.random, 15000, Math.max(8, Math.round(options.notes / 25)));
  }

  run(): SyntheticVault {
    this.identities();
    const all = this.ids.map((_, i) => i);
    for (const kind of ['concept', 'line', 'paper', 'note', 'all'] as const) {
      const order = this.random.shuffle(kind === 'all' ? [...all] : [...this.byKind[kind]]);
      this.zipf.set(kind, { order, dist: new Zipf(Math.max(1, order.length), 1) });
    }
    const hubs = new Set(this.random.sample(this.byKind.note.length, 3).map((i) => this.byKind.note[i]));
    const written: WrittenNote[] = this.ids.map((id, i) => {
      switch (id.kind) {
        case 'concept': return this.concept(id, i);
        case 'line': return this.line(id, i);
        case 'paper': return this.paper(id);
        case 'note': return hubs.has(i) ? this.mapOfContent(id) : this.plain(id);
      }
    });
    return {
      inputs: written.map((w) => w.input),
      texts: this.options.keepText ? written.map((w) => w.text ?? '') : null,
      attachments: this.attachments,
      byKind: this.byKind,
    };
  }

  /** Kinds, topics, titles and unique paths. */
  private identities(): void {
    const n = this.options.notes;
    const kinds: NodeKind[] = [];
    for (const [kind, share] of SHARES) for (let i = Math.round(share * n); i > 0 && kinds.length < n; i--) kinds.push(kind);
    while (kinds.length < n) kinds.push('note');
    this.random.shuffle(kinds);
    const taken = new Set<string>();
    const topics = this.text.topics;
    kinds.forEach((kind, i) => {
      const r = this.random;
      const topic = r.int(0, topics - 1);
      let name = this.text.phrase(r, topic, r.int(2, 4));
      // A few ordinary notes share a concept's file name, so resolution must pick the closest.
      const twin = kind === 'note' && this.byKind.concept.length > 0 && r.chance(0.003);
      if (twin) name = (this.ids[r.pick(this.byKind.concept)]).name;
      else {
        while (taken.has(name.toLowerCase())) name = `${name} ${r.int(2, 99)}`;
        taken.add(name.toLowerCase());
      }
      const folder = {
        concept: 'Concepts', line: 'Lines', paper: r.chance(0.3) ? `Papers/${r.int(2015, 2026)}` : 'Papers', note: r.chance(0.2) ? 'Notes/Daily' : 'Notes',
      }[kind];
      const phrase = this.text.phrase(r, topic, r.int(3, 6)).toLowerCase();
      const title = {
        concept: `${r.pick(['How', 'Why', 'Can', 'Does', 'When'])} ${phrase}${r.chance(0.3) ? `: ${this.text.phrase(r, topic, 2).toLowerCase()}` : ''}?`,
        line: `${r.pick(['What', 'How', 'Is'])} ${phrase}?`,
        paper: `${name}: ${phrase}`,
        note: name,
      }[kind];
      const titled = kind !== 'note' && (kind !== 'concept' || r.chance(0.9));
      this.ids.push({ kind, topic, title: titled ? title : name, titled, folder, name, path: `${folder}/${name}.md` });
      this.byKind[kind].push(i);
    });
  }

  /** A note of a kind, hubs most often. */
  private draw(kind: NodeKind | 'all'): Identity {
    const z = this.zipf.get(kind);
    if (!z || z.order.length === 0) return this.ids[0];
    return this.ids[z.order[z.dist.draw(this.random)]];
  }

  /** A front-matter link to `t` in one of its written forms, now and then a broken one or one by title. */
  private fmLink(t: Identity): string {
    const r = this.random;
    const u = r.next();
    if (u < 0.005) return `[[Missing ${this.text.phrase(r, t.topic, 2)} ${this.missing++}]]`;
    if (u < 0.01 && t.titled && t.title !== t.name) return `[[${t.title}]]`;
    if (u < 0.72) return `[[${t.name}]]`;
    if (u < 0.82) return `[[${t.folder}/${t.name}]]`;
    if (u < 0.9) return `[[${t.name}|${this.text.phrase(r, t.topic, 2)}]]`;
    if (u < 0.93) return `[[${t.name}#${this.text.phrase(r, t.topic, 2)}]]`;
    return `[${this.text.phrase(r, t.topic, 2)}](${`${t.folder}/${t.name}`.replace(/ /g, '%20')}.md)`;
  }

  /** A link in a front-matter list: quoted as it should be, or now and then an unquoted `- [[Name]]`. */
  private fmItem(t: Identity): YamlNode {
    return this.random.chance(0.03) ? y.bareLink(t.name) : y.quoted(this.fmLink(t));
  }

  /** One link or a list: a single target is often written without a list. */
  private linkField(targets: Identity[]): YamlNode {
    if (targets.length === 1 && this.random.chance(0.4)) return y.quoted(this.fmLink(targets[0]));
    return y.list(targets.map((t) => this.fmItem(t)), this.random.chance(0.15));
  }

  /** A body link to `t` as the text holds it and as the cache lists it. */
  private bodyLink(w: BodyWriter, t: Identity): void {
    const r = this.random;
    const u = r.next();
    if (u < 0.75) w.link(`[[${t.name}]]`, t.name);
    else if (u < 0.85) w.link(`[[${t.name}|${this.text.phrase(r, t.topic, 2)}]]`, t.name);
    else if (u < 0.9) w.link(`[[${t.folder}/${t.name}]]`, `${t.folder}/${t.name}`);
    else if (u < 0.95) w.link(`[[${t.name}#Notes]]`, `${t.name}#Notes`);
    else w.link(`[${this.text.phrase(r, t.topic, 2)}](${`${t.folder}/${t.name}`.replace(/ /g, '%20')}.md)`, `${t.folder}/${t.name}.md`);
  }

  /** Lines of words on a topic with the given links spread among them. */
  private prose(w: BodyWriter, topic: number, words: number, links: Identity[]): void {
    const r = this.random;
    const lines = Math.max(1, Math.ceil(words / 14));
    let next = 0;
    for (let l = 0; l < lines; l++) {
      w.text(this.text.sentence(r, topic, 14));
      const due = Math.ceil(((l + 1) * links.length) / lines);
      for (; next < due; next++) {
        w.text(' ');
        this.bodyLink(w, links[next]);
        w.text(` ${this.text.sentence(r, topic, 3)}.`);
      }
      w.newline();
    }
    if (r.chance(0.01)) {
      const file = `Attachments/figure ${this.attachments.length}.png`;
      this.attachments.push(file);
      w.link(`![[${file.slice(12)}]]`, file.slice(12)).newline();
    }
  }

  private common(id: Identity, kind: string): [string, YamlNode][] {
    const r = this.random;
    const entries: [string, YamlNode][] = [];
    const u = r.next();
    entries.push(['corpus', u < 0.002 ? y.list([y.plain(kind)], true) : u < 0.003 ? y.plain(`${kind}s`) : u < 0.01 ? y.quoted(kind.charAt(0).toUpperCase() + kind.slice(1)) : y.plain(kind)]);
    if (id.titled) entries.push([r.chance(0.002) ? 'Title' : 'title', y.quoted(id.title)]);
    if (r.chance(0.15)) entries.push(['aliases', r.chance(0.5) ? y.list([y.quoted(id.name.toLowerCase())], true) : y.quoted(`${id.name} (alias)`)]);
    if (r.chance(0.5)) {
      const tags = [this.text.phrase(r, id.topic, 1).toLowerCase(), this.text.phrase(r, id.topic, 1).toLowerCase()];
      const v = r.next();
      entries.push(['tags', v < 0.5 ? y.list(tags.map(y.plain), true) : v < 0.8 ? y.list(tags.map(y.plain)) : y.plain(tags.join(', '))]);
    }
    return entries;
  }

  private summary(topic: number, words: number): YamlNode {
    const text = this.text.sentence(this.random, topic, words);
    return this.random.chance(0.5) ? y.folded(text) : y.quoted(text);
  }

  private concept(id: Identity, self: number): WrittenNote {
    const r = this.random;
    const fm = this.common(id, 'concept');
    if (r.chance(0.6)) fm.push(['question', y.quoted(`${this.text.sentence(r, id.topic, 12)}?`)]);
    if (r.chance(0.7)) fm.push(['claim', y.quoted(`${this.text.sentence(r, id.topic, 16)}.`)]);
    if (r.chance(0.9)) fm.push([r.chance(0.002) ? 'Summary' : 'summary', this.summary(id.topic, r.int(40, 80))]);
    if (r.chance(0.9)) fm.push(['papers', this.linkField(this.distinct('paper', r.int(1, 5)))]);
    if (r.chance(0.7)) {
      const targets = this.distinct('concept', r.int(1, 6)).map((t) => (r.chance(0.003) ? this.draw('paper') : r.chance(0.001) ? (this.ids[self]) : t));
      const entries = targets.map((t) => this.relatedEntry(t));
      fm.push(['related', entries.length === 1 && r.chance(0.3) && entries[0]?.type === 'text' ? (entries[0]) : y.list(entries)]);
    }
    const links = Array.from({ length: r.int(0, 2) }, () => this.draw(r.chance(0.5) ? 'concept' : 'paper'));
    return writeNote(id.path, { entries: fm }, (w) => this.prose(w, id.topic, r.int(30, 80), links), this.keep);
  }

  /** A `related` entry in each of its forms. */
  private relatedEntry(t: Identity): YamlNode {
    const r = this.random;
    const u = r.next();
    const relation = r.pick(RELATIONS);
    const why = this.text.sentence(r, t.topic, r.int(5, 12));
    if (u < 0.3) return y.quoted(this.fmLink(t));
    if (u < 0.55) return y.quoted(`${this.fmLink(t)} ${relation}: ${why}`);
    if (u < 0.65) return y.quoted(`${this.fmLink(t)} ${relation}`);
    if (u < 0.8) return y.map([['to', y.quoted(this.fmLink(t))], ['relation', y.plain(relation)], ['why', y.quoted(why)]], true);
    if (u < 0.97) return y.map([['to', y.quoted(this.fmLink(t))], ['relation', y.quoted(relation)], ['why', y.quoted(why)]]);
    return y.bareLink(t.name);
  }

  /** `k` notes of a kind by Zipf, without repeats. */
  private distinct(kind: NodeKind, k: number): Identity[] {
    const chosen = new Map<string, Identity>();
    for (let tries = 0; chosen.size < k && tries < k * 4; tries++) {
      const t = this.draw(kind);
      chosen.set(t.path, t);
    }
    return [...chosen.values()];
  }

  private line(id: Identity, self: number): WrittenNote {
    const r = this.random;
    const fm = this.common(id, 'line');
    if (r.chance(0.8)) fm.push(['gloss', this.summary(id.topic, r.int(20, 40))]);
    const sources = r.chance(0.02) ? [] : this.distinct('concept', r.int(3, 12));
    const given = sources.length > 0 && r.chance(0.75);
    if (given) fm.push(['sources', this.linkField(sources)]);
    const nextLines = this.distinct('line', r.int(0, 3)).filter((t) => t.path !== (this.ids[self]).path);
    if (nextLines.length > 0) fm.push(['next', this.linkField(nextLines)]);
    if (r.chance(0.5)) fm.push(['prompt', this.prompt(id)]);
    const cited = given && r.chance(0.1) ? [...sources, this.draw('concept')] : sources;
    return writeNote(id.path, { entries: fm }, (w) => this.prose(w, id.topic, r.int(120, 220), cited), this.keep);
  }

  private prompt(id: Identity): YamlNode {
    const r = this.random;
    const entries: [string, YamlNode][] = [];
    if (r.chance(0.7)) entries.push(['role', y.quoted(r.pick(ROLES))]);
    if (r.chance(0.3)) entries.push(['ask', y.quoted(`${this.text.sentence(r, id.topic, 10)}?`)]);
    if (r.chance(0.4)) {
      entries.push(['findings', y.list(Array.from({ length: r.int(1, 4) }, () => {
        const text = y.quoted(this.text.sentence(r, id.topic, 10));
        return r.chance(0.5) ? text : y.map([['text', text], ['year', y.number(r.int(2018, 2026))]], r.chance(0.5));
      }))]);
    }
    if (r.chance(0.6)) entries.push(['anchors', this.linkField(this.distinct('paper', r.int(1, 6)))]);
    if (r.chance(0.1)) entries.push(['tasks', y.list([y.quoted(this.text.sentence(r, id.topic, 8)), y.quoted(this.text.sentence(r, id.topic, 8))])]);
    return y.map(entries);
  }

  private paper(id: Identity): WrittenNote {
    const r = this.random;
    const fm = this.common(id, 'paper');
    const year = r.int(2008, 2026);
    if (r.chance(0.9)) fm.push(['authors', y.list(Array.from({ length: r.int(1, 6) }, () => y.quoted(`${this.text.phrase(r, 0, 1)} ${this.text.phrase(r, id.topic, 1)}`)), r.chance(0.5))]);
    if (r.chance(0.9)) fm.push(['year', r.chance(0.05) ? y.quoted(String(year)) : y.number(year)]);
    if (r.chance(0.5)) fm.push(['venue', y.quoted(r.pick(VENUES))]);
    if (r.chance(0.85)) fm.push(['arxiv', this.arxiv(year)]);
    if (r.chance(0.2)) fm.push(['doi', y.quoted(`10.${r.int(1000, 9999)}/${r.int(100000, 999999)}`)]);
    if (r.chance(0.15)) fm.push(['url', y.quoted(r.chance(0.97) ? `https://example.org/paper/${r.int(1, 1e6)}` : 'example.org/no-scheme')]);
    if (r.chance(0.95)) fm.push([r.chance(0.8) ? 'summary' : 'abstract', this.summary(id.topic, r.int(80, 120))]);
    const links = r.chance(0.2) ? [this.draw('concept')] : [];
    return writeNote(id.path, { entries: fm }, (w) => this.prose(w, id.topic, r.int(10, 30), links), this.keep);
  }

  /** An arXiv id in one of its forms; a few repeat an earlier paper's id, a few are malformed. */
  private arxiv(year: number): YamlNode {
    const r = this.random;
    if (this.arxivIds.length > 0 && r.chance(0.002)) return y.quoted(r.pick(this.arxivIds));
    if (r.chance(0.005)) return y.quoted(`${r.int(10, 99)}-${r.int(100, 999)}.x`);
    if (year < 2007 || r.chance(0.02)) {
      const id = `${r.pick(OLD_ARCHIVES)}/${String(r.int(0, 6)).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}${String(r.int(1, 999)).padStart(3, '0')}`;
      return y.quoted(id);
    }
    const yymm = `${String(year % 100).padStart(2, '0')}${String(r.int(1, 12)).padStart(2, '0')}`;
    const digits = Number(yymm) <= 1412 ? 4 : 5;
    const id = `${yymm}.${String(r.int(1, 10 ** digits - 1)).padStart(digits, '0')}`;
    this.arxivIds.push(id);
    const u = r.next();
    if (u < 0.03) return y.number(Number(id), id);
    if (u < 0.6) return y.quoted(id);
    if (u < 0.75) return y.quoted(`${id}v${r.int(1, 4)}`);
    if (u < 0.88) return y.quoted(`arXiv:${id}`);
    return y.quoted(`https://arxiv.org/abs/${id}`);
  }

  private plain(id: Identity): WrittenNote {
    const r = this.random;
    let fm: FrontmatterSpec = null;
    if (r.chance(0.0005)) fm = { broken: `title: "unclosed\ntags: [a, b` };
    else if (r.chance(0.6)) {
      const entries: [string, YamlNode][] = [['tags', y.list([y.plain('journal')], true)]];
      if (r.chance(0.3)) entries.push(['see_also', y.quoted(`[[${this.draw('all').name}]]`)]);
      if (r.chance(0.1)) entries.push(['created', y.quoted(`2024-0${r.int(1, 9)}-1${r.int(0, 9)}`)]);
      fm = { entries };
    }
    const links = Array.from({ length: r.int(1, 8) }, () => this.draw('all'));
    return writeNote(id.path, fm, (w) => this.prose(w, id.topic, r.int(20, 80), links), this.keep);
  }

  /** An index note linking to a good share of the vault: a hub by its out-degree. */
  private mapOfContent(id: Identity): WrittenNote {
    const count = Math.min(2000, Math.floor(this.ids.length / 20));
    const targets = Array.from({ length: count }, () => this.draw('all'));
    return writeNote(id.path, { entries: [['tags', y.list([y.plain('moc')], true)]] }, (w) => {
      for (const t of targets) {
        w.text('- ');
        this.bodyLink(w, t);
        w.newline();
      }
    }, this.keep);
  }

  private get keep(): boolean {
    return this.options.keepText === true;
  }
}
