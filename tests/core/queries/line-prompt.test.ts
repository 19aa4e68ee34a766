import { beforeAll, describe, expect, it } from 'vitest';
import type { CorpusIndex } from '../../../src/core/graph/corpus-index';
import { linePrompt, promptInput } from '../../../src/core/queries/line-prompt';
import { exampleIndex } from './example-index';

const CLOSING = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

let index: CorpusIndex;
beforeAll(async () => {
  index = (await exampleIndex()).index;
});

/** The lines of the prompt between a heading line and the next blank line. */
function block(text: string, heading: string): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `"${heading}" in the prompt`).toBeGreaterThanOrEqual(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('the prompt of Lines/Idealized settings.md (a prompt block written out)', () => {
  let text = '';
  beforeAll(() => {
    text = linePrompt(index, 'Lines/Idealized settings.md') ?? '';
  });

  it('opens with the role, the ask, and the span of years of its sources\' papers', () => {
    // Sources' papers: 2024 (Categorical, Hallucination, MobileLLM) to 2025 (the rest); two have no year.
    expect(text.split('\n')[0]).toBe(
      'As a deep learning theorist, how can we tell whether what toy models, pruned networks and formal proofs reveal ' +
        'will still hold in large, realistic systems? A curated library spanning 2024–2025 found:',
    );
  });

  it('lists the findings as written, with their years', () => {
    const lines = text.split('\n');
    expect(lines.slice(2, 7)).toEqual([
      '• Aggregate statistics of training, not worst-case bounds, are becoming the organising frame of deep learning theory (~2025).',
      '• Networks can agree on every output while their internal organisation differs sharply, and output benchmarks cannot see the difference (~2025).',
      '• Pruning and trained weight sparsity expose modular circuits whose parts ablations show to be necessary and sufficient (~2025).',
      '• A formal argument shows every computable language model hallucinates on infinitely many inputs (~2024).',
      '• RL post-training settles on one pretraining format within an epoch, and below a billion parameters depth beats width (~2024-2025).',
    ]);
  });

  it('lists the anchors given, in their order, each with its arXiv id, title and year', () => {
    expect(block(text, 'Anchor papers (verify; mind their dates):')).toEqual([
      '  – arXiv:2401.11817v2 (Hallucination is Inevitable: An Innate Limitation of Large Language Models, ~2024)',
      '  – arXiv:2505.11581 (Questioning Representational Optimism in Deep Learning: The Fractured Entangled Representation Hypothesis, ~2025)',
      '  – arXiv:2511.13653 (Weight-sparse transformers have interpretable circuits, ~2025)',
      '  – arXiv:2504.07912 (Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining, ~2025)',
    ]);
  });

  it('asks its own three tasks, numbered, and closes with the grounding sentence', () => {
    const tasks = block(text, 'Your task:');
    expect(tasks).toHaveLength(3);
    expect(tasks[0]).toMatch(/^\(1\) For each finding, decide whether newer architectures/);
    expect(tasks[1]).toBe('(2) Find the strongest recent work arguing that small or idealised settings mislead about large models.');
    expect(tasks[2]).toBe('(3) Pose two research questions that take for granted that the regime has already shifted.');
    expect(text.trimEnd().split('\n').at(-1)).toBe(CLOSING);
  });
});

describe('the prompt of Lines/Average case.md (role and ask only; the rest from its sources)', () => {
  let text = '';
  beforeAll(() => {
    text = linePrompt(index, 'Lines/Average case.md') ?? '';
  });

  it('opens with the role and the ask; the span runs from EASE (2019) to the 2025 papers', () => {
    expect(text.split('\n')[0]).toBe(
      'As a learning theorist who has stopped trusting loose bounds, which predictions about typical training have held up ' +
        'better than worst-case guarantees, and where does the average case mislead? A curated library spanning 2019–2025 found:',
    );
  });

  it('makes one finding per source from its claim, with the year of its newest paper when it has one', () => {
    const findings = text.split('\n').slice(2, 11);
    expect(findings).toHaveLength(9);
    expect(findings.every((f) => f.startsWith('• '))).toBe(true);
    expect(findings[0]).toBe(
      '• The scattered results of deep learning theory are coalescing into one discipline, learning mechanics, which predicts ' +
        'the typical course of training from coarse statistics instead of bounding the worst case (~2025).',
    );
    // Embers of autoregression (2023), MobileLLM (2024), Echo Chamber (2025).
    expect(findings[1]).toMatch(/^• Tasks whose correct answers are improbable as text .* \(~2023\)\.$/);
    expect(findings[2]).toMatch(/^• At a fixed budget of a few hundred million parameters.* \(~2024\)\.$/);
    expect(findings[3]).toMatch(/^• Reinforcement-learning post-training quickly settles.* \(~2025\)\.$/);
    // Modular subnetworks draws on no paper: no year.
    expect(findings[4]).toBe('• Trained networks tend to place each compositional subroutine in its own subnetwork, and pretraining makes this division more consistent.');
    expect(findings[6]).toMatch(/^• A one-layer linear item-to-item model.* \(~2019\)\.$/);
    expect(findings[8]).not.toMatch(/\(~\d{4}\)/);
  });

  it('anchors on the sources\' papers that have an arXiv id, newest first', () => {
    expect(block(text, 'Anchor papers (verify; mind their dates):')).toEqual([
      '  – arXiv:2505.11581 (Questioning Representational Optimism in Deep Learning: The Fractured Entangled Representation Hypothesis, ~2025)',
      '  – arXiv:2504.07912 (Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining, ~2025)',
      '  – arXiv:2402.14905 (MobileLLM: Optimizing Sub-billion Parameter Language Models for On-Device Use Cases, ~2024)',
      '  – arXiv:1905.03375 (Embarrassingly Shallow Autoencoders for Sparse Data, ~2019)',
    ]);
  });

  it('asks the three default tasks and closes with the grounding sentence', () => {
    const tasks = block(text, 'Your task:');
    expect(tasks).toHaveLength(3);
    expect(tasks[0]).toMatch(/^\(1\) .*lasting phenomenon/);
    expect(tasks[1]).toMatch(/^\(2\) .*six months/);
    expect(tasks[2]).toMatch(/^\(3\) Pose 2 research questions/);
    expect(text.trimEnd().split('\n').at(-1)).toBe(CLOSING);
  });

  it('keeps to the anchor limit and says what it left out', () => {
    const short = linePrompt(index, 'Lines/Average case.md', undefined, { maxAnchors: 2 }) ?? '';
    expect(block(short, 'Anchor papers (verify; mind their dates):')).toEqual([
      '  – arXiv:2505.11581 (Questioning Representational Optimism in Deep Learning: The Fractured Entangled Representation Hypothesis, ~2025)',
      '  – arXiv:2504.07912 (Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining, ~2025)',
      '(2 more anchor papers left out)',
    ]);
  });
});

describe('prompt input and odd requests', () => {
  it('gathers the sources in order with their papers', () => {
    const input = promptInput(index, 'Lines/Average case.md');
    expect(input?.sources.map((s) => s.title)[0]).toBe('Can deep learning theory unify around training dynamics?');
    expect(input?.sources[0].papers.map((p) => p.title)).toEqual([
      'There Will Be a Scientific Theory of Deep Learning',
      'Open Problems in Mechanistic Interpretability',
      'Position: Categorical Deep Learning is an Algebraic Theory of All Architectures',
      'Nested Learning: The Illusion of Deep Learning Architectures',
    ]);
    expect(input?.anchors).toEqual([]);
  });

  it('is null for a note that is no line', () => {
    expect(linePrompt(index, 'Concepts/Learning mechanics.md')).toBeNull();
    expect(linePrompt(index, 'Nowhere.md')).toBeNull();
  });

  it('uses a template of the user\'s own', () => {
    const text = linePrompt(index, 'Lines/Idealized settings.md', 'Q: {{ask}}\nYears: {{years}}\n{{anchors}}');
    expect(text).toBe(
      'Q: How can we tell whether what toy models, pruned networks and formal proofs reveal will still hold in large, realistic systems?\n' +
        'Years: 2024–2025\n' +
        '  – arXiv:2401.11817v2 (Hallucination is Inevitable: An Innate Limitation of Large Language Models, ~2024)\n' +
        '  – arXiv:2505.11581 (Questioning Representational Optimism in Deep Learning: The Fractured Entangled Representation Hypothesis, ~2025)\n' +
        '  – arXiv:2511.13653 (Weight-sparse transformers have interpretable circuits, ~2025)\n' +
        '  – arXiv:2504.07912 (Echo Chamber: RL Post-training Amplifies Behaviors Learned in Pretraining, ~2025)\n',
    );
  });
});
