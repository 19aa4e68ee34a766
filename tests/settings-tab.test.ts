// @vitest-environment happy-dom
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { checkTemplate, DEFAULT_TEMPLATE } from '../src/core/prompt';
import { LiveIndex } from '../src/obsidian/live-index';
import { PluginServices } from '../src/obsidian/plugin-services';
import { corpusOptionsOf, migrateSettings, type InquiringLinesSettings } from '../src/settings';
import { InquiringLinesSettingTab, type SettingsHost } from '../src/settings-tab';
import { Setting } from './stubs/obsidian';
import { EXAMPLE_VAULT, SimulatedVault, nextTask, readFolder } from './obsidian/simulated-vault';

let sim: SimulatedVault;
let live: LiveIndex;
let host: SettingsHost & { settings: InquiringLinesSettings; saved: Partial<InquiringLinesSettings>[] };
let tab: InquiringLinesSettingTab;

beforeAll(async () => {
  sim = new SimulatedVault(readFolder(EXAMPLE_VAULT));
  live = new LiveIndex(sim.obsidianApp, null, corpusOptionsOf(migrateSettings(null)), { announceMs: 1 });
  live.load();
  sim.startUp();
  while (!live.ready) await nextTask();
});

afterAll(() => live.unload());

beforeEach(() => {
  const saved: Partial<InquiringLinesSettings>[] = [];
  const fake = {
    settings: migrateSettings(null),
    saved,
    services: undefined as unknown as PluginServices,
    updateSettings(patch: Partial<InquiringLinesSettings>): Promise<void> {
      saved.push(patch);
      fake.settings = migrateSettings({ ...fake.settings, ...patch });
      return Promise.resolve();
    },
  };
  fake.services = new PluginServices(sim.obsidianApp, live, () => fake.settings);
  host = fake as unknown as typeof host;
  sim.app.workspace.setActiveFile(null);
  tab = new InquiringLinesSettingTab(sim.obsidianApp, host);
  document.body.replaceChildren(tab.containerEl);
  tab.display();
});

/** The row whose name is `name`. */
function row(name: string): HTMLElement {
  const found = [...tab.containerEl.querySelectorAll<HTMLElement>('.setting-item')].find((el) => el.querySelector('.setting-item-name')?.textContent === name);
  if (!found) throw new Error(`no setting named ${name}`);
  return found;
}

/** Types into a row's text box or text area, as a user would. */
function type(name: string, value: string): HTMLInputElement | HTMLTextAreaElement {
  const input = row(name).querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea');
  if (!input) throw new Error(`no input in ${name}`);
  input.value = value;
  input.dispatchEvent(new Event('input'));
  return input;
}

const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const previewText = (): string => tab.containerEl.querySelector('.inquiring-lines-template-preview-text')?.textContent ?? '';
const previewTitle = (): string => tab.containerEl.querySelector('.inquiring-lines-template-preview-title')?.textContent ?? '';
const messages = (): string[] => [...tab.containerEl.querySelectorAll('.inquiring-lines-template-message')].map((el) => el.textContent ?? '');

