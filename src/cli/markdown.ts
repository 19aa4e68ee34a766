/**
 * Reads one Markdown file's text into the core's `NoteInput`, the way
 * Obsidian's metadata cache would see it: front-matter, then body links.
 * Pure (no Node import) so the benchmark and the tests can use it too.
 */
import { parseDocument } from 'yaml';
import type { NoteInput } from '../core/types';
import { extractBodyLinks } from './body-links';

/** Where the front-matter block is, as {@link splitFrontmatter} finds it. */
export interface FrontmatterSplit {
  /** The YAML between the two `---` lines; `null` when there is no (closed) block. */
  yaml: string | null;
  /** Character offset in the text where the body starts. */
  bodyOffset: number;
  /** 0-based line where the body starts. */
  bodyLine: number;
  /** True when the text opens with `---` but no line closes it. */
  unterminated: boolean;
}

/** What {@link parseFrontmatter} makes of a block: the mapping, or why it is not one. */
export type FrontmatterResult =
  | { frontmatter: Record<string, unknown> | undefined }
  | { error: string; line?: number };

/** The error a note gets when its front-matter is opened but never closed. */
export const UNTERMINATED_MESSAGE = 'front-matter starts with --- but has no closing ---';

/** Aliases a front-matter may expand; far above real notes, far below an alias bomb. */
const MAX_ALIAS_COUNT = 100;

const isFenceLine = (line: string): boolean => /^---[ \t\r]*$/.test(line);

/** Finds the front-matter block: `---` on the first line (after an optional BOM), up to the next `---` line. */
export function splitFrontmatter(text: string): FrontmatterSplit {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const none = { yaml: null, bodyOffset: start, bodyLine: 0 };
  let end = text.indexOf('\n', start);
  if (!isFenceLine(text.slice(start, end === -1 ? text.length : end))) return { ...none, unterminated: false };
  let line = 0;
  while (end !== -1) {
    const lineStart = end + 1;
    line++;
    end = text.indexOf('\n', lineStart);
    if (isFenceLine(text.slice(lineStart, end === -1 ? text.length : end))) {
      const yaml = text.slice(text.indexOf('\n', start) + 1, lineStart);
      if (end === -1) return { yaml, bodyOffset: text.length, bodyLine: line, unterminated: false };
      return { yaml, bodyOffset: end + 1, bodyLine: line + 1, unterminated: false };
    }
  }
  return { ...none, unterminated: true };
}

/**
 * Parses a front-matter block (YAML 1.2 core schema). Never throws. `lineOffset` is the
 * 0-based file line of the block's first line, so messages name the line as an editor shows it.
 */
export function parseFrontmatter(yamlText: string, lineOffset = 0): FrontmatterResult {
  try {
    // logLevel 'error': keep warnings off the console but keep the multiple-documents error.
    const doc = parseDocument(yamlText, { version: '1.2', schema: 'core', uniqueKeys: true, logLevel: 'error' });
    const first = doc.errors[0];
    if (first) {
      const yamlLine = first.linePos?.[0]?.line;
      const reason =
        first.code === 'MULTIPLE_DOCS'
          ? 'a second YAML document starts here; the front-matter must be one block of key: value pairs'
          : (first.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
      if (yamlLine === undefined) return { error: reason };
      const line = yamlLine - 1 + lineOffset;
      return { error: `line ${line + 1}: ${reason}`, line };
    }
    const value: unknown = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    if (value === null || value === undefined) return { frontmatter: undefined };
    if (Array.isArray(value)) return { error: 'front-matter is a list, not a set of key: value pairs' };
    if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) {
      return { error: 'front-matter is a single value, not a set of key: value pairs' };
    }
    return { frontmatter: value as Record<string, unknown> };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/alias count/i.test(message)) return { error: 'front-matter repeats its aliases (*name) too many times' };
    return { error: message.split('\n')[0] || 'front-matter could not be read' };
  }
}

/** Builds the core's input for one file from its path and whole text. */
export function noteInputFromText(path: string, text: string): NoteInput {
  const split = splitFrontmatter(text);
  const body = text.slice(split.bodyOffset);
  const input: NoteInput = { path, links: extractBodyLinks(body, split.bodyLine, split.bodyOffset), body };
  if (split.unterminated) {
    input.frontmatterError = UNTERMINATED_MESSAGE;
  } else if (split.yaml !== null) {
    // The block's first line is the file's second line, the one after the opening `---`.
    const parsed = parseFrontmatter(split.yaml, 1);
    if ('error' in parsed) input.frontmatterError = parsed.error;
    else if (parsed.frontmatter) input.frontmatter = parsed.frontmatter;
  }
  return input;
}

export { extractBodyLinks };
