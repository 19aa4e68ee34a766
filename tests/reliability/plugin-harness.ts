/**
 * The whole plugin, loaded on the stub app over the example vault (a simulated
 * Obsidian: vault, metadata cache and their events), with every way of writing
 * to the vault and of reaching the network watched. Used by the plugin-* tests,
 * which run in a DOM (`// @vitest-environment happy-dom`).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as O from 'obsidian';
import { vi, type Mock } from 'vitest';
import InquiringLinesPlugin from '../../src/main';
import { SimulatedVault, nextTask } from '../obsidian/simulated-vault';
import type { Events, WorkspaceLeaf } from '../stubs/obsidian';

// From the file path, not `new URL(...)`: in a DOM test `URL` is the DOM's own.
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Every file of the example vault, by vault path. */
export function exampleVaultFiles(): Record<string, string> {
  const dir = join(ROOT, 'example-vault');
  const files: Record<string, string> = {};
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (!name.endsWith('.md')) continue;
    files[relative(dir, join(dir, name)).split(sep).join('/')] = readFileSync(join(dir, name), 'utf8');
  }
  return files;
}

/** Waits task by task until `condition` holds. */
export async function until(condition: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await nextTask();
  }
}

/** Real time passing, for the plugin's debounced announcements. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls to anything that writes to the vault, by name, made while the user was not acting. */
export interface WriteWatch {
  calls: Map<string, unknown[][]>;
  /** Runs a change the user makes (through the simulated vault), which the watch does not count. */
  asUser<T>(change: () => Promise<T>): Promise<T>;
  /** Every watched name with at least one call, e.g. `vault.modify`. */
  called(): string[];
}

/** Replaces (or adds) each method with a recorder that still calls the original, if any. */
function watchWrites(app: O.App, plugin: InquiringLinesPlugin): WriteWatch {
  const calls = new Map<string, unknown[][]>();
  let userActing = 0;
  const watch = (owner: Record<string, unknown>, label: string, names: string[]): void => {
    for (const name of names) {
      const original = owner[name];
      owner[name] = (...args: unknown[]): unknown => {
        if (userActing === 0) calls.set(`${label}.${name}`, [...(calls.get(`${label}.${name}`) ?? []), args]);
        return typeof original === 'function' ? (original as (...a: unknown[]) => unknown).apply(owner, args) : Promise.resolve();
      };
    }
  };
  const vault = app.vault as unknown as Record<string, unknown>;
  watch(vault, 'vault', ['create', 'createBinary', 'createFolder', 'modify', 'modifyBinary', 'append', 'process', 'delete', 'trash', 'rename', 'copy']);
  vault.adapter ??= {};
  watch(vault.adapter as Record<string, unknown>, 'adapter', ['write', 'writeBinary', 'append', 'process', 'mkdir', 'remove', 'rmdir', 'rename', 'copy', 'trashLocal', 'trashSystem']);
  watch(app.fileManager as unknown as Record<string, unknown>, 'fileManager', ['processFrontMatter', 'renameFile', 'trashFile', 'createNewMarkdownFile']);
  watch(plugin as unknown as Record<string, unknown>, 'plugin', ['saveData']);
  return {
    calls,
    async asUser(change) {
      userActing++;
      try {
        return await change();
      } finally {
        userActing--;
      }
    },
    called: () => [...calls.keys()].sort(),
  };
}

/** Every way of reaching the network a page has, replaced by recorders that refuse. */
export interface NetworkWatch {
  attempts: string[];
  restore(): void;
}

/** Records (and refuses) fetch, XMLHttpRequest, WebSocket, EventSource and sendBeacon. */
export function watchNetwork(): NetworkWatch {
  const attempts: string[] = [];
  const g = globalThis as Record<string, unknown>;
  const saved = new Map<string, unknown>();
  const replace = (name: string, value: unknown): void => {
    saved.set(name, g[name]);
    g[name] = value;
  };
  replace('fetch', (input: unknown) => {
    attempts.push(`fetch ${String(input)}`);
    return Promise.reject(new Error('no network in tests'));
  });
  const refusing = (kind: string) =>
    class {
      constructor(url?: unknown) {
        attempts.push(`${kind} ${String(url)}`);
      }
      open(_method: string, url: unknown): void {
        attempts.push(`${kind} ${String(url)}`);
      }
      send(): void {
        throw new Error('no network in tests');
      }
    };
  replace('XMLHttpRequest', refusing('XMLHttpRequest'));
  replace('WebSocket', refusing('WebSocket'));
  replace('EventSource', refusing('EventSource'));
  const nav = (g.navigator ?? {}) as Record<string, unknown>;
  const beacon = nav.sendBeacon;
  nav.sendBeacon = (url: unknown) => {
    attempts.push(`sendBeacon ${String(url)}`);
    return false;
  };
  return {
    attempts,
    restore: () => {
      for (const [name, value] of saved) g[name] = value;
      nav.sendBeacon = beacon;
    },
  };
}

/** A plugin loaded and started over a simulated vault, with its writes watched. */
export interface Running {
  sim: SimulatedVault;
  plugin: InquiringLinesPlugin;
  writes: WriteWatch;
  clipboard: Mock<(text: string) => Promise<void>>;
}

/** Loads the plugin as Obsidian does (settings, then layout ready, then links resolved) and waits until the vault is read. */
export async function startPlugin(files: Record<string, string> = exampleVaultFiles()): Promise<Running> {
  const sim = new SimulatedVault(files);
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as O.PluginManifest;
  const plugin = new InquiringLinesPlugin(sim.obsidianApp, manifest);
  const writes = watchWrites(sim.obsidianApp, plugin);
  const clipboard = vi.fn((_text: string) => Promise.resolve());
  Object.defineProperty(navigator, 'clipboard', { value: { writeText: clipboard }, configurable: true });
  plugin.load();
  await until(() => (plugin as { services?: unknown }).services !== undefined, 'the plugin to load');
  sim.startUp();
  await until(() => plugin.services.ready, 'the vault to be read');
  return { sim, plugin, writes, clipboard };
}

/** Opens a view of `type` the way the plugin's command does, attached to the document and drawn. */
export async function openViewOf(sim: SimulatedVault, type: string): Promise<WorkspaceLeaf> {
  const leaf = sim.app.workspace.getRightLeaf(false);
  await (leaf as unknown as { setViewState(state: O.ViewState): Promise<void> }).setViewState({ type, active: true });
  const view = leaf.view;
  if (!view) throw new Error(`no view of type ${type}`);
  // Obsidian shows the leaf (in the document) and tells the view it was resized.
  document.body.appendChild(view.containerEl);
  view.onResize();
  return leaf;
}

/** Closes a view as Obsidian does: the leaf detaches, its container leaves the document. */
export async function closeLeaf(sim: SimulatedVault, leaf: WorkspaceLeaf): Promise<void> {
  const container = leaf.view?.containerEl;
  await leaf.detach();
  container?.remove();
  const leaves = sim.app.workspace.leaves;
  leaves.splice(leaves.indexOf(leaf), 1);
}

/** The commands the plugin registered (the stub records them). */
export function commandsOf(plugin: InquiringLinesPlugin): O.Command[] {
  return (plugin as unknown as { commands: O.Command[] }).commands;
}

/** How many listeners an emitter holds, over every event name. */
export function listenerCount(emitter: Events): number {
  const listeners = (emitter as unknown as { listeners: Map<string, unknown[]> }).listeners;
  let n = 0;
  for (const list of listeners.values()) n += list.length;
  return n;
}
