/**
 * Hostile vault content, written as real Markdown files: each case names the problems its
 * files must give (exactly) and the result it must return. The same cases run in-process
 * (hostile-input.test.ts) and through the built CLI on one vault holding them all
 * (hostile-cli.test.ts). Every case lives in its own folder with its own note names.
 */
import { expect } from 'vitest';
import type { CorpusIndex } from '../../src/core/graph/corpus-index';
import type { EdgeKind } from '../../src/core/types';

/** One hostile case. */
export interface HostileCase {
  name: string;
  /** Vault path (NFC, as Obsidian stores it) -> file text. */
  files: Record<string, string>;
  /** Exactly the problems of this case's files, each as `path | field | code | severity`. */
  problems: string[];
  /** What the index must hold once the support notes and this case are read. */
  check?: (index: CorpusIndex) => void;
}

/** Markdown text with this front-matter (one YAML line per entry) and body. */
export function md(yaml: string[], body = ''): string {
  return `---\n${yaml.join('\n')}\n---\n${body}`;
}

const problem = (path: string, field: string, code: string, severity: 'error' | 'warning'): string =>
  `${path} | ${field} | ${code} | ${severity}`;

/** The targets every case may link to. */
export const SUPPORT: Record<string, string> = {
  'support/Target concept.md': md(['corpus: concept', 'title: Target concept']),
  'support/Target paper.md': md(['corpus: paper', 'title: Target paper', 'arxiv: "2312.00001"', 'year: 2023']),
  'support/Target line.md': md(['corpus: line', 'title: Target line', 'sources: ["[[Target concept]]"]']),
};
const CONCEPT = 'support/Target concept.md';
const PAPER = 'support/Target paper.md';
const LINE = 'support/Target line.md';

/** The out-edges of a note as `kind -> target`, in order. */
function edges(index: CorpusIndex, path: string, kind?: EdgeKind): string[] {
  return index.outEdges(path).filter((e) => kind === undefined || e.kind === kind).map((e) => `${e.kind} -> ${e.target}`);
}

const T = 'h/links/targets/';
const LINK_TARGETS = [
  'Folder target', 'Heading target', 'Block target', 'Shown target', 'Markdown target', 'Encoded target',
  'Caf\u00e9 th\u00e9orie', 'Caf\u00e9 NFD', '\u{1f9e0} Emoji target', '\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd', '\u0645\u0631\u062d\u0628\u0627',
];

/** A 5 MB essay citing one concept every few hundred characters. */
export function fiveMegabytes(): string {
  const paragraph = 'A long essay paragraph on scaling, with a citation of [[Target concept]] and some `inline [[code]]` text.\n\n';
  return paragraph.repeat(Math.ceil((5 * 1024 * 1024) / paragraph.length));
}

/** 10,000 body links: 9,000 to one concept and 1,000 to distinct missing notes, ten a line. */
function tenThousandLinks(): string {
  const links = Array.from({ length: 10_000 }, (_, i) => (i % 10 === 9 ? `[[Missing ${(i - 9) / 10}]]` : '[[Target concept]]'));
  const lines: string[] = [];
  for (let i = 0; i < links.length; i += 10) lines.push(links.slice(i, i + 10).join(' '));
  return `${lines.join('\n')}\n`;
}

