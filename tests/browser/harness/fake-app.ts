/**
 * The app the plugin runs in on the harness page: the obsidian stub's App, its
 * vault and metadata cache filled from a harness vault, links resolved with
 * Obsidian's rule (the core's PathResolver) as the real cache would.
 */
import { PathResolver } from '../../../src/core/corpus/path-resolver';
import { App, type TFile } from '../../stubs/obsidian';
import type { CachedMetadataLike, HarnessVault } from './vault-data';

/** The link paths a cache names: body links, embeds and whole-link front-matter values. */
function linkpathsOf(cache: CachedMetadataLike): string[] {
  return [...(cache.links ?? []), ...(cache.embeds ?? []), ...(cache.frontmatterLinks ?? [])].map((l) => l.link);
}

/** The part of a link before `#` (a heading or block), which Obsidian resolves on its own. */
function withoutSubpath(link: string): string {
  const hash = link.indexOf('#');
  return hash >= 0 ? link.slice(0, hash) : link;
}

/** Fills `resolvedLinks` and `unresolvedLinks` for every file, as Obsidian has them when `resolved` fires. */
function resolveAll(app: App, vault: HarnessVault): void {
  const cache = app.metadataCache;
  cache.resolvedLinks = {};
  cache.unresolvedLinks = {};
  for (const file of vault.files) {
    if (!file.cache) continue;
    const resolved: Record<string, number> = {};
    const unresolved: Record<string, number> = {};
    for (const link of linkpathsOf(file.cache)) {
      const target = cache.resolveLinkpath(link, file.path);
      if (target !== null) resolved[target] = (resolved[target] ?? 0) + 1;
      else {
        const name = withoutSubpath(link);
        unresolved[name] = (unresolved[name] ?? 0) + 1;
      }
    }
    cache.resolvedLinks[file.path] = resolved;
    cache.unresolvedLinks[file.path] = unresolved;
  }
}

/** An app whose vault holds `vault`'s files (no events yet) and whose cache holds their metadata. */
export function createApp(vault: HarnessVault): App {
  const app = new App();
  const resolver = new PathResolver(vault.files.map((f) => f.path));
  app.metadataCache.resolveLinkpath = (linkpath, sourcePath) => {
    const bare = withoutSubpath(linkpath);
    return bare === '' ? sourcePath : resolver.resolve(bare, sourcePath);
  };
  (app.vault as unknown as { getName(): string }).getName = () => vault.name;
  for (const file of vault.files) {
    app.vault.put(file.path, file.text);
    if (file.cache) app.metadataCache.caches.set(file.path, file.cache);
  }
  resolveAll(app, vault);
  return app;
}

/** Obsidian's start-up order: `create` for every file before layout-ready, then layout-ready, then `resolved`. */
export function startApp(app: App): void {
  for (const file of app.vault.getFiles()) app.vault.trigger('create', file);
  app.workspace.setLayoutReady();
  app.metadataCache.trigger('resolved');
}

/** The file at `path`, or an error naming it. */
export function fileOf(app: App, path: string): TFile {
  const file = app.vault.getFileByPath(path);
  if (!file) throw new Error(`No file "${path}" in the harness vault`);
  return file;
}
