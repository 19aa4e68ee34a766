import { describe, expect, it } from 'vitest';
import { normalise } from '../../../src/core/corpus/normalise';
import { DEFAULT_CORPUS_OPTIONS, type CorpusOptions, type Normalised, type RawLink } from '../../../src/core/types';
import { input } from '../../helpers/vault';

/** Normalises one note given by its front-matter (and body link texts). */
function read(fm: Record<string, unknown>, path = 'Concepts/Note.md', links: string[] = [], options: Partial<CorpusOptions> = {}): Normalised {
  return normalise(input(path, { fm, links }), { ...DEFAULT_CORPUS_OPTIONS, ...options });
}

/** The links of one field kind, reduced to what a reader cares about. */
function linksOf(result: Normalised, kind: RawLink['kind']): RawLink[] {
  return result.links.filter((l) => l.kind === kind);
}

function codes(result: Normalised): string[] {
  return result.problems.map((p) => `${p.field}:${p.code}:${p.severity}`);
}

describe('common fields', () => {
  it('takes the title from `title`, else from the file name', () => {
    const titled = read({ corpus: 'concept', title: 'Can deep learning theory unify?' });
    expect(titled.note.title).toBe('Can deep learning theory unify?');
    expect(titled.note.titleFromName).toBe(false);
    const untitled = read({ corpus: 'concept' }, 'Concepts/Learning mechanics.md');
    expect(untitled.note.title).toBe('Learning mechanics');
    expect(untitled.note.titleFromName).toBe(true);
    expect(untitled.problems).toEqual([]);
  });

  it('reads a number as a title with a warning that says to quote it', () => {
    const result = read({ corpus: 'paper', title: 1984 });
    expect(result.note.title).toBe('1984');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ path: 'Concepts/Note.md', field: 'title', code: 'wrong-shape', severity: 'warning' });
    expect(result.problems[0].message).toMatch(/quote/i);
  });

  it('leaves out a map as a title, with an error, and falls back to the file name', () => {
    const result = read({ corpus: 'concept', title: { a: 1 } }, 'Concepts/Odd.md');
    expect(result.note.title).toBe('Odd');
    expect(codes(result)).toEqual(['title:wrong-shape:error']);
  });

  it('reads aliases as a list or a single string, and `alias` too', () => {
    expect(read({ corpus: 'concept', aliases: ['Learning mechanics', 'LM'] }).note.aliases).toEqual(['Learning mechanics', 'LM']);
    expect(read({ corpus: 'concept', aliases: 'Learning mechanics' }).note.aliases).toEqual(['Learning mechanics']);
    expect(read({ corpus: 'concept', alias: 'LM' }).note.aliases).toEqual(['LM']);
  });

  it('reads tags as a list or a string of words, without the #', () => {
    expect(read({ corpus: 'concept', tags: ['theory', '#physics'] }).note.tags).toEqual(['theory', 'physics']);
    expect(read({ corpus: 'concept', tags: '#theory physics, scaling' }).note.tags).toEqual(['theory', 'physics', 'scaling']);
    expect(read({ corpus: 'concept', tag: 'theory' }).note.tags).toEqual(['theory']);
  });

  it('reads capitalised keys with a warning that names the key and says to write it in lower case', () => {
    const result = read({ Corpus: 'concept', Title: 'Capitalised', Summary: 'A summary.' });
    expect(result.note.kind).toBe('concept');
    expect(result.note.title).toBe('Capitalised');
    expect(result.note.kind === 'concept' && result.note.summary).toBe('A summary.');
    const fields = result.problems.map((p) => p.field).sort();
    expect(fields).toEqual(['Corpus', 'Summary', 'Title']);
    for (const p of result.problems) {
      expect(p).toMatchObject({ code: 'wrong-shape', severity: 'warning' });
      expect(p.message).toMatch(/lower case/);
    }
  });
});

