/**
 * A test's view of the harness: a fresh browser context and page on the
 * harness, the plugin booted on a vault, and records of what a user could not
 * see but a test must: every request, page errors, console errors, dialogs.
 */
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { BootOptions } from './page';
import type { HarnessVault } from './vault-data';

/** One booted harness page. */
export interface Session {
  page: Page;
  context: BrowserContext;
  /** The harness server's origin, `http://127.0.0.1:PORT`. */
  origin: string;
  /** Every URL the page (and its workers) asked for, in order. */
  requests: string[];
  /** Uncaught exceptions and `console.error` lines. */
  errors: string[];
  /** Messages of `alert`/`confirm`/`prompt` dialogs, which are dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

/** How to open a session: the example vault unless a vault is given; boot options as the page takes them. */
export interface SessionOptions extends BootOptions {
  vault?: HarnessVault;
  /** Grant clipboard read and write (the default), or leave them to the browser's prompt. */
  clipboard?: boolean;
  /** Runs in the page before the harness script, e.g. to make the clipboard refuse. */
  initScript?: string;
}

let shared: Browser | null = null;

/** The run's Chromium, connected once per test file. */
export async function browser(): Promise<Browser> {
  shared ??= await chromium.connect(inject('wsEndpoint'));
  return shared;
}

/** Disconnects this file from the shared Chromium (which keeps running for the other files). */
export async function disconnect(): Promise<void> {
  await shared?.close();
  shared = null;
}

/** True for an address served by the harness itself, or one that never leaves the page. */
export function isLocal(url: string, origin: string): boolean {
  return url.startsWith(`${origin}/`) || url.startsWith('blob:') || url.startsWith('data:') || url === 'about:blank';
}

/** Opens the harness in a new 800x600 context and boots the plugin. */
export async function openSession(options: SessionOptions = {}): Promise<Session> {
  const origin = inject('harnessUrl');
  const context = await (await browser()).newContext({ viewport: { width: 800, height: 600 }, deviceScaleFactor: 1 });
  if (options.clipboard !== false) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  const requests: string[] = [];
  const errors: string[] = [];
  const dialogs: string[] = [];
  // A vault made in the test is served as a script, as the example vault is: handing
  // megabytes to page.evaluate is many times slower than letting the page load them.
  const vaultUrl = `${origin}/test-vault.js`;
  const vaultScript = options.vault ? `window.harnessTestVault = ${JSON.stringify(options.vault)};\n` : null;
  // Every request is seen here; only the harness server is let through.
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url === vaultUrl && vaultScript !== null) await route.fulfill({ contentType: 'text/javascript', body: vaultScript });
    else if (isLocal(url, origin)) await route.continue();
    else await route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console.error: ${message.text()}`);
  });
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(`${origin}/?boot=manual`);
  const { vault, clipboard: _clipboard, initScript: _initScript, ...boot } = options;
  if (vault) await page.addScriptTag({ url: vaultUrl });
  await page.evaluate(
    ([own, bootOptions]) => window.harness.boot(own ? window.harnessTestVault : window.harnessExampleVault, bootOptions),
    [vault !== undefined, boot] as const,
  );
  return { page, context, origin, requests, errors, dialogs, close: () => context.close() };
}

/** The shown leaf of a view type, as a locator. */
export function viewOf(session: Session, type: string): Locator {
  return session.page.locator(`.harness-leaf[data-type="${type}"]`);
}

/** Waits until the view of `type` has drawn a note (not an empty state). */
export async function waitForView(session: Session, type: string): Promise<Locator> {
  const view = viewOf(session, type);
  await view.locator('.inquiring-lines-header').first().waitFor();
  return view;
}

/** The addresses a session asked for that are not the harness's own. */
export function outsideRequests(session: Session): string[] {
  return session.requests.filter((url) => !isLocal(url, session.origin));
}

/**
 * Ends a test's session: the page must have thrown nothing and asked for nothing outside the
 * harness. The page is closed even when either check fails.
 */
export async function closeChecked(session: Session | null): Promise<void> {
  if (!session) return;
  try {
    expect(session.errors).toEqual([]);
    expect(outsideRequests(session)).toEqual([]);
  } finally {
    await session.close();
  }
}

/** Where the tests write their screenshots: docs/screenshots/NAME.png in the repository. */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../../../docs/screenshots/${name}.png`, import.meta.url));
}
