/** `export`: the corpus graph as a file, or on standard output for a pipe. */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { CorpusIndex } from '../core/graph/corpus-index';
import { buildExport, type ExportFormat } from '../core/export';
import type { CliArgs } from './args';
import type { Output } from './output';

/** Why a file could not be written, in words a user can act on. */
function writeFailure(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'its folder does not exist';
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return 'permission denied';
  if (code === 'EISDIR') return 'it is a folder';
  return error instanceof Error ? error.message : String(error);
}

/** Writes or prints the export; resolves to the exit code. */
export async function exportCommand(index: CorpusIndex, args: CliArgs, io: Output): Promise<number> {
  // A file named *.gexf is meant for Gephi, so the extension picks the format when no --format says.
  const format: ExportFormat = args.format ?? (args.out?.toLowerCase().endsWith('.gexf') ? 'gexf' : 'json');
  const result = buildExport(index.graph(), format, { notes: args.notes });
  if (args.out === undefined) {
    io.out(result.text.replace(/\n$/, ''));
    return 0;
  }
  const target = resolve(args.out);
  try {
    await writeFile(target, result.text, 'utf8');
  } catch (error) {
    io.err(`Cannot write the export to "${args.out}": ${writeFailure(error)}.`);
    return 2;
  }
  io.out(`Wrote ${result.notes} notes and ${result.links} links as ${format === 'gexf' ? 'GEXF 1.3' : 'graphology JSON'} to ${target}`);
  return 0;
}
