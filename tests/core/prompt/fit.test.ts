import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promptText, type PromptInput } from '../../../src/core/prompt';
import { seedInput } from './seed-input';

const CLOSING = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';
const OPENING =
  'As a deep learning theorist, how do we validate that idealized settings reliably surface phenomena ' +
  'that persist in realistic, scaled systems?';
const FOUND = ' A curated library spanning 2024–2026 found:';
const FINDINGS = [
  '• Aggregate training dynamics replace worst-case bounds as the frame for theory (~2024).',
  '• Hallucination is provably unavoidable for every computable LLM (~2024).',
  '• Do identical-output networks hide different internal structure? (~2025).',
  '• Weight sparsity exposes small circuits that ablations show are needed and enough (~2026).',
  '• Networks go dense on familiar inputs and sparse on unfamiliar ones.',
];
const ANCHORS = [
  'Anchor papers (verify; mind their dates):',
  '  – arXiv:2511.13653 (Weight-sparse transformers have interpretable circuits, ~2026)',
  '  – arXiv:2505.11581 (Fractured Entangled Representations, ~2025)',
  '  – arXiv:2504.07912 (Echo Chamber: RL post-training, ~2025)',
  '  – arXiv:2401.11817v2 (Hallucination is Inevitable, ~2024)',
  '  – arXiv:hep-th/9901001 (An old string-theory preprint)',
];
const TAIL = ['', 'Your task:', '(1) Re-test.', '', CLOSING, ''];

/** The seed-like line with one short task, so that every length here can be counted by hand (1,050 characters in all). */
function shortInput(): PromptInput {
  const input = seedInput();
  input.spec = { ...input.spec, tasks: ['Re-test.'] };
  return input;
}

describe('the size cap', () => {
  it('changes nothing when the prompt fits', () => {
    const text = promptText(shortInput(), undefined, { maxChars: 1050 });
    expect(text.split('\n')).toEqual([OPENING + FOUND, '', ...FINDINGS, '', ...ANCHORS, ...TAIL]);
  });

  /** The findings and anchor lines a capped prompt kept, and its note. */
  function kept(text: string): { findings: string[]; anchors: string[]; note: string } {
    const lines = text.split('\n');
    return {
      findings: lines.filter((line) => line.startsWith('• ')),
      anchors: lines.filter((line) => line.startsWith('  – ')),
      note: lines.find((line) => /^\(.*left out.*\)$/.test(line)) ?? '',
    };
  }

  it('drops findings and anchors from their ends in turns, and says how many of each', () => {
    const text = promptText(shortInput(), undefined, { maxChars: 900 });
    expect(text.length).toBeLessThanOrEqual(900);
    const { findings, anchors, note } = kept(text);
    expect(findings).toEqual(FINDINGS.slice(0, findings.length));
    expect(anchors).toEqual(ANCHORS.slice(1, 1 + anchors.length));
    // In turns: neither list is emptied while the other stays whole.
    expect(findings.length).toBeGreaterThan(0);
    expect(anchors.length).toBeGreaterThan(0);
    expect(Math.abs(findings.length - anchors.length)).toBeLessThanOrEqual(1);
    expect(findings.length + anchors.length).toBeLessThan(10);
    expect(note).toContain(`${5 - findings.length} more finding`);
    expect(note).toContain(`${5 - anchors.length} more anchor paper`);
    expect(note).toContain('left out to keep this prompt under 900 characters');
    expect(text.endsWith(`${CLOSING}\n`)).toBe(true);
  });

  it('keeps one finding longest: the last anchor goes first', () => {
    const text = promptText(shortInput(), undefined, { maxChars: 480 });
    const { findings, anchors, note } = kept(text);
    expect(text.length).toBeLessThanOrEqual(480);
    expect(findings).toEqual(FINDINGS.slice(0, 1));
    expect(anchors).toEqual([]);
    expect(note).toBe('(4 more findings and all 5 anchor papers left out to keep this prompt under 480 characters)');
  });

  it('says both what the anchor limit and what the size cap left out', () => {
    const text = promptText(shortInput(), undefined, { maxAnchors: 2, maxChars: 800 });
    const { findings, anchors, note } = kept(text);
    expect(text.length).toBeLessThanOrEqual(800);
    expect(note.startsWith('(3 more anchor papers left out; ')).toBe(true);
    expect(note).toContain(`${5 - findings.length} more findings`);
    expect(anchors.length).toBeGreaterThan(0);
    expect(findings.length).toBeGreaterThan(0);
  });

  it('falls back to the opening and the closing sentence, with the note, when nothing else fits', () => {
    const minimum =
      `${OPENING}\n\n` +
      '(all 5 findings, all 5 anchor papers and the tasks left out to keep this prompt under 300 characters)\n\n' +
      `${CLOSING}\n`;
    expect(promptText(shortInput(), undefined, { maxChars: 300 })).toBe(minimum);
    // Even longer than the cap: the minimum is still what comes back.
    expect(promptText(shortInput(), undefined, { maxChars: 20 })).toBe(minimum.replace('under 300', 'under 20'));
  });

  it('ignores a cap of 0, a negative one or NaN', () => {
    const full = promptText(shortInput());
    for (const maxChars of [0, -5, Number.NaN]) {
      expect(promptText(shortInput(), undefined, { maxChars })).toBe(full);
    }
  });

  it('never cuts inside a line and keeps a prefix of the findings and anchors', () => {
    const full = promptText(seedInput());
    const fullLines = new Set(full.split('\n'));
    fc.assert(
      fc.property(fc.integer({ min: 1, max: full.length + 10 }), (maxChars) => {
        const text = promptText(seedInput(), undefined, { maxChars });
        const lines = text.split('\n');
        const isMinimum = !lines.some((line) => line.startsWith('Your task:'));
        if (!isMinimum) expect(text.length).toBeLessThanOrEqual(maxChars);
        for (const line of lines) {
          const note = /^\(.*left out.*\)$/.test(line);
          expect(fullLines.has(line) || note || line === OPENING).toBe(true);
        }
        const keptFindings = lines.filter((line) => line.startsWith('• '));
        expect(keptFindings).toEqual(FINDINGS.slice(0, keptFindings.length));
        const keptAnchors = lines.filter((line) => line.startsWith('  – '));
        expect(keptAnchors).toEqual(ANCHORS.slice(1, 1 + keptAnchors.length));
      }),
      { seed: 2401, numRuns: 300 },
    );
  });
});
