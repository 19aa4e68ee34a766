/** The CLI's readable text: what a person reads in a terminal. */
import type { CorpusKind, Note, Problem } from '../core/types';
import type { NoteItem } from '../core/queries/items';
import type { LineItem, SourceItem } from '../core/queries/sources';
import type { BacklinkItem } from '../core/queries/backlinks';
import type { Neighbourhood } from '../core/queries/neighbourhood';
import type { PaperItem } from '../core/queries/related-papers';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function heading(note: Note, what: string, n: number): string {
  return `${what} of "${note.title}" (${note.path}): ${n}`;
}

/** `check`'s report: counts, one problem a line, totals. */
export function checkReport(counts: Record<CorpusKind, number>, problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const lines = [`Corpus: ${plural(counts.concept, 'concept')}, ${plural(counts.line, 'line')}, ${plural(counts.paper, 'paper')}.`];
  for (const p of problems) lines.push(`${p.path}: ${p.field || '(note)'}: ${p.code}: ${p.message}`);
  lines.push(problems.length === 0 ? 'No problems.' : `${plural(errors, 'error')}, ${plural(problems.length - errors, 'warning')}.`);
  return lines.join('\n');
}

/** Why a NOTE argument found nothing, with what it might have meant. */
export function notFound(query: string, reason: 'unknown' | 'ambiguous', candidates: NoteItem[]): string {
  const head = reason === 'ambiguous' ? `"${query}" matches more than one note; name one by its path:` : `No note is called "${query}".`;
  if (candidates.length === 0) return `${head} Give a vault path, a link text, a title or an alias.`;
  return [reason === 'ambiguous' ? head : `${head} Did you mean:`, ...candidates.map((c) => `  ${c.path}  (${c.title})`)].join('\n');
}

function entry(item: NoteItem): string {
  return `${item.title}  (${item.path})`;
}

/** `lines`: the lines that use a note as a source. */
export function linesList(note: Note, items: LineItem[]): string {
  const rows = items.map((i) => `- ${entry(i)}${i.through ? `\n    through: ${i.through.join('; ')}` : ''}`);
  return [heading(note, 'Inquiring lines that use this note as a source', items.length), ...rows].join('\n');
}

/** `sources`: a line's sources, in order, with their summaries. */
export function sourcesList(note: Note, items: SourceItem[]): string {
  const rows = items.map((i) => `${i.order + 1}. ${entry(i)}${i.summary ? `\n   ${i.summary}` : ''}`);
  return [heading(note, 'Sources', items.length), ...rows].join('\n');
}

/** `next`: a line's next lines. */
export function nextList(note: Note, items: NoteItem[]): string {
  return [heading(note, 'Next inquiring lines', items.length), ...items.map((i) => `- ${entry(i)}`)].join('\n');
}

/** `backlinks`: who links here, and how. */
export function backlinksList(note: Note, items: BacklinkItem[]): string {
  const rows = items.map((i) => `- ${entry(i)} [${i.kind}]: ${i.how.join(', ')}`);
  return [heading(note, 'Back-links', items.length), ...rows].join('\n');
}

/** `neighbourhood`: ranked notes with their reasons, and the cut. */
export function neighbourhoodList(note: Note, hood: Neighbourhood): string {
  const rows = hood.items.map((i, n) => `${n + 1}. ${entry(i)} [${i.kind}] ${i.score.toFixed(2)}: ${i.reasons.join('; ')}${i.moreReasons ? `; and ${i.moreReasons} more` : ''}${i.why ? `\n   why: ${i.why}` : ''}`);
  return [heading(note, 'Neighbourhood', hood.items.length), ...rows, ...(hood.cut ? [`(${hood.cut})`] : [])].join('\n');
}

/** `related-papers`: papers by similarity, linked ones marked. */
export function papersList(note: Note, items: PaperItem[]): string {
  const rows = items.map((i, n) => `${n + 1}. ${i.score.toFixed(3)}  ${entry(i)}${i.linked ? '  [linked]' : ''}${i.duplicates ? `\n   same paper: ${i.duplicates.join(', ')}` : ''}`);
  return [heading(note, 'Related papers', items.length), ...rows].join('\n');
}
