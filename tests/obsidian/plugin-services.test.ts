// @vitest-environment happy-dom
/**
 * The services over the example vault, read through the simulated metadata cache:
 * the prompt is byte for byte what `node dist/cli.js prompt` prints for the same
 * vault (dist/cli.js as `npm run build` leaves it; `npm test` builds first), the
 * corpus check lists the vault's deliberate problems, and notes open as asked.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveIndex } from '../../src/obsidian/live-index';
import { PluginServices } from '../../src/obsidian/plugin-services';
import { corpusOptionsOf, migrateSettings, type InquiringLinesSettings } from '../../src/settings';
import expected from '../fixtures/example-vault-expected.json';
import { noticeMessages, openModals } from '../stubs/obsidian';
import { EXAMPLE_VAULT, SimulatedVault, nextTask, readFolder } from './simulated-vault';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../..');
const CLI = join(ROOT, 'dist/cli.js');

/** What the CLI prints to stdout, exactly. */
function cli(...args: string[]): string {
  return execFileSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
}

let sim: SimulatedVault;
let live: LiveIndex;
let settings: InquiringLinesSettings;
let services: PluginServices;
let lines: string[];

beforeAll(async () => {
  if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `npm run build` first (`npm test` does).');
  sim = new SimulatedVault(readFolder(EXAMPLE_VAULT));
  settings = migrateSettings(null);
  live = new LiveIndex(sim.obsidianApp, null, corpusOptionsOf(settings), { announceMs: 1 });
  live.load();
  services = new PluginServices(sim.obsidianApp, live, () => settings);
  sim.startUp();
  while (!live.ready) await nextTask();
  lines = [...services.index.allNotes()].filter((note) => note.kind === 'line').map((note) => note.path).sort();
});

afterAll(() => live.unload());

beforeEach(() => {
  settings = migrateSettings(null);
  noticeMessages.length = 0;
  for (const modal of [...openModals]) modal.close();
});

describe('the research prompt in the plugin', () => {
  it('has the example vault\'s lines to compare', () => {
    expect(lines.length).toBe(expected.counts.line);
  });

  it('is byte for byte what the CLI prints, for every line', () => {
    for (const path of lines) {
      const prompt = services.promptFor(path);
      expect(prompt, path).toContain('Cite arXiv IDs; flag anything you cannot ground in a real paper.');
      expect(prompt, path).toBe(cli('prompt', path, '--vault', EXAMPLE_VAULT));
    }
  });

  it('is what the CLI prints with the same template and anchor limit', () => {
    const template = 'Question: {{ask}}\n{{#anchors}}Read first:\n{{anchors}}\n{{/anchors}}\n{{findings}}\nDone.\n';
    const file = join(mkdtempSync(join(tmpdir(), 'il-template-')), 'template.txt');
    writeFileSync(file, template);
    settings = { ...settings, promptTemplate: template, maxAnchors: 1 };
    for (const path of lines) {
      const prompt = services.promptFor(path);
      expect(prompt, path).toMatch(/^Question: .+\n[\s\S]*\nDone\.\n/);
      expect(prompt, path).toBe(cli('prompt', path, '--vault', EXAMPLE_VAULT, '--template', file, '--max-anchors', '1'));
    }
  });

  it('is copied as the CLI prints it', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const path = lines[0];
    await services.copyPrompt(path);
    const printed = cli('prompt', path, '--vault', EXAMPLE_VAULT);
    expect(writeText).toHaveBeenCalledWith(printed);
    expect(noticeMessages).toEqual([`Research prompt copied (${printed.length.toLocaleString('en-US')} characters)`]);
  });

  it('is refused for a note that is no line', async () => {
    const concept = [...services.index.allNotes()].find((note) => note.kind === 'concept');
    expect(services.promptFor(concept!.path)).toBeNull();
    await services.copyPrompt(concept!.path);
    expect(noticeMessages).toEqual(['Only an inquiring line has a research prompt.']);
    expect(openModals).toHaveLength(0);
  });
});

describe('checking the corpus', () => {
  const rows = (): HTMLElement[] => [...document.querySelectorAll<HTMLElement>('.inquiring-lines-problem')];

  it('shows the counts, the problems by note, and their severities', () => {
    services.checkCorpus();
    expect(openModals).toHaveLength(1);
    expect(document.querySelector('.modal-title')?.textContent).toBe('Corpus check');
    const { concept, line, paper } = expected.counts;
    expect(document.querySelector('.inquiring-lines-check-counts')?.textContent).toBe(`${concept} concepts, ${line} lines, ${paper} papers`);
    const errors = expected.problems.filter((p) => p.severity === 'error').length;
    const warnings = expected.problems.length - errors;
    expect(document.querySelector('.inquiring-lines-check-problems')?.textContent).toBe(`${errors} errors, ${warnings} warnings`);
    expect(rows().map((row) => [row.dataset.path, row.querySelector('.inquiring-lines-problem-code')?.textContent])).toEqual(
      expected.problems.map((p) => [p.path, p.code]),
    );
    const groups = [...document.querySelectorAll('.inquiring-lines-problem-note')].map((el) => el.textContent);
    expect(groups).toEqual([...new Set(expected.problems.map((p) => p.path))]);
    const invalid = rows().find((row) => row.dataset.path === 'Mistakes/Invalid yaml.md');
    expect(invalid?.textContent).toContain('Error');
    expect(invalid?.textContent).toContain('whole note');
  });

  it('opens a row\'s note on a click and closes', () => {
    services.checkCorpus();
    const row = rows().find((r) => r.dataset.path === 'Mistakes/Self link.md');
    row?.click();
    expect(openModals).toHaveLength(0);
    expect(sim.app.workspace.opened.at(-1)).toEqual({ path: 'Mistakes/Self link.md', newLeaf: false });
    expect(sim.app.workspace.getActiveFile()?.path).toBe('Mistakes/Self link.md');
  });

  it('opens it in a new tab on a Mod-click, and from the keyboard', () => {
    services.checkCorpus();
    rows()[0].dispatchEvent(new MouseEvent('click', { bubbles: true, ctrlKey: true }));
    expect(sim.app.workspace.opened.at(-1)).toEqual({ path: expected.problems[0].path, newLeaf: 'tab' });
    services.checkCorpus();
    rows()[1].dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(openModals).toHaveLength(0);
    expect(sim.app.workspace.opened.at(-1)?.path).toBe(expected.problems[1].path);
  });
});

describe('opening notes', () => {
  it('says so when a note has gone', async () => {
    await services.openNote('Nowhere/Gone.md');
    expect(noticeMessages).toEqual(['"Nowhere/Gone.md" is no longer in the vault.']);
  });

  it('says so when a note to show in the graph has gone', async () => {
    await services.revealInGraph('Nowhere/Gone.md');
    expect(noticeMessages).toEqual(['"Nowhere/Gone.md" is no longer in the vault.']);
  });
});
