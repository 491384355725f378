import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/domain/csv-export.ts';
import { placesCsv, PLACES_HEADER } from '../../src/app/exports.ts';
import type { Place } from '../../src/domain/place.ts';

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
    expect(lines[1]).toBe('fs-1;France Services;<img src=x onerror=alert(1)>;Guéret;23096;23;1,87;46,17;oui;oui;Centres urbains intermédiaires;10 000 à 49 999 habitants');
  });
});
