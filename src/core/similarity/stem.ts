/**
 * A light English suffix stripper, so that "networks", "network" and
 * "networking" meet on one term. It is deliberately weaker than Porter's:
 * wrong merges of unrelated words hurt related-paper ranking more than a few
 * missed ones, and every rule keeps at least three letters of stem.
 */

const MIN_STEM = 3;

/** True when the word has a vowel (y counts) in its first `end` letters; "string" must not become "str". */
function hasVowel(word: string, end: number): boolean {
  for (let i = 0; i < end; i++) {
    const c = word.charCodeAt(i);
    // a e i o u y
    if (c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121) return true;
  }
  return false;
}

/** Drops plural endings: -ies to -y, -s except after s, u, i and in -ias ("class", "corpus", "basis", "bias"). */
function stripPlural(word: string): string {
  const n = word.length;
  if (word.charCodeAt(n - 1) !== 115 /* s */) return word;
  if (word.endsWith('ies') && n - 3 >= MIN_STEM) return word.slice(0, n - 3) + 'y';
  if (n - 1 < MIN_STEM) return word;
  const before = word.charCodeAt(n - 2);
  if (before === 115 /* s */ || before === 117 /* u */ || before === 105 /* i */) return word;
  if (word.endsWith('ias')) return word;
  return word.slice(0, n - 1);
}

/** Drops -ing and -ed (-ied to -y), then undoubles a final consonant pair as in "running" or "embedded". */
function stripVerbal(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  // Most words end in neither g nor d: leave before any string work.
  if (last !== 103 /* g */ && last !== 100 /* d */) return word;
  let stem: string;
  if (word.endsWith('ied') && n - 3 >= MIN_STEM) return word.slice(0, n - 3) + 'y';
  if (word.endsWith('ing')) stem = word.slice(0, n - 3);
  // "-eed" words are mostly not past tenses: "speed", "need", "exceed".
  else if (word.endsWith('ed') && !word.endsWith('eed')) stem = word.slice(0, n - 2);
  else return word;
  if (stem.length < MIN_STEM || !hasVowel(stem, stem.length)) return word;
  const m = stem.length;
  const end = stem.charCodeAt(m - 1);
  // l, s and z stay doubled ("called", "passed", "buzzing"), as Porter does.
  if (
    m - 1 >= MIN_STEM &&
    end === stem.charCodeAt(m - 2) &&
    end !== 108 /* l */ &&
    end !== 115 /* s */ &&
    end !== 122 /* z */ &&
    !hasVowel(stem.charAt(m - 1), 1)
  ) {
    // The undoubled form is the base word, which may itself end in -ed or -ing:
    // "embedded" must land where "embed" does.
    return stripVerbal(stem.slice(0, m - 1));
  }
  return stem;
}

/**
 * Stems a lowercase ASCII word. A final -e is dropped last so that "encode",
 * "encodes", "encoded" and "encoding" all give "encod".
 */
export function stemEnglish(word: string): string {
  let stem = stripVerbal(stripPlural(word));
  const n = stem.length;
  if (n - 1 >= MIN_STEM && stem.charCodeAt(n - 1) === 101 /* e */) stem = stem.slice(0, n - 1);
  return stem;
}
