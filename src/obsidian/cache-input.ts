/**
 * One file's metadata cache as the core's input. Obsidian has already parsed the
 * front-matter and found the links, so nothing here parses YAML again.
 */
import type { CachedMetadata, Pos, ReferenceCache } from 'obsidian';
import type { BodyLink, NoteInput } from '../core/types';

/** The reason a note gets when Obsidian found a front-matter block but could not read it. */
export const UNREADABLE_PROPERTIES = 'Obsidian could not read the properties';

const isPos = (value: unknown): value is Pos => {
  const pos = value as Partial<Pos> | null;
  return typeof pos === 'object' && pos !== null && typeof pos.start?.offset === 'number' && typeof pos.end?.offset === 'number';
};

/** The front-matter without the `position` that Obsidian before 1.4 kept inside it. */
function frontmatterOf(cache: CachedMetadata): Record<string, unknown> | undefined {
  const fm: Record<string, unknown> | undefined = cache.frontmatter;
  if (!fm) return undefined;
  if (!isPos(fm.position)) return { ...fm };
  const { position: _position, ...rest } = fm;
  return rest;
}

/** Where the front-matter block is: Obsidian's `frontmatterPosition`, else a leading `yaml` section. */
function yamlBlock(cache: CachedMetadata): Pos | undefined {
  if (cache.frontmatterPosition) return cache.frontmatterPosition;
  const first = cache.sections?.[0];
  return first?.type === 'yaml' ? first.position : undefined;
}

/**
 * True when the file opens with a front-matter block that has lines between its
 * fences yet no properties: Obsidian's sign of YAML it could not read. An empty
 * block (`---` right after `---`) is no error.
 */
function unreadableYaml(cache: CachedMetadata): boolean {
  if (cache.frontmatter) return false;
  const block = yamlBlock(cache);
  return block !== undefined && block.end.line - block.start.line > 1;
}

function toBodyLink(ref: ReferenceCache): BodyLink {
  const { line, col, offset } = ref.position.start;
  return { link: ref.link, original: ref.original, position: { line, col, offset } };
}

/** The body's links and embeds, merged back into document order. */
function bodyLinksOf(cache: CachedMetadata): BodyLink[] {
  const refs = [...(cache.links ?? []), ...(cache.embeds ?? [])];
  refs.sort((a, b) => a.position.start.offset - b.position.start.offset);
  return refs.map(toBodyLink);
}

/** The core's input for a file from its cache (`null` when Obsidian has none yet); `body` only when known. */
export function noteInputFromCache(path: string, cache: CachedMetadata | null, body?: string): NoteInput {
  const input: NoteInput = { path, links: cache ? bodyLinksOf(cache) : [] };
  if (cache) {
    const frontmatter = frontmatterOf(cache);
    if (frontmatter) input.frontmatter = frontmatter;
    else if (unreadableYaml(cache)) input.frontmatterError = UNREADABLE_PROPERTIES;
  }
  if (body !== undefined) input.body = body;
  return input;
}

/**
 * The body of a file's text: what follows the line that closes the front-matter,
 * the whole text when there is none. The same cut as the CLI's reader makes.
 */
export function bodyOf(text: string, cache: CachedMetadata | null): string {
  const block = cache ? yamlBlock(cache) : undefined;
  if (!block) return text;
  const newline = text.indexOf('\n', block.end.offset);
  return newline === -1 ? '' : text.slice(newline + 1);
}

/** True when the cache says the file is a corpus line (`key: line`), whose body the similarity engine reads. */
export function isLineCache(cache: CachedMetadata | null, key: string): boolean {
  const value: unknown = cache?.frontmatter?.[key];
  const kind = Array.isArray(value) && value.length === 1 ? (value[0] as unknown) : value;
  return typeof kind === 'string' && kind.trim().toLowerCase() === 'line';
}
