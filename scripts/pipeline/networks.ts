// Per-network column mapping: a normalised CSV row -> a candidate place with named, still unchecked fields.
import type { NetworkId } from '../../src/domain/networks.ts';
import type { CsvRow } from './read.ts';
import { DAY_IDS } from '../../src/domain/hours.ts';

export const DAYS = DAY_IDS;

export type CandidateField =
  | 'sourceId' | 'name' | 'address' | 'address2' | 'postalCode' | 'communeCode' | 'communeName'
  | 'departementCode' | 'latitude' | 'longitude' | 'latLon' | 'labelDate' | 'website' | 'phone'
  | 'email' | 'appointment' | 'comment' | 'kind' | 'format' | 'sourceUrl';

/** A row after column mapping: every value is the raw text of the export, not yet validated. */
export interface Candidate {
  network: NetworkId;
  file: string;
  line: number;
  fields: Partial<Record<CandidateField, string>>;
  /** Opening hours per day (lundi … dimanche), raw text. */
  hours: Partial<Record<(typeof DAYS)[number], string>>;
}

/** Header aliases after normalisation (see read.ts normaliseHeader); the first present wins. */
const COMMON_ALIASES: Record<CandidateField, string[]> = {
  sourceId: ['id', 'id_fs', 'identifiant', 'id_structure', 'id_lieu', 'code_structure', 'numero', 'uid'],
  name: [
    'nom', 'lib_fs', 'nom_tl', 'name', 'libelle', 'nom_du_lieu', 'nom_lieu', 'nom_de_la_structure', 'nom_structure',
    'structure', 'raison_sociale', 'intitule', 'nom_micro_folie', 'nom_de_la_micro_folie', 'nom_du_campus',
    'nom_campus', 'campus', 'nom_fabrique', 'nom_de_la_fabrique', 'denomination', 'titre',
  ],
  address: ['adresse', 'adresse_postale', 'address', 'adresse_1', 'adresse1', 'numero_et_voie', 'voie', 'rue', 'adresse_complete'],
  address2: ['complement_adresse', 'complement_d_adresse', 'adresse_2', 'adresse2', 'complement'],
  postalCode: ['code_postal', 'cp', 'codepostal', 'postcode', 'code_postale'],
  communeCode: [
    'insee_com', 'code_insee', 'insee', 'code_commune', 'code_commune_insee', 'codgeo', 'depcom', 'inseecom',
    'com_code', 'code_insee_commune', 'cog', 'insee_commune', 'id_geo',
  ],
  communeName: ['lib_com', 'commune', 'nom_commune', 'ville', 'nomcom', 'libelle_commune', 'nom_de_la_commune', 'localite', 'com_nom', 'lib_geo'],
  departementCode: ['insee_dep', 'code_departement', 'departement', 'dep', 'code_dep', 'num_departement', 'numero_departement', 'inseedep'],
  latitude: ['latitude', 'lat', 'y', 'coord_y', 'coordonnee_y', 'wgs84_lat'],
  longitude: ['longitude', 'lon', 'lng', 'long', 'x', 'coord_x', 'coordonnee_x', 'wgs84_lon'],
  latLon: ['coordonnees_gps', 'geo_point_2d', 'geolocalisation', 'coordonnees', 'geo_point', 'point_geo', 'position'],
  labelDate: [
    'labellisation_fs', 'date_labellisation', 'date_de_labellisation', 'date_label', 'date_labelisation',
    'annee_labellisation', 'annee_de_labellisation', 'date_ouverture', 'date_d_ouverture', 'annee_ouverture', 'annee_d_ouverture',
    'date_inauguration', 'annee', 'vague',
  ],
  website: ['site_web', 'web', 'site_internet', 'url', 'site', 'lien', 'website', 'page_web'],
  phone: ['telephone', 'tel', 'phone', 'numero_de_telephone', 'telephone_1'],
  email: ['mail', 'email', 'e_mail', 'courriel', 'adresse_mail', 'adresse_email'],
  appointment: ['prise_rdv', 'rendez_vous', 'prise_de_rendez_vous', 'sur_rendez_vous'],
  comment: ['commentaire', 'commentaires', 'remarque', 'informations'],
  kind: ['type_fs', 'type', 'typo', 'categorie', 'type_de_lieu'],
  format: ['format_fs', 'format', 'itinerance'],
  // The page that states the place exists (transcribed lists cite one per row).
  sourceUrl: ['source_url', 'url_source', 'lien_source', 'source', 'sources'],
};

