/**
 * Problems that depend on other notes: links that resolve to nothing, to the wrong
 * kind or only by title, duplicate titles, a line's sources against its body.
 */
import type { CorpusKind, EdgeKind, Note, Problem, RawLink } from '../types';
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
  const l = link.link;
  return `[[${l.linkpath}${l.subpath ?? ''}]]`;
}

function bare(path: string): string {
  return path.endsWith('.md') ? path.slice(0, -3) : path;
}

/** What the check needs to see of the index (the index itself, seen through a narrow window). */
export interface ProblemContext {
  note(path: string): Note | undefined;
  linksOf(path: string): { links: readonly RawLink[]; resolutions: readonly { target: string | null; via: 'path' | 'title' }[] };
  notesTitled(title: string): ReadonlySet<string>;
  papersWithArxiv(id: string): ReadonlySet<string>;
}

/** The relational problems of one corpus note (none for notes outside the corpus). */
export function relationalProblems(index: ProblemContext, note: Note): Problem[] {
  if (note.kind === 'note') return [];
  const problems: Problem[] = [];
  const add = (field: string, code: Problem['code'], severity: Problem['severity'], message: string, line?: number): void => {
    const problem: Problem = { path: note.path, field, code, severity, message };
    if (line !== undefined) problem.line = line;
    problems.push(problem);
  };
  const { links, resolutions } = index.linksOf(note.path);
  const sourceTargets = new Set<string>();
  const bodyConcepts: { target: string; line?: number }[] = [];
  links.forEach((link, i) => {
    const res = resolutions[i];
    if (!res) return;
    const inBody = link.kind === 'link';
    if (res.target === null) {
      if (inBody) add('body', 'unresolved-link', 'warning', `${written(link)} names no note. Create the note or correct the link.`, link.line);
      else if (link.kind !== 'property') add(link.field, 'unresolved-link', 'error', `${written(link)} names no note; left out. Create the note or correct the link.`);
      return;
    }
    const target = index.note(res.target);
    if (res.via === 'title' && target) {
      add(inBody ? 'body' : link.field, 'resolved-by-title', 'warning', `${written(link)} matches no file; taken as the note titled "${target.title}". Link it by file: "[[${bare(target.path)}]]".`, link.line);
    }
    if (inBody) {
      if (target?.kind === 'concept' && res.target !== note.path) bodyConcepts.push({ target: res.target, line: link.line });
      return;
    }
    const expected = EXPECTED[link.kind];
    if (!expected) return;
    if (res.target === note.path) {
      add(link.field, 'self-link', 'warning', `The note lists itself under ${FIELD_OF[link.kind]}; ignored. Remove the entry.`);
      return;
    }
    const kind = target?.kind ?? 'note';
    if (kind !== expected) {
      add(link.field, 'wrong-kind-link', 'warning', `${written(link)} is ${KIND_NAME[kind]}; ${FIELD_OF[link.kind]} takes ${KIND_PLURAL[expected]}. Move the link or change the note's kind.`);
    }
    if (link.kind === 'source') sourceTargets.add(res.target);
    if (link.kind === 'anchor' && target?.kind === 'paper' && !target.arxiv) {
      add(link.field, 'anchor-without-arxiv', 'warning', `The anchor paper "${target.title}" has no arxiv id, so the prompt cannot cite it by id. Add arxiv to the paper note.`);
    }
  });
  if (note.kind === 'line') {
    if (note.sourcesGiven) {
      const seen = new Set<string>();
      for (const cited of bodyConcepts) {
        if (sourceTargets.has(cited.target) || seen.has(cited.target)) continue;
        seen.add(cited.target);
        const title = index.note(cited.target)?.title ?? cited.target;
        add('body', 'cited-not-in-sources', 'warning', `The essay cites "${title}", which is not in sources. Add "[[${bare(cited.target)}]]" to sources or drop the citation.`, cited.line);
      }
    } else if (bodyConcepts.length === 0) {
      add('sources', 'line-without-sources', 'warning', 'The line has no sources: no sources field and no concept linked from its body. Add sources: with links to its concepts.');
    }
  }
  duplicates(index, note, add);
  return problems;
}

function duplicates(index: ProblemContext, note: Note, add: (field: string, code: Problem['code'], severity: Problem['severity'], message: string) => void): void {
  const others = [...index.notesTitled(note.title)].filter((p) => p !== note.path).sort();
  if (others.length > 0) {
    add('title', 'duplicate-title', 'warning', `Another corpus note has this title: ${others.join(', ')}. Merge them or give each its own title.`);
    return;
  }
  if (note.kind === 'paper' && note.arxiv) {
    const twins = [...index.papersWithArxiv(arxivBase(note.arxiv))].filter((p) => p !== note.path).sort();
    if (twins.length > 0) add('arxiv', 'duplicate-title', 'warning', `Another paper note has arXiv ${arxivBase(note.arxiv)}: ${twins.join(', ')}. Merge them into one note.`);
  }
}
