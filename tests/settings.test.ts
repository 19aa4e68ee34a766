import { describe, expect, it } from 'vitest';
import { DEFAULT_TEMPLATE } from '../src/core/prompt';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, corpusOptionsOf, migrateSettings, sameCorpus, splitList } from '../src/settings';

/** The defaults as plain data, written out here so that a change to them shows up in review. */
const DEFAULTS = {
  version: 1,
  corpusKey: 'corpus',
  neighbourhoodDepth: 1,
  neighbourhoodLimit: 50,
  hubDegree: 50,
  excludeFolders: [],
  excludeTags: [],
  promptTemplate: DEFAULT_TEMPLATE,
  maxAnchors: 8,
  maxPromptChars: 0,
  previewBeforeCopy: false,
  graphNodeCap: 10000,
};

describe('settings from saved data', () => {
  it.each([null, undefined, {}, 'text', 42, [1, 2], true])('are the defaults when nothing usable was saved (%j)', (saved) => {
    expect(migrateSettings(saved)).toEqual(DEFAULTS);
  });

  it('keep every valid saved value', () => {
    const saved = {
      version: 1, corpusKey: 'kind', neighbourhoodDepth: 3, neighbourhoodLimit: 120, hubDegree: 20,
      excludeFolders: ['Archive', 'Templates/Old'], excludeTags: ['draft'], promptTemplate: '{{opening}}\n',
      maxAnchors: 3, maxPromptChars: 4000, previewBeforeCopy: true, graphNodeCap: 500,
    };
    expect(migrateSettings(saved)).toEqual(saved);
  });

  it('fall back field by field when a value has the wrong type', () => {
    const settings = migrateSettings({
      corpusKey: 7, neighbourhoodDepth: 'deep', neighbourhoodLimit: null, hubDegree: {}, promptTemplate: ['x'],
      maxAnchors: Number.NaN, maxPromptChars: Infinity, previewBeforeCopy: 'yes', excludeFolders: 3, excludeTags: { a: 1 },
    });
    expect(settings).toEqual(DEFAULTS);
  });

  it('clamp numbers into range and round them to whole numbers', () => {
    const settings = migrateSettings({ neighbourhoodDepth: 9, neighbourhoodLimit: 0, hubDegree: 7.6, maxAnchors: -2, maxPromptChars: '1500' });
    expect(settings).toMatchObject({ neighbourhoodDepth: 3, neighbourhoodLimit: 1, hubDegree: 8, maxAnchors: 0, maxPromptChars: 1500 });
  });

  it('read lists typed as one string, and clean folders and tags', () => {
    const settings = migrateSettings({ excludeFolders: ' /Archive/ , Templates\n\nArchive', excludeTags: ['#draft', 'draft', 3, '  ', '##old'] });
    expect(settings.excludeFolders).toEqual(['Archive', 'Templates']);
    expect(settings.excludeTags).toEqual(['draft', 'old']);
  });

  it('keep the old key when the saved one is blank, and the default template when the saved one is', () => {
    expect(migrateSettings({ corpusKey: '   ', promptTemplate: '  \n' })).toMatchObject({ corpusKey: 'corpus', promptTemplate: DEFAULT_TEMPLATE });
    expect(migrateSettings({ corpusKey: '  kind ' }).corpusKey).toBe('kind');
  });

  it('drop keys they do not know and stamp the current version', () => {
    const settings = migrateSettings({ version: 0, colour: 'red', corpusKey: 'kind' });
    expect(settings).not.toHaveProperty('colour');
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(Object.keys(settings).sort()).toEqual(Object.keys(DEFAULTS).sort());
  });

  it('change neither the saved data nor the defaults', () => {
    const saved = { excludeFolders: ['A'], excludeTags: 'b, c', corpusKey: 'kind' };
    const copy = structuredClone(saved);
    const settings = migrateSettings(saved);
    settings.excludeFolders.push('Z');
    settings.excludeTags.push('z');
    migrateSettings(null).excludeFolders.push('Y');
    expect(saved).toEqual(copy);
    expect(DEFAULT_SETTINGS).toEqual(DEFAULTS);
    expect(Object.isFrozen(DEFAULT_SETTINGS)).toBe(true);
    expect(migrateSettings(null).excludeFolders).toEqual([]);
  });
});

describe('settings helpers', () => {
  it('split a typed list on commas and lines', () => {
    expect(splitList('a, b\n c ,\n\n,d')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitList('')).toEqual([]);
  });

  it('give the core its corpus options, copied', () => {
    const settings = migrateSettings({ corpusKey: 'kind', excludeFolders: ['A'], excludeTags: ['t'] });
    const options = corpusOptionsOf(settings);
    expect(options).toEqual({ key: 'kind', excludeFolders: ['A'], excludeTags: ['t'] });
    options.excludeFolders.push('B');
    expect(settings.excludeFolders).toEqual(['A']);
  });

  it('tell when two settings describe the same corpus', () => {
    const a = migrateSettings({ excludeFolders: ['A'] });
    expect(sameCorpus(a, { ...a, maxAnchors: 2, promptTemplate: 'x' })).toBe(true);
    expect(sameCorpus(a, { ...a, excludeFolders: ['A', 'B'] })).toBe(false);
    expect(sameCorpus(a, { ...a, excludeTags: ['t'] })).toBe(false);
    expect(sameCorpus(a, { ...a, corpusKey: 'kind' })).toBe(false);
  });
});
