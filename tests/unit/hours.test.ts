import { describe, expect, it } from 'vitest';
import { formatPeriods, parseDayHours } from '../../src/domain/hours.ts';

describe('opening hours', () => {
  it('reads France Services periods: "09:00 - 12:00 / 13:30 - 17:00"', () => {
    expect(parseDayHours('09:00 - 12:00 / 13:30 - 17:00')).toEqual({ periods: [{ open: '09:00', close: '12:00' }, { open: '13:30', close: '17:00' }], raw: null, closed: null });
    expect(formatPeriods(parseDayHours('13:30 - 17:00'))).toBe('13 h 30 – 17 h 00');
  });

  it('reads French variants: "9h-12h et 14h-17h30"', () => {
    expect(parseDayHours('9h-12h et 14h-17h30').periods).toEqual([{ open: '09:00', close: '12:00' }, { open: '14:00', close: '17:30' }]);
  });

  it('keeps a malformed value as given, never drops it', () => {
    for (const text of ['sur rendez-vous', '09:00 - ', '25:00 - 26:00', '14:00 - 12:00', 'Matin uniquement (9h)']) {
      const day = parseDayHours(text);
      expect(day.raw, text).toBe(text.trim());
      expect(formatPeriods(day)).toBe(text.trim());
    }
  });

  it('an empty day is closed or not given', () => {
    expect(parseDayHours(null)).toEqual({ periods: [], raw: null, closed: null });
    expect(parseDayHours('  ')).toEqual({ periods: [], raw: null, closed: null });
  });

  it('says in French that a "00:00 - 00:00" half-day is closed, never shows it raw', () => {
    expect(formatPeriods(parseDayHours('00:00 - 00:00 / 13:45 - 16:30'))).toBe('fermé le matin, 13 h 45 – 16 h 30');
    expect(formatPeriods(parseDayHours('09:00 - 12:00 / 00:00 - 00:00'))).toBe('09 h 00 – 12 h 00, fermé l’après-midi');
    expect(formatPeriods(parseDayHours('00:00 - 00:00 / 00:00 - 00:00'))).toBe('fermé');
    expect(formatPeriods(parseDayHours('00:00 - 00:00'))).toBe('fermé');
  });

  it('drops the "00:00 - 00:00" placeholder in front of a full day (France Services exports)', () => {
    expect(formatPeriods(parseDayHours('00:00 - 00:00 / 09:00 - 12:00 / 14:00 - 17:00'))).toBe('09 h 00 – 12 h 00, 14 h 00 – 17 h 00');
    expect(formatPeriods(parseDayHours('00:00 - 00:00 / 00:00 - 00:00 / 08:30 - 16:00'))).toBe('08 h 30 – 16 h 00');
  });
});