describe('the corpus key', () => {
  it('makes a note a concept, line or paper, whatever the capitals of the value', () => {
    expect(read({ corpus: 'concept' }).note.kind).toBe('concept');
    expect(read({ corpus: 'Line' }).note.kind).toBe('line');
    expect(read({ corpus: ' paper ' }).note.kind).toBe('paper');
  });

  it('leaves a note without the key out of the corpus, with no problem', () => {
    const result = read({ title: 'Reading list', summary: { not: 'checked' } });
    expect(result.note.kind).toBe('note');
    expect(result.problems).toEqual([]);
  });

  it('takes a one-item list as its value, with a warning', () => {
    const result = read({ corpus: ['concept'] });
    expect(result.note.kind).toBe('concept');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'corpus', code: 'wrong-shape', severity: 'warning' });
    expect(result.problems[0].message).toContain('corpus: concept');
  });

  it('reports an unknown kind and leaves the note out', () => {
    const result = read({ corpus: 'hypothesis', summary: { a: 1 } });
    expect(result.note.kind).toBe('note');
    // Only the kind is reported: the fields of a note outside the corpus are no concern.
    expect(codes(result)).toEqual(['corpus:unknown-kind:error']);
    expect(result.problems[0].message).toMatch(/concept, line or paper/);
  });

  it('follows the key named in the options', () => {
    expect(read({ kind: 'paper' }, 'P.md', [], { key: 'kind' }).note.kind).toBe('paper');
    expect(read({ corpus: 'paper' }, 'P.md', [], { key: 'kind' }).note.kind).toBe('note');
  });

  it('leaves excluded folders and tags out of the corpus', () => {
    expect(read({ corpus: 'concept' }, 'Templates/Concept.md', [], { excludeFolders: ['Templates/'] }).note.kind).toBe('note');
    expect(read({ corpus: 'concept', tags: ['#draft'] }, 'C.md', [], { excludeTags: ['draft'] }).note.kind).toBe('note');
    expect(read({ corpus: 'concept' }, 'TemplatesOld/C.md', [], { excludeFolders: ['Templates'] }).note.kind).toBe('concept');
  });
});

describe('a concept', () => {
  const result = read({
    corpus: 'concept',
    title: 'Can MLPs learn to match dot product similarity in practice?',
    question: 'Does a learned MLP similarity beat a tuned dot product?',
    claim: 'A tuned dot product wins.',
    summary: '  Revisiting neural collaborative filtering.  ',
    papers: ['[[Papers/NCF vs MF revisited]]', '[[EASE]]'],
    related: ['[[Linear autoencoder CF]] adjacent: the simpler form wins again'],
  });

  it('has its question, claim and summary as text', () => {
    expect(result.note).toMatchObject({
      kind: 'concept',
      question: 'Does a learned MLP similarity beat a tuned dot product?',
      claim: 'A tuned dot product wins.',
      summary: 'Revisiting neural collaborative filtering.',
    });
    expect(result.problems).toEqual([]);
  });

  it('has its papers as paper links, in order', () => {
    expect(linksOf(result, 'paper').map((l) => [l.field, l.linkpath])).toEqual([
      ['papers[0]', 'Papers/NCF vs MF revisited'],
      ['papers[1]', 'EASE'],
    ]);
  });

  it('takes a single link where a list goes as a list of one', () => {
    const one = read({ corpus: 'concept', papers: '[[Papers/EASE]]', related: '[[Other]]' });
    expect(linksOf(one, 'paper').map((l) => l.linkpath)).toEqual(['Papers/EASE']);
    expect(linksOf(one, 'related').map((l) => l.linkpath)).toEqual(['Other']);
    expect(one.problems).toEqual([]);
  });

  it('takes the first of several links written in one string, and says the rest were left out', () => {
    const result = read({ corpus: 'concept', papers: '[[Papers/EASE]], [[Papers/MobileLLM]]', related: ['[[A]]; [B](B.md)'] });
    expect(linksOf(result, 'paper').map((l) => l.linkpath)).toEqual(['Papers/EASE']);
    // The second link is no relation.
    expect(linksOf(result, 'related')).toEqual([{ kind: 'related', field: 'related[0]', linkpath: 'A' }]);
    expect(codes(result)).toEqual(['papers:wrong-shape:warning', 'related[0]:wrong-shape:warning']);
    expect(result.problems[0].message).toContain('[[Papers/MobileLLM]]');
    expect(result.problems[0].message).toMatch(/Write one link per list item/);
  });

  it('keeps a link named inside a why as part of the why', () => {
    const [link] = linksOf(read({ corpus: 'concept', related: ['[[A]] adjacent: read it beside [[B]]'] }), 'related');
    expect(link).toMatchObject({ relation: 'adjacent', why: 'read it beside [[B]]' });
  });

  it('reports a map where a list of links goes, and a number where a link goes', () => {
    const bad = read({ corpus: 'concept', papers: { first: '[[A]]' }, related: [42] });
    expect(codes(bad)).toEqual(['papers:wrong-shape:error', 'related[0]:wrong-shape:error']);
    expect(bad.problems[0].message).toMatch(/list/);
    expect(bad.links).toEqual([]);
  });

  it('reports text that is no link, and a web address where a note link goes', () => {
    const bad = read({ corpus: 'concept', papers: ['Scaling laws', 'https://arxiv.org/abs/2001.08361'] });
    expect(codes(bad)).toEqual(['papers[0]:wrong-shape:error', 'papers[1]:wrong-shape:error']);
    expect(bad.problems[0].message).toContain('"[[Scaling laws]]"');
    expect(bad.problems[1].message).toMatch(/web address/);
  });
});

