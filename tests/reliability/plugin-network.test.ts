/**
 * The bundles Obsidian and a terminal load hold no way to reach the network: no
 * fetch, XMLHttpRequest, WebSocket, EventSource, beacon or Obsidian `requestUrl`,
 * no web address to load, and the CLI no network module. The one worker the plugin
 * may start (the graph layout's) is made from a local blob. The run-time side of
 * the same promise is plugin-writes.test.ts, which watches every request API.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PLUGIN = join(ROOT, 'main.js');
const CLI = join(ROOT, 'dist', 'cli.js');

const XML_NAMESPACES = new Set(['http://gexf.net/1.3', 'http://www.w3.org/2001/XMLSchema-instance', 'http://www.w3.org/2000/svg', 'http://www.w3.org/1999/xhtml']);
const NETWORK_APIS = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|requestUrl|importScripts)\b/g;

beforeAll(() => {
  if (existsSync(PLUGIN) && existsSync(CLI)) return;
  const build = spawnSync(process.execPath, ['esbuild.config.mjs', 'production'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status !== 0) throw new Error(`could not build the bundles: ${build.stderr}`);
}, 120_000);

describe('the bundles make no network request', () => {
  it('the plugin bundle names no request API and no web address', () => {
    const code = readFileSync(PLUGIN, 'utf8');
    expect(code.match(NETWORK_APIS) ?? []).toEqual([]);
    // XML namespace names look like addresses but are only identifiers, never loaded.
    const addresses = (code.match(/\b(?:https?|wss?):\/\/[^\s"'`)]+/g) ?? []).filter((url) => !XML_NAMESPACES.has(url));
    expect(addresses).toEqual([]);
    // A worker only from a blob made on the spot (ForceAtlas2's supervisor), never from an address.
    for (const worker of code.match(/new Worker\([^)]*\)/g) ?? []) expect(worker).not.toMatch(/["'`]/);
    expect(code).not.toMatch(/\bnew Worker\(\s*["'`]/);
  });

  it('the CLI bundle loads no network module and names no request API', () => {
    const code = readFileSync(CLI, 'utf8');
    expect(code.match(/["'](?:node:)?(?:http|https|http2|net|tls|dgram|dns)["']/g) ?? []).toEqual([]);
    expect(code.match(NETWORK_APIS) ?? []).toEqual([]);
  });
});
