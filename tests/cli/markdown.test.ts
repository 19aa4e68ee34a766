import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  UNTERMINATED_MESSAGE,
  extractBodyLinks,
  noteInputFromText,
  parseFrontmatter,
  splitFrontmatter,
} from '../../src/cli/markdown';

const linksOf = (body: string): string[] => extractBodyLinks(body).map((l) => l.link);

/** The 0-based line and column of the first occurrence of `needle` in `text`. */
function whereIs(text: string, needle: string): { line: number; col: number; offset: number } {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`test text lacks ${needle}`);
  const before = text.slice(0, offset).split('\n');
  return { line: before.length - 1, col: (before[before.length - 1] ?? '').length, offset };
}

const CONCEPT_NOTE = `---
corpus: concept
title: "Can deep learning theory unify around training dynamics?"
question: Is learning mechanics the frame that unifies deep learning theory?
claim: Learning mechanics unifies fragmented deep learning theory
papers:
  - "[[papers/There Will Be a Scientific Theory of Deep Learning]]"
  - [[Scaling laws for neural language models]]
related:
  - "[[Depth beats width below a billion parameters]] adjacent: both read training as aggregate behaviour"
  - to: "[[Modular compositional structure|modularity]]"
    relation: exemplifies
    why: structure emerges in typical training
---
Decades of work left fragments: solvable toy models, [[Scaling laws for neural language models|scaling laws]],
hyperparameter limits. See [the essay](../lines/Why%20average-case.md) and ![[figures/fragments.png]].
`;

const LINE_NOTE = [
  '---',
  'corpus: line',
  'title: "Why should deep learning theory prioritize average-case over worst-case analysis?"',
  'sources:',
  '  - "[[Can deep learning theory unify around training dynamics?]]"',
  '---',
  'The clearest articulation is [[Learning mechanics]], which models networks as gases.',
  '',
  '```python',
  '# a link in code is no link: [[Not a link]]',
  'print("[[Also not]]")',
  '```',
  '',
  'Inline `[[In code]]` is skipped, but [[Depth vs width]] counts.',
  '%% a private remark about [[Hidden note]] %%',
  '<!-- [[Commented out]] -->',
  'Last, ![[diagram.png]] and [notes](Tiny%20models.md#Depth%20first).',
  '',
].join('\n');

describe('splitFrontmatter', () => {
  it('finds the block between the first two --- lines', () => {
    const text = '---\ncorpus: paper\n---\nBody text\n';
    expect(splitFrontmatter(text)).toEqual({
      yaml: 'corpus: paper\n',
      bodyOffset: text.indexOf('Body'),
      bodyLine: 3,
      unterminated: false,
    });
  });

  it('accepts a BOM, trailing spaces on the fences and CRLF line endings', () => {
    const text = '\ufeff---  \r\ntitle: Scaling\r\n--- \t\r\nBody\r\n';
    const split = splitFrontmatter(text);
    expect(split.yaml).toBe('title: Scaling\r\n');
    expect(split.bodyOffset).toBe(text.indexOf('Body'));
    expect(split.bodyLine).toBe(3);
  });

  it('reports an opened block that never closes, and leaves the whole text as body', () => {
    const text = '---\ncorpus: concept\ntitle: Half written\n';
    expect(splitFrontmatter(text)).toEqual({ yaml: null, bodyOffset: 0, bodyLine: 0, unterminated: true });
  });

  it('sees no block when the first line is not exactly ---', () => {
    for (const text of ['----\na: 1\n---\n', 'Intro\n---\na: 1\n---\n', ' ---\na: 1\n---\n', '']) {
      expect(splitFrontmatter(text)).toMatchObject({ yaml: null, bodyOffset: 0, unterminated: false });
    }
  });

  it('handles an empty block and a closing fence at the very end of the file', () => {
    expect(splitFrontmatter('---\n---\n')).toMatchObject({ yaml: '', bodyOffset: 8, bodyLine: 2 });
    expect(splitFrontmatter('---\na: 1\n---')).toMatchObject({ yaml: 'a: 1\n', bodyOffset: 12 });
  });

  it('does not take a --- further down as the opening fence', () => {
    const text = 'Some prose\n\n---\n\nmore prose\n';
    expect(splitFrontmatter(text).yaml).toBeNull();
  });
});

