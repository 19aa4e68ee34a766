/**
 * Reads a folder of Markdown files as the CLI's vault: every note as the core's
 * input, every file's path for link resolution, and the files it could not read.
 */
import { readdir, readFile, stat } from 'node:fs/promises';
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

/** Files read at once: enough to overlap the disk's latency, few enough to stay clear of file handle limits. */
const READ_CONCURRENCY = 16;

/** Folders Obsidian never shows as notes: dot-folders (`.obsidian`, `.git`, `.trash`) and `node_modules`. */
const isSkipped = (name: string): boolean => name.startsWith('.') || name === 'node_modules';

const reasonOf = (error: unknown): string => {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'missing (a broken link?)';
  return error instanceof Error ? error.message : String(error);
};

const byPath = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Walks `dir` and reads its Markdown files. Throws only when `dir` is missing or not a
 * folder; any file or sub-folder it cannot read is listed in `unreadable` instead.
 */
export async function readVault(dir: string, options: ReadVaultOptions = {}): Promise<VaultContents> {
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
  const inputs = await readAll(root, markdown, found, unreadable);
  unreadable.sort((a, b) => byPath(a.path, b.path));
  return { inputs, files, unreadable };
}

interface Entry {
  path: string;
  fsPath: string;
}

/** Reads the notes a few at a time, keeping the order of `paths`. */
async function readAll(
  root: string,
  paths: string[],
  fsPathOf: Map<string, string>,
  unreadable: VaultContents['unreadable'],
): Promise<NoteInput[]> {
  const inputs: (NoteInput | null)[] = new Array<NoteInput | null>(paths.length).fill(null);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < paths.length) {
      const at = next++;
      const path = paths[at];
      try {
        let text = await readFile(join(root, fsPathOf.get(path) ?? path), 'utf8');
        // Obsidian decodes files without their byte-order mark; so offsets match the editor's.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        inputs[at] = noteInputFromText(path, text);
      } catch (error) {
        unreadable.push({ path, message: reasonOf(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker));
  return inputs.filter((input): input is NoteInput => input !== null);
}