describe('the settings tab', () => {
  it('shows four headed groups with their settings, in sentence case', () => {
    const headings = [...tab.containerEl.querySelectorAll('.setting-item-heading .setting-item-name')].map((el) => el.textContent);
    expect(headings).toEqual(['Corpus', 'Neighbourhood', 'Research prompt', 'Corpus graph']);
    const names = [...tab.containerEl.querySelectorAll('.setting-item:not(.setting-item-heading) .setting-item-name')].map((el) => el.textContent);
    expect(names).toEqual([
      'Front-matter key', 'Excluded folders', 'Excluded tags', 'Depth', 'Notes shown', 'Hub damping',
      'Template', 'Preview', 'Anchor papers', 'Prompt size cap', 'Preview before copying', 'Node cap',
    ]);
  });

  it('describes the same rows for the declarative settings of newer Obsidian', () => {
    const groups = tab.getSettingDefinitions();
    expect(groups.map((group) => [group.type, group.heading, group.items.length])).toEqual([
      ['group', 'Corpus', 3], ['group', 'Neighbourhood', 3], ['group', 'Research prompt', 5], ['group', 'Corpus graph', 1],
    ]);
    const parent = document.createElement('div');
    const setting = new Setting(parent);
    groups[0].items[0].render(setting as never);
    expect(parent.querySelector('input')?.value).toBe('corpus');
  });

  it('saves a new front-matter key, trimmed, and ignores a blank one', async () => {
    type('Front-matter key', '  kind ');
    type('Front-matter key', '   ');
    await settle();
    expect(host.saved).toEqual([{ corpusKey: 'kind' }]);
    expect(host.settings.corpusKey).toBe('kind');
  });

  it('saves excluded folders and tags typed with commas or one per line', async () => {
    type('Excluded folders', 'Archive, Templates\nOld');
    type('Excluded tags', '#draft\nprivate');
    await settle();
    expect(host.settings.excludeFolders).toEqual(['Archive', 'Templates', 'Old']);
    expect(host.settings.excludeTags).toEqual(['draft', 'private']);
  });

  it('marks a number that is out of range or not a whole number, and saves a good one', async () => {
    const input = type('Notes shown', '0');
    expect(input.classList.contains('is-invalid')).toBe(true);
    type('Notes shown', '2.5');
    expect(input.classList.contains('is-invalid')).toBe(true);
    type('Notes shown', '120');
    await settle();
    expect(input.classList.contains('is-invalid')).toBe(false);
    expect(host.saved).toEqual([{ neighbourhoodLimit: 120 }]);
  });

  it('saves the depth slider and the preview switch', async () => {
    const slider = row('Depth').querySelector('input') as HTMLInputElement;
    slider.value = '3';
    slider.dispatchEvent(new Event('change'));
    (row('Preview before copying').querySelector('.checkbox-container') as HTMLElement).click();
    await settle();
    expect(host.settings).toMatchObject({ neighbourhoodDepth: 3, previewBeforeCopy: true });
  });

  it('previews the prompt of the first line of the corpus when no line is open', () => {
    const first = [...live.index.allNotes()].filter((n) => n.kind === 'line').map((n) => n.path).sort()[0];
    expect(previewTitle()).toBe(`Prompt of "${live.index.note(first)?.title}"`);
    expect(previewText()).toBe(host.services.promptFor(first));
    expect(messages()).toEqual([]);
  });

  it('previews the open line, and follows the template as it is typed, with its problems', async () => {
    const line = 'Lines/Post-training.md';
    sim.app.workspace.setActiveFile(sim.file(line));
    tab.display();
    expect(previewTitle()).toBe(`Prompt of "${live.index.note(line)?.title}"`);
    const broken = 'Ask: {{ask}}\n{{#anchors}}\n{{anchors}}\n{{tittle}}\n';
    type('Template', broken);
    await settle();
    expect(host.settings.promptTemplate).toBe(broken);
    expect(previewText()).toMatch(/^Ask: /);
    expect(previewText()).toBe(host.services.promptFor(line));
    expect(messages()).toEqual(checkTemplate(broken));
    expect(messages().length).toBe(2);
  });

  it('resets the template to the default', async () => {
    type('Template', 'Just {{ask}}\n');
    await settle();
    const reset = [...row('Template').querySelectorAll('button')].find((b) => b.textContent === 'Reset to default');
    reset?.click();
    await settle();
    expect(host.settings.promptTemplate).toBe(DEFAULT_TEMPLATE);
    expect((row('Template').querySelector('textarea') as HTMLTextAreaElement).value).toBe(DEFAULT_TEMPLATE);
    expect(previewText()).toContain('Cite arXiv IDs; flag anything you cannot ground in a real paper.');
  });

  it('redraws the preview when the anchor limit changes', async () => {
    sim.app.workspace.setActiveFile(sim.file('Lines/Post-training.md'));
    tab.display();
    const before = previewText();
    type('Anchor papers', '0');
    await settle();
    expect(previewText()).not.toBe(before);
    expect(previewText()).not.toContain('Anchor papers (verify; mind their dates):');
  });
});
