/** Escaping for the GEXF writer: any string, whatever it holds, becomes well-formed XML 1.0. */

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a raw tab or line break inside an attribute into a space; references survive.
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};

/** Characters XML 1.0 can hold; others (most C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot appear even as references. */
function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd
    || (code >= 0x20 && code <= 0xd7ff)
    || (code >= 0xe000 && code <= 0xfffd)
    || (code >= 0x10000 && code <= 0x10ffff);
}

/** Text safe inside an XML attribute value or element; characters XML cannot hold become U+FFFD. */
export function escapeXml(value: string): string {
  let out = '';
  // for-of walks code points, so an emoji's surrogate pair stays whole and only a lone half is replaced.
  for (const char of value) {
    const escape = ESCAPES[char];
    if (escape !== undefined) out += escape;
    else out += isXmlChar(char.codePointAt(0) ?? 0) ? char : '\uFFFD';
  }
  return out;
}