describe('parseFrontmatter', () => {
  it('returns the mapping, keeping YAML 1.2 scalars (no yes/no booleans, no dates)', () => {
    const result = parseFrontmatter('title: "Tiny models"\nyear: 2024\nanswer: no\ndate: 2024-05-01\n');
    expect(result).toEqual({ frontmatter: { title: 'Tiny models', year: 2024, answer: 'no', date: '2024-05-01' } });
  });

  it('gives no front-matter for an empty block or one with only comments', () => {
    expect(parseFrontmatter('')).toEqual({ frontmatter: undefined });
    expect(parseFrontmatter('# to do: fill in\n')).toEqual({ frontmatter: undefined });
  });

  it('reads an unquoted - [[Name]] as the nested list the normaliser expects', () => {
    const result = parseFrontmatter('papers:\n  - [[Scaling laws]]\n  - "[[Quoted]]"\n');
    expect(result).toEqual({ frontmatter: { papers: [[['Scaling laws']], '[[Quoted]]'] } });
  });

  it('refuses a list or a single value as front-matter', () => {
    expect(parseFrontmatter('- concept\n- line\n')).toEqual({
      error: 'front-matter is a list, not a set of key: value pairs',
    });
    expect(parseFrontmatter('just a sentence\n')).toEqual({
      error: 'front-matter is a single value, not a set of key: value pairs',
    });
  });

  it('names the file line of a duplicate key and of a syntax error', () => {
    const dup = parseFrontmatter('title: A\nyear: 2020\ntitle: B\n', 1);
    expect(dup).toEqual({ error: 'line 4: Map keys must be unique', line: 3 });
    const bad = parseFrontmatter('title: A: B\n');
    expect('error' in bad && bad.error).toMatch(/^line 1: /);
    expect('error' in bad && bad.error).not.toContain('\n');
  });

  it('treats a second document after ... as an error rather than dropping it', () => {
    const result = parseFrontmatter('a: 1\n...\nb: 2\n');
    expect('error' in result && result.error).toMatch(/^line 3: a second YAML document starts here/);
  });

  it('keeps __proto__ and constructor as plain keys and pollutes no prototype', () => {
    const result = parseFrontmatter(
      '__proto__: { polluted: yes }\nconstructor: Scaling\nnested:\n  __proto__: [1, 2]\n',
    );
    if (!('frontmatter' in result) || !result.frontmatter) throw new Error('expected a mapping');
    const fm = result.frontmatter;
    expect(Object.getPrototypeOf(fm)).toBe(Object.prototype);
    expect(Object.keys(fm)).toEqual(['__proto__', 'constructor', 'nested']);
    expect(Object.getOwnPropertyDescriptor(fm, '__proto__')?.value).toEqual({ polluted: 'yes' });
    expect(fm.constructor).toBe('Scaling');
    const nested = fm.nested as Record<string, unknown>;
    expect(Object.getPrototypeOf(nested)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(nested, '__proto__')?.value).toEqual([1, 2]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('stops an alias bomb with an error instead of expanding it', () => {
    const bomb = [
      'a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
      'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
      'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
      'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
      'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
    ].join('\n');
    const started = performance.now();
    expect(parseFrontmatter(bomb)).toEqual({ error: 'front-matter repeats its aliases (*name) too many times' });
    expect(performance.now() - started).toBeLessThan(1000);
    // A handful of aliases, as real notes use them, still works.
    expect(parseFrontmatter('base: &b [x]\ncopy: *b\n')).toEqual({ frontmatter: { base: ['x'], copy: ['x'] } });
  });

  it('never throws, whatever the text', () => {
    const yamlish = fc.string({ unit: fc.constantFrom('a', ':', ' ', '\n', '-', '[', ']', '{', '}', '&', '*', '"', '!', '#', '|', '>', '?', '%') });
    fc.assert(
      fc.property(yamlish, (text) => {
        const result = parseFrontmatter(text);
        return 'error' in result ? typeof result.error === 'string' && !result.error.includes('\n') : true;
      }),
      { seed: 20240501, numRuns: 500 },
    );
  });
});

describe('noteInputFromText', () => {
  it('reads a concept note: quoted and unquoted links in front-matter, links in the body', () => {
    const input = noteInputFromText('concepts/Unify.md', CONCEPT_NOTE);
    expect(input.frontmatterError).toBeUndefined();
    expect(input.frontmatter?.corpus).toBe('concept');
    expect(input.frontmatter?.papers).toEqual([
      '[[papers/There Will Be a Scientific Theory of Deep Learning]]',
      [['Scaling laws for neural language models']],
    ]);
    expect(input.frontmatter?.related).toEqual([
      '[[Depth beats width below a billion parameters]] adjacent: both read training as aggregate behaviour',
      { to: '[[Modular compositional structure|modularity]]', relation: 'exemplifies', why: 'structure emerges in typical training' },
    ]);
    expect(input.body?.startsWith('Decades of work')).toBe(true);
    expect(input.links.map((l) => l.link)).toEqual([
      'Scaling laws for neural language models',
      '../lines/Why average-case.md',
      'figures/fragments.png',
    ]);
    const first = input.links[0];
    expect(first?.original).toBe('[[Scaling laws for neural language models|scaling laws]]');
    expect(first?.position).toEqual(whereIs(CONCEPT_NOTE, '[[Scaling laws for neural language models|'));
    expect(input.links[1]?.original).toBe('[the essay](../lines/Why%20average-case.md)');
    expect(input.links[2]?.position).toEqual(whereIs(CONCEPT_NOTE, '![[figures'));
  });

  it('reads a line note, skipping links in code, comments and same-note headings', () => {
    const input = noteInputFromText('lines/Average case.md', LINE_NOTE);
    expect(input.frontmatter?.sources).toEqual(['[[Can deep learning theory unify around training dynamics?]]']);
    expect(input.links.map((l) => l.link)).toEqual([
      'Learning mechanics',
      'Depth vs width',
      'diagram.png',
      'Tiny models.md#Depth first',
    ]);
    expect(input.links.map((l) => l.position.line)).toEqual([6, 13, 16, 16]);
    expect(input.links[1]?.position).toEqual(whereIs(LINE_NOTE, '[[Depth vs width]]'));
    expect(input.links[3]?.position).toEqual(whereIs(LINE_NOTE, '[notes]'));
  });

  it('gives file positions for a CRLF note with a BOM', () => {
    const text = '\ufeff---\r\ncorpus: paper\r\n---\r\nSee [[Scaling laws]].\r\nAnd [[Tiny models]]\r\n';
    const input = noteInputFromText('papers/P.md', text);
    expect(input.frontmatter).toEqual({ corpus: 'paper' });
    expect(input.links.map((l) => l.position)).toEqual([
      { line: 3, col: 4, offset: text.indexOf('[[Scaling') },
      { line: 4, col: 4, offset: text.indexOf('[[Tiny') },
    ]);
  });

  it('turns an unterminated block into a parse error and reads the rest as body', () => {
    const text = '---\ncorpus: concept\nSee [[Other]]\n';
    const input = noteInputFromText('c.md', text);
    expect(input.frontmatterError).toBe(UNTERMINATED_MESSAGE);
    expect(input.frontmatter).toBeUndefined();
    expect(input.body).toBe(text);
    expect(input.links).toEqual([{ link: 'Other', original: '[[Other]]', position: { line: 2, col: 4, offset: 24 } }]);
  });

  it('leaves front-matter out for an empty block and reports list-shaped or broken YAML', () => {
    const empty = noteInputFromText('e.md', '---\n---\nJust a body.\n');
    expect(empty).toEqual({ path: 'e.md', links: [], body: 'Just a body.\n' });
    expect(noteInputFromText('l.md', '---\n- concept\n---\n').frontmatterError).toMatch(/is a list/);
    // The duplicate `title` sits on the file's fourth line.
    expect(noteInputFromText('d.md', '---\ntitle: A\ncorpus: line\ntitle: B\n---\n').frontmatterError).toBe(
      'line 4: Map keys must be unique',
    );
  });
});

describe('extractBodyLinks', () => {
  it('reads the forms of wiki link and embed as Obsidian lists them', () => {
    const body = 'A [[Note]], [[folder/Name#Heading|shown]], [[#Same note]], ![[chart.png|300]], [[Table\\|alias]].';
    expect(extractBodyLinks(body).map((l) => [l.link, l.original])).toEqual([
      ['Note', '[[Note]]'],
      ['folder/Name#Heading', '[[folder/Name#Heading|shown]]'],
      ['chart.png', '![[chart.png|300]]'],
      ['Table', '[[Table\\|alias]]'],
    ]);
  });

  it('reads Markdown links to files and skips external ones', () => {
    const body = [
      '[Depth](concepts/Depth%20vs%20width.md) ![fig](img/a%20b.png) [spaced](<My note.md> "title")',
      '[web](https://arxiv.org/abs/2401.11817) [mail](mailto:a@b.org) [vault](obsidian://open?x)',
      '[js](javascript:alert(1)) [img](data:image/png;base64,AAAA) [here](#Heading) [bad](50%off.md)',
      '[escaped](Notes\\_2024.md) [parens](Note%20(draft).md)',
    ].join('\n');
    expect(linksOf(body)).toEqual([
      'concepts/Depth vs width.md',
      'img/a b.png',
      'My note.md',
      '50%off.md',
      'Notes_2024.md',
      'Note (draft).md',
    ]);
  });

  it('does not take a space-separated destination or a missing ) as a link', () => {
    expect(linksOf('[a](My note.md) [b](Open.md [c]')).toEqual([]);
  });

  it('skips fenced blocks, with info strings, longer closing fences and tildes', () => {
    const body = [
      '~~~~ markdown',
      '[[In tilde]]',
      '~~~',
      '[[Still in tilde]]',
      '~~~~~',
      '[[After tilde]]',
      '  ```ts title="x"',
      '[[In backticks]]',
      '```',
      '> ```',
      '> [[In quoted fence]]',
      '> ```',
      '[[Last]]',
    ].join('\n');
    expect(extractBodyLinks(body).map((l) => [l.link, l.position.line])).toEqual([
      ['After tilde', 5],
      ['Last', 12],
    ]);
  });

  it('hides the rest of the body behind an unclosed fence or %%', () => {
    expect(linksOf('[[Before]]\n```\n[[Inside]]\n')).toEqual(['Before']);
    expect(linksOf('[[Before]] %% draft\n[[Inside]]\n')).toEqual(['Before']);
  });

  it('skips inline code of any backtick length, but a lone backtick hides nothing', () => {
    expect(linksOf('`[[a]]` ``x ` [[b]]`` [[c]] ` [[d]]')).toEqual(['c', 'd']);
    // A code span ends at a blank line: the backtick of the first paragraph stays literal.
    expect(linksOf('an ` opener\n\n[[Kept]] and ` closer')).toEqual(['Kept']);
    expect(linksOf('code across\n`lines [[x]]\nstill` [[y]]')).toEqual(['y']);
  });

  it('skips multi-line %% and HTML comments', () => {
    const body = 'Start [[A]]\n%%\n[[B]]\n\n[[C]]\n%% [[D]] <!-- [[E]]\n[[F]] --> [[G]]';
    expect(extractBodyLinks(body).map((l) => [l.link, l.position.line, l.position.col])).toEqual([
      ['A', 0, 6],
      ['D', 5, 3],
      ['G', 6, 10],
    ]);
  });

  it('adds the body start to every position', () => {
    const [link] = extractBodyLinks('x\n  [[Y]]', 10, 200);
    expect(link?.position).toEqual({ line: 11, col: 2, offset: 204 });
  });

  it('lists a link around an image after the image only where it starts later', () => {
    expect(linksOf('[![cover](cover.png)](Paper.md) [a [b](inner.md) c](outer.md)')).toEqual([
      'Paper.md',
      'cover.png',
      'inner.md',
    ]);
  });

  it('never throws and gives positions inside the text, whatever the text', () => {
    const unit = fc.constantFrom('[', ']', '(', ')', '!', '`', '~', '%', '<', '!--', '-->', '\\', '|', '#', '\n', '\r\n', ' ', 'a', '>', 'http:', '%2');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), (body) =>
        extractBodyLinks(body).every(
          (l) => body.startsWith(l.original ?? '', l.position.offset) && l.position.offset < body.length,
        ),
      ),
      { seed: 7, numRuns: 2000 },
    );
  });
});

