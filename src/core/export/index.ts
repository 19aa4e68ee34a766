/**
 * The corpus graph as a file for other tools (Gephi, NetworkX, a graph database):
 * graphology's serialised JSON or GEXF 1.3. Pure, so the plugin and the CLI share it.
 */
import type { CorpusGraph } from '../graph/corpus-graph';
import { toSerialisedGraph } from './json';
import { writeGexf } from './gexf';
import { selectForExport, type NoteScope } from './scope';

export { NOTE_SCOPES, selectForExport, type ExportSelection, type NoteScope } from './scope';
export { GEXF_CREATOR } from './gexf';

/** The file formats of an export. */
export type ExportFormat = 'json' | 'gexf';

/** Every {@link ExportFormat}, for a command line or a menu. */
export const EXPORT_FORMATS: readonly ExportFormat[] = ['json', 'gexf'];

/** Notes outside the corpus that an export keeps unless told otherwise: those that link to or from it. */
export const DEFAULT_NOTE_SCOPE: NoteScope = 'linked';

/** Options of {@link exportGraph}. */
export interface ExportOptions {
  /** Which notes outside the corpus to keep; default {@link DEFAULT_NOTE_SCOPE}. */
  notes?: NoteScope;
  /** GEXF only: the `lastmodifieddate` (`YYYY-MM-DD`); without it the output depends on the vault alone. */
  date?: string;
}

/** An export's text with what it holds, for a message to the user. */
export interface ExportResult {
  text: string;
  notes: number;
  links: number;
}

/** Builds the export and counts what went into it. */
export function buildExport(graph: CorpusGraph, format: ExportFormat, options: ExportOptions = {}): ExportResult {
  const selection = selectForExport(graph, options.notes ?? DEFAULT_NOTE_SCOPE);
  const text = format === 'gexf'
    ? writeGexf(graph, selection, { date: options.date })
    : `${JSON.stringify(toSerialisedGraph(graph, selection), null, 2)}\n`;
  return { text, notes: selection.nodes.length, links: selection.edges.length };
}

/** The corpus graph as the text of a `.json` or `.gexf` file. */
export function exportGraph(graph: CorpusGraph, format: ExportFormat, options: ExportOptions = {}): string {
  return buildExport(graph, format, options).text;
}
