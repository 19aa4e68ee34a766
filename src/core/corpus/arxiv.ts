/**
 * arXiv identifiers: old style (`hep-th/9901001`, `math.GT/0309136`) and new style
 * (`YYMM.NNNN` from 0704 to 1412, `YYMM.NNNNN` from 1501), each with an optional `vN`.
 */

const NEW_STYLE = /^(\d{2})(\d{2})\.(\d{4,5})(v\d+)?$/;
const OLD_STYLE = /^[a-z]+(?:-[a-z]+)*(?:\.[A-Z]{2})?\/\d{7}(?:v\d+)?$/;
const URL_FORM = /^(?:https?:\/\/)?(?:www\.|export\.)?arxiv\.org\/(?:abs|pdf|html)\/(.+?)(?:\.pdf)?\/?$/i;

/** The outcome of reading an `arxiv` value. */
export type ArxivReading =
  | { ok: true; id: string; guessed: boolean }
  | { ok: false; value: string };

/** True when `id` is a well-formed arXiv identifier (no prefix, no URL). */
export function isArxivId(id: string): boolean {
  const m = NEW_STYLE.exec(id);
  if (m) {
    const yymm = Number(m[1]) * 100 + Number(m[2]);
    const month = Number(m[2]);
    if (month < 1 || month > 12 || yymm < 704) return false;
    return m[3].length === (yymm <= 1412 ? 4 : 5);
  }
  return OLD_STYLE.test(id);
}

/**
 * Reads an `arxiv` front-matter value: strips an `arXiv:` prefix or an arxiv.org URL,
 * keeps the version. A number (unquoted `arxiv: 2401.10010` reads as 2401.1001) is
 * turned back into its id by padding the trailing zeros YAML dropped; that padding is a guess.
 */
export function readArxiv(value: unknown): ArxivReading {
  if (typeof value === 'number' && Number.isFinite(value)) return fromNumber(value);
  if (typeof value !== 'string') return { ok: false, value: typeof value === 'object' && value !== null ? 'a map or list' : String(value) };
  let text = value.trim();
  const url = URL_FORM.exec(text);
  if (url) text = url[1];
  text = text.replace(/^arxiv:\s*/i, '');
  return isArxivId(text) ? { ok: true, id: text, guessed: false } : { ok: false, value };
}

function fromNumber(value: number): ArxivReading {
  const [digits, fraction = ''] = String(value).split('.');
  // YAML drops the leading zero of 0704.0001 to 0912.9999 too; a bare YYMM names no paper.
  const whole = digits.length === 3 ? `0${digits}` : digits;
  if (whole.length !== 4 || fraction === '') return { ok: false, value: String(value) };
  const width = Number(whole) <= 1412 ? 4 : 5;
  const id = `${whole}.${fraction.padEnd(width, '0')}`;
  return isArxivId(id) ? { ok: true, id, guessed: fraction.length !== width || whole !== digits } : { ok: false, value: String(value) };
}

/** The id without its version, for telling two notes of one paper apart. */
export function arxivBase(id: string): string {
  return id.replace(/v\d+$/, '');
}
