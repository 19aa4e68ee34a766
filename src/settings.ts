/** The plugin's settings: their type, their defaults and pure migrations from older saved data. */
import { DEFAULT_TEMPLATE } from './core/prompt';
import type { CorpusOptions } from './core/types';

/** What the user can set. */
export interface InquiringLinesSettings {
  /** Schema version of the saved data, for migrations. */
  version: number;
  /** The front-matter key that marks a corpus note. */
  corpusKey: string;
  /** Neighbourhood view: hops from the open note (1 to 3). */
  neighbourhoodDepth: number;
  /** Neighbourhood view: notes shown at most. */
  neighbourhoodLimit: number;
  /** Degree from which a note is a hub: listed, damped, not walked through. */
  hubDegree: number;
  /** Folders whose notes are left out of the corpus. */
  excludeFolders: string[];
  /** Tags (without #) whose notes are left out of the corpus. */
  excludeTags: string[];
  /** The research prompt's template. */
  promptTemplate: string;
  /** Anchor papers in a prompt at most. */
  maxAnchors: number;
  /** Prompt size cap in characters (0: none). */
  maxPromptChars: number;
  /** Show the prompt in a modal before copying it. */
  previewBeforeCopy: boolean;
  /** Corpus graph: nodes drawn at most. */
  graphNodeCap: number;
}

/** The current schema version. */
export const SETTINGS_VERSION = 1;

/** Defaults; frozen, so no code path can change them by accident. */
export const DEFAULT_SETTINGS: Readonly<InquiringLinesSettings> = Object.freeze({
  version: SETTINGS_VERSION,
  corpusKey: 'corpus',
  neighbourhoodDepth: 1,
  neighbourhoodLimit: 50,
  hubDegree: 50,
  excludeFolders: Object.freeze([]) as unknown as string[],
  excludeTags: Object.freeze([]) as unknown as string[],
  promptTemplate: DEFAULT_TEMPLATE,
  maxAnchors: 8,
  maxPromptChars: 0,
  previewBeforeCopy: false,
  graphNodeCap: 10000,
});

/** Limits of the numeric settings: whole numbers, clamped into range. */
const NUMBER_RANGES = {
  neighbourhoodDepth: [1, 3],
  neighbourhoodLimit: [1, 1000],
  hubDegree: [2, 100000],
  maxAnchors: [0, 1000],
  maxPromptChars: [0, 10000000],
  graphNodeCap: [1, 1000000],
} as const satisfies Partial<Record<keyof InquiringLinesSettings, readonly [number, number]>>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A comma- or line-separated list as its trimmed, non-empty items, e.g. `"Archive, Templates"`. */
export function splitList(text: string): string[] {
  return text.split(/[,\n]/).map((item) => item.trim()).filter((item) => item.length > 0);
}

/** A saved list: an array of strings, or (as a user may type it) one comma- or line-separated string. */
function readList(value: unknown, clean: (item: string) => string): string[] | undefined {
  let items: string[];
  if (typeof value === 'string') items = splitList(value);
  else if (Array.isArray(value)) items = value.filter((item): item is string => typeof item === 'string');
  else return undefined;
  return [...new Set(items.map(clean).filter((item) => item.length > 0))];
}

/** A folder as the core compares it: no leading or trailing slashes. */
const cleanFolder = (folder: string): string => folder.trim().replace(/^\/+|\/+$/g, '');
/** A tag as the core compares it: no leading `#`. */
const cleanTag = (tag: string): string => tag.trim().replace(/^#+/, '');

/** A whole number in range, from a number or a numeric string; `undefined` for anything else. */
function readWhole(value: unknown, [min, max]: readonly [number, number]): number | undefined {
  const n = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof n !== 'number' || !Number.isFinite(n)) return undefined;
  return Math.min(max, Math.max(min, Math.round(n)));
}

/**
 * Valid settings from whatever `loadData()` returned (null, an older shape, wrong
 * types): known fields are checked one by one and fall back to their default,
 * unknown keys are dropped. Pure: neither the input nor the defaults change.
 */
export function migrateSettings(saved: unknown): InquiringLinesSettings {
  const data: Record<string, unknown> = Object.assign({}, DEFAULT_SETTINGS, isRecord(saved) ? saved : {});
  const settings: InquiringLinesSettings = {
    ...DEFAULT_SETTINGS,
    version: SETTINGS_VERSION,
    excludeFolders: readList(data.excludeFolders, cleanFolder) ?? [],
    excludeTags: readList(data.excludeTags, cleanTag) ?? [],
  };
  if (typeof data.corpusKey === 'string' && data.corpusKey.trim() !== '') settings.corpusKey = data.corpusKey.trim();
  for (const [field, range] of Object.entries(NUMBER_RANGES) as [keyof typeof NUMBER_RANGES, readonly [number, number]][]) {
    settings[field] = readWhole(data[field], range) ?? DEFAULT_SETTINGS[field];
  }
  if (typeof data.promptTemplate === 'string' && data.promptTemplate.trim() !== '') settings.promptTemplate = data.promptTemplate;
  if (typeof data.previewBeforeCopy === 'boolean') settings.previewBeforeCopy = data.previewBeforeCopy;
  return settings;
}

/** The core's corpus options from the settings. */
export function corpusOptionsOf(settings: Readonly<InquiringLinesSettings>): CorpusOptions {
  return { key: settings.corpusKey, excludeFolders: [...settings.excludeFolders], excludeTags: [...settings.excludeTags] };
}

/** True when two settings describe the same corpus (key and exclusions), so the index can stay as it is. */
export function sameCorpus(a: Readonly<InquiringLinesSettings>, b: Readonly<InquiringLinesSettings>): boolean {
  return a.corpusKey === b.corpusKey && a.excludeFolders.join('\n') === b.excludeFolders.join('\n') && a.excludeTags.join('\n') === b.excludeTags.join('\n');
}
