// Validation against the real commune reference: postal codes in the INSEE column, points across a land border.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../scripts/pipeline/networks.ts';
import { buildReference, type GeoCollection } from '../../scripts/pipeline/reference.ts';
import { validate } from '../../scripts/pipeline/validate.ts';

const shared = join(process.cwd(), '../shared/data/raw/geo/communes-2018');
const cog = (name: string) => JSON.parse(readFileSync(createRequire(import.meta.url).resolve(`@etalab/decoupage-administratif/data/${name}`), 'utf8'));

describe.runIf(existsSync(shared))('validation with the real communes of the Nord, Haut-Rhin, Paris, Val-de-Marne and Bouches-du-Rhône', () => {
  const contours = ['59-nord', '68-haut-rhin', '75-paris', '94-val-de-marne', '13-bouches-du-rhone'].map(
    (d) => JSON.parse(readFileSync(join(shared, `communes-${d}.geojson`), 'utf8')) as GeoCollection,
  );
  const ref = buildReference({ communes: cog('communes.json'), departements: cog('departements.json'), communeContours: contours, postalCentroids: null, densityGrid: null, qpv: null });
  const row = (fields: Candidate['fields']): Candidate => ({ network: 'france-services', file: 'fs.csv', line: 12, fields, hours: {} });

  it('reads a Paris postal code in the INSEE column as Paris, not as Bry-sur-Marne (75015 was its Seine code)', () => {
    const v = validate(row({ name: 'France services Paris 15', communeCode: '75015', communeName: 'Paris', latitude: '48.8412', longitude: '2.3003' }), ref);
    expect(v.ok && v.place.communeCode).toBe('75056');
    expect(v.warnings.map((w) => w.code)).toEqual(['commune-code-was-postal']);
    const byPostal = validate(row({ name: 'X', communeCode: '75015', postalCode: '75015' }), ref);
    expect(byPostal.ok && byPostal.place.communeCode).toBe('75056');
  });

  it('reads 13001 with the commune « Marseille » as Marseille, and 13001 alone as Aix-en-Provence (its INSEE code)', () => {
    const marseille = validate(row({ name: 'X', communeCode: '13001', communeName: 'Marseille 1er Arrondissement' }), ref);
    expect(marseille.ok && marseille.place.communeCode).toBe('13055');
    const aix = validate(row({ name: 'X', communeCode: '13001' }), ref);
    expect(aix.ok && aix.place.communeCode).toBe('13001');
  });

  it('keeps an arrondissement code that is also a postal code elsewhere (13210: Marseille 10e, and Saint-Rémy-de-Provence)', () => {
    for (const communeName of ['Marseille 10e', undefined]) {
      const v = validate(row({ name: 'France services Marseille 10ème', communeCode: '13210', postalCode: '13010', ...(communeName ? { communeName } : {}), latitude: '43.2792', longitude: '5.4117' }), ref);
      expect(v.ok && v.place.communeCode, communeName).toBe('13055');
    }
  });

  it('rejects a postal code in the INSEE column that only an old code matches and no other column explains', () => {
    const v = validate(row({ name: 'X', communeCode: '75015', latitude: '48.84', longitude: '2.30' }), ref);
    expect(v).toMatchObject({ ok: false, reject: { code: 'postal-code-as-insee', message: expect.stringContaining('"75015" is a postal code (Paris)') } });
  });

  it('does not take a point in Basel (with a Saint-Louis code) or in Menen (with a Halluin code) as an exact position', () => {
    for (const [name, code, lat, lon] of [['Bâle', '68297', '47.5596', '7.5886'], ['Menin', '59279', '50.7967', '3.1219']] as const) {
      const v = validate(row({ name, communeCode: code, latitude: lat, longitude: lon }), ref);
      expect(v.ok && v.place.approximate, name).toBe(true);
      expect(v.warnings.map((w) => w.code), name).toEqual(['coordinates-off-land']);
    }
    const halluin = validate(row({ name: 'France services de Halluin', communeCode: '59279', latitude: '50.7836', longitude: '3.1264' }), ref);
    expect(halluin.ok && halluin.place.approximate).toBe(false);
  });
});
