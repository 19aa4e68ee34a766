/**
 * Reads a folder of Markdown files as the CLI's vault: every note as the core's
 * input, every file's path for link resolution, and the files it could not read.
 */
import { readFileSync } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { NoteInput } from '../core/types';
import { noteInputFromText } from './markdown';

/** What {@link readVault} found in a folder. */
export interface VaultContents {
  /** One input per `.md` file, sorted by path. */
  inputs: NoteInput[];
  /** Every file's vault path, Markdown or not, sorted: link targets. */
  files: string[];
  /** Files and folders that could not be read, with the reason. */
  unreadable: { path: string; message: string }[];
}

/** Options of {@link readVault}. */
export interface ReadVaultOptions {
  /** Leaves out a file or a whole folder, given its vault path (`/`-separated, no leading `/`). */
  ignore?: (relPath: string) => boolean;
}

/** Folders Obsidian never shows as notes: dot-folders (`.obsidian`, `.git`, `.trash`) and `node_modules`. */
const isSkipped = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'missing (a broken link?)';
  return error instanceof Error ? error.message : String(error);
};

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A folder walked but its notes not read yet: what {@link listVault} finds. */
export interface VaultListing {
  /** Every file's vault path, Markdown or not, sorted: link targets. */
  files: string[];
  /**
   * Reads the Markdown files one at a time, in path order, as the caller takes them: a caller that
   * indexes each note and lets it go holds no vault's worth of texts. Files it cannot read join
   * `unreadable`, which is sorted once the last note is taken.
   */
  notes(): Generator<NoteInput>;
  /** Files and folders that could not be read, with the reason. */
  unreadable: { path: string; message: string }[];
}

/**
 * Walks `dir` and reads its Markdown files. Throws only when `dir` is missing or not a
 * folder; any file or sub-folder it cannot read is listed in `unreadable` instead.
 */
export async function readVault(dir: string, options: ReadVaultOptions = {}): Promise<VaultContents> {
  const listing = await listVault(dir, options);
  const inputs = [...listing.notes()];
  return { inputs, files: listing.files, unreadable: listing.unreadable };
}

/** Walks `dir` like {@link readVault}, leaving its notes to be read on demand. */
export async function listVault(dir: string, options: ReadVaultOptions = {}): Promise<VaultListing> {
  const root = resolve(dir);
  let rootStat;
  try {
    rootStat = await stat(root);
  } catch (error) {
    throw new Error(`Cannot read the vault folder "${dir}": ${reasonOf(error)}.`);
  }
  if (!rootStat.isDirectory()) throw new Error(`The vault "${dir}" is not a folder.`);

  const ignore = options.ignore ?? (() => false);
  // Vault path ('/'-separated, NFC) -> the path on disk, relative to the root.
  const found = new Map<string, string>();
  const unreadable: VaultContents['unreadable'] = [];
  // Symlinked folders are never entered, so no loop can form.
  const pending: Entry[] = [{ path: '', fsPath: '' }];
  for (let folder = pending.pop(); folder !== undefined; folder = pending.pop()) {
    let entries;
    try {
      entries = await readdir(join(root, folder.fsPath), { withFileTypes: true });
    } catch (error) {
      unreadable.push({ path: folder.path, message: reasonOf(error) });
      continue;
    }
    for (const entry of entries) {
      if (isSkipped(entry.name)) continue;
      // Vault paths are NFC, as Obsidian stores them; macOS hands names back decomposed.
      const path = (folder.path === '' ? entry.name : `${folder.path}/${entry.name}`).normalize('NFC');
      const fsPath = join(folder.fsPath, entry.name);
      if (ignore(path)) continue;
      if (entry.isDirectory()) pending.push({ path, fsPath });
      else if (entry.isFile()) found.set(path, fsPath);
      else if (entry.isSymbolicLink()) {
        try {
          if ((await stat(join(root, fsPath))).isFile()) found.set(path, fsPath);
        } catch (error) {
          unreadable.push({ path, message: reasonOf(error) });
        }
      }
    }
  }
  const files = [...found.keys()].sort(byPath);
  const markdown = files.filter((path) => path.endsWith('.md'));
  unreadable.sort((a, b) => byPath(a.path, b.path));
  return { files, unreadable, notes: () => readNotes(root, markdown, found, unreadable) };
}

interface Entry {
  path: string;
  fsPath: string;
}

/**
 * Reads the notes in the order of `paths`. Synchronously, on purpose: each asynchronous read is four
 * trips through libuv's thread pool (open, stat, read, close), which cost a 10,000-note vault about
 * six times the reading itself (see BENCHMARKS.md); a terminal tool has nothing else to do meanwhile.
 */
function* readNotes(root: string, paths: string[], fsPathOf: Map<string, string>, unreadable: VaultListing['unreadable']): Generator<NoteInput> {
  for (const path of paths) {
    let input: NoteInput;
    try {
      let text = readFileSync(join(root, fsPathOf.get(path) ?? path), 'utf8');
      // Obsidian decodes files without their byte-order mark; so offsets match the editor's.
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      input = noteInputFromText(path, text);
    } catch (error) {
      unreadable.push({ path, message: reasonOf(error) });
      continue;
    }
    yield input;
  }
  unreadable.sort((a, b) => byPath(a.path, b.path));
}
