/** Small vaults written in tests: front-matter as objects, body links as link texts. */
import type { NoteInput } from '../../src/core/types';
import { buildIndex, type StandaloneIndex } from '../../src/core/build';

/** One note of a test vault. */
export interface TestNote {
  fm?: Record<string, unknown>;
  /** Link texts of the body, in order (`Name`, `folder/Name#Heading`). */
  links?: string[];
  body?: string;
  error?: string;
}

/** The core's input for a test note. */
export function input(path: string, note: TestNote): NoteInput {
  const result: NoteInput = {
    path,
    links: (note.links ?? []).map((link, i) => ({ link, original: `[[${link}]]`, position: { line: i + 5, col: 0, offset: i * 10 } })),
  };
  if (note.fm) result.frontmatter = note.fm;
  if (note.error) result.frontmatterError = note.error;
  if (note.body) result.body = note.body;
  return result;
}

/** Builds an index over a test vault. */
export function vault(notes: Record<string, TestNote>, files: string[] = []): StandaloneIndex {
  return buildIndex(Object.entries(notes).map(([path, note]) => input(path, note)), files);
}
