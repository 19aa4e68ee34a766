/**
 * Serves the harness page on 127.0.0.1 (Node only): playground/index.html, the
 * page script bundled from harness/page.ts, the production main.js and
 * styles.css as built, and the example vault as a script. Used by the browser tests
 * and by `npm run playground`.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import esbuild from 'esbuild';
import { readHarnessVault } from './read-harness-vault';

/** A running harness server. */
export interface HarnessServer {
  /** `http://127.0.0.1:PORT`, without a trailing slash. */
  url: string;
  close(): Promise<void>;
}

/** Where the repository is, and which port to listen on (0: any free port). */
export interface HarnessServerOptions {
  root: string;
  port?: number;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Bundles the page script, with the obsidian stub inside it, into one classic script. */
export async function bundlePage(root: string): Promise<string> {
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: ['tests/browser/harness/page.ts'],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    logLevel: 'warning',
  });
  return result.outputFiles[0].text;
}

/** Starts the server; every file it serves is read from disk per request, except the page bundle and the vault. */
export async function startHarnessServer(options: HarnessServerOptions): Promise<HarnessServer> {
  const { root } = options;
  const [page, vault] = await Promise.all([bundlePage(root), readHarnessVault(join(root, 'example-vault'))]);
  // A script rather than JSON to fetch: the page reads it as `window.harnessExampleVault`.
  const vaultScript = `window.harnessExampleVault = ${JSON.stringify(vault)};\n`;
  // Files are named here one by one: the server never maps a request to an arbitrary path.
  const files: Record<string, () => Promise<string | Buffer>> = {
    '/': () => readFile(join(root, 'playground', 'index.html')),
    '/index.html': () => readFile(join(root, 'playground', 'index.html')),
    '/theme.css': () => readFile(join(root, 'playground', 'theme.css')),
    '/harness.js': () => Promise.resolve(page),
    '/main.js': () => readFile(join(root, 'main.js')),
    '/styles.css': () => readFile(join(root, 'styles.css')),
    '/manifest.json': () => readFile(join(root, 'manifest.json')),
    '/vault.js': () => Promise.resolve(vaultScript),
  };
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    const read = files[path];
    if (!read || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    try {
      const body = await read();
      const ext = path === '/' ? '.html' : path.slice(path.lastIndexOf('.'));
      response.writeHead(200, { 'content-type': TYPES[ext] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end(`Cannot read ${path}: ${String(error)}`);
    }
  };
  const server = createServer((request, response) => void handle(request, response));
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    // 127.0.0.1 only: the playground is for the person at this machine.
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Browsers keep connections open; without this, close waits for them to time out.
        server.closeAllConnections();
      }),
  };
}
