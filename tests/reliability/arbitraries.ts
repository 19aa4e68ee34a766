/**
 * Generators of hostile front-matter for the property tests: JSON-like values with the
 * shapes YAML mistakes produce (nested lists from unquoted links, numbers where text goes,
 * maps where links go), keys that collide with Object's own (`__proto__`, `constructor`)
 * or differ only in capitals, and strings heavy in brackets, bars and hashes.
 */
import fc from 'fast-check';

/** Every field the normaliser reads, in some capitalisation. */
export const FIELD_NAMES = [
  'corpus', 'title', 'aliases', 'alias', 'tags', 'tag', 'question', 'claim', 'summary', 'papers', 'related',
  'gloss', 'sources', 'next', 'prompt', 'arxiv', 'doi', 'url', 'year', 'authors', 'venue', 'abstract',
  'role', 'ask', 'findings', 'anchors', 'tasks', 'to', 'relation', 'why', 'text', 'see_also',
];

/** Keys that name Object's own members: a map that trusts `obj[key]` or `in` trips on them. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', '__defineGetter__'];

/** Strings made of the characters links are built from, so that near-links are frequent. */
export const bracketString = fc.string({
  unit: fc.constantFrom('[', ']', '[[', ']]', '(', ')', '|', '#', '^', '!', ':', '/', '\\', '%', '%2', '%20', ' ', '\n', '`', 'a', 'B', 'é', 'e\u0301', '😀', '\u05d0', '.md', 'http://', 'javascript:'),
  maxLength: 24,
});

/** Strings that are, or almost are, the values a corpus note holds. */
export const corpusString = fc.oneof(
  fc.constantFrom(
    'concept', 'line', 'paper', 'Concept', ' LINE ', 'essay', '',
    '[[A]]', '[[A|shown]]', '[[f/A#Heading]]', '[[A#^block]]', '![[A]]', '[[A]] adjacent: why it matters', '[[A]] same paper',
    '[A](f/A.md)', '[A](f/A%20b.md#H)', '[x](javascript:alert(1))', 'javascript:alert(1)', 'https://example.org/x', 'http://x',
    '2401.10010', '2401.10010v2', 'arXiv:2401.10010', 'https://arxiv.org/abs/2401.10010v3', 'hep-th/9901001', '1501.0001',
    '<b>bold</b>', '#tag', '##tag', '# spaced', 'a, b c', '2024-01-05', '[[', ']]', '[[]]', '[](x)',
  ),
  bracketString,
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

/** Keys of a hostile map: field names (any capitals), Object's own names, or anything. */
export const hostileKey = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FIELD_NAMES) },
  { weight: 2, arbitrary: fc.constantFrom(...FIELD_NAMES).map((k) => k[0].toUpperCase() + k.slice(1)) },
  { weight: 2, arbitrary: fc.constantFrom(...PROTO_KEYS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

/** A plain map built with own properties only, so that a `__proto__` key is a key, as YAML makes it. */
export function ownMap(entries: [string, unknown][]): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(map, key, { value, enumerable: true, writable: true, configurable: true });
  return map;
}

const leaf = fc.oneof(
  { weight: 5, arbitrary: corpusString },
  { weight: 2, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.constantFrom(2401.1001, 2401.10010, 1501.0001, 704.0001, 0, -0, 1e21, 2024) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
);

/** A JSON-like value (plus NaN, infinities and -0, which YAML's `.nan` and `.inf` give) of bounded depth. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 6, arbitrary: leaf },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    // An unquoted `- [[Name]]` reads as `[["Name"]]`.
    { weight: 1, arbitrary: corpusString.map((s) => [[s]]) },
    { weight: 2, arbitrary: fc.array(fc.tuple(hostileKey, tie('value')), { maxLength: 4 }).map(ownMap) },
  ),
})).value;

/** A front-matter map: mostly the fields a corpus note has, each holding anything. */
export const hostileFrontmatter = fc
  .array(fc.tuple(hostileKey, hostileValue), { maxLength: 10 })
  .chain((entries) =>
    fc.constantFrom('concept', 'line', 'paper', 'Paper', undefined).map((kind) =>
      ownMap(kind === undefined ? entries : [['corpus', kind], ...entries.filter(([k]) => k !== 'corpus')]),
    ),
  );

/** Anything fast-check makes except functions: dates, boxed values, maps, sets, sparse arrays, null prototypes. */
export const anyValue = fc.anything({
  key: hostileKey,
  maxDepth: 3,
  withBigInt: true,
  withBoxedValues: true,
  withDate: true,
  withMap: true,
  withSet: true,
  withNullPrototype: true,
  withObjectString: true,
  withSparseArray: true,
  withTypedArray: true,
});

/** Counts the runs of a property, so that each test can print how many it made. */
export function counted<A extends unknown[]>(predicate: (...args: A) => void): { predicate: (...args: A) => void; runs: () => number } {
  let runs = 0;
  return {
    predicate: (...args: A) => {
      runs++;
      predicate(...args);
    },
    runs: () => runs,
  };
}
