/**
 * The shapes shared by the whole core. They mirror what Obsidian's metadata
 * cache gives for a file, so that the plugin and the CLI feed the core alike.
 */

/** The three kinds of corpus note, plus `note` for any Markdown file outside the corpus. */
export type CorpusKind = 'concept' | 'line' | 'paper';
/** A node's kind: a corpus kind, or `note` for a file outside the corpus. */
export type NodeKind = CorpusKind | 'note';

/** Where a link stands in the file (0-based line, as Obsidian's `Pos.start`). */
export interface LinkPosition {
  line: number;
  col: number;
  offset: number;
}

/** A link found in the body, as `CachedMetadata.links` holds it. */
export interface BodyLink {
  /** The link text without brackets or display text, e.g. `folder/Name#Heading`. */
  link: string;
  /** The text as written, e.g. `[[folder/Name#Heading|shown]]`. */
  original?: string;
  position: LinkPosition;
}

/** One file handed to the core: its path, its parsed front-matter (or the parse error) and its body links. */
export interface NoteInput {
  /** Vault path with extension, `/`-separated, e.g. `concepts/Learning mechanics.md`. */
  path: string;
  /** The parsed front-matter; `undefined` when the file has none. */
  frontmatter?: Record<string, unknown>;
  /** Why the front-matter did not parse; set instead of `frontmatter`. */
  frontmatterError?: string;
  /** Links (and embeds) of the body, in document order. */
  links: BodyLink[];
  /** Body text, used only for the similarity of lines (their essay); optional. */
  body?: string;
}

/** How bad a problem is: `error` when the note or link was left out, `warning` when it was taken with a guess. */
export type Severity = 'error' | 'warning';

/** The stable problem codes: an interface, like a linter's rule names. */
export type ProblemCode =
  | 'invalid-yaml'
  | 'unknown-kind'
  | 'wrong-shape'
  | 'unresolved-link'
  | 'resolved-by-title'
  | 'nested-list-link'
  | 'wrong-kind-link'
  | 'self-link'
  | 'duplicate-title'
  | 'line-without-sources'
  | 'cited-not-in-sources'
  | 'anchor-without-arxiv'
  | 'malformed-arxiv';

/** Something the core could not take as it is. Listed and counted, never thrown. */
export interface Problem {
  path: string;
  /** The front-matter field (`related[2]`, `prompt.anchors[0]`) or `body`, or `''` for the whole note. */
  field: string;
  code: ProblemCode;
  severity: Severity;
  /** Says what is wrong and what to do about it. */
  message: string;
  /** 0-based line in the file, when known. */
  line?: number;
}

/** A link as written in a field: the target text and what was around it. */
export interface ParsedLink {
  /** Link path without subpath or display text, e.g. `folder/Name`. */
  linkpath: string;
  /** `#Heading` or `#^block`, if any. */
  subpath?: string;
  /** Display text, if any. */
  display?: string;
}

/** The kinds of edge in the corpus graph. */
export type EdgeKind = 'related' | 'paper' | 'source' | 'next' | 'anchor' | 'link' | 'property';

/** A link of a note that the index resolves to a target path. */
export interface RawLink {
  kind: EdgeKind;
  /** Field it came from (`related[0]`, `body`, `prompt.anchors[1]`, `see_also`). */
  field: string;
  /** Link path without subpath or display text, e.g. `folder/Name` (the link's parts are kept here, not in a second object). */
  linkpath: string;
  /** `#Heading` or `#^block`, if any. */
  subpath?: string;
  /** Display text, if any. */
  display?: string;
  /** `related` only: the relation word or phrase, as written. */
  relation?: string;
  /** `related` only: the explanation. */
  why?: string;
  /** `source` only: 0-based position in `sources`. */
  order?: number;
  /** 0-based line of the link in the file (body links). */
  line?: number;
  /** Read from an unquoted `- [[Name]]` (a nested list). */
  nested?: boolean;
}

/** A resolved edge from the note that holds the link to the note it names. */
export interface Edge {
  source: string;
  target: string;
  kind: EdgeKind;
  field: string;
  relation?: string;
  why?: string;
  order?: number;
  /** How the target was found: by path/name as Obsidian does, or by a note's title or alias. */
  via: 'path' | 'title';
}

/** A finding given in `prompt.findings`. */
export interface Finding {
  text: string;
  year?: number;
}

/** The `prompt` field of a line; every part optional. */
export interface PromptSpec {
  role?: string;
  ask?: string;
  findings?: Finding[];
  /** Anchors are links (kind `anchor` in the raw links); this only says whether the field was given. */
  anchorsGiven: boolean;
  tasks?: string[];
}

/** What every note has. */
interface NoteBase {
  path: string;
  title: string;
  /** True when there is no `title` and the basename stands in. */
  titleFromName: boolean;
  aliases: string[];
  tags: string[];
}

/** A finding phrased as a question. */
export interface ConceptNote extends NoteBase {
  kind: 'concept';
  question?: string;
  claim?: string;
  summary?: string;
}

/** An inquiring line: a question answered by an essay that cites concepts. */
export interface LineNote extends NoteBase {
  kind: 'line';
  gloss?: string;
  /** True when the `sources` field names at least one note: then it, not the body, names the sources. */
  sourcesGiven: boolean;
  prompt: PromptSpec;
  /** The essay, for similarity only. */
  body?: string;
}

/** A paper, preprint or article. */
export interface PaperNote extends NoteBase {
  kind: 'paper';
  /** Normalised arXiv id (prefix and URL removed, version kept). */
  arxiv?: string;
  doi?: string;
  url?: string;
  year?: number;
  authors: string[];
  venue?: string;
  /** `summary`, else `abstract`. */
  summary?: string;
}

/** A Markdown file outside the corpus (or whose front-matter or kind could not be read). */
export interface PlainNote extends NoteBase {
  kind: 'note';
}

/** Any note the index knows. */
export type Note = ConceptNote | LineNote | PaperNote | PlainNote;

/** What the normaliser makes of one file. */
export interface Normalised {
  note: Note;
  links: RawLink[];
  /** Problems that depend on this file alone. */
  problems: Problem[];
}

/** Options shared by the normaliser and the index. */
export interface CorpusOptions {
  /** The front-matter key that marks a corpus note. */
  key: string;
  /** Folder prefixes whose notes are left out of the corpus (they stay ordinary notes). */
  excludeFolders: string[];
  /** Tags (without `#`) whose notes are left out of the corpus. */
  excludeTags: string[];
}

/** Defaults for {@link CorpusOptions}. */
export const DEFAULT_CORPUS_OPTIONS: Readonly<CorpusOptions> = Object.freeze({
  key: 'corpus',
  excludeFolders: [],
  excludeTags: [],
});

/** Finds the file a link names, as `MetadataCache.getFirstLinkpathDest` does; `null` when none. */
export type ResolveLinkFn = (linkpath: string, sourcePath: string) => string | null;
