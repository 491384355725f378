// CSV exports for spreadsheets: UTF-8 with BOM (accents open correctly), "," or ";" delimiter, RFC 4180 quoting.

export type Delimiter = ',' | ';';

function cell(value: unknown, delimiter: Delimiter): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value).replace('.', delimiter === ';' ? ',' : '.') : String(value);
  // A leading =, +, - or @ would be read as a formula by spreadsheets (CSV injection).
  if (/^[=+\-@]/.test(text) && typeof value !== 'number') text = `'${text}`;
  return /["\r\n]/.test(text) || text.includes(delimiter) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[], delimiter: Delimiter = ';'): string {
  const lines = [header, ...rows].map((row) => row.map((v) => cell(v, delimiter)).join(delimiter));
  return `\ufeff${lines.join('\r\n')}\r\n`;
}
