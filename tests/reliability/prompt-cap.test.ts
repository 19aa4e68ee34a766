/**
 * The prompt size cap (setting `maxPromptChars`, passed as `maxChars`): a line with
 * many sources gives a prompt within the cap that says what was left out to fit.
 */
import { describe, expect, it } from 'vitest';
import { linePrompt } from '../../src/core/queries/line-prompt';
import { DEFAULT_SETTINGS } from '../../src/settings';
import { vault, type TestNote } from '../helpers/vault';

const SOURCES = 40;
const LINE = 'Lines/Many sources.md';

function manySources(): ReturnType<typeof vault> {
  const notes: Record<string, TestNote> = {};
  for (let i = 1; i <= SOURCES; i++) {
    notes[`Concepts/Concept ${i}.md`] = {
      fm: { corpus: 'concept', claim: `Finding number ${i} holds for models trained at scale ${i}`, papers: [`[[Paper ${i}]]`] },
    };
    notes[`Papers/Paper ${i}.md`] = { fm: { corpus: 'paper', arxiv: `2401.${String(i).padStart(5, '0')}`, year: 2020 + (i % 6) } };
  }
  notes[LINE] = {
    fm: { corpus: 'line', title: 'What holds at every scale?', sources: Array.from({ length: SOURCES }, (_, i) => `[[Concept ${i + 1}]]`) },
  };
  return vault(notes);
}

const findingLines = (text: string): string[] => text.split('\n').filter((line) => line.startsWith('• '));

describe('the prompt size cap', () => {
  const { index } = manySources();
  const full = linePrompt(index, LINE) ?? '';

  it('without a cap (the default setting, 0) lists every finding and says nothing was cut', () => {
    expect(DEFAULT_SETTINGS.maxPromptChars).toBe(0);
    expect(linePrompt(index, LINE, undefined, { maxChars: DEFAULT_SETTINGS.maxPromptChars })).toBe(full);
    expect(findingLines(full)).toHaveLength(SOURCES);
    expect(full).not.toMatch(/to keep this prompt under/);
    expect(full.length).toBeGreaterThan(2000);
  });

  it('with a cap, stays within it and says how many findings were left out', () => {
    const capped = linePrompt(index, LINE, undefined, { maxChars: 2000 }) ?? '';
    expect(capped.length).toBeLessThanOrEqual(2000);
    const kept = findingLines(capped).length;
    expect(kept).toBeGreaterThan(0);
    expect(kept).toBeLessThan(SOURCES);
    // The kept findings are the first ones, in the order of the line's sources.
    expect(findingLines(capped)).toEqual(findingLines(full).slice(0, kept));
    expect(capped).toMatch(new RegExp(`\\b${SOURCES - kept} more findings\\b[^\\n]*left out to keep this prompt under 2,000 characters`));
    expect(capped).toContain('Cite arXiv IDs; flag anything you cannot ground in a real paper.');
  });

  it('with a cap too small for any finding, keeps the question and the closing and says all were left out', () => {
    const tiny = linePrompt(index, LINE, undefined, { maxChars: 150 }) ?? '';
    expect(findingLines(tiny)).toEqual([]);
    expect(tiny).toContain('What holds at every scale?');
    expect(tiny).toMatch(new RegExp(`all ${SOURCES} findings`));
    expect(tiny).toContain('Cite arXiv IDs');
  });
});
