/**
 * The neighbourhood view in Chromium, on the example vault, used as a person
 * would: the graph is drawn, a click walks, a click on the centre opens the
 * note, "Open in graph" shows the note in the corpus graph.
 */
import type { Locator } from 'playwright-core';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { VIEW_CORPUS_GRAPH, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { cli } from './harness/cli';
import { closeChecked, disconnect, openSession, waitForView, type Session } from './harness/session';

const LINE = 'Lines/Post-training.md';
/** A source of the line: one of its neighbours. */
const NEIGHBOUR = 'Concepts/Hard RLVR samples.md';

/** The notes the CLI lists around a note, with its default limit (the plugin's too) and depth 1 unless told. */
function listedAround(path: string, depth = 1): { path: string; title: string }[] {
  return JSON.parse(cli('neighbourhood', path, '--json', '--depth', String(depth))) as { path: string; title: string }[];
}

/** The paths of the nodes the view's graph draws, sorted. */
async function drawnPaths(view: Locator): Promise<string[]> {
  const paths = await view.locator('svg.inquiring-lines-graph [data-href]').evaluateAll((els) => els.map((el) => el.getAttribute('data-href') ?? ''));
  return paths.sort();
}

let session: Session;

afterEach(() => closeChecked(session));
afterAll(disconnect);

/** Opens the example vault on `note` with the neighbourhood view in the sidebar. */
async function openNeighbourhood(note = LINE) {
  session = await openSession({ open: note, views: [VIEW_NEIGHBOURHOOD] });
  return waitForView(session, VIEW_NEIGHBOURHOOD);
}

describe('the neighbourhood view in a browser', () => {
  it('draws one node per note the neighbourhood lists, plus the open note at the centre', async () => {
    const view = await openNeighbourhood();
    const listed = listedAround(LINE).map((item) => item.path);
    expect(listed.length).toBeGreaterThan(3);

    const nodes = view.locator('svg.inquiring-lines-graph [data-href]');
    await expect(drawnPaths(view)).resolves.toEqual([...listed, LINE].sort());
    await expect(view.locator('svg.inquiring-lines-graph [data-action="open"]').getAttribute('data-href')).resolves.toBe(LINE);

    // Drawn for real: every node has a size on screen and sits inside the graph's box.
    const svgBox = await view.locator('svg.inquiring-lines-graph').boundingBox();
    expect(svgBox && svgBox.width > 100 && svgBox.height > 100).toBe(true);
    for (const box of await nodes.locator('circle').evaluateAll((els) => els.map((el) => el.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width).toBeGreaterThan(0);
      expect(box.left).toBeGreaterThanOrEqual(svgBox!.x - 1);
      expect(box.right).toBeLessThanOrEqual(svgBox!.x + svgBox!.width + 1);
      expect(box.top).toBeGreaterThanOrEqual(svgBox!.y - 1);
      expect(box.bottom).toBeLessThanOrEqual(svgBox!.y + svgBox!.height + 1);
    }
  });

  it('draws the notes two hops away once the depth is set to 2', async () => {
    const view = await openNeighbourhood();
    const twoHops = listedAround(LINE, 2).map((item) => item.path);
    expect(twoHops.length).toBeGreaterThan(listedAround(LINE).length);

    await view.getByRole('combobox', { name: 'Depth' }).selectOption('2');

    await expect.poll(() => drawnPaths(view)).toEqual([...twoHops, LINE].sort());
  });

  it('re-centres on a node when it is clicked, without opening that note', async () => {
    const view = await openNeighbourhood();
    const target = listedAround(LINE).find((item) => item.path === NEIGHBOUR);
    expect(target).toBeDefined();

    await view.locator(`svg.inquiring-lines-graph [data-href="${NEIGHBOUR}"] circle`).click();

    await expect.poll(() => view.locator('svg.inquiring-lines-graph [data-action="open"]').getAttribute('data-href')).toBe(NEIGHBOUR);
    await expect(view.locator('.inquiring-lines-header-title').textContent()).resolves.toBe(target!.title);
    // The graph now shows the clicked note's own neighbourhood.
    const around = listedAround(NEIGHBOUR).map((item) => item.path);
    await expect(drawnPaths(view)).resolves.toEqual([...around, NEIGHBOUR].sort());
    // Walking is not opening: the editor still shows the line.
    await expect(session.page.evaluate(() => window.harness.activeFile())).resolves.toBe(LINE);
  });

  it('opens the note at the centre when the centre is clicked', async () => {
    const view = await openNeighbourhood();
    await view.locator(`svg.inquiring-lines-graph [data-href="${NEIGHBOUR}"] circle`).click();
    await expect.poll(() => view.locator('svg.inquiring-lines-graph [data-action="open"]').getAttribute('data-href')).toBe(NEIGHBOUR);

    await view.locator('svg.inquiring-lines-graph [data-action="open"] circle').click();

    await expect.poll(() => session.page.evaluate(() => window.harness.activeFile())).toBe(NEIGHBOUR);
    await expect(session.page.locator('.harness-note-title').textContent()).resolves.toBe('Hard RLVR samples');
  });

  it('opens the corpus graph focused on the note when "Open in graph" is clicked', async () => {
    const view = await openNeighbourhood();
    const title = await view.locator('.inquiring-lines-header-title').textContent();
    await view.getByRole('button', { name: 'Open in graph' }).click();

    const graph = session.page.locator(`.harness-leaf[data-type="${VIEW_CORPUS_GRAPH}"]`);
    await expect.poll(() => graph.isVisible()).toBe(true);
    await expect.poll(() => graph.locator('.view-content').getAttribute('data-renderer')).toBe('ready');
    // The status line names the focused note, and the view's saved state keeps it.
    await expect.poll(() => graph.locator('.inquiring-lines-graph-focus a').textContent()).toBe(title);
    await expect(graph.locator('.inquiring-lines-graph-focus a').getAttribute('data-href')).resolves.toBe(LINE);
    const focus = await session.page.evaluate((type) => window.harness.app?.workspace.getLeavesOfType(type)[0]?.view?.getState().focus, VIEW_CORPUS_GRAPH);
    expect(focus).toBe(LINE);
    // Sigma drew on its canvases.
    await expect(graph.locator('canvas').count()).resolves.toBeGreaterThan(0);
  });
});