describe('the three forms of `related`', () => {
  const related = (entry: unknown): RawLink[] => linksOf(read({ corpus: 'concept', related: [entry] }), 'related');

  it('a bare link has no relation and no why', () => {
    const [link] = related('[[Other note]]');
    expect(link.linkpath).toBe('Other note');
    expect(link.relation).toBeUndefined();
    expect(link.why).toBeUndefined();
  });

  it('a link followed by "relation: why" splits at the colon', () => {
    const [link] = related('[[Other note]] adjacent: how to read mechanistic evidence at multiple levels');
    expect(link).toMatchObject({ relation: 'adjacent', why: 'how to read mechanistic evidence at multiple levels' });
    expect(link.linkpath).toBe('Other note');
  });

  it('a relation may be a phrase of several words', () => {
    const [link] = related("[[Cognitive science methods]] adjacent framing: Marr's levels describe a finished system");
    expect(link).toMatchObject({ relation: 'adjacent framing', why: "Marr's levels describe a finished system" });
  });

  it('a short phrase alone is a relation; a long one alone is a why', () => {
    expect(related('[[A]] extends')[0]).toMatchObject({ relation: 'extends' });
    expect(related('[[A]] extends')[0].why).toBeUndefined();
    const [long] = related('[[A]] because both read training as aggregate behaviour');
    expect(long.relation).toBeUndefined();
    expect(long.why).toBe('because both read training as aggregate behaviour');
  });

  it('a map gives its link, relation and why', () => {
    const [link] = related({ to: '[[Valuing data]]', relation: 'exemplifies', why: 'the compute-aware turn applied to information theory' });
    expect(link.linkpath).toBe('Valuing data');
    expect(link).toMatchObject({ field: 'related[0]', relation: 'exemplifies', why: 'the compute-aware turn applied to information theory' });
  });

  it('a map without `to` is reported and left out', () => {
    const result = read({ corpus: 'concept', related: [{ relation: 'adjacent' }] });
    expect(result.links).toEqual([]);
    expect(codes(result)).toEqual(['related[0]:wrong-shape:error']);
    expect(result.problems[0].message).toContain('"to"');
  });

  it('an unquoted link in a map is taken and reported', () => {
    const result = read({ corpus: 'concept', related: [{ to: [['Other']], relation: 'adjacent' }] });
    expect(linksOf(result, 'related')).toMatchObject([{ linkpath: 'Other', relation: 'adjacent', nested: true }]);
    expect(codes(result)).toEqual(['related[0].to:nested-list-link:warning']);
  });
});

