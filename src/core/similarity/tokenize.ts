import { stemEnglish } from './stem';
import { STOP_WORDS } from './stop-words';
import { HASH_SEED, hashStep } from './word-table';

/*
 * A word is a letter or digit of any script, then letters, digits and
 * combining marks (Devanagari and Thai vowel signs are marks and must not
 * split a word); an apostrophe between two word characters stays inside and
 * is then dropped, so "it's" reads as "its". A hand-written scan rather than a
 * regular expression: it is linear by construction, allocates only the
 * tokens, and learns on the way whether a token is plain ASCII (the common
 * case, and the only one the English stemmer sees).
 */

const OTHER = 0;
const STARTS = 1; // a letter or digit: may begin a word
const CONTINUES = 2; // a combining mark: only inside a word
const UNKNOWN = 3;

const WORD_START = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;
const IDEOGRAPHIC = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Class of each BMP code unit, learnt from the Unicode regexps on first sight (ASCII filled up front). */
const classes = new Uint8Array(0x10000).fill(UNKNOWN);
for (let c = 0; c < 128; c++) {
  classes[c] = (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? STARTS : OTHER;
}

/** The class of a code point; astral ones are tested every time, being rare. */
function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = classes[codePoint];
    if (known !== UNKNOWN) return known;
  }
  const char = String.fromCodePoint(codePoint);
  const found = WORD_START.test(char) ? STARTS : MARK.test(char) ? CONTINUES : OTHER;
  if (codePoint < 0x10000) classes[codePoint] = found;
  return found;
}

/** True for the two apostrophes a word may hold: ' and ’. */
function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}

/** True when the token is one code point (a surrogate pair counts as one). */
function isSingleCharacter(token: string): boolean {
  if (token.length === 1) return true;
  return token.length === 2 && token.charCodeAt(0) >= 0xd800 && token.charCodeAt(0) <= 0xdbff;
}

/**
 * The term a scanned word stands for, or `undefined` when it carries no topic
 * (a stop word, or one character that is not an ideograph). `plainAscii` and
 * `apostrophes` are what {@link scanWords} found out about the word.
 */
export function termOf(raw: string, plainAscii: boolean, apostrophes: boolean): string | undefined {
  const token = apostrophes ? raw.replace(/['’]/g, '') : raw;
  if (isSingleCharacter(token) && (plainAscii || !IDEOGRAPHIC.test(token))) return undefined;
  if (STOP_WORDS.has(token)) return undefined;
  if (!plainAscii) return token;
  const stem = stemEnglish(token);
  if (stem !== token && STOP_WORDS.has(stem)) return undefined;
  return stem;
}

/**
 * Receives each word of a text as the span `text.slice(start, end)` of the
 * lowercased, NFC text, with its {@link hashSpan} hash, whether it is plain
 * a-z and whether it holds apostrophes.
 */
export type WordVisitor = (
  text: string,
  start: number,
  end: number,
  hash: number,
  plainAscii: boolean,
  apostrophes: boolean,
) => void;

/**
 * Finds the words of a text, lowercased and NFC-normalised, before any word
 * is dropped or stemmed. Words come as spans with their hash, so that the
 * index can look a word up without making a string of it, and apply
 * {@link termOf} once per distinct word rather than at every occurrence.
 */
export function scanWords(text: string, visit: WordVisitor): void {
  if (typeof text !== 'string' || text.length === 0) return;
  // Lowercasing can decompose ("İ" gives "i" plus a dot), so normalise after it.
  const s = text.toLowerCase().normalize('NFC');
  const n = s.length;
  let i = 0;
  while (i < n) {
    let code = s.codePointAt(i) as number;
    if (classOf(code) !== STARTS) {
      i += code > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    let hash = HASH_SEED;
    let plainAscii = true;
    let apostrophes = false;
    while (i < n) {
      code = s.charCodeAt(i);
      if (code >= 97 && code <= 122) {
        hash = hashStep(hash, code);
        i++;
        continue;
      }
      if (isApostrophe(code) && i + 1 < n && classOf(s.codePointAt(i + 1) as number) !== OTHER) {
        hash = hashStep(hash, code);
        apostrophes = true;
        i++;
        continue;
      }
      code = s.codePointAt(i) as number;
      if (classOf(code) === OTHER) break;
      plainAscii = false;
      hash = hashStep(hash, s.charCodeAt(i++));
      if (code > 0xffff) hash = hashStep(hash, s.charCodeAt(i++));
    }
    visit(s, start, i, hash, plainAscii, apostrophes);
  }
}

/**
 * Splits text into index terms: Unicode letters and digits of any script,
 * lowercased and NFC-normalised; English stop words and one-character tokens
 * are dropped (a lone CJK character is kept, being a word); lowercase ASCII
 * words are lightly stemmed; runs of CJK are kept whole. Never throws.
 */
export function tokenize(text: string): string[] {
  const terms: string[] = [];
  scanWords(text, (s, start, end, _hash, plainAscii, apostrophes) => {
    const term = termOf(s.slice(start, end), plainAscii, apostrophes);
    if (term !== undefined) terms.push(term);
  });
  return terms;
}
