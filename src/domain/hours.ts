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
  if (/^ferm[ée]e?$/i.test(text.trim())) return { periods: [], raw: null, closed: 'day' };
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

/** "13:30" as French text writes it: "13 h 30". */
const frenchTime = (t: string) => t.replace(':', ' h ');

/** "09 h 00 – 12 h 00, 13 h 30 – 17 h 00", "fermé le matin, 13 h 45 – 16 h 30", "fermé", "non renseigné", or the export's text. */
export function formatPeriods(day: DayHours): string {
  if (day.raw !== null) return day.raw;
  if (day.closed === 'day') return 'fermé';
  // An empty cell says nothing: the export did not give this day, which is not the same as closed.
  if (day.periods.length === 0) return 'non renseigné';
  const periods = day.periods.map((p) => `${frenchTime(p.open)} – ${frenchTime(p.close)}`).join(', ');
  if (day.closed === 'morning') return `fermé le matin, ${periods}`;
  if (day.closed === 'afternoon') return `${periods}, fermé l’après-midi`;
  return periods;
}

/** The legal time of each overseas département and collectivité (by code); Europe/Paris elsewhere. */
const OVERSEAS_TIME_ZONES: Record<string, string> = {
  '971': 'America/Guadeloupe', '972': 'America/Martinique', '973': 'America/Cayenne', '974': 'Indian/Reunion',
  '975': 'America/Miquelon', '976': 'Indian/Mayotte', '977': 'America/St_Barthelemy', '978': 'America/Marigot',
  '986': 'Pacific/Wallis', '987': 'Pacific/Tahiti', '988': 'Pacific/Noumea',
};

export function timeZoneOf(departementCode: string | null): string {
  return (departementCode && OVERSEAS_TIME_ZONES[departementCode]) || 'Europe/Paris';
}

/** The weekday and "HH:MM" at `now` in `timeZone`: the place's clock, not the visitor's. */
export function localTime(now: Date, timeZone: string): { day: DayId; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const english = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
  return { day: DAY_IDS[english.indexOf(get('weekday').toLowerCase())] ?? 'lundi', time: `${get('hour')}:${get('minute')}` };
}

export type OpenState = { state: 'open'; until: string } | { state: 'closed'; opensAt: string | null } | { state: 'unknown' };

/**
 * Open or closed now, from the week's table (Monday first) and the place's clock; unknown when today is not
 * given or not readable: never a guess.
 */
export function openState(week: readonly (string | null)[], now: Date, timeZone: string): OpenState {
  const { day, time } = localTime(now, timeZone);
  const today = parseDayHours(week[DAY_IDS.indexOf(day)] ?? null);
  if (today.raw !== null || (today.periods.length === 0 && today.closed !== 'day')) return { state: 'unknown' };
  const current = today.periods.find((p) => p.open <= time && time < p.close);
  if (current) return { state: 'open', until: current.close };
  return { state: 'closed', opensAt: today.periods.find((p) => p.open > time)?.open ?? null };
}

/** « Ouvert maintenant, jusqu’à 17 h 00 », « Fermé maintenant, ouvre à 13 h 30 », or null when unknown. */
export function formatOpenState(s: OpenState): string | null {
  if (s.state === 'open') return `Ouvert maintenant, jusqu’à ${frenchTime(s.until)}`;
  if (s.state === 'closed') return s.opensAt ? `Fermé maintenant, ouvre à ${frenchTime(s.opensAt)}` : 'Fermé maintenant';
  return null;
}
