// Text from CSV files is data: markup, control and invisible characters go, entities are decoded, spaces collapsed.

export interface CleanText {
  text: string;
  markupRemoved: boolean;
  /** Cut at the maximum length (the field was longer). */
  truncated?: boolean;
}

/** Longer than any real name, address or comment: a field past it is cut, with a warning. */
export const MAX_FIELD_LENGTH = 2000;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : '';
    }
    return ENTITIES[body.toLowerCase()] ?? whole;
  });
}

/** HTML elements whose opening tag, even left unclosed ("<img src=x onerror=…"), is markup and not text. */
const ELEMENTS = 'a|abbr|audio|b|base|body|br|button|canvas|code|details|dialog|div|em|embed|font|form|frame|frameset|h[1-6]|head|html|i|iframe|img|input|label|li|link|marquee|math|meta|object|ol|option|p|param|picture|pre|script|section|select|small|source|span|strong|style|sub|summary|sup|svg|table|td|template|textarea|th|tr|u|ul|video';
const SCRIPT_OR_STYLE = /<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi;
const UNCLOSED_TAG = new RegExp(`<\\/?(?:${ELEMENTS})(?=[\\s/>]|$)[^<>]*(?=<|$)`, 'gi');

/** Removes tags until none is left, so that nested ones ("<scr<b>ipt>", "<img …<b<b>>>") cannot reassemble. */
function untilStable(input: string, step: (s: string) => string): string {
  let current = input;
  for (let pass = 0; pass < 50; pass++) {
    const next = step(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

// Closed tags first, innermost out, so that an outer tag closes on its own ">" instead of leaving it behind.
const removeClosedTags = (text: string) => text.replace(SCRIPT_OR_STYLE, ' ').replace(TAG, ' ');
const removeTags = (text: string) => untilStable(text, removeClosedTags).replace(UNCLOSED_TAG, ' ');

function stripMarkup(text: string): string {
  // Most values have no "<" at all: nothing to strip.
  return text.includes('<') ? untilStable(text, removeTags) : text;
}

// Control characters, and the invisible ones that reorder or hide text: bidi embeddings, overrides and
// isolates (U+202A–E, U+2066–9), zero-width spaces and joiners, marks, word joiner, soft hyphen, BOM.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/**
 * Removes markup: script and style elements with their content, then any tag, nested or left unclosed. A
 * lone "<" that starts no tag ("moins de 2 <3 ans", "Enfants <moins de 6 ans") stays, since it is text.
 */
export function cleanText(raw: string, { multiline = false } = {}): CleanText {
  const text = stripMarkup(raw);
  let markupRemoved = text !== raw;
  const decoded = decodeEntities(text);
  // Entities may hide markup ("&lt;script&gt;"): the same removal runs on what they decoded to.
  const stripped = stripMarkup(decoded);
  if (stripped !== decoded) markupRemoved = true;
  let clean = stripped.replace(INVISIBLE, '');
  clean = multiline
    ? clean.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : clean.replace(/(?! )\s|\s{2,}/g, ' ').replace(/ {2,}/g, ' ').trim();
  if (clean.length > MAX_FIELD_LENGTH) return { text: `${clean.slice(0, MAX_FIELD_LENGTH - 1).trimEnd()}…`, markupRemoved, truncated: true };
  return { text: clean, markupRemoved };
}
