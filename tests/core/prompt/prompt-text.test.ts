import { describe, expect, it } from 'vitest';
import { buildPromptModel, DEFAULT_TASKS, promptText } from '../../../src/core/prompt';
import { SEED_TITLE, seedInput } from './seed-input';

const CLOSING = 'Cite arXiv IDs; flag anything you cannot ground in a real paper.';

describe('the prompt of a line like seed 001', () => {
  const text = promptText(seedInput());
  const lines = text.split('\n');

  it('opens with the role, the ask made lower-case, and the span of years', () => {
    expect(lines[0]).toBe(
      'As a deep learning theorist, how do we validate that idealized settings reliably surface phenomena ' +
        'that persist in realistic, scaled systems? A curated library spanning 2024–2026 found:',
    );
    expect(lines[1]).toBe('');
  });

  it('lists one finding per source with the year of its newest paper', () => {
    expect(lines.slice(2, 8)).toEqual([
      '• Aggregate training dynamics replace worst-case bounds as the frame for theory (~2024).',
      '• Hallucination is provably unavoidable for every computable LLM (~2024).',
      '• Do identical-output networks hide different internal structure? (~2025).',
      '• Weight sparsity exposes small circuits that ablations show are needed and enough (~2026).',
      '• Networks go dense on familiar inputs and sparse on unfamiliar ones.',
      '',
    ]);
  });

  it('lists the anchors newest first, old-style ids and undated papers last, the duplicate once', () => {
    expect(lines.slice(8, 15)).toEqual([
      'Anchor papers (verify; mind their dates):',
      '  – arXiv:2511.13653 (Weight-sparse transformers have interpretable circuits, ~2026)',
      '  – arXiv:2505.11581 (Fractured Entangled Representations, ~2025)',
      '  – arXiv:2504.07912 (Echo Chamber: RL post-training, ~2025)',
      '  – arXiv:2401.11817v2 (Hallucination is Inevitable, ~2024)',
      '  – arXiv:hep-th/9901001 (An old string-theory preprint)',
      '',
    ]);
    expect(text.match(/2401\.11817/g)).toHaveLength(1);
  });

  it('asks the three default tasks, numbered, and closes with the contract sentence', () => {
    expect(lines[15]).toBe('Your task:');
    expect(lines[16]).toMatch(/^\(1\) .*newer architectures.*training methods.*evaluation.*scale/);
    expect(lines[16]).toMatch(/lasting phenomenon.*limitation/);
    expect(lines[16]).toMatch(/cite the work that settled/);
    expect(lines[17]).toMatch(/^\(2\) .*strongest work.*last six months.*contradicts or supersedes/);
    expect(lines[18]).toMatch(/^\(3\) Pose 2 research questions.*regime has already moved on/);
    expect(lines.slice(19)).toEqual(['', CLOSING, '']);
  });

  it('ends with exactly one newline and has no trailing spaces', () => {
    expect(text.endsWith(`${CLOSING}\n`)).toBe(true);
    expect(text).not.toMatch(/[ \t]$/m);
    expect(text).not.toMatch(/\n\n\n/);
  });
});

describe('the opening', () => {
  const opening = (role: string | undefined, ask: string): string =>
    promptText({ title: 'unused', spec: { role, ask, anchorsGiven: false }, sources: [], anchors: [] }).split('\n')[0];

  it('keeps the ask as written when there is no role', () => {
    expect(opening(undefined, 'Why should toy models predict large ones?')).toBe('Why should toy models predict large ones?');
    expect(opening('   ', 'Why should toy models predict large ones?')).toBe('Why should toy models predict large ones?');
  });

  it('chooses a or an by the role, and keeps capitals of acronyms in the ask', () => {
    expect(opening('deep learning theorist', 'Why should toy models predict large ones?')).toBe(
      'As a deep learning theorist, why should toy models predict large ones?',
    );
    expect(opening('evolutionary biologist', 'Why?')).toBe('As an evolutionary biologist, why?');
    expect(opening('ML researcher', 'Why?')).toBe('As an ML researcher, why?');
    expect(opening('GPU engineer', 'Why?')).toBe('As a GPU engineer, why?');
    expect(opening('university lecturer', 'Why?')).toBe('As a university lecturer, why?');
    expect(opening('an expert in optimisation,', 'Why?')).toBe('As an expert in optimisation, why?');
    expect(opening('deep learning theorist', 'LLM hallucination: is it inevitable?')).toBe(
      'As a deep learning theorist, LLM hallucination: is it inevitable?',
    );
    expect(opening('deep learning theorist', 'I keep seeing this; why?')).toBe('As a deep learning theorist, I keep seeing this; why?');
  });

  it('falls back to the title, then to a generic ask, never to an empty opening', () => {
    expect(promptText({ title: 'Does depth beat width?', spec: { anchorsGiven: false }, sources: [], anchors: [] }).split('\n')[0]).toBe(
      'Does depth beat width?',
    );
    const none = promptText({ title: '', spec: { role: 'theorist', anchorsGiven: false }, sources: [], anchors: [] });
    expect(none.split('\n')[0]).toMatch(/^As a theorist, \S/);
  });

  it('says "A curated library found:" when no paper has a year, and a single year alone', () => {
    const input = seedInput();
    input.sources = [{ title: 'Undated', claim: 'Something undated.', papers: [{ title: 'P', arxiv: '2401.00001' }] }];
    expect(promptText(input).split('\n')[0]).toMatch(/scaled systems\? A curated library found:$/);
    input.sources[0].papers.push({ title: 'Q', year: 2024 });
    expect(promptText(input).split('\n')[0]).toMatch(/A curated library spanning 2024 found:$/);
  });
});

