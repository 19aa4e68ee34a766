/**
 * Problems that depend on other notes: links that resolve to nothing, to the wrong
 * kind or only by title, duplicate titles, a line's sources against its body.
 */
import type { CorpusKind, EdgeKind, Note, PaperNote, Problem, RawLink } from '../types';
import { arxivBase } from '../corpus/arxiv';

/** The kind each field's links must point at. */
const EXPECTED: Partial<Record<EdgeKind, CorpusKind>> = {
  related: 'concept', paper: 'paper', source: 'concept', next: 'line', anchor: 'paper',
};
const FIELD_OF: Partial<Record<EdgeKind, string>> = {
  related: 'related', paper: 'papers', source: 'sources', next: 'next', anchor: 'prompt.anchors',
};
const KIND_NAME: Record<string, string> = { concept: 'a concept', line: 'a line', paper: 'a paper', note: 'a note outside the corpus' };
const KIND_PLURAL: Record<CorpusKind, string> = { concept: 'concepts', line: 'lines', paper: 'papers' };

function written(link: RawLink): string {
  return `[[${link.linkpath}${link.subpath ?? ''}]]`;
}

function bare(path: string): string {
  return path.endsWith('.md') ? path.slice(0, -3) : path;
}

/** What the check needs to see of the index (the index itself, seen through a narrow window). */
export interface ProblemContext {
  /** The other corpus notes with this note's title (its first name), sorted (nearly always none). */
  titleTwins(note: ResolvedNote): readonly string[];
  /** The other paper notes with this paper's arXiv id, its version ignored, sorted (nearly always none). */
  arxivTwins(paper: PaperNote): string[];
}

/** A link's target when it is an indexed note: the index's own record, so that no lookup is needed. */
export interface LinkTarget {
  readonly path: string;
  readonly note: Note;
}

/** A note with its links as resolved, side by side: the index's record of it. */
export interface ResolvedNote {
  readonly note: Note;
  /** Title and alias keys, the title's first (none outside the corpus). */
  readonly names: readonly string[];
  readonly links: readonly RawLink[];
  /** Each link's target: an indexed note, the path of a file that is no note, or `null` (none); empty until resolved. */
  readonly targets: readonly (LinkTarget | string | null)[];
  /** Indices into `links` of the links found only through a note's title; `null` when none (nearly always). */
  readonly byTitle: readonly number[] | null;
  /** False when no other note can have this note's title: its twins need no lookup (see the index's `Entry`). */
  readonly titleShared: boolean;
}

function report(problems: Problem[], path: string, field: string, code: Problem['code'], severity: Problem['severity'], message: string, line?: number): void {
  const problem: Problem = { path, field, code, severity, message };
  if (line !== undefined) problem.line = line;
  problems.push(problem);
}

/**
 * The relational problems of one corpus note (none for notes outside the corpus), written into
 * `problems` (emptied first) when given. Run for every corpus note when a vault is read, so it
 * allocates only when it has something to keep: the caller's list is reused, a line's
 * citations are gathered for lines alone, and twins are looked up without copying groups.
 */
export function relationalProblems(index: ProblemContext, resolution: ResolvedNote, problems: Problem[] = []): Problem[] {
  const { note } = resolution;
  problems.length = 0;
  if (note.kind === 'note') return problems;
  const path = note.path;
  const isLine = note.kind === 'line';
  const { links, targets, byTitle } = resolution;
  let sourceTargets: Set<string> | undefined;
  let bodyConcepts: { target: LinkTarget; line?: number }[] | undefined;
  for (let i = 0; i < links.length; i++) {
    const link = links[i];
    const found = targets[i];
    if (found === undefined) continue;
    const inBody = link.kind === 'link';
    if (found === null) {
      if (inBody) report(problems, path, 'body', 'unresolved-link', 'warning', `${written(link)} names no note. Create the note or correct the link.`, link.line);
      else if (link.kind !== 'property') report(problems, path, link.field, 'unresolved-link', 'error', `${written(link)} names no note; left out. Create the note or correct the link.`);
      continue;
    }
    // A file that is no note has no record: its path stands alone.
    const target = typeof found === 'string' ? undefined : found.note;
    const resolved = typeof found === 'string' ? found : found.path;
    if (target && byTitle !== null && byTitle.includes(i)) {
      report(problems, path, inBody ? 'body' : link.field, 'resolved-by-title', 'warning', `${written(link)} matches no file; taken as the note titled "${target.title}". Link it by file: "[[${bare(target.path)}]]".`, link.line);
    }
    if (inBody) {
      if (isLine && target?.kind === 'concept' && resolved !== path) (bodyConcepts ??= []).push({ target: found as LinkTarget, line: link.line });
      continue;
    }
    const expected = EXPECTED[link.kind];
    if (!expected) continue;
    if (resolved === path) {
      report(problems, path, link.field, 'self-link', 'warning', `The note lists itself under ${FIELD_OF[link.kind]}; ignored. Remove the entry.`);
      continue;
    }
    const kind = target?.kind ?? 'note';
    if (kind !== expected) {
      report(problems, path, link.field, 'wrong-kind-link', 'warning', `${written(link)} is ${KIND_NAME[kind]}; ${FIELD_OF[link.kind]} takes ${KIND_PLURAL[expected]}. Move the link or change the note's kind.`);
    }
    if (link.kind === 'source') (sourceTargets ??= new Set()).add(resolved);
    if (link.kind === 'anchor' && target?.kind === 'paper' && !target.arxiv) {
      report(problems, path, link.field, 'anchor-without-arxiv', 'warning', `The anchor paper "${target.title}" has no arxiv id, so the prompt cannot cite it by id. Add arxiv to the paper note.`);
    }
  }
  if (note.kind === 'line') {
    if (note.sourcesGiven) {
      const seen = new Set<string>();
      for (const { target: cited, line } of bodyConcepts ?? []) {
        if (sourceTargets?.has(cited.path) || seen.has(cited.path)) continue;
        seen.add(cited.path);
        report(problems, path, 'body', 'cited-not-in-sources', 'warning', `The essay cites "${cited.note.title}", which is not in sources. Add "[[${bare(cited.path)}]]" to sources or drop the citation.`, line);
      }
    } else if (bodyConcepts === undefined) {
      report(problems, path, 'sources', 'line-without-sources', 'warning', 'The line has no sources: no sources field and no concept linked from its body. Add sources: with links to its concepts.');
    }
  }
  duplicates(index, resolution, problems);
  return problems;
}

function duplicates(index: ProblemContext, resolution: ResolvedNote, problems: Problem[]): void {
  const { note } = resolution;
  const others = index.titleTwins(resolution);
  if (others.length > 0) {
    report(problems, note.path, 'title', 'duplicate-title', 'warning', `Another corpus note has this title: ${others.join(', ')}. Merge them or give each its own title.`);
    return;
  }
  if (note.kind === 'paper' && note.arxiv) {
    const twins = index.arxivTwins(note);
    if (twins.length > 0) report(problems, note.path, 'arxiv', 'duplicate-title', 'warning', `Another paper note has arXiv ${arxivBase(note.arxiv)}: ${twins.join(', ')}. Merge them into one note.`);
  }
}
