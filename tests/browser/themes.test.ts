/**
 * Light and dark themes: the views' text is readable in both (WCAG AA contrast,
 * 4.5:1, measured on the colours actually painted), every theme variable the
 * stylesheet uses exists, and each view is photographed in both themes for the
 * README (docs/screenshots/).
 */
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { VIEW_BACKLINKS, VIEW_CORPUS_GRAPH, VIEW_HEALTH, VIEW_LINES, VIEW_NEIGHBOURHOOD } from '../../src/views/view-types';
import { measureContrast } from './harness/contrast';
import { closeChecked, disconnect, openSession, screenshotPath, viewOf, type Session } from './harness/session';

/**
 * Each view on a note of the example vault that shows it well, the name of its
 * screenshot, and the element that says it has drawn. The sidebar views open in
 * the right sidebar; the corpus graph opens in the main area by its command.
 */
const VIEWS = [
  { type: VIEW_NEIGHBOURHOOD, note: 'Lines/Post-training.md', name: 'neighbourhood', drawn: '.inquiring-lines-header' },
  { type: VIEW_LINES, note: 'Lines/Post-training.md', name: 'inquiring-lines', drawn: '.inquiring-lines-header' },
  { type: VIEW_BACKLINKS, note: 'Concepts/Learning mechanics.md', name: 'backlinks', drawn: '.inquiring-lines-header' },
  { type: VIEW_HEALTH, note: 'Welcome.md', name: 'corpus-health', drawn: '.inquiring-lines-health-summary' },
  { type: VIEW_CORPUS_GRAPH, note: 'Welcome.md', name: 'corpus-graph', drawn: '[data-layout-state="settled"]', command: 'open-corpus-graph' },
] as const;

const THEMES = ['light', 'dark'] as const;

/** WCAG 2 AA for normal text. */
const MIN_CONTRAST = 4.5;

let session: Session;

afterEach(() => closeChecked(session));
afterAll(disconnect);

describe.each(THEMES)('the %s theme', (theme) => {
  it.each(VIEWS)('keeps the text of the $name view readable, and photographs it', async (view) => {
    session = await openSession({ open: view.note, theme, views: 'command' in view ? [] : [view.type] });
    if ('command' in view) await session.page.evaluate((id) => window.harness.runCommand(id), view.command);
    const leaf = viewOf(session, view.type);
    await leaf.locator(view.drawn).first().waitFor({ timeout: 20_000 });
    await session.page.mouse.move(0, 0);

    const texts = await measureContrast(session.page, `.harness-leaf[data-type="${view.type}"] .view-content`);
    expect(texts.length).toBeGreaterThan(5);
    const unreadable = texts.filter((t) => t.ratio < MIN_CONTRAST);
    expect(unreadable).toEqual([]);

    await session.page.screenshot({ path: screenshotPath(`${view.name}-${theme}`) });
  });
});

describe('the theme variables', () => {
  it('define every variable the plugin stylesheet uses, in both themes', async () => {
    const css = readFileSync(new URL('../../styles.css', import.meta.url), 'utf8');
    const own = new Set([...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]));
    // A use with a fallback (`var(--x, …)`) reads fine without the variable.
    const used = [...new Set([...css.matchAll(/var\(\s*(--[\w-]+)\s*\)/g)].map((m) => m[1]))].filter((name) => !own.has(name));
    expect(used.length).toBeGreaterThan(0);
    session = await openSession({ open: 'Welcome.md' });
    for (const theme of THEMES) {
      const missing = await session.page.evaluate(
        ([names, chosen]) => {
          window.harness.setTheme(chosen);
          const style = getComputedStyle(document.body);
          return names.filter((name) => style.getPropertyValue(name).trim() === '');
        },
        [used, theme] as const,
      );
      expect({ theme, missing }).toEqual({ theme, missing: [] });
    }
  });
});
