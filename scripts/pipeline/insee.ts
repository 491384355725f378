// INSEE commune codes as exports give them: Excel wrappers, lost leading zeros, lower-case Corsica.

export interface InseeCode {
  code: string;
  /** The export had dropped the leading zero ("1001" for "01001"). */
  padded: boolean;
}

export function normaliseInseeCode(raw: string): InseeCode | null {
  // Excel keeps leading zeros by writing ="01001"; some exports keep that wrapper.
  let text = raw.trim().replace(/^="?|"$/g, '').replace(/\s+/g, '').toUpperCase();
  if (/^\d+\.0+$/.test(text)) text = text.replace(/\.0+$/, '');
  if (/^\d{5}$/.test(text) || /^2[AB]\d{3}$/.test(text)) return { code: text, padded: false };
  if (/^\d{4}$/.test(text)) return { code: '0' + text, padded: true };
  return null;
}
