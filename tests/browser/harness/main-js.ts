/**
 * Loading the production main.js as Obsidian does: a CommonJS module whose
 * `require('obsidian')` gets the app's API (here, our stub), its plugin class
 * built with the app and a manifest, and an async `onload` awaited.
 */
import type * as O from 'obsidian';
import * as obsidian from '../../stubs/obsidian';

/** The manifest the harness hands the plugin (the real one's id, so command ids match). */
export const MANIFEST: O.PluginManifest = {
  id: 'inquiring-lines',
  name: 'Inquiring Lines',
  version: '0.0.0',
  minAppVersion: '1.5.0',
  description: 'Harness copy',
  author: 'Inquiring Lines contributors',
  isDesktopOnly: false,
};

/** Loads the production main.js with a script tag, `require('obsidian')` answered by the stub; resolves to its plugin class. */
export async function loadMainJs(): Promise<typeof obsidian.Plugin> {
  // The CommonJS globals main.js expects, as Obsidian provides them to a plugin.
  const module = { exports: {} as Record<string, unknown> };
  Object.assign(window, {
    require: (name: string): unknown => {
      if (name === 'obsidian') return obsidian;
      throw new Error(`main.js requires "${name}", which Obsidian does not provide`);
    },
    module,
    exports: module.exports,
  });
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/main.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('main.js did not load: run `npm run build` first'));
    document.head.appendChild(script);
  });
  const exported = module.exports;
  const pluginClass = (exported.default ?? exported) as typeof obsidian.Plugin;
  if (typeof pluginClass !== 'function') throw new Error('main.js exports no plugin class');
  return pluginClass;
}

/** Runs the plugin's `onload` through `load()` and waits for it, as Obsidian awaits an async `onload`. */
export async function loadPlugin(plugin: obsidian.Plugin): Promise<void> {
  const onload: () => unknown = plugin.onload.bind(plugin);
  let pending: unknown;
  plugin.onload = () => {
    pending = onload();
  };
  plugin.load();
  await pending;
}
