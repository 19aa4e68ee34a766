/** A line modelled on seed 001, built by hand for the prompt tests. */
import type { PromptInput } from '../../../src/core/prompt';

/** The ask of seed 001's line, used as the line's title. */
export const SEED_TITLE =
  'How do we validate that idealized settings reliably surface phenomena that persist in realistic, scaled systems?';

/** A fresh copy of the seed-like input (tests may change it). */
export function seedInput(): PromptInput {
  return {
    title: SEED_TITLE,
    spec: { role: 'deep learning theorist', anchorsGiven: false },
    anchors: [],
    sources: [
      {
        title: 'Does learning mechanics replace worst-case guarantees?',
        claim: 'Aggregate training dynamics replace worst-case bounds as the frame for theory.',
        papers: [{ title: 'A theory of learning mechanics', year: 2024 }],
      },
      {
        title: 'Can any computable LLM truly avoid hallucinating?',
        claim: 'Hallucination is provably unavoidable for every computable LLM',
        papers: [{ title: 'Hallucination is Inevitable', arxiv: '2401.11817v2', year: 2024 }],
      },
      {
        title: 'Do identical-output networks hide different internal structure?',
        papers: [
          { title: 'Fractured Entangled Representations', arxiv: '2505.11581', year: 2025 },
          { title: 'Hallucination is Inevitable', arxiv: '2401.11817', year: 2024 },
        ],
      },
      {
        title: 'Do weight-sparse transformers have interpretable circuits?',
        claim: 'Weight sparsity exposes small circuits that ablations show are needed and enough.',
        papers: [
          { title: 'Weight-sparse transformers have interpretable circuits', arxiv: '2511.13653', year: 2026 },
          { title: 'An old string-theory preprint', arxiv: 'hep-th/9901001' },
          { title: 'Echo Chamber: RL post-training', arxiv: '2504.07912', year: 2025 },
        ],
      },
      {
        title: 'Is representational sparsity learned or intrinsic?',
        claim: 'Networks go dense on familiar inputs and sparse on unfamiliar ones.',
        papers: [],
      },
    ],
  };
}
