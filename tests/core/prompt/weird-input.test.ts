import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildPromptModel, promptText, renderPrompt, type PromptInput } from '../../../src/core/prompt';

const CLOSING = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

function expectClean(text: string): void {
  expect(text).not.toMatch(/undefined|NaN|null|\[object Object\]|Infinity/);
  expect(text).not.toMatch(/[ \t]$/m);
  expect(text).not.toMatch(/\n\n\n/);
  expect(text.endsWith('\n')).toBe(true);
  expect(text.endsWith('\n\n')).toBe(false);
}

describe('weird input', () => {
  it('a line with no sources still gives a usable prompt', () => {
    const text = promptText({ title: 'Does depth beat width?', spec: { anchorsGiven: false }, sources: [], anchors: [] });
    expectClean(text);
    const lines = text.split('\n');
    expect(lines[0]).toBe('Does depth beat width?');
    expect(text).not.toContain('A curated library');
    expect(text).not.toContain('Anchor papers');
    expect(lines.slice(-2)).toEqual([CLOSING, '']);
    expect(lines).toContain('Your task:');
  });

  it('sources and papers with missing or broken fields are skipped, not printed', () => {
    const input = {
      title: 'T?',
      spec: { anchorsGiven: false, role: '' },
      sources: [
        { title: 'Only a title', papers: [{ title: 'No id, no year' }] },
        { title: '', claim: '', papers: [] },
        { title: 'Broken years', papers: [{ title: 'X', arxiv: '2301.00001', year: Number.NaN }, { title: 'Y', year: Infinity }] },
        { title: 'Broken papers', papers: [null, 7, 'text', { arxiv: '' }, { title: undefined, arxiv: '2302.00002' }] },
        null,
        { title: 'No papers field' },
      ],
      anchors: [],
    } as unknown as PromptInput;
    const text = promptText(input);
    expectClean(text);
    expect(text.split('\n').slice(0, 7)).toEqual([
      'T? A curated library found:',
      '',
      '• Only a title.',
      '• Broken years.',
      '• Broken papers.',
      '• No papers field.',
      '',
    ]);
    expect(text).toContain('  – arXiv:2302.00002\n');
    expect(text).toContain('  – arXiv:2301.00001 (X)\n');
  });

  it('an input missing whole parts does not throw', () => {
    for (const input of [{}, { spec: null }, { title: 42, sources: 'nope', anchors: 3 }, null, undefined]) {
      const text = promptText(input as unknown as PromptInput);
      expectClean(text);
      expect(text.endsWith(`${CLOSING}\n`)).toBe(true);
    }
  });

  it('a hand-made model with gaps renders without "undefined"', () => {
    const model = { ask: 'Why?', years: { first: Number.NaN, last: 2020 }, findings: [{ text: undefined }], anchors: [{}], tasks: [undefined] };
    const text = renderPrompt(model as never);
    expectClean(text);
    expect(text).toBe(`Why?\n\n${CLOSING}\n`);
  });

  it('random inputs never print undefined, NaN or null', () => {
    const maybeText = fc.option(fc.string({ maxLength: 12 }), { nil: undefined });
    const maybeYear = fc.option(fc.oneof(fc.integer({ min: 1990, max: 2030 }), fc.constant(Number.NaN), fc.double()), { nil: undefined });
    const paper = fc.record({ title: fc.string({ maxLength: 12 }), arxiv: maybeText, year: maybeYear });
    const input = fc.record({
      title: fc.string({ maxLength: 20 }),
      spec: fc.record({
        role: maybeText,
        ask: maybeText,
        anchorsGiven: fc.boolean(),
        findings: fc.option(fc.array(fc.record({ text: fc.string({ maxLength: 12 }), year: maybeYear })), { nil: undefined }),
        tasks: fc.option(fc.array(fc.string({ maxLength: 12 })), { nil: undefined }),
      }),
      sources: fc.array(fc.record({ title: fc.string({ maxLength: 12 }), claim: maybeText, papers: fc.array(paper, { maxLength: 4 }) }), {
        maxLength: 6,
      }),
      anchors: fc.array(paper, { maxLength: 5 }),
    });
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 10 }), (raw, maxChars, maxAnchors) => {
        const text = promptText(raw, undefined, { maxChars, maxAnchors });
        // Random strings may spell these words themselves; only check when they do not.
        if (!/undefined|NaN|null|Infinity|object/.test(JSON.stringify(raw))) expectClean(text);
        expect(text.endsWith(`${CLOSING}\n`)).toBe(true);
        const model = buildPromptModel(raw, { maxAnchors });
        expect(model.anchors.length).toBeLessThanOrEqual(maxAnchors);
      }),
      { seed: 1817, numRuns: 400 },
    );
  });
});
