/**
 * What a note can make the page do: a title written as markup stays text and
 * runs nothing; and nothing the plugin does sends a request off this machine.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { VIEW_BACKLINKS, VIEW_CORPUS_GRAPH, VIEW_HEALTH, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { disconnect, openSession, outsideRequests, viewOf, waitForView, type Session } from './harness/session';
import { vaultFromTexts } from './harness/vault-data';

const HOSTILE = '<img src=x onerror=alert(1)>';

/** A line and a paper around a concept whose title, question and summary are markup; the line has a problem to report. */
const hostileVault = vaultFromTexts('hostile', {
  'Concepts/Hostile.md': [
    '---',
    'corpus: concept',
    `title: "${HOSTILE}"`,
    'question: "<b onmouseover=alert(2)>Is this bold?</b>"',
    'summary: "<script>alert(3)</script><svg onload=alert(4)>"',
    'papers: ["[[Papers/Paper]]"]',
    '---',
    'Nothing in the body.',
    '',
  ].join('\n'),
  'Lines/Line.md': [
    '---',
    'corpus: line',
    `title: "Reading ${HOSTILE} safely"`,
    'sources: ["[[Concepts/Hostile]]"]',
    '---',
    'The line draws on [[Concepts/Hostile]] and cites [[Concepts/Uncited]] without listing it.',
    '',
  ].join('\n'),
  'Concepts/Uncited.md': ['---', 'corpus: concept', `title: "${HOSTILE} again"`, '---', ''].join('\n'),
  'Papers/Paper.md': ['---', 'corpus: paper', `title: "${HOSTILE} the paper"`, 'arxiv: "2401.11817"', 'year: 2024', '---', ''].join('\n'),
});

const ALL_VIEWS = [VIEW_NEIGHBOURHOOD, VIEW_LINES, VIEW_BACKLINKS];

let session: Session;

afterEach(async () => {
  await session.close();
});
afterAll(disconnect);

/** Gives an `onerror` or `onload` that slipped through time to fire. */
const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 300));

describe('a note titled with markup', () => {
  it('shows the title as text in every view and runs nothing', async () => {
    session = await openSession({ vault: hostileVault, open: 'Concepts/Hostile.md' });
    for (const type of ALL_VIEWS) {
      await session.page.evaluate((t) => window.harness.openView(t), type);
      const view = await waitForView(session, type);
      await expect(view.locator('.inquiring-lines-header-title').textContent()).resolves.toBe(HOSTILE);
    }
    // The line's views list the concept under its title, and its graph labels it.
    await session.page.evaluate(() => window.harness.open('Lines/Line.md'));
    for (const type of ALL_VIEWS) {
      await session.page.evaluate((t) => window.harness.openView(t), type);
      await expect.poll(() => viewOf(session, type).textContent()).toContain(HOSTILE);
    }
    const tooltips = await viewOf(session, VIEW_NEIGHBOURHOOD).locator('svg title').allTextContents();
    expect(tooltips).toContain(HOSTILE);
    // The corpus graph names the note it is focused on; the health view lists the line's problem.
    await session.page.evaluate(() => window.harness.open('Concepts/Hostile.md'));
    await session.page.evaluate(() => window.harness.runCommand('reveal-in-corpus-graph'));
    const focused = viewOf(session, VIEW_CORPUS_GRAPH).locator('.inquiring-lines-graph-focus a');
    await expect.poll(() => focused.textContent()).toBe(HOSTILE);
    await session.page.evaluate((t) => window.harness.openView(t), VIEW_HEALTH);
    await expect.poll(() => viewOf(session, VIEW_HEALTH).textContent()).toContain(`${HOSTILE} again`);
    await session.page.evaluate(() => window.harness.runCommand('check-corpus'));
    await settle();

    const injected = await session.page.evaluate(() => ({
      img: document.querySelectorAll('img').length,
      bold: document.querySelectorAll('.harness-leaf b, .modal-container b').length,
      scripts: document.querySelectorAll('script:not([src])').length,
      svgOnload: document.querySelectorAll('svg[onload], [onerror], [onmouseover]').length,
    }));
    expect(injected).toEqual({ img: 0, bold: 0, scripts: 0, svgOnload: 0 });
    expect(session.dialogs).toEqual([]);
    expect(session.requests.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
    expect(session.errors).toEqual([]);
  });
});

describe('the network', () => {
  it('sees no request leave for any address but the harness server, through a whole session', async () => {
    session = await openSession({ open: 'Lines/Post-training.md', views: ALL_VIEWS });
    for (const type of ALL_VIEWS) {
      await session.page.evaluate((t) => window.harness.openView(t), type);
      await waitForView(session, type);
    }
    const view = viewOf(session, VIEW_NEIGHBOURHOOD);
    await session.page.evaluate((t) => window.harness.openView(t), VIEW_NEIGHBOURHOOD);
    await view.locator('svg.inquiring-lines-graph [data-href="Concepts/Hard RLVR samples.md"] circle').click();
    await view.locator('svg.inquiring-lines-graph [data-action="open"] circle').click();
    await session.page.evaluate(() => window.harness.runCommand('check-corpus'));
    await session.page.keyboard.press('Escape');
    await session.page.evaluate(() => window.harness.runCommand('open-corpus-graph'));
    await viewOf(session, VIEW_CORPUS_GRAPH).locator('[data-layout-state="settled"]').waitFor({ timeout: 20_000 });
    await settle();

    expect(session.requests.length).toBeGreaterThan(0);
    expect(outsideRequests(session)).toEqual([]);
    expect(session.errors).toEqual([]);

    // The guard itself: a request to another host is seen, and stopped.
    await session.page.evaluate(() => {
      const probe = document.createElement('img');
      probe.src = 'http://192.0.2.1/probe.png';
      document.body.appendChild(probe);
      return new Promise((resolve) => probe.addEventListener('error', resolve));
    });
    expect(outsideRequests(session)).toEqual(['http://192.0.2.1/probe.png']);
  });
});