describe('extractBodyLinks on large bodies', () => {
  const within = (ms: number, run: () => void): void => {
    const started = performance.now();
    run();
    expect(performance.now() - started).toBeLessThan(ms);
  };

  it('reads a 5 MB body in well under a second', () => {
    const paragraph =
      'The field moves toward [[Learning mechanics]] with `code [[x]]`, a [link](Depth%20vs%20width.md), ' +
      '![[figure.png]], %% aside %% and <!-- hidden --> plain words about average-case behaviour.\n\n';
    const body = paragraph.repeat(Math.ceil(5_000_000 / paragraph.length));
    let count = 0;
    within(1000, () => {
      count = extractBodyLinks(body).length;
    });
    // Three links a paragraph: the one in inline code does not count.
    expect(count).toBe(3 * Math.ceil(5_000_000 / paragraph.length));
  });

  it('reads 10,000 links in order', () => {
    const body = Array.from({ length: 10_000 }, (_, i) => `- [[Concept ${i}]] and [paper](papers/P${i}.md)`).join('\n');
    let links: ReturnType<typeof extractBodyLinks> = [];
    within(1000, () => {
      links = extractBodyLinks(body);
    });
    expect(links).toHaveLength(20_000);
    expect(links[19_998]?.link).toBe('Concept 9999');
    expect(links[19_998]?.position.line).toBe(9999);
  });

  it('stays fast on inputs built to make a naive scanner backtrack', () => {
    const hostile = [
      '[a]('.repeat(250_000),
      '[['.repeat(500_000),
      '['.repeat(300_000) + '](x'.repeat(300_000),
      Array.from({ length: 1400 }, (_, i) => '`'.repeat(i + 1) + 'a').join(''),
      'x <!--'.repeat(200_000),
      '[a](<'.repeat(200_000),
      '[a](b "'.repeat(150_000),
      '`' + 'text\n'.repeat(500_000),
      '```\n'.repeat(250_000),
    ];
    for (const body of hostile) within(1000, () => extractBodyLinks(body));
  });
});
