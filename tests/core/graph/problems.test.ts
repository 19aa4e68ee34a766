import { describe, expect, it } from 'vitest';
import type { Problem } from '../../../src/core/types';
import { vault, type TestNote } from '../../helpers/vault';

const concept = (fm: Record<string, unknown> = {}, links?: string[]): TestNote => ({ fm: { corpus: 'concept', ...fm }, links });
const line = (fm: Record<string, unknown> = {}, links?: string[]): TestNote => ({ fm: { corpus: 'line', ...fm }, links });
const paper = (fm: Record<string, unknown> = {}): TestNote => ({ fm: { corpus: 'paper', ...fm } });

/** The problems of a small vault, all of them, in the order `check` lists them. */
function problemsOf(notes: Record<string, TestNote>): Problem[] {
  return vault(notes).index.problems();
}

/** The one problem of a vault, checked to be the only one. */
function only(notes: Record<string, TestNote>): Problem {
  const problems = problemsOf(notes);
  expect(problems.map((p) => `${p.path} ${p.field} ${p.code}`)).toHaveLength(1);
  return problems[0];
}

describe('each problem code, with path, field, severity and a message that says what to do', () => {
  it('invalid-yaml: the note is left out of the counts', () => {
    const { index } = vault({ 'Concepts/Broken.md': { error: 'line 3: Missing closing "quote' }, 'Concepts/Fine.md': concept() });
    const problems = index.problems();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ path: 'Concepts/Broken.md', field: '', code: 'invalid-yaml', severity: 'error' });
    expect(problems[0].message).toMatch(/Fix the YAML/);
    expect(index.counts()).toEqual({ concept: 1, line: 0, paper: 0 });
  });

  it('unknown-kind: the note is left out of the counts', () => {
    const { index } = vault({ 'Notes/H.md': { fm: { corpus: 'hypothesis' } } });
    const [problem] = index.problems();
    expect(problem).toMatchObject({ path: 'Notes/H.md', field: 'corpus', code: 'unknown-kind', severity: 'error' });
    expect(problem.message).toContain('"hypothesis"');
    expect(problem.message).toMatch(/Use concept, line or paper/);
    expect(index.counts()).toEqual({ concept: 0, line: 0, paper: 0 });
  });

  it('wrong-shape: an error when the value is left out', () => {
    const problem = only({ 'Concepts/W.md': concept({ summary: { a: 1 } }) });
    expect(problem).toMatchObject({ path: 'Concepts/W.md', field: 'summary', code: 'wrong-shape', severity: 'error' });
    expect(problem.message).toMatch(/left out/);
    expect(problem.message).toMatch(/Write one line of text/);
  });

  it('wrong-shape: a warning when the value was taken with a guess', () => {
    const problem = only({ 'Papers/P.md': paper({ title: 2024 }) });
    expect(problem).toMatchObject({ path: 'Papers/P.md', field: 'title', code: 'wrong-shape', severity: 'warning' });
    expect(problem.message).toMatch(/Quote it/);
  });

  it('unresolved-link: an error in front-matter', () => {
    const problem = only({ 'Concepts/U.md': concept({ related: ['[[A concept nobody wrote]] adjacent: planned'] }) });
    expect(problem).toMatchObject({ path: 'Concepts/U.md', field: 'related[0]', code: 'unresolved-link', severity: 'error' });
    expect(problem.message).toContain('[[A concept nobody wrote]]');
    expect(problem.message).toMatch(/Create the note or correct the link/);
  });

  it('unresolved-link: a warning in the body, with its line', () => {
    const problem = only({ 'Concepts/U.md': concept({}, ['Draft on loss landscapes#Intro']) });
    expect(problem).toMatchObject({ path: 'Concepts/U.md', field: 'body', code: 'unresolved-link', severity: 'warning', line: 5 });
    expect(problem.message).toContain('[[Draft on loss landscapes#Intro]]');
  });

  it('unresolved-link: never for a note outside the corpus, nor for a link under another key', () => {
    expect(problemsOf({
      'Notes/Plain.md': { fm: { see_also: '[[Nowhere]]' }, links: ['Missing'] },
      'Concepts/C.md': concept({ see_also: '[[Nowhere]]' }),
    })).toEqual([]);
  });

  it('resolved-by-title', () => {
    const problem = only({
      'Concepts/Hallucination.md': concept({ title: 'Can any LLM avoid hallucinating?' }),
      'Concepts/T.md': concept({ related: ['[[Can any LLM avoid hallucinating?]]'] }),
    });
    expect(problem).toMatchObject({ path: 'Concepts/T.md', field: 'related[0]', code: 'resolved-by-title', severity: 'warning' });
    expect(problem.message).toMatch(/Link it by file: "\[\[Concepts\/Hallucination\]\]"/);
  });

  it('nested-list-link', () => {
    const problem = only({
      'Concepts/Learning mechanics.md': concept(),
      'Concepts/N.md': concept({ related: [[['Learning mechanics']]] }),
    });
    expect(problem).toMatchObject({ path: 'Concepts/N.md', field: 'related[0]', code: 'nested-list-link', severity: 'warning' });
    expect(problem.message).toContain('Quote it: - "[[Learning mechanics]]"');
  });

  it('wrong-kind-link: a paper under related, a concept under anchors, a plain note under sources', () => {
    const problems = problemsOf({
      'Papers/MobileLLM.md': paper({ arxiv: '2402.14905' }),
      'Concepts/C.md': concept({ related: ['[[Papers/MobileLLM]]'] }),
      'Notes/Plain.md': {},
      'Lines/L.md': line({ sources: ['[[Concepts/C]]', '[[Notes/Plain]]'], prompt: { anchors: ['[[Concepts/C]]'] } }),
    });
    expect(problems.map((p) => [p.path, p.field, p.code, p.severity])).toEqual([
      ['Concepts/C.md', 'related[0]', 'wrong-kind-link', 'warning'],
      ['Lines/L.md', 'prompt.anchors[0]', 'wrong-kind-link', 'warning'],
      ['Lines/L.md', 'sources[1]', 'wrong-kind-link', 'warning'],
    ]);
    expect(problems[0].message).toBe("[[Papers/MobileLLM]] is a paper; related takes concepts. Move the link or change the note's kind.");
    expect(problems[1].message).toMatch(/is a concept; prompt\.anchors takes papers/);
    expect(problems[2].message).toMatch(/is a note outside the corpus; sources takes concepts/);
  });

  it('self-link: the entry is ignored', () => {
    const { index } = vault({ 'Concepts/Self link.md': concept({ related: ['[[Self link]]'] }) });
    const [problem] = index.problems();
    expect(problem).toMatchObject({ path: 'Concepts/Self link.md', field: 'related[0]', code: 'self-link', severity: 'warning' });
    expect(problem.message).toMatch(/Remove the entry/);
    expect(index.outEdges('Concepts/Self link.md')).toEqual([]);
  });

  it('duplicate-title: both notes are reported, each naming the other, and both are counted', () => {
    const { index } = vault({
      'Papers/Rethinking.md': paper({ title: 'Understanding Deep Learning Requires Rethinking Generalization' }),
      'Papers/Rethinking copy.md': paper({ title: 'understanding deep learning requires  rethinking generalization' }),
    });
    expect(index.problems().map((p) => [p.path, p.field, p.code, p.severity])).toEqual([
      ['Papers/Rethinking copy.md', 'title', 'duplicate-title', 'warning'],
      ['Papers/Rethinking.md', 'title', 'duplicate-title', 'warning'],
    ]);
    expect(index.problems()[0].message).toContain('Papers/Rethinking.md');
    expect(index.problems()[0].message).toMatch(/Merge them/);
    expect(index.counts().paper).toBe(2);
  });

  it('duplicate-title: two paper notes of one arXiv id, whatever their versions', () => {
    const problems = problemsOf({
      'Papers/Hallucination.md': paper({ title: 'Hallucination is Inevitable', arxiv: '2401.11817' }),
      'Papers/Hallucination v2.md': paper({ title: 'Hallucination is inevitable (v2)', arxiv: 'arXiv:2401.11817v2' }),
    });
    expect(problems.map((p) => [p.path, p.field, p.code])).toEqual([
      ['Papers/Hallucination v2.md', 'arxiv', 'duplicate-title'],
      ['Papers/Hallucination.md', 'arxiv', 'duplicate-title'],
    ]);
    expect(problems[0].message).toContain('2401.11817');
  });

  it('line-without-sources', () => {
    const problem = only({ 'Lines/Empty.md': line({ gloss: 'Nothing to draw on.' }, ['Notes/Elsewhere']), 'Notes/Elsewhere.md': {} });
    expect(problem).toMatchObject({ path: 'Lines/Empty.md', field: 'sources', code: 'line-without-sources', severity: 'warning' });
    expect(problem.message).toMatch(/Add sources:/);
  });

  it('line-without-sources: not for a line whose body links a concept', () => {
    expect(problemsOf({ 'Lines/L.md': line({}, ['C']), 'Concepts/C.md': concept() })).toEqual([]);
  });

  it('cited-not-in-sources: once per concept, at its first citation', () => {
    const problem = only({
      'Concepts/Listed.md': concept(),
      'Concepts/Depth over width.md': concept({ title: 'Does depth matter more than width?' }),
      'Lines/L.md': line({ sources: ['[[Listed]]'] }, ['Listed', 'Depth over width', 'Depth over width|again']),
    });
    expect(problem).toMatchObject({ path: 'Lines/L.md', field: 'body', code: 'cited-not-in-sources', severity: 'warning', line: 6 });
    expect(problem.message).toContain('"Does depth matter more than width?"');
    expect(problem.message).toContain('Add "[[Concepts/Depth over width]]" to sources');
  });

  it('anchor-without-arxiv', () => {
    const problem = only({
      'Concepts/C.md': concept(),
      'Papers/Theory.md': paper({ title: 'There Will Be a Scientific Theory of Deep Learning' }),
      'Lines/L.md': line({ sources: ['[[C]]'], prompt: { anchors: ['[[Papers/Theory]]'] } }),
    });
    expect(problem).toMatchObject({ path: 'Lines/L.md', field: 'prompt.anchors[0]', code: 'anchor-without-arxiv', severity: 'warning' });
    expect(problem.message).toContain('"There Will Be a Scientific Theory of Deep Learning"');
    expect(problem.message).toMatch(/Add arxiv to the paper note/);
  });

  it('malformed-arxiv', () => {
    const problem = only({ 'Papers/Scaling.md': paper({ arxiv: 'not-an-id' }) });
    expect(problem).toMatchObject({ path: 'Papers/Scaling.md', field: 'arxiv', code: 'malformed-arxiv', severity: 'error' });
    expect(problem.message).toContain('"not-an-id"');
    expect(problem.message).toMatch(/Write e\.g\. 2401\.11817/);
  });
});

