/**
 * A hand-made corpus whose neighbourhoods are known by reading it: Alpha relates
 * to Beta, Gamma and Delta, cites one paper and is a source of one line; Beta
 * extends to Epsilon, which Alpha reaches only at depth 2.
 */
import { vault, type TestNote } from '../helpers/vault';

/** The notes, by path. */
export const SMALL_VAULT: Record<string, TestNote> = {
  'C/alpha.md': {
    fm: {
      corpus: 'concept',
      title: 'Alpha: does sparse training find circuits?',
      question: 'Do sparse networks trained from scratch expose their circuits?',
      claim: 'Sparse training exposes circuits.',
      summary: 'Training with most weights at zero leaves circuits that can be read.',
      papers: ['[[P/sparse]]'],
      related: [
        '[[C/beta]] adjacent: both read circuits from weights',
        { to: '[[C/gamma]]', relation: 'adjacent framing', why: 'the same circuits seen from the data side' },
        { to: '[[C/delta]]', relation: 'exemplifies', why: 'a case of sparsity helping reading' },
      ],
    },
  },
  'C/beta.md': {
    fm: {
      corpus: 'concept',
      title: 'Beta',
      question: 'Can weights be read directly?',
      summary: 'Reading weights without running the model.',
      related: ['[[C/epsilon]] extends: further along'],
    },
  },
  'C/gamma.md': { fm: { corpus: 'concept', title: 'Gamma', summary: 'Data-side reading.' } },
  'C/delta.md': { fm: { corpus: 'concept', title: 'Delta', summary: 'A sparsity case.' } },
  'C/epsilon.md': { fm: { corpus: 'concept', title: 'Epsilon' } },
  'L/line.md': {
    fm: { corpus: 'line', title: 'How do sparse circuits form?', gloss: 'Follows sparse circuits.', sources: ['[[C/alpha]]', '[[C/beta]]'] },
  },
  'P/sparse.md': {
    fm: { corpus: 'paper', title: 'Weight-sparse transformers have readable circuits', year: 2025, arxiv: '2511.13653', summary: 'Sparse weights make circuits readable in transformers trained from scratch.' },
  },
  'P/other.md': {
    fm: { corpus: 'paper', title: 'Sparse circuits in small transformers', year: 2024, summary: 'Circuits of sparse transformers, read from weights.' },
  },
  'P/unrelated.md': { fm: { corpus: 'paper', title: 'Protein folding kinetics', summary: 'Folding rates of proteins in water.' } },
  'N/plain.md': { links: ['C/alpha'] },
};

/** The index of the small vault. */
export function smallVault(): ReturnType<typeof vault> {
  return vault(SMALL_VAULT);
}