const BOMB = ['a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g']]) {
  BOMB.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]`);
}

/** Every hostile case. */
export const CASES: HostileCase[] = [
  {
    name: 'a string where a list goes is a list of one',
    files: {
      'h/string/String list.md': md([
        'corpus: concept', 'aliases: One alias', 'tags: alpha beta', 'papers: "[[Target paper]]"',
        'related: "[[Target concept]] extends: a single string, not a list"',
      ]),
      'h/string/Two in one.md': md(['corpus: line', 'sources: "[[Target concept]], [[String list]]"']),
    },
    problems: [problem('h/string/Two in one.md', 'sources', 'wrong-shape', 'warning')],
    check: (index) => {
      expect(index.note('h/string/String list.md')).toMatchObject({ aliases: ['One alias'], tags: ['alpha', 'beta'] });
      expect(edges(index, 'h/string/String list.md')).toEqual([`paper -> ${PAPER}`, `related -> ${CONCEPT}`]);
      expect(index.outEdges('h/string/String list.md')[1]).toMatchObject({ relation: 'extends', why: 'a single string, not a list' });
      expect(edges(index, 'h/string/Two in one.md')).toEqual([`source -> ${CONCEPT}`]);
    },
  },
  {
    name: 'unquoted links in a list (nested lists) are taken, with a warning',
    files: { 'h/nested/Nested lists.md': md(['corpus: line', 'sources:', '  - [[Target concept]]', 'next:', '  - [[Target line]]']) },
    problems: [
      problem('h/nested/Nested lists.md', 'next[0]', 'nested-list-link', 'warning'),
      problem('h/nested/Nested lists.md', 'sources[0]', 'nested-list-link', 'warning'),
    ],
    check: (index) => expect(edges(index, 'h/nested/Nested lists.md')).toEqual([`source -> ${CONCEPT}`, `next -> ${LINE}`]),
  },
  {
    name: 'flow lists and flow maps are read like block ones',
    files: {
      'h/flow/Flow lists.md': md(['corpus: concept', 'tags: [one, two]', 'papers: ["[[Target paper]]"]', 'related: [[Target concept]]']),
      'h/flow/Flow line.md': md(['corpus: line', 'sources: ["[[Target concept]]", "[[Flow lists]]"]', 'prompt: {role: theorist, ask: "Does it flow?", tasks: [one task]}']),
    },
    problems: [problem('h/flow/Flow lists.md', 'related[0]', 'nested-list-link', 'warning')],
    check: (index) => {
      expect(index.note('h/flow/Flow lists.md')?.tags).toEqual(['one', 'two']);
      expect(edges(index, 'h/flow/Flow lists.md')).toEqual([`paper -> ${PAPER}`, `related -> ${CONCEPT}`]);
      expect(index.note('h/flow/Flow line.md')).toMatchObject({ prompt: { role: 'theorist', ask: 'Does it flow?', tasks: ['one task'] } });
      expect(edges(index, 'h/flow/Flow line.md')).toEqual([`source -> ${CONCEPT}`, 'source -> h/flow/Flow lists.md']);
    },
  },
  {
    name: 'nulls are absent values; a null where a link goes is left out',
    files: {
      'h/nulls/Nulls.md': md(['corpus: concept', 'title:', 'aliases: ~', 'summary: null', 'papers:', 'related: [null, "[[Target concept]]"]']),
      'h/nulls/Null kind.md': md(['corpus:', 'title: Null kind']),
    },
    problems: [problem('h/nulls/Nulls.md', 'related[0]', 'wrong-shape', 'error')],
    check: (index) => {
      expect(index.note('h/nulls/Nulls.md')).toMatchObject({ kind: 'concept', title: 'Nulls', titleFromName: true, aliases: [] });
      expect(edges(index, 'h/nulls/Nulls.md')).toEqual([`related -> ${CONCEPT}`]);
      expect(index.note('h/nulls/Null kind.md')?.kind).toBe('note');
    },
  },
  {
    name: 'numbers, dates and booleans as titles are read as text',
    files: {
      'h/titles/Number title.md': md(['corpus: concept', 'title: 1984']),
      'h/titles/Float title.md': md(['corpus: concept', 'title: 3.10']),
      'h/titles/Boolean title.md': md(['corpus: concept', 'title: true']),
      'h/titles/Date title.md': md(['corpus: concept', 'title: 2024-01-05']),
      'h/titles/Norway title.md': md(['corpus: concept', 'title: NO']),
    },
    problems: [
      problem('h/titles/Boolean title.md', 'title', 'wrong-shape', 'warning'),
      problem('h/titles/Float title.md', 'title', 'wrong-shape', 'warning'),
      problem('h/titles/Number title.md', 'title', 'wrong-shape', 'warning'),
    ],
    check: (index) => {
      const title = (name: string): string | undefined => index.note(`h/titles/${name}.md`)?.title;
      expect([title('Number title'), title('Float title'), title('Boolean title'), title('Date title'), title('Norway title')])
        .toEqual(['1984', '3.1', 'true', '2024-01-05', 'NO']);
    },
  },
  {
    name: 'maps where text or links go are left out, each with an error',
    files: {
      'h/maps/Map fields.md': md([
        'corpus: paper', 'title: {text: A map}', 'summary: {a: 1}', 'authors: [{name: Ada}, Grace Hopper]', 'venue: [NeurIPS]',
        'year: {y: 2024}', 'arxiv: {id: 2401.10010}',
      ]),
      'h/maps/Map links.md': md(['corpus: concept', 'papers: {to: "[[Target paper]]"}', 'related: {to: "[[Target concept]]", relation: extends}']),
    },
    problems: [
      problem('h/maps/Map fields.md', 'arxiv', 'malformed-arxiv', 'error'),
      problem('h/maps/Map fields.md', 'authors[0]', 'wrong-shape', 'error'),
      problem('h/maps/Map fields.md', 'summary', 'wrong-shape', 'error'),
      problem('h/maps/Map fields.md', 'title', 'wrong-shape', 'error'),
      problem('h/maps/Map fields.md', 'venue', 'wrong-shape', 'error'),
      problem('h/maps/Map fields.md', 'year', 'wrong-shape', 'error'),
      problem('h/maps/Map links.md', 'papers', 'wrong-shape', 'error'),
    ],
    check: (index) => {
      expect(index.note('h/maps/Map fields.md')).toMatchObject({ kind: 'paper', title: 'Map fields', authors: ['Grace Hopper'] });
      expect(index.note('h/maps/Map fields.md')).not.toHaveProperty('arxiv', expect.anything());
      expect(edges(index, 'h/maps/Map links.md')).toEqual([`related -> ${CONCEPT}`]);
      expect(index.outEdges('h/maps/Map links.md')[0].relation).toBe('extends');
    },
  },
  {
    name: '`__proto__` and `constructor` keys are plain keys: nothing is polluted',
    files: {
      'h/proto/Proto keys.md': md([
        'corpus: concept', '__proto__: {corpus: paper, polluted: true}', 'constructor: "[[Target concept]]"', 'prototype: "[[Target paper]]"',
        'related: [{to: "[[Target concept]]", __proto__: {relation: hacked}}]',
      ]),
    },
    problems: [],
    check: (index) => {
      expect(index.note('h/proto/Proto keys.md')?.kind).toBe('concept');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).corpus).toBeUndefined();
      expect(index.outEdges('h/proto/Proto keys.md').map((e) => `${e.kind} ${e.field} -> ${e.target}`)).toEqual([
        `related related[0] -> ${CONCEPT}`, `property constructor -> ${CONCEPT}`, `property prototype -> ${PAPER}`,
      ]);
      expect(index.outEdges('h/proto/Proto keys.md')[0].relation).toBeUndefined();
    },
  },
  {
    name: 'capitalised keys are read, each with a warning to write it in lower case',
    files: { 'h/capitals/Capital keys.md': md(['Corpus: Concept', 'Title: Capitalised keys', 'Papers: ["[[Target paper]]"]', 'TAGS: [x]']) },
    problems: ['Corpus', 'Papers', 'TAGS', 'Title'].map((field) => problem('h/capitals/Capital keys.md', field, 'wrong-shape', 'warning')),
    check: (index) => {
      expect(index.note('h/capitals/Capital keys.md')).toMatchObject({ kind: 'concept', title: 'Capitalised keys', tags: ['x'] });
      expect(edges(index, 'h/capitals/Capital keys.md')).toEqual([`paper -> ${PAPER}`]);
    },
  },
  {
    name: 'unterminated, empty, list-shaped, scalar, broken and duplicate-key front-matter',
    files: {
      'h/fm/Unterminated.md': '---\ncorpus: concept\ntitle: Never closed\n\nBody citing [[Target concept]].\n',
      'h/fm/Empty.md': '---\n---\nJust a body.\n',
      'h/fm/List shaped.md': '---\n- corpus: concept\n- title: A list\n---\n',
      'h/fm/Scalar.md': '---\njust a sentence\n---\n',
      'h/fm/Broken yaml.md': '---\ncorpus: concept\ntitle: [unclosed\n---\n',
      'h/fm/Duplicate keys.md': '---\ncorpus: concept\ncorpus: line\n---\n',
    },
    problems: ['Broken yaml', 'Duplicate keys', 'List shaped', 'Scalar', 'Unterminated'].map((name) => problem(`h/fm/${name}.md`, '', 'invalid-yaml', 'error')),
    check: (index) => {
      for (const name of ['Unterminated', 'Empty', 'List shaped', 'Scalar', 'Broken yaml', 'Duplicate keys']) {
        expect(index.note(`h/fm/${name}.md`)?.kind).toBe('note');
      }
      // Left out of the corpus, its links still count as back-links, as in Obsidian.
      expect(edges(index, 'h/fm/Unterminated.md')).toEqual([`link -> ${CONCEPT}`]);
    },
  },
  {
    name: 'a YAML alias bomb is refused, not expanded',
    files: { 'h/fm/Alias bomb.md': md(['corpus: concept', ...BOMB]) },
    problems: [problem('h/fm/Alias bomb.md', '', 'invalid-yaml', 'error')],
  },
  {
    name: '`corpus` as a list, capitalised, unknown or an unquoted link',
    files: {
      'h/kind/Kind list.md': md(['corpus: [concept]']),
      'h/kind/Kind two.md': md(['corpus: [concept, line]']),
      'h/kind/Kind capitalised.md': md(['corpus: PAPER']),
      'h/kind/Kind unknown.md': md(['corpus: essay']),
      'h/kind/Kind link.md': md(['corpus: [[concept]]']),
    },
    problems: [
      problem('h/kind/Kind link.md', 'corpus', 'unknown-kind', 'error'),
      problem('h/kind/Kind list.md', 'corpus', 'wrong-shape', 'warning'),
      problem('h/kind/Kind two.md', 'corpus', 'unknown-kind', 'error'),
      problem('h/kind/Kind unknown.md', 'corpus', 'unknown-kind', 'error'),
    ],
    check: (index) => {
      const kind = (name: string): string | undefined => index.note(`h/kind/${name}.md`)?.kind;
      expect(['Kind list', 'Kind two', 'Kind capitalised', 'Kind unknown', 'Kind link'].map(kind)).toEqual(['concept', 'note', 'paper', 'note', 'note']);
    },
  },
  {
    name: 'links in every form: folder, heading, block, shown text, Markdown, URL-encoded, NFD and NFC, emoji, right-to-left',
    files: {
      ...Object.fromEntries(LINK_TARGETS.map((name) => [`${T}${name}.md`, md(['corpus: concept'])])),
      'h/links/Every form.md': md(
        [
          'corpus: line',
          'sources:',
          '  - "[[h/links/targets/Folder target]]"',
          '  - "[[Heading target#Some heading]]"',
          '  - "[[Block target#^block1]]"',
          '  - "[[Shown target|what the reader sees]]"',
          '  - "[Markdown](h/links/targets/Markdown%20target.md)"',
          '  - "[Encoded](Encoded%20target.md)"',
          // Decomposed accents in the link, composed in the file name, and the other way round.
          '  - "[[Cafe\u0301 the\u0301orie]]"',
          '  - "[[Caf\u00e9 NFD]]"',
          '  - "[[\u{1f9e0} Emoji target]]"',
          '  - "[[\u05e9\u05dc\u05d5\u05dd \u05e2\u05d5\u05dc\u05dd]]"',
          '  - "[[\u0645\u0631\u062d\u0628\u0627]]"',
        ],
        'Cited: [[Folder target]], ![[Heading target#Some heading|x]], [md](<Markdown target.md>), [enc](Encoded%20target.md#Part), ' +
          '[[\u{1f9e0} Emoji target]] and [[\u0645\u0631\u062d\u0628\u0627]]. Not links: `[[Not a link]]`, [js](javascript:alert(1)).\n',
      ),
    },
    problems: [],
    check: (index) => {
      const path = 'h/links/Every form.md';
      expect(edges(index, path, 'source')).toEqual(LINK_TARGETS.map((name) => `source -> ${T}${name}.md`));
      expect(edges(index, path, 'link')).toEqual(
        ['Folder target', 'Heading target', 'Markdown target', 'Encoded target', '\u{1f9e0} Emoji target', '\u0645\u0631\u062d\u0628\u0627'].map((n) => `link -> ${T}${n}.md`),
      );
    },
  },
  {
    name: 'self-links are ignored, each with a warning',
    files: {
      'h/self/Self concept.md': md(['corpus: concept', 'papers: ["[[Self concept]]"]', 'related: ["[[Self concept]]"]'], 'Body link to [[Self concept]].\n'),
      'h/self/Self line.md': md(['corpus: line', 'sources: ["[[Self line]]"]', 'next: ["[[Self line]]"]']),
    },
    problems: [
      problem('h/self/Self concept.md', 'papers[0]', 'self-link', 'warning'),
      problem('h/self/Self concept.md', 'related[0]', 'self-link', 'warning'),
      problem('h/self/Self line.md', 'next[0]', 'self-link', 'warning'),
      problem('h/self/Self line.md', 'sources[0]', 'self-link', 'warning'),
    ],
    check: (index) => {
      expect(index.outEdges('h/self/Self concept.md')).toEqual([]);
      expect(index.outEdges('h/self/Self line.md')).toEqual([]);
    },
  },
  {
    name: 'cycles of related and next are walked once',
    files: {
      'h/cycles/Cycle A.md': md(['corpus: concept', 'related: ["[[Cycle B]] extends"]']),
      'h/cycles/Cycle B.md': md(['corpus: concept', 'related: ["[[Cycle A]] extends"]']),
      'h/cycles/Loop one.md': md(['corpus: line', 'sources: ["[[Cycle A]]"]', 'next: ["[[Loop two]]"]']),
      'h/cycles/Loop two.md': md(['corpus: line', 'sources: ["[[Cycle B]]"]', 'next: ["[[Loop three]]"]']),
      'h/cycles/Loop three.md': md(['corpus: line', 'sources: ["[[Cycle A]]"]', 'next: ["[[Loop one]]"]']),
    },
    problems: [],
    check: (index) => {
      expect(edges(index, 'h/cycles/Cycle A.md')).toEqual(['related -> h/cycles/Cycle B.md']);
      expect(edges(index, 'h/cycles/Cycle B.md')).toEqual(['related -> h/cycles/Cycle A.md']);
      expect(edges(index, 'h/cycles/Loop three.md', 'next')).toEqual(['next -> h/cycles/Loop one.md']);
    },
  },
  {
    name: 'a 5 MB note is read whole',
    files: { 'h/big/Five megabytes.md': md(['corpus: line', 'title: Five megabytes'], fiveMegabytes()) },
    problems: [],
    check: (index) => {
      // Sources from the body: the one concept it cites, once, however often.
      expect(edges(index, 'h/big/Five megabytes.md')).toEqual([`link -> ${CONCEPT}`]);
      expect(index.inEdges(CONCEPT).get('h/big/Five megabytes.md')).toHaveLength(1);
    },
  },
  {
    name: 'a note with 10,000 links, and one listing a paper 10,000 times',
    files: {
      'h/big/Ten thousand links.md': md(['corpus: concept'], tenThousandLinks()),
      'h/big/Ten thousand papers.md': md(['corpus: concept', 'papers:', ...Array<string>(10_000).fill('  - "[[Target paper]]"')]),
    },
    problems: Array.from({ length: 1000 }, () => problem('h/big/Ten thousand links.md', 'body', 'unresolved-link', 'warning')),
    check: (index) => {
      expect(edges(index, 'h/big/Ten thousand links.md')).toEqual([`link -> ${CONCEPT}`]);
      expect(index.problemsOf('h/big/Ten thousand links.md')[0].line).toBeGreaterThan(0);
      expect(edges(index, 'h/big/Ten thousand papers.md')).toHaveLength(10_000);
    },
  },
  {
    name: 'a title holding HTML is kept as text, character for character',
    files: { 'h/html/Html title.md': md(['corpus: concept', 'title: "<img src=x onerror=alert(1)><script>alert(2)</script>"']) },
    problems: [],
    check: (index) => expect(index.note('h/html/Html title.md')?.title).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>'),
  },
  {
    name: 'arXiv ids with a prefix, a URL, a version, old style and unquoted',
    files: {
      'h/arxiv/Prefix.md': md(['corpus: paper', 'arxiv: "arXiv:2401.00002"']),
      'h/arxiv/Abs url.md': md(['corpus: paper', 'arxiv: https://arxiv.org/abs/2402.00001v2']),
      'h/arxiv/Pdf url.md': md(['corpus: paper', 'arxiv: "https://arxiv.org/pdf/2403.00001.pdf"']),
      'h/arxiv/Version.md': md(['corpus: paper', 'arxiv: 2404.00001v3']),
      'h/arxiv/Old style.md': md(['corpus: paper', 'arxiv: hep-th/9901001']),
      'h/arxiv/Old style class.md': md(['corpus: paper', 'arxiv: math.GT/0309136']),
      'h/arxiv/Unquoted.md': md(['corpus: paper', 'arxiv: 2401.10010']),
      'h/arxiv/Unquoted 2007.md': md(['corpus: paper', 'arxiv: 0704.0001']),
      'h/arxiv/Unquoted 2014.md': md(['corpus: paper', 'arxiv: 1412.5000']),
      'h/arxiv/Bare month.md': md(['corpus: paper', 'arxiv: 2401']),
      'h/arxiv/Short number.md': md(['corpus: paper', 'arxiv: "2401.1"']),
      'h/arxiv/Twin a.md': md(['corpus: paper', 'arxiv: "2406.00001"']),
      'h/arxiv/Twin b.md': md(['corpus: paper', 'arxiv: "2406.00001v2"']),
    },
    problems: [
      problem('h/arxiv/Bare month.md', 'arxiv', 'malformed-arxiv', 'error'),
      problem('h/arxiv/Short number.md', 'arxiv', 'malformed-arxiv', 'error'),
      problem('h/arxiv/Twin a.md', 'arxiv', 'duplicate-title', 'warning'),
      problem('h/arxiv/Twin b.md', 'arxiv', 'duplicate-title', 'warning'),
      problem('h/arxiv/Unquoted 2007.md', 'arxiv', 'wrong-shape', 'warning'),
      problem('h/arxiv/Unquoted 2014.md', 'arxiv', 'wrong-shape', 'warning'),
      problem('h/arxiv/Unquoted.md', 'arxiv', 'wrong-shape', 'warning'),
    ],
    check: (index) => {
      const id = (name: string): unknown => {
        const note = index.note(`h/arxiv/${name}.md`);
        return note?.kind === 'paper' ? note.arxiv : `not a paper: ${name}`;
      };
      expect(['Prefix', 'Abs url', 'Pdf url', 'Version', 'Old style', 'Old style class', 'Unquoted', 'Unquoted 2007', 'Unquoted 2014', 'Bare month', 'Short number'].map(id))
        .toEqual(['2401.00002', '2402.00001v2', '2403.00001', '2404.00001v3', 'hep-th/9901001', 'math.GT/0309136', '2401.10010', '0704.0001', '1412.5000', undefined, undefined]);
    },
  },
  {
    name: '`javascript:` and other non-web URLs are never kept as links or addresses',
    files: {
      'h/js/Script url.md': md(['corpus: paper', 'url: "javascript:alert(1)"']),
      'h/js/Script url caps.md': md(['corpus: paper', 'url: " JaVaScRiPt:alert(1)"']),
      'h/js/Data url.md': md(['corpus: paper', 'url: "data:text/html,<script>alert(1)</script>"']),
      'h/js/Good url.md': md(['corpus: paper', 'url: "https://example.org/paper"']),
      'h/js/Script link.md': md(['corpus: concept', 'papers: ["[x](javascript:alert(1))"]'], 'Body: [click](javascript:alert(1)) and <a href="javascript:alert(2)">x</a>.\n'),
    },
    problems: [
      problem('h/js/Data url.md', 'url', 'wrong-shape', 'error'),
      problem('h/js/Script link.md', 'papers[0]', 'wrong-shape', 'error'),
      problem('h/js/Script url caps.md', 'url', 'wrong-shape', 'error'),
      problem('h/js/Script url.md', 'url', 'wrong-shape', 'error'),
    ],
    check: (index) => {
      const url = (name: string): unknown => {
        const note = index.note(`h/js/${name}.md`);
        return note?.kind === 'paper' ? note.url : `not a paper: ${name}`;
      };
      expect(['Script url', 'Script url caps', 'Data url', 'Good url'].map(url)).toEqual([undefined, undefined, undefined, 'https://example.org/paper']);
      expect(index.linksOf('h/js/Script link.md').links).toEqual([]);
    },
  },
];
