/**
 * Link resolution as Obsidian's `getFirstLinkpathDest` does it, for places without
 * Obsidian (the CLI, tests, benchmarks): case-insensitive and NFC, the full path first,
 * then the file name, the file in the linking note's folder first, then the shortest path.
 */
import { folderOf, foldName } from './paths';
import { PathGroups } from './path-groups';

const SLASH = 47;

function stripMd(path: string): string {
  return path.endsWith('.md') ? path.slice(0, -3) : path;
}

function lastSegment(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** Joins `./x` and `../x` onto a folder. */
function joinRelative(folder: string, rel: string): string {
  const parts = folder ? folder.split('/') : [];
  for (const part of rel.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/** The key a file is filed under: its folded name without `.md`. */
function nameKey(path: string): string {
  return stripMd(foldName(lastSegment(path)));
}

/**
 * Every file of a vault by folded name, kept up to date one file at a time. Paths that differ
 * only in capitals or Unicode form share a key; each stays known, and which one a link names
 * never depends on the order the files were added in.
 *
 * Why no second map by full path: a file's path ends in its name, so the files a full path can
 * name are among the few of that name, and checking them when a link gives a folder costs less
 * than filing a folded copy of every path of the vault.
 */
export class PathResolver {
  /** Files by folded name: a group per name rather than a `Set`, since nearly every name is one file's. */
  private readonly byName = new PathGroups();

  constructor(paths: Iterable<string> = []) {
    for (const path of paths) this.add(path);
  }

  /** Registers a file. */
  add(path: string): void {
    this.byName.add(nameKey(path), path);
  }

  /** Forgets a file. */
  remove(path: string): void {
    this.byName.delete(nameKey(path), path);
  }

  /** True when the file is known. */
  has(path: string): boolean {
    const same = this.byName.get(nameKey(path));
    return typeof same === 'string' ? same === path : (same?.includes(path) ?? false);
  }

  /** The file a link path names from `sourcePath`, or `null`. */
  resolve(linkpath: string, sourcePath: string): string | null {
    let wanted = foldName(linkpath.trim());
    if (wanted.charCodeAt(0) === SLASH) wanted = wanted.replace(/^\/+/, '');
    if (!wanted) return null;
    // Most links name a file by its name alone, and most names belong to one file: then that file
    // is the answer whatever the folders (an exact root match would be that same file), and the
    // ranking below, which folds and compares every candidate path, can be skipped.
    if (!wanted.includes('/') && !wanted.endsWith('.md')) {
      const named = this.byName.get(wanted);
      if (named === undefined) return null;
      if (typeof named === 'string') return named;
    }
    if (wanted.startsWith('./') || wanted.startsWith('../')) wanted = joinRelative(foldName(folderOf(sourcePath)), wanted);
    const name = lastSegment(wanted);
    // The group as held, not a copy: a link that gives a folder nearly always names a file by its full path.
    const group = this.byName.get(stripMd(name));
    // The full path first, then with `.md` added (a file `x.md.md` is filed under `x.md`).
    const exact = samePath(group, wanted, '') ?? samePath(name.endsWith('.md') ? this.byName.get(name) : group, wanted, '.md');
    if (exact !== undefined) return typeof exact === 'string' ? exact : exact.length === 1 ? exact[0] : pickWritten(exact, linkpath, sourcePath);
    if (group === undefined) return null;
    const candidates = typeof group === 'string' ? [group] : group;
    const tail = stripMd(wanted);
    const sourceFolder = foldName(folderOf(sourcePath));
    let best: string | null = null;
    let bestRank: [number, number, string] | null = null;
    for (const path of candidates) {
      const folded = foldName(path);
      const bare = stripMd(folded);
      const matches = bare === tail || bare.endsWith(`/${tail}`) || folded === wanted || folded.endsWith(`/${wanted}`);
      if (!matches) continue;
      const rank: [number, number, string] = [folderOf(folded) === sourceFolder ? 0 : 1, path.length, folded];
      const order = bestRank ? compareRank(rank, bestRank) : -1;
      if (order < 0 || (order === 0 && best !== null && path < best)) {
        best = path;
        bestRank = rank;
      }
    }
    return best;
  }
}

/**
 * The files of a group whose folded path is `folded` followed by `suffix`: the one path of a group
 * of one (nearly every group) or a list in code-unit order; `undefined` when none.
 */
function samePath(group: string | readonly string[] | undefined, folded: string, suffix: string): string | string[] | undefined {
  if (group === undefined) return undefined;
  if (typeof group === 'string') return isFoldedPath(group, folded, suffix) ? group : undefined;
  // A loop, not `filter`: a callback would set up its variables on every call, groups of one too.
  const found: string[] = [];
  for (let i = 0; i < group.length; i++) if (isFoldedPath(group[i], folded, suffix)) found.push(group[i]);
  return found.length === 0 ? undefined : found.sort();
}

/** True when `path` folds to `folded` followed by `suffix`, compared without joining the two. */
function isFoldedPath(path: string, folded: string, suffix: string): boolean {
  const own = foldName(path);
  return own.length === folded.length + suffix.length && own.startsWith(folded) && own.endsWith(suffix);
}

/** Of paths sharing one folded key, the one spelt as the link is, else the first in code-unit order. */
function pickWritten(paths: string[], linkpath: string, sourcePath: string): string {
  let written = linkpath.trim().normalize('NFC').replace(/^\/+/, '');
  if (written.startsWith('./') || written.startsWith('../')) written = joinRelative(folderOf(sourcePath).normalize('NFC'), written);
  return paths.find((p) => p === written || p === `${written}.md`) ?? paths[0];
}

function compareRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}
