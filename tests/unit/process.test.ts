import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processInputs, type InputFile, type InputLedger } from '../../scripts/pipeline/process.ts';
import { reconciles, totals } from '../../scripts/pipeline/report.ts';
import type { NetworkId } from '../../src/domain/networks.ts';
import { CENTROIDS, tinyReference } from './helpers/reference.ts';

const ref = tinyReference();

function fixture(name: string, network: NetworkId): InputFile {
  return { network, path: name, bytes: new Uint8Array(readFileSync(`tests/fixtures/exports/${name}`)) };
}

function csv(path: string, network: NetworkId, text: string): InputFile {
  return { network, path, bytes: new TextEncoder().encode(text) };
}

/** Windows-1252 bytes of a text with only Latin-1 characters. */
function latin1(path: string, network: NetworkId, text: string): InputFile {
  return { network, path, bytes: Uint8Array.from(text, (ch) => ch.charCodeAt(0)) };
}

const FS = fixture('france-services.csv', 'france-services');
const MF = fixture('micro-folies.csv', 'micro-folies');
const CC = fixture('campus-connectes.csv', 'campus-connectes');

function ledger(ledgers: InputLedger[], file: string): InputLedger {
  return ledgers.find((l) => l.file === file)!;
}

const counts = (l: InputLedger) => ({ rows: l.rows, placesWritten: l.placesWritten, rejected: l.rejected, mergedDuplicates: l.mergedDuplicates });

