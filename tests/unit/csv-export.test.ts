import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv-export.ts';
import { gapsCsv, GAPS_HEADER, hoursText, placesCsv, PLACES_HEADER } from '../../src/app/exports.ts';
import type { Place, PlaceDetails } from '../../src/domain/place.ts';

describe('CSV exports', () => {
  it('starts with a BOM, uses ; and CRLF, and writes decimal commas with ;', () => {
    const csv = toCsv(['nom', 'valeur'], [['Guéret', 12.5]]);
    expect(csv).toBe('\ufeffnom;valeur\r\nGuéret;12,5\r\n');
    expect(toCsv(['a', 'b'], [['x', 1.5]], ',')).toBe('\ufeffa,b\r\nx,1.5\r\n');
  });

  it('quotes delimiters, quotes and line breaks, and defuses spreadsheet formulas', () => {
    const csv = toCsv(['nom'], [['Café "Le Lien"; tiers-lieu'], ['ligne\nsuivante'], ['=HYPERLINK("x")']]);
    expect(csv.split('\r\n').slice(1, 4)).toEqual(['"Café ""Le Lien""; tiers-lieu"', '"ligne\nsuivante"', `"'=HYPERLINK(""x"")"`]);
  });

  it('exports one row per place, markup-like names as plain text', () => {
    const place: Place = {
      id: 'fs-1', network: 'france-services', name: '<img src=x onerror=alert(1)>', lon: 1.87, lat: 46.17, approximate: true,
      communeCode: '23096', communeName: 'Guéret', departementCode: '23', sizeBand: '10k-50k', densityClass: 2, qpvCommune: true, labelYear: null,
    };
    const lines = placesCsv([place, { ...place, id: 'fs-2', name: 'Autre' }], ';').replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe(PLACES_HEADER.join(';'));
    expect(lines).toHaveLength(3);
    expect(lines[1]).toBe('fs-1;France Services;<img src=x onerror=alert(1)>;;;Guéret;23096;23;;;;;;1,87;46,17;oui;oui;Centres urbains intermédiaires;10 000 à 49 999 habitants');
  });

  it('gives each place the address, phone, hours and labelling date of its card', () => {
    const place: Place = { id: 'fs-1', network: 'france-services', name: 'FS Guéret', lon: 1.87, lat: 46.17, approximate: false, communeCode: '23096', communeName: 'Guéret', departementCode: '23', sizeBand: null, densityClass: null, qpvCommune: null, labelYear: 2020 };
    const details: PlaceDetails = {
      address: '1 place Bonnyaud', postalCode: '23000', communePopulation: 13000, labelDate: '2020-01-01', website: null, phone: '05 55 00 00 00', email: null,
      hours: ['09:00 - 12:00 / 13:30 - 17:00', 'fermé', null, null, null, null, null], appointment: null, comment: null, kind: null, sourceUrl: null,
    };
    const csv = placesCsv([place], ';', { 'fs-1': details });
    const row = Object.fromEntries(PLACES_HEADER.map((h, i) => [h, csv.replace('\ufeff', '').trim().split('\r\n')[1]!.split(';')[i]]));
    expect(row).toMatchObject({ adresse: '1 place Bonnyaud', code_postal: '23000', telephone: '05 55 00 00 00', date_labellisation: '2020-01-01' });
    expect(row.horaires).toBe('Lundi : 09 h 00 – 12 h 00, 13 h 30 – 17 h 00 | Mardi : fermé | Mercredi : non renseigné | Jeudi : non renseigné | Vendredi : non renseigné | Samedi : non renseigné | Dimanche : non renseigné');
    expect(hoursText(null)).toBe('');
  });

  it('lists the gap communes in the panel\'s order with their distance and position', () => {
    const csv = gapsCsv([{ code: '97353', name: 'Maripasoula', population: 11_000, distanceKm: 103.04, lon: -54.03, lat: 3.64 }], ';', null);
    expect(csv.replace('\ufeff', '').trim().split('\r\n')).toEqual([GAPS_HEADER.join(';'), '1;97353;Maripasoula;11000;103;-54,03;3,64;']);
  });
});