describe('link forms', () => {
  const link = (text: string): Pick<RawLink, 'linkpath' | 'subpath' | 'display'> => {
    const { linkpath, subpath, display } = linksOf(read({ corpus: 'concept', papers: [text] }), 'paper')[0];
    return { linkpath, subpath, display };
  };

  it('a link into a folder keeps its path', () => {
    expect(link('[[Papers/EASE]]')).toEqual({ linkpath: 'Papers/EASE' });
  });

  it('shown text after | is set apart', () => {
    expect(link('[[Papers/EASE|the EASE paper]]')).toEqual({ linkpath: 'Papers/EASE', display: 'the EASE paper' });
  });

  it('a heading or a block is a subpath', () => {
    expect(link('[[Learning mechanics#Physics as a template]]')).toEqual({ linkpath: 'Learning mechanics', subpath: '#Physics as a template' });
    expect(link('[[Learning mechanics#^summary-1|see]]')).toEqual({ linkpath: 'Learning mechanics', subpath: '#^summary-1', display: 'see' });
  });

  it('a Markdown link is decoded', () => {
    expect(link('[Echo Chamber](Papers/Echo%20Chamber.md)')).toEqual({ linkpath: 'Papers/Echo Chamber.md', display: 'Echo Chamber' });
    expect(link('[x](<Papers/Echo Chamber.md#Method>)')).toEqual({ linkpath: 'Papers/Echo Chamber.md', subpath: '#Method', display: 'x' });
  });

  it('keeps a `.md` suffix for the resolver to handle', () => {
    expect(link('[[Papers/EASE.md]]')).toEqual({ linkpath: 'Papers/EASE.md' });
  });

  it('an unquoted `- [[Name]]` is a nested list: taken as the link, reported', () => {
    const result = read({ corpus: 'concept', papers: [[['Papers/EASE']]] });
    expect(linksOf(result, 'paper')).toMatchObject([{ field: 'papers[0]', linkpath: 'Papers/EASE', nested: true }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ field: 'papers[0]', code: 'nested-list-link', severity: 'warning' });
    expect(result.problems[0].message).toContain('- "[[Papers/EASE]]"');
  });
});

describe('a line', () => {
  const result = read({
    corpus: 'line',
    title: 'Why should theory prefer the average case?',
    gloss: 'This asks why theory turns to typical behaviour.',
    sources: ['[[Learning mechanics]]', '[[Depth over width]]'],
    next: '[[Lines/Idealized settings]]',
    prompt: {
      role: 'learning theorist',
      ask: 'Which typical-case predictions held up?',
      findings: ['Depth beats width (~2024).', { text: 'RL narrows formats.', year: 2025 }, { text: 'No year given.' }],
      anchors: ['[[Papers/Echo Chamber]]'],
      tasks: ['Re-test each finding.', 'Find contradicting work.'],
    },
  }, 'Lines/Average case.md', ['Learning mechanics']);

  it('has its gloss, and says its sources are given', () => {
    expect(result.note).toMatchObject({ kind: 'line', gloss: 'This asks why theory turns to typical behaviour.', sourcesGiven: true });
    expect(result.problems).toEqual([]);
  });

  it('numbers its sources in order, and takes a single next link as a list of one', () => {
    expect(linksOf(result, 'source').map((l) => [l.linkpath, l.order])).toEqual([['Learning mechanics', 0], ['Depth over width', 1]]);
    expect(linksOf(result, 'next').map((l) => l.linkpath)).toEqual(['Lines/Idealized settings']);
  });

  it('reads every part of its prompt', () => {
    expect(result.note.kind === 'line' && result.note.prompt).toEqual({
      role: 'learning theorist',
      ask: 'Which typical-case predictions held up?',
      findings: [{ text: 'Depth beats width (~2024).' }, { text: 'RL narrows formats.', year: 2025 }, { text: 'No year given.' }],
      anchorsGiven: true,
      tasks: ['Re-test each finding.', 'Find contradicting work.'],
    });
    expect(linksOf(result, 'anchor')).toMatchObject([{ field: 'prompt.anchors[0]', linkpath: 'Papers/Echo Chamber' }]);
  });

  it('keeps its body links as body links', () => {
    expect(linksOf(result, 'link')).toMatchObject([{ field: 'body', linkpath: 'Learning mechanics' }]);
  });

  it('has no sources given when the field is missing or an empty list', () => {
    expect(read({ corpus: 'line' }).note).toMatchObject({ sourcesGiven: false, prompt: { anchorsGiven: false } });
    expect(read({ corpus: 'line', sources: [] }).note).toMatchObject({ sourcesGiven: false });
  });

  it('reports a prompt that is not a map, and a finding map without text', () => {
    expect(codes(read({ corpus: 'line', prompt: 'be brief' }))).toEqual(['prompt:wrong-shape:error']);
    expect(codes(read({ corpus: 'line', prompt: { findings: [{ year: 2024 }] } }))).toEqual(['prompt.findings[0]:wrong-shape:error']);
  });
});

