/** Small text rules of the prompt: one-line cleaning, years, the role's article, counts. */

/** The value as one trimmed line (runs of white space become one space); '' for anything not a string. */
export function oneLine(value: unknown): string {
  return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** True for a whole-number year: NaN, Infinity, fractions and strings are not years. */
export function isYear(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

/** `1,234,567`: thousands grouped with commas, independent of the machine's locale. */
export function formatCount(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** `1 more finding`, `3 more findings`. */
export function countOf(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** `a`, `a and b`, `a, b and c`. */
export function listPhrase(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

// Letters whose spoken name starts with a vowel sound: "an LLM researcher", "an ML theorist".
const VOWEL_SOUND_LETTERS = 'AEFHILMNORSX';
// Words whose spelling misleads the vowel test.
const A_DESPITE_VOWEL = /^(uni|use|usu|uti|eu|one\b|once\b)/i;
const AN_DESPITE_CONSONANT = /^(hour|honest|honor|honour|heir)/i;

/** The role with `a` or `an` in front, unless it already starts with an article. */
export function withArticle(role: string): string {
  if (/^(a|an|the)\s/i.test(role)) return role;
  const first = role.charAt(0);
  const second = role.charAt(1);
  // A capital not followed by a small letter is read out as a letter (ML, X-ray).
  const spelled = first !== first.toLowerCase() && second === second.toUpperCase();
  let an: boolean;
  if (spelled) an = VOWEL_SOUND_LETTERS.includes(first.toUpperCase());
  else if (A_DESPITE_VOWEL.test(role)) an = false;
  else if (AN_DESPITE_CONSONANT.test(role)) an = true;
  else an = /^[aeiou]/i.test(role);
  return `${an ? 'an' : 'a'} ${role}`;
}

/**
 * The ask with its first letter made small so that it can follow "As a ..., ".
 * A word whose second character is a capital or a digit (LLM, GPT, H100) and the
 * pronoun "I" keep their capital.
 */
export function lowerAskStart(ask: string): string {
  const first = ask.charAt(0);
  if (first === first.toLowerCase()) return ask;
  const second = ask.charAt(1);
  const isLetter = second.toLowerCase() !== second.toUpperCase();
  if (/[0-9]/.test(second) || (isLetter && second === second.toUpperCase())) return ask;
  if (first === 'I' && !isLetter) return ask;
  return first.toLowerCase() + ask.slice(1);
}
