// Text from CSV files is data: control characters and markup go, entities are decoded, spaces collapsed.

export interface CleanText {
  text: string;
  markupRemoved: boolean;
}

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

/**
 * Removes markup: script and style elements with their content, then any tag. A lone "<" that starts
 * no tag ("moins de 2 <3 ans") stays, since it is text.
 */
export function cleanText(raw: string, { multiline = false } = {}): CleanText {
  let text = raw.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ');
  text = text.replace(/<\/?[a-z][^<>]*>|<!--[\s\S]*?-->/gi, ' ');
  let markupRemoved = text !== raw;
  const decoded = decodeEntities(text);
  // Entities may hide markup ("&lt;script&gt;"): a second pass removes what they decoded to.
  const stripped = decoded.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<\/?[a-z][^<>]*>/gi, ' ');
  if (stripped !== decoded) markupRemoved = true;
  // eslint-disable-next-line no-control-regex
  let clean = stripped.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b\ufeff]/g, '');
  clean = multiline
    ? clean.replace(/\r\n?/g, '\n').replace(/[ \t]+/g, ' ').replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n').trim()
    : clean.replace(/\s+/g, ' ').trim();
  return { text: clean, markupRemoved };
}
