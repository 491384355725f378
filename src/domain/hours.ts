// Opening hours as exports give them ("09:00 - 12:00 / 13:30 - 17:00"): parsed when possible, never dropped.

export interface DayHours {
  /** Opening periods, "HH:MM" strings; empty when the day is closed or not given. */
  periods: { open: string; close: string }[];
  /** The export's text when it could not be read: shown as given. */
  raw: string | null;
  /** Exports write a closed half-day as "00:00 - 00:00": the whole day, its morning or its afternoon. */
  closed: 'day' | 'morning' | 'afternoon' | null;
}

/** The days of the week as exports name their columns (h_lundi …), Monday first. */
export const DAY_IDS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'] as const;
export type DayId = (typeof DAY_IDS)[number];

export function dayLabel(day: DayId): string {
  return day[0]!.toUpperCase() + day.slice(1);
}

const PERIOD = /^(\d{1,2})[:hH](\d{2})?\s*(?:-|–|à|a)\s*(\d{1,2})[:hH](\d{2})?$/;

function hhmm(h: string, m: string | undefined): string | null {
  const hours = Number(h);
  const minutes = Number(m ?? '0');
  if (hours > 24 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Periods that start at noon or later are the afternoon's. */
const NOON = '12:00';

export function parseDayHours(text: string | null): DayHours {
  if (text === null || text.trim() === '') return { periods: [], raw: null, closed: null };
  const periods: DayHours['periods'] = [];
  let closedHalves = 0;
  for (const part of text.split(/\s*[/,;]\s*|\s+et\s+/)) {
    const m = PERIOD.exec(part.trim());
    const open = m && hhmm(m[1]!, m[2]);
    const close = m && hhmm(m[3]!, m[4]);
    if (open === '00:00' && close === '00:00') {
      closedHalves++;
      continue;
    }
    if (!open || !close || close <= open) return { periods: [], raw: text.trim(), closed: null };
    periods.push({ open, close });
  }
  let closed: DayHours['closed'] = null;
  if (periods.length === 0) closed = 'day';
  else if (closedHalves > 0 && periods.every((p) => p.open >= NOON)) closed = 'morning';
  else if (closedHalves > 0 && periods.every((p) => p.close <= '14:00' && p.open < NOON)) closed = 'afternoon';
  return { periods, raw: null, closed };
}

/** "09 h 00 – 12 h 00, 13 h 30 – 17 h 00", "fermé le matin, 13 h 45 – 16 h 30", "fermé", or the export's text. */
export function formatPeriods(day: DayHours): string {
  if (day.raw !== null) return day.raw;
  if (day.closed === 'day') return 'fermé';
  const periods = day.periods.map((p) => `${p.open.replace(':', ' h ')} – ${p.close.replace(':', ' h ')}`).join(', ');
  if (day.closed === 'morning') return `fermé le matin, ${periods}`;
  if (day.closed === 'afternoon') return `${periods}, fermé l’après-midi`;
  return periods;
}