describe('processInputs on the fixture exports', () => {
  const result = processInputs([FS, MF, CC], ref);

  it('rows read = places written + rejected + merged duplicates for every file', () => {
    expect(result.ledgers.map((l) => [l.file, counts(l)])).toEqual([
      ['france-services.csv', { rows: 10, placesWritten: 7, rejected: 2, mergedDuplicates: 1 }],
      ['micro-folies.csv', { rows: 3, placesWritten: 3, rejected: 0, mergedDuplicates: 0 }],
      ['campus-connectes.csv', { rows: 2, placesWritten: 2, rejected: 0, mergedDuplicates: 0 }],
    ]);
    for (const l of result.ledgers) expect(reconciles(l)).toBe(true);
    expect(totals(result.ledgers)).toEqual({ rows: 15, placesWritten: 12, rejected: 2, mergedDuplicates: 1, reconciles: true });
    expect(result.places).toHaveLength(12);
    expect(result.details.size).toBe(12);
  });

  it('records how each file was read and which columns were used, ignoring unknown ones', () => {
    const fs = ledger(result.ledgers, 'france-services.csv');
    expect([fs.error, fs.encoding, fs.delimiter]).toEqual([null, 'utf-8', ',']);
    expect(Object.values(fs.columns)).not.toContain('champ_inconnu');
    expect(Object.values(fs.columns)).not.toContain('note_interne');
    expect(fs.columns.name).toBe('lib_fs');
    const mf = ledger(result.ledgers, 'micro-folies.csv');
    expect([mf.error, mf.encoding, mf.delimiter]).toEqual([null, 'utf-8', ';']);
  });

  it('rejects a row without a name with its line, and an unplaceable row with its line after a two-line record', () => {
    expect(ledger(result.ledgers, 'france-services.csv').rejects).toEqual({
      'missing-name': [{ line: 9, message: 'the name column is empty' }],
      'no-location': [{ line: 12, message: 'no usable coordinates, and commune "99999" is unknown' }],
    });
  });

  it('records every fix of the France Services file with its line', () => {
    expect(ledger(result.ledgers, 'france-services.csv').warnings).toEqual({
      'coordinates-swapped': [{ line: 3, message: 'latitude 4.95 and longitude 46.15 were swapped' }],
      'coordinates-off-land': [{ line: 4, message: "latitude 46, longitude -4 lies outside France's communes, 448.7 km from Guéret (abroad, or in the sea); placed at the centroid of Guéret (23096)" }],
      'commune-code-padded': [{ line: 5, message: 'INSEE code "1001" read as 01001' }],
      'commune-merged': [
        { line: 6, message: 'INSEE code 01340 is now 01015 (Arboys en Bugey)' },
        { line: 8, message: 'INSEE code 75101 is now 75056 (Paris)' },
      ],
      'markup-removed': [{ line: 8, message: 'name: markup removed from "<script>alert(1)</script>France services de Paris"' }],
      'coordinates-missing': [{ line: 10, message: 'no coordinates in the export; placed at the centroid of Ahun (23001)' }],
      'commune-code-unknown': [{ line: 12, message: 'INSEE code "99999" is unknown to the commune reference' }],
      'duplicate-merged': [{ line: 7, message: '"France Services de Guéret" duplicates line 2 (135 m apart); merged into it' }],
    });
  });

  it('writes the France Services places fixed, enriched and under their own ids', () => {
    const fs = result.places.filter((p) => p.network === 'france-services');
    expect(fs.map((p) => [p.id, p.name, p.communeCode, p.lon, p.lat, p.approximate])).toEqual([
      ['fs-1', 'France services de Guéret', '23096', 1.87, 46.17, false],
      ['fs-2', "France services de L'Abergement", '01001', 4.95, 46.15, false],
      ['fs-3', 'France services itinérante de la Creuse', '23096', 1.85, 46.17, true],
      ['fs-4', 'Antenne France services de Clémenciat', '01001', 4.93, 46.12, false],
      ['fs-5', 'France services de Saint-Bois', '01015', 5.75, 45.75, false],
      ['fs-7', 'France services de Paris', '75056', 2.345, 48.86, false],
      ['fs-9', "France services d'Ahun", '23001', 2.04, 46.08, true],
    ]);
    expect(fs.find((p) => p.id === 'fs-5')).toEqual({
      id: 'fs-5', network: 'france-services', name: 'France services de Saint-Bois', lon: 5.75, lat: 45.75, approximate: false,
      communeCode: '01015', communeName: 'Arboys en Bugey', departementCode: '01', sizeBand: 'lt2k', densityClass: 5, qpvCommune: false, labelYear: null,
    });
  });

  it('keeps the year of « Espace labellisé DD/MM/YYYY » on the place, and counts the places without one in the ledger', () => {
    const fs = result.places.filter((p) => p.network === 'france-services');
    expect(fs.filter((p) => p.labelYear !== null).map((p) => [p.id, p.labelYear])).toEqual([['fs-1', 2020], ['fs-2', 2021]]);
    expect(ledger(result.ledgers, 'france-services.csv').placesWithoutDate).toBe(5);
  });

  it('fills the kept place from its merged duplicate', () => {
    expect(result.details.get('fs-1')).toEqual({
      address: '1 rue Pasteur', postalCode: '23000', communePopulation: 13000, labelDate: '2020-01-01', website: null,
      phone: '05 55 00 00 00', email: 'gueret@france-services.gouv.fr', hours: ['09:00 - 12:00', '09:00 - 12:00', null, null, null, null, null],
      appointment: 'Non', comment: null, kind: 'Principal · Fixe', sourceUrl: null,
    });
    expect(result.details.get('fs-9')!.comment).toBe('Accès PMR\nParking');
  });

  it('reads the Micro-Folies export: decimal commas, commune from name and postal code, unusable date and website', () => {
    const mf = result.places.filter((p) => p.network === 'micro-folies');
    expect(mf.map((p) => [p.name, p.communeCode, p.lon, p.lat, p.approximate, p.qpvCommune])).toEqual([
      ['Micro-Folie de Guéret', '23096', 1.86, 46.17, false, true],
      ['Micro-Folie Paris Centre', '75056', 2.35, 48.86, false, true],
      ["Micro-Folie de L'Abergement", '01001', 4.95, 46.15, true, false],
    ]);
    expect(mf.map((p) => result.details.get(p.id)!.labelDate)).toEqual(['2021-03-15', '2022', null]);
    expect(mf.map((p) => result.details.get(p.id)!.website)).toEqual(['https://www.microfolie-gueret.example.fr/', 'https://paris.example.fr/micro-folie', null]);
    expect(ledger(result.ledgers, 'micro-folies.csv').warnings).toEqual({
      'commune-from-name': [{ line: 5, message: 'commune "L\'Abergement-Clémenciat" (01400) read as 01001' }],
      'coordinates-missing': [{ line: 5, message: "no coordinates in the export; placed at the centroid of L'Abergement-Clémenciat (01001)" }],
      'label-date-unreadable': [{ line: 5, message: 'labelling date "septembre" unreadable' }],
      'website-unusable': [{ line: 5, message: 'website "javascript:alert(1)" is not an http(s) address' }],
    });
  });

  it('gives places without an id of their own a stable hashed id', () => {
    const ids = result.places.filter((p) => p.network === 'micro-folies').map((p) => p.id);
    for (const id of ids) expect(id).toMatch(/^mf-[0-9a-f]{8}$/);
    expect(processInputs([MF], ref).places.map((p) => p.id)).toEqual(ids);
  });

  it('reads the Campus connectés export: one "lat, lon" column, a département name, a year of opening', () => {
    const cc = result.places.filter((p) => p.network === 'campus-connectes');
    expect(cc.map((p) => [p.name, p.communeCode, p.lon, p.lat, p.approximate])).toEqual([
      ['Campus connecté de Guéret', '23096', 1.87, 46.165, false],
      ['Campus connecté du Bugey', '01015', 5.65, 45.75, false],
    ]);
    expect(cc.map((p) => result.details.get(p.id)!.labelDate)).toEqual(['2019', '2020']);
    expect(ledger(result.ledgers, 'campus-connectes.csv').warnings).toEqual({});
  });
});

