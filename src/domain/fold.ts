// Folding for matching names (search, duplicates, commune names): never for display.

/** The text without its accents (diacritics), case kept. */
export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
}

/** Lower case, no accents, "st"/"ste" read as "saint"/"sainte", punctuation as spaces. */
export function foldForMatch(text: string): string {
  return stripAccents(text)
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/\bst(e?)\b/g, 'saint$1')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
