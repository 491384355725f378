import { describe, expect, it } from 'vitest';
import { formatOpenState, formatPeriods, localTime, openState, parseDayHours, timeZoneOf } from '../../src/domain/hours.ts';

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

  it('tells « fermé » (the export says so) from « non renseigné » (an empty cell)', () => {
    expect(formatPeriods(parseDayHours(null))).toBe('non renseigné');
    expect(formatPeriods(parseDayHours('Fermé'))).toBe('fermé');
    expect(formatPeriods(parseDayHours('00:00 - 00:00'))).toBe('fermé');
  });
});

describe('open now', () => {
  // Monday 2 December 2024 is a Monday: Paris is UTC+1 in winter, Réunion UTC+4, Guyane UTC−3.
  const week = ['09:00 - 12:00 / 13:30 - 17:00', '00:00 - 00:00 / 13:45 - 16:30', null, 'sur rendez-vous', '00:00 - 00:00', null, null];
  const utc = (iso: string) => new Date(`${iso}Z`);

  it('reads the clock of the place, not the visitor’s: overseas places use their own time zone', () => {
    expect(timeZoneOf('75')).toBe('Europe/Paris');
    expect(timeZoneOf('2A')).toBe('Europe/Paris');
    expect(timeZoneOf('974')).toBe('Indian/Reunion');
    expect(timeZoneOf('973')).toBe('America/Cayenne');
    expect(timeZoneOf(null)).toBe('Europe/Paris');
    expect(localTime(utc('2024-12-02T10:15:00'), 'Europe/Paris')).toEqual({ day: 'lundi', time: '11:15' });
    expect(localTime(utc('2024-12-02T22:30:00'), 'Indian/Reunion')).toEqual({ day: 'mardi', time: '02:30' });
    expect(localTime(utc('2024-12-02T02:00:00'), 'America/Cayenne')).toEqual({ day: 'dimanche', time: '23:00' });
  });

  it('is open within a period and closed between periods, with the next opening', () => {
    expect(openState(week, utc('2024-12-02T10:15:00'), 'Europe/Paris')).toEqual({ state: 'open', until: '12:00' });
    expect(openState(week, utc('2024-12-02T11:45:00'), 'Europe/Paris')).toEqual({ state: 'closed', opensAt: '13:30' });
    expect(formatOpenState(openState(week, utc('2024-12-02T11:45:00'), 'Europe/Paris'))).toBe('Fermé maintenant, ouvre à 13 h 30');
    expect(formatOpenState(openState(week, utc('2024-12-02T15:59:00'), 'Europe/Paris'))).toBe('Ouvert maintenant, jusqu’à 17 h 00');
    // Same instant, Réunion: 19:15 on Monday, after closing time.
    expect(openState(week, utc('2024-12-02T15:15:00'), 'Indian/Reunion')).toEqual({ state: 'closed', opensAt: null });
  });

  it('a closed morning is closed in the morning, open in the afternoon', () => {
    expect(openState(week, utc('2024-12-03T09:00:00'), 'Europe/Paris')).toEqual({ state: 'closed', opensAt: '13:45' });
    expect(openState(week, utc('2024-12-03T13:00:00'), 'Europe/Paris')).toEqual({ state: 'open', until: '16:30' });
  });

  it('never guesses: a day not given or not readable is unknown, a day marked closed is closed', () => {
    expect(openState(week, utc('2024-12-04T10:00:00'), 'Europe/Paris')).toEqual({ state: 'unknown' });
    expect(openState(week, utc('2024-12-05T10:00:00'), 'Europe/Paris')).toEqual({ state: 'unknown' });
    expect(formatOpenState({ state: 'unknown' })).toBeNull();
    expect(openState(week, utc('2024-12-06T10:00:00'), 'Europe/Paris')).toEqual({ state: 'closed', opensAt: null });
  });
});