describe('processInputs on a transcribed list (Micro-Folies, Campus connectés)', () => {
  const input: InputFile = { network: 'micro-folies', path: 'mf.csv', bytes: new Uint8Array(readFileSync('tests/fixtures/transcribed/micro-folies-transcrites.csv')) };
  const { places, details, ledgers } = processInputs([input], ref);

  it('places each row at its commune centroid, approximate, with the page it cites as source', () => {
    const gueret = places.find((p) => p.name === 'Micro-Folie de Guéret')!;
    expect([gueret.lon, gueret.lat, gueret.approximate]).toEqual([...CENTROIDS['23096']!, true]);
    expect(details.get(gueret.id)).toMatchObject({ sourceUrl: 'https://www.creuse.gouv.fr/micro-folie', labelDate: '2021' });
  });

  it('finds the commune from its name and the département named in full, and places a collectivité from the table of centres', () => {
    expect(places.find((p) => p.name === 'Micro-Folie d’Ahun')?.communeCode).toBe('23001');
    const noumea = places.find((p) => p.name === 'Micro-Folie de Nouméa')!;
    expect([noumea.lon, noumea.lat, noumea.departementCode]).toEqual([166.46, -22.28, '988']);
    expect(details.get(noumea.id)!.sourceUrl, 'a javascript: source is no link').toBeNull();
  });

  it('reports a row without a commune by its line, never guessing where it is', () => {
    expect(ledgers[0]!.rejects).toEqual({ 'no-location': [{ line: 3, message: 'no usable coordinates and no commune' }] });
    expect(reconciles(ledgers[0]!)).toBe(true);
    expect(places).toHaveLength(3);
  });
});

