/**
 * Front-matter to typed notes: one file in, a typed note, its raw links and the
 * problems that depend on this file alone out. Never throws.
 */
import type {
  ConceptNote, CorpusKind, CorpusOptions, LineNote, Note, NoteInput, Normalised, PaperNote, PlainNote, PromptSpec,
} from '../types';
import { FieldReader, isLowerCase, isMap, show, type Frontmatter } from './field-reader';
import { readArxiv } from './arxiv';
import { parseWikiInner, readLinkString } from './link-text';
import { rawLink } from './raw-link';
import { basenameOf } from './paths';

const KINDS: readonly string[] = ['concept', 'line', 'paper'];

/** Fields with a corpus meaning, per kind; links under any other key are plain property links. */
const KNOWN_FIELDS: Record<CorpusKind, readonly string[]> = {
  concept: ['question', 'claim', 'summary', 'papers', 'related'],
  line: ['gloss', 'sources', 'next', 'prompt'],
  paper: ['arxiv', 'doi', 'url', 'year', 'authors', 'venue', 'summary', 'abstract'],
};
const COMMON_FIELDS = ['title', 'aliases', 'alias', 'tags', 'tag'];

/** Normalises one file's front-matter and links into a typed note. */
export function normalise(input: NoteInput, options: CorpusOptions): Normalised {
  const fm: Frontmatter = isMap(input.frontmatter) ? input.frontmatter : {};
  const reader = new FieldReader(input.path, fm);
  const base = commonFields(input.path, reader);
  // Made only once the kind is known: most notes are corpus notes, and a plain note made first would be garbage.
  let note: Note | undefined;

  if (input.frontmatterError !== undefined) {
    reader.report('', 'invalid-yaml', 'error', `The front-matter does not parse (${input.frontmatterError}); the note is left out of the corpus. Fix the YAML between the --- lines.`);
  } else {
    const kind = readKind(reader, options.key);
    if (kind && !isExcluded(input.path, base.tags, options)) {
      if (kind === 'concept') note = concept(base, reader);
      else if (kind === 'line') note = line(base, reader, input.body);
      else note = paper(base, reader);
    }
  }
  if (note === undefined) {
    note = { path: base.path, title: base.title, titleFromName: base.titleFromName, aliases: base.aliases, tags: base.tags, kind: 'note' };
    // Outside the corpus only links count (as back-links); what its fields hold is no concern of ours.
    // An excluded note is none of our business at all, even when its front-matter is broken.
    if (reader.problems.length > 0) {
      const excluded = isExcluded(input.path, base.tags, options);
      const kept = excluded ? [] : reader.problems.filter((p) => p.code === 'invalid-yaml' || p.code === 'unknown-kind');
      reader.problems.splice(0, reader.problems.length, ...kept);
    }
    reader.dropLinks();
    propertyLinks(reader, fm, skippedKeys('note', options.key));
  } else {
    propertyLinks(reader, fm, skippedKeys(note.kind, options.key));
  }
  bodyLinks(reader, input);
  return { note, links: reader.takeLinks(), problems: fit(reader.problems) };
}

// Notes are written out field by field rather than as `{ ...base, kind, ... }`: in V8 a spread
// followed by more properties is many times slower than a literal, and this runs once per note.
type Base = Omit<PlainNote, 'kind'>;

