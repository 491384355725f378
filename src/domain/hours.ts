// Opening hours as exports give them ("09:00 - 12:00 / 13:30 - 17:00"): parsed when possible, never dropped.

export interface DayHours {
  /** Opening periods, "HH:MM" strings; empty when the day is closed or not given. */
  periods: { open: string; close: string }[];
  /** The export's text when it could not be read: shown as given. */
  raw: string | null;
}

const PERIOD = /^(\d{1,2})[:hH](\d{2})?\s*(?:-|–|à|a)\s*(\d{1,2})[:hH](\d{2})?$/;

function hhmm(h: string, m: string | undefined): string | null {
  const hours = Number(h);
  const minutes = Number(m ?? '0');
  if (hours > 24 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

export function parseDayHours(text: string | null): DayHours {
  if (text === null || text.trim() === '') return { periods: [], raw: null };
  const periods: DayHours['periods'] = [];
  for (const part of text.split(/\s*[/,;]\s*|\s+et\s+/)) {
    const m = PERIOD.exec(part.trim());
    const open = m && hhmm(m[1]!, m[2]);
    const close = m && hhmm(m[3]!, m[4]);
    if (!open || !close || close <= open) return { periods: [], raw: text.trim() };
    periods.push({ open, close });
  }
  return { periods, raw: null };
}

export function formatPeriods(day: DayHours): string {
  if (day.raw !== null) return day.raw;
  return day.periods.map((p) => `${p.open.replace(':', ' h ')} – ${p.close.replace(':', ' h ')}`).join(', ');
}
