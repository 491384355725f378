import { describe, expect, it } from 'vitest';
import { columnMapping, hoursColumns, networkSource, toCandidates } from '../../scripts/pipeline/networks.ts';
import { normaliseHeader, type CsvRow } from '../../scripts/pipeline/read.ts';

const headers = (line: string, delimiter = ';') => line.split(delimiter).map(normaliseHeader);

const FRANCE_SERVICES = headers(
  'id_fs,insee_dep,lib_fs,adresse,complement_adresse,insee_com,code_postal,lib_com,latitude,longitude,mail,telephone,h_lundi,h_mardi,h_mercredi,h_jeudi,h_vendredi,h_samedi,prise_rdv,commentaire,type_fs,format_fs,groupe_fs,labellisation_fs',
  ',',
);
const MICRO_FOLIES = headers("Nom de la Micro-Folie;Adresse;Code postal;Commune;Code INSEE;Latitude;Longitude;Date d'ouverture;Site web");
const CAMPUS = headers("Campus connecté;Établissement porteur;Code commune;Commune;Département;Géolocalisation;Site internet;Année d'ouverture");

describe('columnMapping', () => {
  it('maps every France Services column the card uses', () => {
    expect(columnMapping(networkSource('france-services'), FRANCE_SERVICES)).toEqual({
      sourceId: 'id_fs',
      name: 'lib_fs',
      address: 'adresse',
      address2: 'complement_adresse',
      postalCode: 'code_postal',
      communeCode: 'insee_com',
      communeName: 'lib_com',
      departementCode: 'insee_dep',
      latitude: 'latitude',
      longitude: 'longitude',
      labelDate: 'labellisation_fs',
      phone: 'telephone',
      email: 'mail',
      appointment: 'prise_rdv',
      comment: 'commentaire',
      kind: 'type_fs',
      format: 'format_fs',
    });
  });

  it('maps a typical Micro-Folies export after header normalisation', () => {
    expect(MICRO_FOLIES).toEqual(['nom_de_la_micro_folie', 'adresse', 'code_postal', 'commune', 'code_insee', 'latitude', 'longitude', 'date_d_ouverture', 'site_web']);
    expect(columnMapping(networkSource('micro-folies'), MICRO_FOLIES)).toEqual({
      name: 'nom_de_la_micro_folie',
      address: 'adresse',
      postalCode: 'code_postal',
      communeCode: 'code_insee',
      communeName: 'commune',
      latitude: 'latitude',
      longitude: 'longitude',
      labelDate: 'date_d_ouverture',
      website: 'site_web',
    });
  });

  it('maps a Campus connectés export, with a single "lat, lon" column and a year of opening', () => {
    expect(columnMapping(networkSource('campus-connectes'), CAMPUS)).toEqual({
      name: 'campus_connecte',
      communeCode: 'code_commune',
      communeName: 'commune',
      departementCode: 'departement',
      latLon: 'geolocalisation',
      website: 'site_internet',
      labelDate: 'annee_d_ouverture',
    });
  });

  it('prefers a network\'s own aliases to the common ones', () => {
    expect(columnMapping(networkSource('campus-connectes'), ['nom', 'nom_du_campus_connecte']).name).toBe('nom_du_campus_connecte');
    expect(columnMapping(networkSource('micro-folies'), ['nom', 'nom_du_campus_connecte']).name).toBe('nom');
  });

  it('ignores unknown extra columns', () => {
    const mapping = columnMapping(networkSource('micro-folies'), [...MICRO_FOLIES, 'champ_inconnu', 'note_interne', 'colonne_12']);
    expect(Object.values(mapping)).not.toContain('champ_inconnu');
    expect(Object.values(mapping)).not.toContain('note_interne');
    expect(Object.values(mapping)).not.toContain('colonne_12');
    expect(Object.keys(mapping)).toHaveLength(9);
  });

  it('maps nothing from a file without known columns', () => {
    expect(columnMapping(networkSource('fabriques'), ['foo', 'bar'])).toEqual({});
  });
});

describe('hoursColumns', () => {
  it('finds h_lundi … h_samedi and leaves out a missing day', () => {
    expect(hoursColumns(FRANCE_SERVICES)).toEqual({
      lundi: 'h_lundi', mardi: 'h_mardi', mercredi: 'h_mercredi', jeudi: 'h_jeudi', vendredi: 'h_vendredi', samedi: 'h_samedi',
    });
  });

  it('accepts "horaires_" prefixes and bare day names', () => {
    expect(hoursColumns(['horaires_lundi', 'horaire_mardi', 'dimanche', 'nom'])).toEqual({ lundi: 'horaires_lundi', mardi: 'horaire_mardi', dimanche: 'dimanche' });
  });
});

describe('toCandidates', () => {
  it('keeps each row\'s line, names its fields and drops empty values', () => {
    const rows: CsvRow[] = [
      { line: 2, cells: { lib_fs: 'France services de Guéret', insee_com: '23096', latitude: ' ', h_lundi: '09:00 - 12:00', h_mardi: '', groupe_fs: 'G1' } },
      { line: 5, cells: { lib_fs: '', insee_com: '1001' } },
    ];
    expect(toCandidates(networkSource('france-services'), 'fs.csv', FRANCE_SERVICES, rows)).toEqual([
      { network: 'france-services', file: 'fs.csv', line: 2, fields: { name: 'France services de Guéret', communeCode: '23096' }, hours: { lundi: '09:00 - 12:00' } },
      { network: 'france-services', file: 'fs.csv', line: 5, fields: { communeCode: '1001' }, hours: {} },
    ]);
  });
});