describe('a paper', () => {
  it('has every field', () => {
    const result = read({
      corpus: 'paper',
      title: 'Embarrassingly Shallow Autoencoders for Sparse Data',
      arxiv: '1905.03375',
      doi: '10.1145/3308558.3313710',
      url: 'https://doi.org/10.1145/3308558.3313710',
      year: 2019,
      authors: ['Harald Steck'],
      venue: 'WWW 2019',
      abstract: 'A linear item-to-item model.',
    }, 'Papers/EASE.md');
    expect(result.note).toEqual({
      path: 'Papers/EASE.md', kind: 'paper', title: 'Embarrassingly Shallow Autoencoders for Sparse Data', titleFromName: false,
      aliases: [], tags: [], arxiv: '1905.03375', doi: '10.1145/3308558.3313710', url: 'https://doi.org/10.1145/3308558.3313710',
      year: 2019, authors: ['Harald Steck'], venue: 'WWW 2019', summary: 'A linear item-to-item model.',
    });
    expect(result.problems).toEqual([]);
  });

  it('prefers `summary` to `abstract`, takes one author as a list and a year written as text', () => {
    const result = read({ corpus: 'paper', summary: 'Short.', abstract: 'Long.', authors: 'Harald Steck', year: '2019' });
    expect(result.note).toMatchObject({ summary: 'Short.', authors: ['Harald Steck'], year: 2019 });
    expect(result.problems).toEqual([]);
  });

  it('reports a year that is no number and a url that is no web address', () => {
    const result = read({ corpus: 'paper', year: 'recent', url: 'doi.org/10.1/x' });
    const note = result.note.kind === 'paper' ? result.note : undefined;
    expect(note?.year).toBeUndefined();
    expect(note?.url).toBeUndefined();
    expect(codes(result).sort()).toEqual(['url:wrong-shape:error', 'year:wrong-shape:error']);
  });

  it.each([
    ['2401.11817', '2401.11817'],
    ['2401.11817v2', '2401.11817v2'],
    ['arXiv:2505.11581', '2505.11581'],
    ['https://arxiv.org/abs/2511.13653', '2511.13653'],
    ['https://arxiv.org/pdf/2401.11817v2.pdf', '2401.11817v2'],
    ['hep-th/9901001', 'hep-th/9901001'],
    ['math.GT/0309136', 'math.GT/0309136'],
    ['0704.0001', '0704.0001'],
  ])('reads the arXiv id %s as %s', (value, id) => {
    const result = read({ corpus: 'paper', arxiv: value });
    expect(result.note).toMatchObject({ arxiv: id });
    expect(result.problems).toEqual([]);
  });

  it.each(['not-an-id', '2401.1181', '1501.1234', '2413.12345', 'arXiv 2401.11817 extra'])('reports %s as malformed', (value) => {
    const result = read({ corpus: 'paper', arxiv: value });
    expect(result.note.kind === 'paper' && result.note.arxiv).toBeUndefined();
    expect(codes(result)).toEqual(['arxiv:malformed-arxiv:error']);
    expect(result.problems[0].message).toMatch(/2401\.11817/);
  });

  it('reads an unquoted id that YAML made a number, warning when the trailing zero had to be guessed', () => {
    const exact = read({ corpus: 'paper', arxiv: 2402.14905 });
    expect(exact.note).toMatchObject({ arxiv: '2402.14905' });
    expect(exact.problems).toEqual([]);
    const padded = read({ corpus: 'paper', arxiv: 2401.1001 });
    expect(padded.note).toMatchObject({ arxiv: '2401.10010' });
    expect(codes(padded)).toEqual(['arxiv:wrong-shape:warning']);
    expect(padded.problems[0].message).toContain('arxiv: "2401.10010"');
  });
});

