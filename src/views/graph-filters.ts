/**
 * The filters of the corpus graph view: which kinds of note, which links (one
 * kind, or one relation word), one folder, one tag. Pure, so what a filter keeps
 * is tested without a DOM; the view only draws the controls.
 */
import type { CorpusGraph, EdgeAttributes } from '../core/graph/corpus-graph';
import type { EdgeKind, Note, NodeKind } from '../core/types';
import { relationWord } from './graph-model';
import { finish, type Steps } from './sliced-job';

/** What the graph shows. */
export interface GraphFilters {
  /** The kinds of note shown; `note` brings in the notes outside the corpus that link to or from it. */
  kinds: NodeKind[];
  /** `''` for every link, `kind:<edge kind>` for one kind, `relation:<word>` for related links of one relation word. */
  link: string;
  /** `''` for the whole vault, else a folder path: only notes inside it (at any depth). */
  folder: string;
  /** `''` for any, else a tag without `#`: only notes that carry it or one of its nested tags. */
  tag: string;
}

/** Every kind, in the order the controls list them. */
export const NODE_KINDS: readonly NodeKind[] = ['concept', 'line', 'paper', 'note'];

/** The defaults: the corpus notes, every link, no folder or tag. */
export const DEFAULT_GRAPH_FILTERS: Readonly<GraphFilters> = Object.freeze({
  kinds: Object.freeze(['concept', 'line', 'paper']) as unknown as NodeKind[],
  link: '',
  folder: '',
  tag: '',
});

/** How a note is looked up for its tags and aliases. */
export type NoteLookup = (path: string) => Note | undefined;

/** One choice of a select: its value, its label and how many notes or links it concerns. */
export interface FilterChoice {
  value: string;
  label: string;
  count: number;
}

/** What the selects offer, drawn from the corpus as it is. */
export interface FilterChoices {
  links: FilterChoice[];
  folders: FilterChoice[];
  tags: FilterChoice[];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Filters from saved view state; anything missing or malformed falls back to the default. */
export function readFilters(saved: unknown): GraphFilters {
  const data = isRecord(saved) ? saved : {};
  const kinds = Array.isArray(data.kinds) ? NODE_KINDS.filter((kind) => (data.kinds as unknown[]).includes(kind)) : [...DEFAULT_GRAPH_FILTERS.kinds];
  const text = (value: unknown): string => (typeof value === 'string' ? value : '');
  return { kinds, link: text(data.link), folder: text(data.folder).replace(/^\/+|\/+$/g, ''), tag: text(data.tag).replace(/^#+/, '') };
}

/** The folder of a vault path (`''` at the root). */
export function folderOf(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

/** True when `path` is inside `folder` (at any depth); every path is inside `''`. */
export function inFolder(path: string, folder: string): boolean {
  return folder === '' || path.startsWith(`${folder}/`);
}

/** True when one of `tags` is `tag` or nested under it, case aside, as Obsidian's tag search matches. */
export function hasTag(tags: readonly string[], tag: string): boolean {
  if (tag === '') return true;
  const wanted = tag.toLowerCase();
  return tags.some((t) => {
    const own = t.replace(/^#+/, '').toLowerCase();
    return own === wanted || own.startsWith(`${wanted}/`);
  });
}

/** True when a link passes the link filter. */
export function linkPasses(attrs: EdgeAttributes, link: string): boolean {
  if (link === '') return true;
  if (link.startsWith('kind:')) return attrs.kind === link.slice(5);
  if (link.startsWith('relation:')) return attrs.kind === 'related' && relationWord(attrs.relation) === link.slice(9);
  return true;
}

/** True when a note passes the kind, folder and tag filters; a note outside the corpus also needs a corpus neighbour. */
export function notePasses(graph: CorpusGraph, path: string, filters: GraphFilters, noteOf: NoteLookup): boolean {
  const kind = graph.getNodeAttribute(path, 'kind');
  if (!filters.kinds.includes(kind) || !inFolder(path, filters.folder)) return false;
  if (filters.tag !== '' && !hasTag(noteOf(path)?.tags ?? [], filters.tag)) return false;
  // A vault's daily notes would bury the corpus: only those that touch it come in.
  return kind !== 'note' || graph.someNeighbor(path, (_key, attrs) => attrs.kind !== 'note');
}

/** What each edge kind is called in the link filter. */
const LINK_KIND_LABEL: Record<EdgeKind, string> = {
  related: 'Related concepts',
  paper: 'Papers of concepts',
  source: 'Sources of lines',
  next: 'Next lines',
  anchor: 'Anchor papers',
  link: 'Links in the text',
  property: 'Other properties',
};

const byCount = (a: FilterChoice, b: FilterChoice): number => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0);

/** The choices of the link, folder and tag selects, with counts, for the notes of the chosen kinds. */
export function filterChoices(graph: CorpusGraph, kinds: readonly NodeKind[], noteOf: NoteLookup): FilterChoices {
  return finish(filterChoiceSteps(graph, kinds, noteOf));
}

/** {@link filterChoices} as steps that may pause, for a vault too large to count in one go. */
export function* filterChoiceSteps(graph: CorpusGraph, kinds: readonly NodeKind[], noteOf: NoteLookup): Steps<FilterChoices> {
  const kindCounts = new Map<EdgeKind, number>();
  const words = new Map<string, number>();
  const folders = new Map<string, number>();
  const tags = new Map<string, number>();
  const countLink = (_key: string, attrs: EdgeAttributes): void => {
    kindCounts.set(attrs.kind, (kindCounts.get(attrs.kind) ?? 0) + 1);
    const word = attrs.kind === 'related' ? relationWord(attrs.relation) : '';
    if (word !== '') words.set(word, (words.get(word) ?? 0) + 1);
  };
  const paths = graph.nodes();
  for (let i = 0; i < paths.length; i++) {
    const path = paths[i];
    // Each link counted once, from the note that holds it.
    graph.forEachOutEdge(path, countLink);
    if (i % 256 === 255) yield i / paths.length;
    if (!kinds.includes(graph.getNodeAttribute(path, 'kind'))) continue;
    // Every ancestor folder counts the note, so a parent folder can be chosen too.
    for (let folder = folderOf(path); folder !== ''; folder = folderOf(folder)) folders.set(folder, (folders.get(folder) ?? 0) + 1);
    for (const tag of new Set((noteOf(path)?.tags ?? []).map((t) => t.replace(/^#+/, '').toLowerCase()))) tags.set(tag, (tags.get(tag) ?? 0) + 1);
  }
  const links: FilterChoice[] = [];
  for (const kind of Object.keys(LINK_KIND_LABEL) as EdgeKind[]) {
    const count = kindCounts.get(kind) ?? 0;
    if (count > 0) links.push({ value: `kind:${kind}`, label: LINK_KIND_LABEL[kind], count });
  }
  const relations = [...words].map(([word, count]) => ({ value: `relation:${word}`, label: `Related: ${word}`, count })).sort(byCount);
  const alphabetical = (map: Map<string, number>): FilterChoice[] =>
    [...map].map(([value, count]) => ({ value, label: value, count })).sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
  return { links: [...links, ...relations], folders: alphabetical(folders), tags: alphabetical(tags) };
}
