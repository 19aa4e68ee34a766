/**
 * What the link resolver answered, kept for the length of one flush. Most links of a vault name
 * a few thousand notes, each from many notes, and the resolver's answer depends on the link path
 * and the linking note's folder alone (as Obsidian's does): asked once per folder and path, it
 * spares a resolution and a lookup for every other link. Nothing may change between questions,
 * so a cache lives for one pass of work and no longer.
 */
import { folderOf } from '../corpus/paths';

/** Resolver answers by the linking note's folder and the link path, for one pass of work. */
export class KnownTargets<T> {
  private readonly byFolder = new Map<string, Map<string, T>>();
  /** The folder asked for last and its answers: notes come folder by folder, nearly always. */
  private lastFolder = '';
  private lastAnswers: Map<string, T> | undefined;

  /** The answers for links of the note at `path`, by link path. */
  forSource(path: string): Map<string, T> {
    // The last folder is checked in place, with no copy of this note's folder to look up.
    const cut = path.lastIndexOf('/');
    if (this.lastAnswers !== undefined && Math.max(cut, 0) === this.lastFolder.length && (cut < 0 || path.startsWith(this.lastFolder))) return this.lastAnswers;
    const folder = folderOf(path);
    let answers = this.byFolder.get(folder);
    if (answers === undefined) this.byFolder.set(folder, (answers = new Map<string, T>()));
    this.lastFolder = folder;
    this.lastAnswers = answers;
    return answers;
  }
}
