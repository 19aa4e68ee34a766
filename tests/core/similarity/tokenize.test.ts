import { describe, expect, it } from 'vitest';
import { STOP_WORDS } from '../../../src/core/similarity/stop-words';
import { tokenize } from '../../../src/core/similarity/tokenize';

describe('tokenize', () => {
  it('lowercases and splits on anything that is not a letter or digit', () => {
    expect(tokenize('Graph-Attention, (Transformer)/circuit!')).toEqual(['graph', 'attention', 'transformer', 'circuit']);
  });

  it('drops English stop words and single characters, keeps two-character words', () => {
    expect(tokenize('The AI of a 3D world, x and y')).toEqual(['ai', '3d', 'world']);
  });

  it('gives nothing for stop words alone', () => {
    expect(tokenize('It is what it is, and this was that of the other or those.')).toEqual([]);
  });

  it('lets singular and plural, -ing and -ed forms meet on one term', () => {
    const families = [
      ['network', 'networks', 'networking'],
      ['study', 'studies', 'studied'],
      ['train', 'trains', 'training', 'trained'],
      ['embed', 'embeds', 'embedding', 'embeddings', 'embedded'],
      ['encode', 'encodes', 'encoded', 'encoding'],
      ['class', 'classes'],
      ['process', 'processes'],
      ['cause', 'causes', 'caused'],
      ['run', 'running'],
      ['exceed', 'exceeds', 'exceeded', 'exceeding'],
    ];
    for (const family of families) {
      const terms = new Set(family.flatMap((word) => tokenize(word)));
      expect([...terms], family.join('/')).toHaveLength(1);
    }
  });

  it('does not cut words whose stem would be too short or vowelless', () => {
    expect(tokenize('string thing bias corpus analysis red need')).toEqual([
      'string',
      'thing',
      'bias',
      'corpus',
      'analysis',
      'red',
      'need',
    ]);
  });

  it('keeps words of other scripts as written, lowercased', () => {
    expect(tokenize('Η Μηχανική ΜΆΘΗΣΗ')).toEqual(['μηχανική', 'μάθηση']);
    expect(tokenize('التعلم العميق')).toEqual(['التعلم', 'العميق']);
    expect(tokenize('हिन्दी भाषा')).toEqual(['हिन्दी', 'भाषा']);
  });

  it('keeps runs of CJK whole, and a lone ideograph as a word', () => {
    expect(tokenize('深度学习，神经网络。猫')).toEqual(['深度学习', '神经网络', '猫']);
  });

  it('reads composed and decomposed accents as the same word', () => {
    expect(tokenize('cafe\u0301 naïve')).toEqual(tokenize('café nai\u0308ve'));
    expect(tokenize('café')).toEqual(['café']);
  });

  it('joins words across an apostrophe', () => {
    expect(tokenize("the model's output, it's fine")).toEqual(tokenize('the models output fine'));
    expect(tokenize('Shannon’s theorem')).toEqual(['shannon', 'theorem']);
  });

  it('does not stem words with digits or accents', () => {
    expect(tokenize('gpt4s résumés')).toEqual(['gpt4s', 'résumés']);
  });

  it('never throws on odd input', () => {
    const odd = ['', '\ud800 lone \udfff surrogates', '🙂🙂 emoji 𝑥𝑦', "''''", "a'b'c'd", '\u0301\u0301 marks first', '\0\n\t'];
    for (const text of odd) expect(() => tokenize(text)).not.toThrow();
    expect(tokenize('\ud800 lone \udfff surrogates')).toEqual(tokenize('lone surrogates'));
    expect(tokenize('lone surrogates')).toHaveLength(2);
    expect(tokenize(undefined as unknown as string)).toEqual([]);
    expect(tokenize(42 as unknown as string)).toEqual([]);
  });

  it('handles a long text in one piece', () => {
    const text = 'graph neural networks '.repeat(20000);
    const terms = tokenize(text);
    expect(terms).toHaveLength(60000);
    expect(new Set(terms)).toEqual(new Set(['graph', 'neural', 'network']));
  });
});

describe('the stop-word list', () => {
  it('is compact, lowercase and without apostrophes, as the tokenizer looks words up', () => {
    expect(STOP_WORDS.size).toBeGreaterThan(90);
    expect(STOP_WORDS.size).toBeLessThan(160);
    for (const word of STOP_WORDS) expect(word).toMatch(/^[a-z]+$/);
  });

  it('holds words that the tokenizer drops', () => {
    for (const word of STOP_WORDS) expect(tokenize(word), word).toEqual([]);
  });
});
