/**
 * Paths grouped under string keys, each path at most once per key.
 *
 * Why not `Map<string, Set<string>>`: the index and the resolver keep several of
 * these (by title, by alias, by file name, by arXiv id), one key per note, and
 * almost every group holds a single path. A `Set` per key cost tens of thousands
 * of objects on a large vault (memory, and garbage-collector work while it is
 * built). Here a group of one is the path string itself; only real groups get an
 * array. Each operation looks its key up once: on a vault-sized map the lookups
 * are most of the cost.
 */
export class PathGroups {
  private readonly groups = new Map<string, string | string[]>();

  /** Adds `path` to the group of `key`; returns how many paths the group holds now. */
  add(key: string, path: string): number {
    const group = this.groups.get(key);
    if (group === undefined) {
      this.groups.set(key, path);
      return 1;
    }
    if (typeof group === 'string') {
      if (group === path) return 1;
      this.groups.set(key, [group, path]);
      return 2;
    }
    if (!group.includes(path)) group.push(path);
    return group.length;
  }

  /** Takes `path` out of the group of `key`; returns how many paths the group still holds. */
  delete(key: string, path: string): number {
    const group = this.groups.get(key);
    if (group === undefined) return 0;
    if (typeof group === 'string') {
      if (group !== path) return 1;
      this.groups.delete(key);
      return 0;
    }
    const at = group.indexOf(path);
    if (at >= 0) group.splice(at, 1);
    if (group.length === 1) this.groups.set(key, group[0]);
    return group.length;
  }

  /** The group of `key` as held: `undefined`, one path, or two or more (do not change the array). */
  get(key: string): string | readonly string[] | undefined {
    return this.groups.get(key);
  }

  /** How many paths the group of `key` holds. */
  count(key: string): number {
    const group = this.groups.get(key);
    return group === undefined ? 0 : typeof group === 'string' ? 1 : group.length;
  }

  /** The only path of the group of `key`, or `undefined` when it holds none or several. */
  only(key: string): string | undefined {
    const group = this.groups.get(key);
    return typeof group === 'string' ? group : undefined;
  }

  /** Calls `fn` with each path of the group of `key`; `fn` must not change this group. */
  forEach(key: string, fn: (path: string) => void): void {
    const group = this.groups.get(key);
    if (group === undefined) return;
    if (typeof group === 'string') fn(group);
    else for (const path of group) fn(path);
  }

  /** The paths of the group of `key`, in the order they joined (a fresh array). */
  members(key: string): string[] {
    const group = this.groups.get(key);
    return group === undefined ? [] : typeof group === 'string' ? [group] : [...group];
  }
}