describe('processInputs on awkward files', () => {
  it('reads a Latin-1 (Windows-1252) file', () => {
    const file = latin1('micro-folies-latin1.csv', 'micro-folies', 'Nom de la Micro-Folie;Commune;Code INSEE;Latitude;Longitude\nMicro-Folie de Guéret (médiathèque);Guéret;23096;46,18;1,84\n');
    const { places, ledgers } = processInputs([file], ref);
    expect(ledgers[0]!.encoding).toBe('windows-1252');
    expect(places.map((p) => [p.name, p.communeName, p.lon, p.lat])).toEqual([['Micro-Folie de Guéret (médiathèque)', 'Guéret', 1.84, 46.18]]);
  });

  it('records an empty file as not read, with zero rows, and goes on with the others', () => {
    const { places, ledgers } = processInputs([{ network: 'micro-folies', path: 'empty.csv', bytes: new Uint8Array(0) }, CC], ref);
    expect(ledgers[0]).toMatchObject({ file: 'empty.csv', error: 'empty file (0 bytes)', encoding: null, rows: 0, placesWritten: 0 });
    expect(reconciles(ledgers[0]!)).toBe(true);
    expect(places).toHaveLength(2);
  });

  it('records a file of blank characters as not read', () => {
    const { ledgers } = processInputs([csv('blank.csv', 'micro-folies', ' \r\n\r\n')], ref);
    expect(ledgers[0]!.error).toBe('empty file (only blank characters)');
  });

  it('reads a header-only file as zero rows, its columns mapped', () => {
    const { places, ledgers } = processInputs([csv('header-only.csv', 'micro-folies', 'Nom de la Micro-Folie;Commune;Code INSEE\n')], ref);
    expect(places).toEqual([]);
    expect(ledgers[0]).toMatchObject({ error: null, delimiter: ';', rows: 0, placesWritten: 0, rejected: 0, mergedDuplicates: 0 });
    expect(ledgers[0]!.columns).toEqual({ name: 'nom_de_la_micro_folie', communeName: 'commune', communeCode: 'code_insee' });
  });

  it('merges a duplicate across files, counting it once, in the file it came from', () => {
    const second = csv('france-services-2.csv', 'france-services', 'id_fs,lib_fs,insee_com,latitude,longitude,telephone\n11,France services de Guéret,23096,46.17,1.87,\n12,France services de Bourganeuf,23096,46.15,1.85,\n');
    const { places, ledgers } = processInputs([FS, second], ref);
    expect(counts(ledger(ledgers, 'france-services-2.csv'))).toEqual({ rows: 2, placesWritten: 1, rejected: 0, mergedDuplicates: 1 });
    expect(counts(ledger(ledgers, 'france-services.csv'))).toEqual({ rows: 10, placesWritten: 7, rejected: 2, mergedDuplicates: 1 });
    expect(ledger(ledgers, 'france-services-2.csv').warnings['duplicate-merged']).toEqual([
      { line: 2, message: '"France services de Guéret" duplicates france-services.csv line 2 (0 m apart); merged into it' },
    ]);
    expect(places.filter((p) => p.name === 'France services de Guéret')).toHaveLength(1);
    expect(totals(ledgers)).toEqual({ rows: 12, placesWritten: 8, rejected: 2, mergedDuplicates: 2, reconciles: true });
  });

  it('keeps ids unique when two files reuse an id', () => {
    const a = csv('fs-a.csv', 'france-services', 'id_fs,lib_fs,insee_com\n1,France services A,23096\n');
    const b = csv('fs-b.csv', 'france-services', 'id_fs,lib_fs,insee_com\n1,France services B,01001\n');
    expect(processInputs([a, b], ref).places.map((p) => p.id)).toEqual(['fs-1', 'fs-1-2']);
  });

  it('makes ids from odd source ids safe for URLs', () => {
    const file = csv('fab.csv', 'fabriques', 'id,nom,insee_com\nfabt-12/a b,Fabrique,23096\n');
    expect(processInputs([file], ref).places.map((p) => p.id)).toEqual(['fab-12-a-b']);
  });
});