describe('links under other keys', () => {
  it('count as property links, in corpus notes and in notes outside the corpus', () => {
    const inCorpus = read({ corpus: 'concept', see_also: '[[Learning mechanics]]', extra: { nested: ['[[Depth over width]]'] } });
    expect(linksOf(inCorpus, 'property').map((l) => [l.field, l.linkpath])).toEqual([
      ['see_also', 'Learning mechanics'],
      ['extra.nested[0]', 'Depth over width'],
    ]);
    const plain = read({ reading_next: ['[[Papers/EASE]]'], papers: ['[[Papers/MobileLLM]]'] });
    // Outside the corpus `papers` means nothing special: a property link like any other.
    expect(linksOf(plain, 'property').map((l) => l.field)).toEqual(['reading_next[0]', 'papers[0]']);
    expect(linksOf(plain, 'paper')).toEqual([]);
  });
});

describe('whatever the input', () => {
  it('never throws', () => {
    const odd: unknown[] = [null, 7, 'text', [], [1, [2]], { corpus: null }, { corpus: 42 }, { corpus: 'line', prompt: { findings: 'one', tasks: 3 } }];
    for (const fm of odd) {
      expect(() => normalise({ path: 'x.md', frontmatter: fm as Record<string, unknown>, links: [] }, DEFAULT_CORPUS_OPTIONS)).not.toThrow();
    }
    expect(() => normalise({ path: 'x.md', links: null as unknown as [] }, DEFAULT_CORPUS_OPTIONS)).not.toThrow();
  });

  it('reports a front-matter that does not parse, with the parser\'s reason, and leaves the note out', () => {
    const result = normalise(input('C/Broken.md', { error: 'line 3: Missing closing "quote' }), DEFAULT_CORPUS_OPTIONS);
    expect(result.note.kind).toBe('note');
    expect(codes(result)).toEqual([':invalid-yaml:error']);
    expect(result.problems[0].message).toContain('Missing closing "quote');
    expect(result.problems[0].message).toMatch(/Fix the YAML/);
  });
});

describe('excluded folders and tags', () => {
  it('reports nothing for a note in an excluded folder, even with broken front-matter or an unknown kind', () => {
    const options = { key: 'corpus', excludeFolders: ['Templates'], excludeTags: ['draft'] };
    const broken = normalise({ path: 'Templates/Concept.md', frontmatterError: 'line 2: bad', links: [] }, options);
    const unknown = normalise({ path: 'Templates/Other.md', frontmatter: { corpus: '{{kind}}' }, links: [] }, options);
    const tagged = normalise({ path: 'Notes/Idea.md', frontmatter: { corpus: 'hypothesis', tags: ['draft'] }, links: [] }, options);
    expect([broken.problems, unknown.problems, tagged.problems]).toEqual([[], [], []]);
    expect(unknown.note.kind).toBe('note');
  });
});
