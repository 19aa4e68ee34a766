/**
 * Once per browser run: start the harness server and one Chromium, and hand
 * their addresses to the test files (each connects its own contexts).
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';
import { startHarnessServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** `http://127.0.0.1:PORT` of the harness server. */
    harnessUrl: string;
    /** Where test files connect to the shared Chromium. */
    wsEndpoint: string;
  }
}

/** Starts the server and the browser; the returned function stops both. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await startHarnessServer({ root: project.config.root });
  const browser = await chromium.launchServer({ executablePath: chromiumPath(), args: [...CHROMIUM_ARGS], headless: true });
  project.provide('harnessUrl', server.url);
  project.provide('wsEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
