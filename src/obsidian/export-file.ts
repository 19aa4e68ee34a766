/**
 * Writing the corpus graph export into the vault: where it may go, and the write
 * itself. Nothing here asks the user; the dialog does, and this refuses to replace
 * a file unless told the user confirmed it.
 */
import { TFile, normalizePath, type Vault } from 'obsidian';
import type { CorpusGraph } from '../core/graph/corpus-graph';
import { buildExport, type ExportFormat } from '../core/export';

/** The file name the dialog proposes. */
export const DEFAULT_EXPORT_PATH = 'corpus-graph.gexf';

/** Where an export may be written, or why not. */
export type ExportTarget = { ok: true; path: string } | { ok: false; reason: string };

/** What was written, for the notice. */
export interface ExportWritten {
  path: string;
  notes: number;
  links: number;
  replaced: boolean;
}

/** The format a path's extension names, if it names one. */
export function formatOfPath(path: string): ExportFormat | null {
  const match = /\.(json|gexf)$/i.exec(path.trim());
  return match ? (match[1].toLowerCase() as ExportFormat) : null;
}

/** The path with the extension of `format`: an export extension is replaced, any other kept and the new one added. */
export function withFormat(path: string, format: ExportFormat): string {
  const trimmed = path.trim();
  if (trimmed === '') return `corpus-graph.${format}`;
  return formatOfPath(trimmed) ? trimmed.replace(/\.(json|gexf)$/i, `.${format}`) : `${trimmed}.${format}`;
}

/** Checks a path typed by the user: a file of the chosen format, in a folder that exists, outside the configuration folder. */
export function exportTarget(vault: Vault, typed: string, format: ExportFormat): ExportTarget {
  if (typed.trim() === '') return { ok: false, reason: 'Name the file to write, for example corpus-graph.gexf.' };
  const path = normalizePath(withFormat(typed, format));
  const parts = path.split('/');
  if (parts.some((part) => part === '..' || part === '.')) return { ok: false, reason: 'The path must stay inside the vault.' };
  if (parts[0] === vault.configDir) return { ok: false, reason: `Choose a place outside ${vault.configDir}, which holds Obsidian's settings.` };
  const folder = parts.slice(0, -1).join('/');
  if (folder !== '' && !vault.getAbstractFileByPath(folder)) return { ok: false, reason: `The folder “${folder}” does not exist.` };
  const existing = vault.getAbstractFileByPath(path);
  if (existing && !(existing instanceof TFile)) return { ok: false, reason: `“${path}” is a folder.` };
  return { ok: true, path };
}

/** True when a file is already at `path`. */
export function exportExists(vault: Vault, path: string): boolean {
  return vault.getAbstractFileByPath(path) instanceof TFile;
}

/**
 * Writes the export of `graph` (corpus notes, and the notes linked to or from them)
 * to `path`. A new file is created with `vault.create`, which takes any extension; an
 * existing one is replaced with `vault.modify` only when `replace` says the user
 * confirmed it, and refused otherwise.
 */
export async function writeExport(vault: Vault, graph: CorpusGraph, path: string, format: ExportFormat, replace: boolean): Promise<ExportWritten> {
  const existing = vault.getAbstractFileByPath(path);
  if (existing && !replace) throw new Error(`“${path}” already exists; it was left as it was.`);
  if (existing && !(existing instanceof TFile)) throw new Error(`“${path}” is a folder.`);
  const result = buildExport(graph, format, { notes: 'linked' });
  if (existing instanceof TFile) await vault.modify(existing, result.text);
  else await vault.create(path, result.text);
  return { path, notes: result.notes, links: result.links, replaced: existing !== null };
}
