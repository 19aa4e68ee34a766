/** What {@link WordTable.get} returns for a word it does not hold. */
export const ABSENT = -2;

/**
 * A hash table from words to numbers whose lookups take the word as a span of
 * a larger string, so that a word already seen costs no substring and no
 * string hashing: building vectors for a large corpus is mostly lookups of
 * words seen before. Open addressing with linear probing, kept at most half
 * full; the caller supplies the hash (see {@link hashSpan}).
 */
export class WordTable {
  private keys: (string | undefined)[] = new Array<string | undefined>(1024);
  private hashes = new Int32Array(1024);
  private values = new Int32Array(1024);
  private count = 0;

  /** How many words are held. */
  get size(): number {
    return this.count;
  }

  /** The value of the word `text.slice(start, end)`, or {@link ABSENT}. */
  get(text: string, start: number, end: number, hash: number): number {
    const mask = this.hashes.length - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const key = this.keys[slot];
      if (key === undefined) return ABSENT;
      if (this.hashes[slot] === hash && key.length === length && spanEquals(text, start, key)) return this.values[slot];
    }
  }

  /** Stores a word not yet held, with the hash of its span. */
  add(word: string, hash: number, value: number): void {
    if ((this.count + 1) * 2 > this.hashes.length) this.rehash(this.hashes.length * 2);
    this.place(word, hash, value);
    this.count++;
  }

  /** Forgets every word. */
  clear(): void {
    this.keys = new Array<string | undefined>(1024);
    this.hashes = new Int32Array(1024);
    this.values = new Int32Array(1024);
    this.count = 0;
  }

  private place(word: string, hash: number, value: number): void {
    const mask = this.hashes.length - 1;
    let slot = hash & mask;
    while (this.keys[slot] !== undefined) slot = (slot + 1) & mask;
    this.keys[slot] = word;
    this.hashes[slot] = hash;
    this.values[slot] = value;
  }

  private rehash(capacity: number): void {
    const { keys, hashes, values } = this;
    this.keys = new Array<string | undefined>(capacity);
    this.hashes = new Int32Array(capacity);
    this.values = new Int32Array(capacity);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key !== undefined) this.place(key, hashes[i], values[i]);
    }
  }
}

/** True when `text` holds `key` at `start`. */
function spanEquals(text: string, start: number, key: string): boolean {
  for (let j = 0; j < key.length; j++) {
    if (text.charCodeAt(start + j) !== key.charCodeAt(j)) return false;
  }
  return true;
}

/** Starting value of {@link hashStep}. */
export const HASH_SEED = 0x811c9dc5 | 0;

/** One step of FNV-1a over a UTF-16 code unit; the scanner hashes each word as it reads it. */
export function hashStep(hash: number, codeUnit: number): number {
  return Math.imul(hash ^ codeUnit, 0x01000193);
}

/** The hash of `text.slice(start, end)`, as the scanner computes it. */
export function hashSpan(text: string, start: number, end: number): number {
  let hash = HASH_SEED;
  for (let i = start; i < end; i++) hash = hashStep(hash, text.charCodeAt(i));
  return hash;
}