function commonFields(path: string, reader: FieldReader): Base {
  const titleValue = reader.get('title');
  const title = titleValue === undefined ? undefined : reader.text('title', titleValue);
  const aliasValue = reader.get('aliases') ?? reader.get('alias');
  const aliases = reader.textList('aliases', aliasValue);
  const tagValue = reader.get('tags') ?? reader.get('tag');
  // Both lists are new and at their exact size (`textList`, `split`): cleaned where they are, not copied.
  const tags = typeof tagValue === 'string' ? tagValue.split(/[\s,]+/) : reader.textList('tags', tagValue);
  let kept = 0;
  for (let i = 0; i < tags.length; i++) {
    const written = tags[i];
    // Every leading `#`, so that `##tag` and `#tag` name one tag and reading a tag twice changes nothing.
    const tag = (written.charCodeAt(0) === 35 ? written.replace(/^#+/, '') : written).trim();
    if (tag.length > 0) tags[kept++] = tag;
  }
  tags.length = kept;
  return { path, title: title ?? basenameOf(path), titleFromName: title === undefined, aliases: orNone(aliases), tags: orNone(tags) };
}

/** No aliases, no tags: one frozen list for every note that has none, most notes of a vault. */
const NONE: string[] = Object.freeze([]) as unknown as string[];

/** A note's list of words, or the shared empty list. */
function orNone(list: string[]): string[] {
  return list.length === 0 ? NONE : list;
}

/**
 * A list at its exact size. An array grown by `push` keeps room for about sixteen more items, and
 * the index keeps these lists for every note of a vault: copied to size, they take a fraction of it.
 */
function fit<T>(list: T[]): T[] {
  return list.length === 0 ? [] : list.slice();
}

function readKind(reader: FieldReader, key: string): CorpusKind | undefined {
  let value = reader.get(key);
  if (value === undefined || value === null) return undefined;
  if (Array.isArray(value) && value.length === 1 && typeof value[0] === 'string') {
    reader.report(key, 'wrong-shape', 'warning', `Holds a list; read as "${value[0]}". Write ${key}: ${value[0]}.`);
    value = value[0];
  }
  const kind = typeof value === 'string' ? value.trim().toLowerCase() : undefined;
  if (kind !== undefined && KINDS.includes(kind)) return kind as CorpusKind;
  reader.report(key, 'unknown-kind', 'error', `${show(value)} is no kind of corpus note; the note is left out. Use concept, line or paper.`);
  return undefined;
}

function isExcluded(path: string, tags: string[], options: CorpusOptions): boolean {
  // Most vaults exclude nothing: then no lists need building for each note.
  if (options.excludeFolders.length === 0 && options.excludeTags.length === 0) return false;
  const folders = options.excludeFolders.map((f) => f.replace(/\/+$/, '')).filter((f) => f.length > 0);
  if (folders.some((f) => path === f || path.startsWith(`${f}/`))) return true;
  return tags.some((t) => options.excludeTags.some((x) => x.replace(/^#/, '').toLowerCase() === t.toLowerCase()));
}

function concept(base: Base, r: FieldReader): ConceptNote {
  r.linkList('papers', r.get('papers'), 'paper');
  r.linkList('related', r.get('related'), 'related');
  return {
    path: base.path, title: base.title, titleFromName: base.titleFromName, aliases: base.aliases, tags: base.tags, kind: 'concept',
    question: r.text('question', r.get('question')),
    claim: r.text('claim', r.get('claim')),
    summary: r.text('summary', r.get('summary')),
  };
}

function line(base: Base, r: FieldReader, body: string | undefined): LineNote {
  const sources = r.get('sources');
  r.linkList('sources', sources, 'source');
  r.linkList('next', r.get('next'), 'next');
  const note: LineNote = {
    path: base.path, title: base.title, titleFromName: base.titleFromName, aliases: base.aliases, tags: base.tags, kind: 'line',
    gloss: r.text('gloss', r.get('gloss')),
    // Only a field that names at least one note replaces the body's citations: an empty or
    // wholly unreadable `sources` (already reported) falls back to them instead of leaving none.
    sourcesGiven: r.hasLink('source'),
    prompt: promptSpec(r, r.get('prompt')),
  };
  if (body !== undefined && body.trim()) note.body = body;
  return note;
}

function promptSpec(r: FieldReader, value: unknown): PromptSpec {
  const spec: PromptSpec = { anchorsGiven: false };
  if (value === undefined || value === null) return spec;
  if (!isMap(value)) {
    r.report('prompt', 'wrong-shape', 'error', `Holds ${show(value)}; left out. Write a map with role, ask, findings, anchors or tasks.`);
    return spec;
  }
  const get = (k: string): unknown => (Object.prototype.hasOwnProperty.call(value, k) ? value[k] : undefined);
  const role = r.text('prompt.role', get('role'));
  const ask = r.text('prompt.ask', get('ask'));
  if (role !== undefined) spec.role = role;
  if (ask !== undefined) spec.ask = ask;
  const findings = get('findings');
  if (findings !== undefined && findings !== null) {
    const items = Array.isArray(findings) ? findings : [findings];
    spec.findings = [];
    items.forEach((item, i) => {
      const field = `prompt.findings[${i}]`;
      if (isMap(item)) {
        const text = r.text(`${field}.text`, item.text);
        const year = r.number(`${field}.year`, item.year);
        if (text !== undefined) spec.findings?.push(year === undefined ? { text } : { text, year });
        else r.report(field, 'wrong-shape', 'error', 'A finding map needs "text"; left out.');
      } else {
        const text = r.text(field, item);
        if (text !== undefined) spec.findings?.push({ text });
      }
    });
  }
  const anchors = get('anchors');
  if (anchors !== undefined && anchors !== null) {
    spec.anchorsGiven = true;
    r.linkList('prompt.anchors', anchors, 'anchor');
  }
  const tasks = get('tasks');
  if (tasks !== undefined && tasks !== null) spec.tasks = r.textList('prompt.tasks', tasks);
  return spec;
}

function paper(base: Base, r: FieldReader): PaperNote {
  const note: PaperNote = {
    path: base.path, title: base.title, titleFromName: base.titleFromName, aliases: base.aliases, tags: base.tags, kind: 'paper',
    doi: r.text('doi', r.get('doi')),
    year: r.number('year', r.get('year')),
    authors: r.textList('authors', r.get('authors')),
    venue: r.text('venue', r.get('venue')),
    summary: r.text('summary', r.get('summary')) ?? r.text('abstract', r.get('abstract')),
  };
  const url = r.text('url', r.get('url'));
  if (url !== undefined && /^https?:\/\//i.test(url)) note.url = url;
  else if (url !== undefined) r.report('url', 'wrong-shape', 'error', `${show(url)} is not a web address (http or https); left out.`);
  const arxivValue = r.get('arxiv');
  if (arxivValue !== undefined && arxivValue !== null) {
    const reading = readArxiv(arxivValue);
    if (reading.ok) {
      note.arxiv = reading.id;
      if (reading.guessed) r.report('arxiv', 'wrong-shape', 'warning', `YAML read the id as the number ${show(arxivValue)}; taken as ${reading.id}. Quote it: arxiv: "${reading.id}".`);
    } else {
      r.report('arxiv', 'malformed-arxiv', 'error', `${show(arxivValue)} is no arXiv id; left out. Write e.g. 2401.11817, 2401.11817v2 or hep-th/9901001.`);
    }
  }
  return note;
}

/**
 * The lower-cased keys whose links carry corpus meaning, by kind, for the corpus key last asked
 * about: built once, not for every note (nearly always one key serves a whole vault).
 */
let skipSets: { corpusKey: string; byKind: Record<CorpusKind | 'note', ReadonlySet<string>> } | undefined;

function skippedKeys(kind: CorpusKind | 'note', corpusKey: string): ReadonlySet<string> {
  // Built apart: the builder's callbacks would otherwise set up their variables on every call, for every note.
  if (skipSets?.corpusKey !== corpusKey) skipSets = buildSkipSets(corpusKey);
  return skipSets.byKind[kind];
}

function buildSkipSets(corpusKey: string): NonNullable<typeof skipSets> {
  const set = (keys: readonly string[]): ReadonlySet<string> => new Set(keys.map((k) => k.toLowerCase()));
  const of = (k: CorpusKind): ReadonlySet<string> => set([corpusKey, ...COMMON_FIELDS, ...KNOWN_FIELDS[k]]);
  return { corpusKey, byKind: { note: set(COMMON_FIELDS), concept: of('concept'), line: of('line'), paper: of('paper') } };
}

/** Links under any other key count as back-links, as Obsidian counts them. */
function propertyLinks(r: FieldReader, fm: Frontmatter, skipped: ReadonlySet<string>): void {
  // Made only for a note with such keys: in the corpus, most notes have none.
  let walk: ((value: unknown, field: string, depth: number) => void) | undefined;
  for (const key of r.keys()) if (!skipped.has(isLowerCase(key) ? key : key.toLowerCase())) (walk ??= linkWalker(r))(fm[key], key, 0);
}

/** Walks a value for links, at most so many values and so deep per note. */
function linkWalker(r: FieldReader): (value: unknown, field: string, depth: number) => void {
  let budget = 10_000;
  const walk = (value: unknown, field: string, depth: number): void => {
    if (budget <= 0 || depth > 8) return;
    budget--;
    if (typeof value === 'string') {
      const reading = readLinkString(value);
      if (reading.type === 'link' && reading.link.linkpath) r.addLink(rawLink('property', field, reading.link));
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, `${field}[${i}]`, depth + 1));
    } else if (isMap(value)) {
      for (const key of Object.keys(value)) walk(value[key], `${field}.${key}`, depth + 1);
    }
  };
  return walk;
}

function bodyLinks(r: FieldReader, input: NoteInput): void {
  const bodies = input.links;
  if (!Array.isArray(bodies)) return;
  // Counted rather than `for...of`: nothing made per link.
  for (let i = 0; i < bodies.length; i++) {
    const body = bodies[i];
    if (typeof body?.link !== 'string') continue;
    const link = parseWikiInner(body.link);
    if (!link.linkpath) continue;
    const line = body.position?.line;
    r.addLink(rawLink('link', 'body', link, undefined, false, undefined, undefined, typeof line === 'number' ? line : undefined));
  }
}