describe('problems that depend on other notes follow them', () => {
  it('an unresolved link is resolved once its note is written, and reported again once it is gone', () => {
    const { index, resolver } = vault({ 'Concepts/A.md': concept({ related: ['[[B]]'] }) });
    expect(index.problems().map((p) => p.code)).toEqual(['unresolved-link']);
    resolver.add('Concepts/B.md');
    index.upsert({ path: 'Concepts/B.md', frontmatter: { corpus: 'concept' }, links: [] });
    expect(index.problems()).toEqual([]);
    resolver.remove('Concepts/B.md');
    index.remove('Concepts/B.md');
    expect(index.problems().map((p) => p.code)).toEqual(['unresolved-link']);
  });

  it('a duplicate title stops being reported on both notes when one is retitled', () => {
    const { index } = vault({ 'P/A.md': paper({ title: 'Same' }), 'P/B.md': paper({ title: 'Same' }) });
    expect(index.problems()).toHaveLength(2);
    index.upsert({ path: 'P/B.md', frontmatter: { corpus: 'paper', title: 'Different' }, links: [] });
    expect(index.problems()).toEqual([]);
  });

  it('a wrong kind is reported once the target changes kind', () => {
    const { index } = vault({ 'Concepts/A.md': concept({ related: ['[[B]]'] }), 'Concepts/B.md': concept() });
    expect(index.problems()).toEqual([]);
    index.upsert({ path: 'Concepts/B.md', frontmatter: { corpus: 'paper' }, links: [] });
    expect(index.problems().map((p) => `${p.path} ${p.code}`)).toEqual(['Concepts/A.md wrong-kind-link']);
  });
});
