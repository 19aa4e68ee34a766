/** What each problem code means, in a sentence a user can act on, for the corpus health view. */
import type { ProblemCode } from '../core/types';

/** The meaning of every code, as the health view explains a group. */
export const PROBLEM_MEANINGS: Readonly<Record<ProblemCode, string>> = Object.freeze({
  'invalid-yaml': 'The front-matter cannot be read as YAML, so the note is left out of the corpus.',
  'unknown-kind': 'The corpus property names no known kind (concept, line or paper), so the note is left out.',
  'wrong-shape': 'A property holds a value of the wrong type, such as a map where a list of links belongs.',
  'unresolved-link': 'A link names no note in the vault: the target was renamed, moved or never written.',
  'resolved-by-title': 'A link found its note only through a title or alias; linking by file name is sturdier.',
  'nested-list-link': 'An unquoted - [[Name]] was read as a nested list; quoting the link keeps it a link.',
  'wrong-kind-link': 'A link points at a note of another kind than its property expects.',
  'self-link': 'A note lists itself.',
  'duplicate-title': 'Two corpus notes share a title (or two papers an arXiv id), so links by title are ambiguous.',
  'line-without-sources': 'An inquiring line has no sources, so nothing feeds it.',
  'cited-not-in-sources': 'A line’s essay cites a concept that its sources list leaves out.',
  'anchor-without-arxiv': 'A paper anchoring a line’s prompt has no arXiv id for the prompt to cite.',
  'malformed-arxiv': 'An arxiv value is not an arXiv identifier.',
});

/** The meaning of a code, or a plain fallback for a code this version does not know. */
export function meaningOf(code: string): string {
  return (PROBLEM_MEANINGS as Record<string, string>)[code] ?? 'A problem the corpus check reported.';
}