describe('explicit parts of prompt: override the derived ones', () => {
  it('uses the given findings, anchors (in order, once each) and tasks', () => {
    const input = seedInput();
    input.spec = {
      anchorsGiven: true,
      ask: 'Does sparsity still buy interpretability?',
      findings: [{ text: 'Sparse circuits are readable.', year: 2026 }, { text: 'No year here' }],
      tasks: ['Check the circuits claim at 10B parameters.', '2. Name one paper that disagrees.'],
    };
    input.anchors = [
      { title: 'Echo Chamber: RL post-training', arxiv: '2504.07912', year: 2025 },
      { title: 'An unpublished note', year: 2023 },
      { title: 'Echo chamber (again)', arxiv: '2504.07912v3', year: 2025 },
      { title: 'an UNPUBLISHED note' },
      { title: 'A note with neither' },
    ];
    expect(promptText(input).split('\n')).toEqual([
      'Does sparsity still buy interpretability? A curated library spanning 2024–2026 found:',
      '',
      '• Sparse circuits are readable (~2026).',
      '• No year here.',
      '',
      'Anchor papers (verify; mind their dates):',
      '  – arXiv:2504.07912 (Echo Chamber: RL post-training, ~2025)',
      '  – An unpublished note (~2023; no arXiv id)',
      '  – A note with neither (no arXiv id)',
      '',
      'Your task:',
      '(1) Check the circuits claim at 10B parameters.',
      '(2) Name one paper that disagrees.',
      '',
      CLOSING,
      '',
    ]);
  });

  it('leaves the anchor section out when the given anchors are empty, even if sources have papers', () => {
    const input = seedInput();
    input.spec = { ...input.spec, anchorsGiven: true };
    const text = promptText(input);
    expect(text).not.toContain('Anchor papers');
    expect(text).not.toContain('arXiv:');
  });

  it('falls back to the defaults for empty lists of findings or tasks', () => {
    const model = buildPromptModel({ ...seedInput(), spec: { anchorsGiven: false, findings: [], tasks: ['  '] } });
    expect(model.findings).toHaveLength(5);
    expect(model.tasks).toEqual([...DEFAULT_TASKS]);
  });
});

describe('the anchor limit', () => {
  it('keeps the newest maxAnchors papers and says how many more were left out', () => {
    const lines = promptText(seedInput(), undefined, { maxAnchors: 2 }).split('\n');
    const at = lines.indexOf('Anchor papers (verify; mind their dates):');
    expect(lines.slice(at + 1, at + 5)).toEqual([
      '  – arXiv:2511.13653 (Weight-sparse transformers have interpretable circuits, ~2026)',
      '  – arXiv:2505.11581 (Fractured Entangled Representations, ~2025)',
      '(3 more anchor papers left out)',
      '',
    ]);
    expect(buildPromptModel(seedInput(), { maxAnchors: 4 }).cut).toBe('1 more anchor paper left out');
  });

  it('lists no anchors and announces nothing when the limit is 0', () => {
    const text = promptText(seedInput(), undefined, { maxAnchors: 0 });
    expect(text).not.toContain('Anchor papers');
    expect(text).not.toContain('left out');
  });

  it('defaults to 8', () => {
    const input = seedInput();
    input.sources = [
      { title: 'Many', papers: Array.from({ length: 11 }, (_, i) => ({ title: `P${i}`, arxiv: `2401.0000${i}`, year: 2024 })) },
    ];
    const model = buildPromptModel(input);
    expect(model.anchors).toHaveLength(8);
    expect(model.cut).toBe('3 more anchor papers left out');
  });
});

describe('the title slot and the ask', () => {
  it('keeps the title on the model for {{title}}', () => {
    expect(buildPromptModel(seedInput()).title).toBe(SEED_TITLE);
  });
});