const HOURS_PREFIXES = ['h_', 'horaires_', 'horaire_', ''];

export interface NetworkSource {
  id: NetworkId;
  /** How the network is named in messages ("no Micro-Folies export found in DIR"). */
  label: string;
  /** CLI option naming one file for this network. */
  option: string;
  /** Matches an export's file name (lower-cased, path excluded). */
  filePattern: RegExp;
  /** Extra aliases, tried before the common ones. */
  aliases?: Partial<Record<CandidateField, string[]>>;
}

export const NETWORK_SOURCES: readonly NetworkSource[] = [
  { id: 'france-services', label: 'France Services', option: 'france-services', filePattern: /(france[-_ ]?services|liste-fs|^fs[-_]).*\.(csv|txt|tsv)$/ },
  { id: 'fabriques', label: 'Fabriques de territoire', option: 'fabriques', filePattern: /fabriques?[-_ ]?(de[-_ ]?)?territoire.*\.(csv|txt|tsv)$/ },
  { id: 'micro-folies', label: 'Micro-Folies', option: 'micro-folies', filePattern: /micro[-_ ]?folies?.*\.(csv|txt|tsv)$/ },
  {
    id: 'campus-connectes', label: 'Campus connectés', option: 'campus-connectes',
    filePattern: /campus[-_ ]?connect.*\.(csv|txt|tsv)$/,
    // The MESR dataset names the supporting institution and its site.
    aliases: { name: ['nom_du_campus_connecte', 'campus_connecte', 'nom_du_site'], communeName: ['ville_du_campus', 'commune_du_campus'] },
  },
  { id: 'manufactures', label: 'Manufactures de proximité', option: 'manufactures', filePattern: /manufactures?[-_ ]?(de[-_ ]?)?proximite.*\.(csv|txt|tsv)$/ },
];

export function networkSource(id: NetworkId): NetworkSource {
  return NETWORK_SOURCES.find((s) => s.id === id)!;
}

/** The headers that can name a place in this network's export, most specific first. */
export function nameColumns(source: NetworkSource): string[] {
  return [...(source.aliases?.name ?? []), ...COMMON_ALIASES.name];
}

/** Which normalised header feeds each field, for the report and for mapping every row of a file. */
export function columnMapping(source: NetworkSource, headers: string[]): Partial<Record<CandidateField, string>> {
  const mapping: Partial<Record<CandidateField, string>> = {};
  const present = new Set(headers);
  for (const field of Object.keys(COMMON_ALIASES) as CandidateField[]) {
    const aliases = [...(source.aliases?.[field] ?? []), ...COMMON_ALIASES[field]];
    const header = aliases.find((a) => present.has(a));
    if (header) mapping[field] = header;
  }
  return mapping;
}

export function hoursColumns(headers: string[]): Partial<Record<(typeof DAYS)[number], string>> {
  const columns: Partial<Record<(typeof DAYS)[number], string>> = {};
  for (const day of DAYS) {
    const header = HOURS_PREFIXES.map((p) => p + day).find((h) => headers.includes(h));
    if (header) columns[day] = header;
  }
  return columns;
}

/** A function that maps one row of a file, its columns resolved once for the whole file. */
export function candidateMapper(source: NetworkSource, file: string, headers: string[]): (row: CsvRow) => Candidate {
  const mapping = columnMapping(source, headers);
  const hours = hoursColumns(headers);
  return (row) => {
    const fields: Candidate['fields'] = {};
    for (const [field, header] of Object.entries(mapping) as [CandidateField, string][]) {
      const value = row.cells[header];
      if (value !== undefined && value.trim() !== '') fields[field] = value;
    }
    const dayHours: Candidate['hours'] = {};
    for (const [day, header] of Object.entries(hours) as [(typeof DAYS)[number], string][]) {
      const value = row.cells[header];
      if (value !== undefined && value.trim() !== '') dayHours[day] = value;
    }
    return { network: source.id, file, line: row.line, fields, hours: dayHours };
  };
}

export function toCandidates(source: NetworkSource, file: string, headers: string[], rows: CsvRow[]): Candidate[] {
  return rows.map(candidateMapper(source, file, headers));
}
