// The 101 départements' names and the article their name takes (INSEE's « type de nom en clair », as in
// @etalab/decoupage-administratif: a unit test keeps this table equal to it), to write « dans la Creuse » and to read
// a name typed in the snippet builder. Pure: no data file needed.
import { foldForMatch } from './fold.ts';

/** 0 and 1: no article (Paris, Eure-et-Loir), 2: le, 3: la, 4: les, 5: l’. */
export type Liaison = 0 | 1 | 2 | 3 | 4 | 5;

export const DEPARTEMENT_NAMES: readonly (readonly [code: string, name: string, liaison: Liaison])[] = [
  ['01', 'Ain', 5], ['02', 'Aisne', 5], ['03', 'Allier', 5], ['04', 'Alpes-de-Haute-Provence', 4],
  ['05', 'Hautes-Alpes', 4], ['06', 'Alpes-Maritimes', 4], ['07', 'Ardèche', 5], ['08', 'Ardennes', 4],
  ['09', 'Ariège', 5], ['10', 'Aube', 5], ['11', 'Aude', 5], ['12', 'Aveyron', 5],
  ['13', 'Bouches-du-Rhône', 4], ['14', 'Calvados', 2], ['15', 'Cantal', 2], ['16', 'Charente', 3],
  ['17', 'Charente-Maritime', 3], ['18', 'Cher', 2], ['19', 'Corrèze', 3], ['21', "Côte-d'Or", 3],
  ['22', "Côtes-d'Armor", 4], ['23', 'Creuse', 3], ['24', 'Dordogne', 3], ['25', 'Doubs', 2],
  ['26', 'Drôme', 3], ['27', 'Eure', 5], ['28', 'Eure-et-Loir', 1], ['29', 'Finistère', 2],
  ['2A', 'Corse-du-Sud', 3], ['2B', 'Haute-Corse', 3], ['30', 'Gard', 2], ['31', 'Haute-Garonne', 3],
  ['32', 'Gers', 2], ['33', 'Gironde', 3], ['34', 'Hérault', 5], ['35', 'Ille-et-Vilaine', 1],
  ['36', 'Indre', 5], ['37', 'Indre-et-Loire', 1], ['38', 'Isère', 5], ['39', 'Jura', 2],
  ['40', 'Landes', 4], ['41', 'Loir-et-Cher', 2], ['42', 'Loire', 3], ['43', 'Haute-Loire', 3],
  ['44', 'Loire-Atlantique', 3], ['45', 'Loiret', 2], ['46', 'Lot', 2], ['47', 'Lot-et-Garonne', 2],
  ['48', 'Lozère', 3], ['49', 'Maine-et-Loire', 0], ['50', 'Manche', 3], ['51', 'Marne', 3],
  ['52', 'Haute-Marne', 3], ['53', 'Mayenne', 3], ['54', 'Meurthe-et-Moselle', 0], ['55', 'Meuse', 3],
  ['56', 'Morbihan', 2], ['57', 'Moselle', 3], ['58', 'Nièvre', 3], ['59', 'Nord', 2],
  ['60', 'Oise', 5], ['61', 'Orne', 5], ['62', 'Pas-de-Calais', 2], ['63', 'Puy-de-Dôme', 2],
  ['64', 'Pyrénées-Atlantiques', 4], ['65', 'Hautes-Pyrénées', 4], ['66', 'Pyrénées-Orientales', 4], ['67', 'Bas-Rhin', 2],
  ['68', 'Haut-Rhin', 2], ['69', 'Rhône', 2], ['70', 'Haute-Saône', 3], ['71', 'Saône-et-Loire', 0],
  ['72', 'Sarthe', 3], ['73', 'Savoie', 3], ['74', 'Haute-Savoie', 3], ['75', 'Paris', 0],
  ['76', 'Seine-Maritime', 3], ['77', 'Seine-et-Marne', 0], ['78', 'Yvelines', 4], ['79', 'Deux-Sèvres', 4],
  ['80', 'Somme', 3], ['81', 'Tarn', 2], ['82', 'Tarn-et-Garonne', 2], ['83', 'Var', 2],
  ['84', 'Vaucluse', 2], ['85', 'Vendée', 3], ['86', 'Vienne', 3], ['87', 'Haute-Vienne', 3],
  ['88', 'Vosges', 4], ['89', 'Yonne', 5], ['90', 'Territoire de Belfort', 2], ['91', 'Essonne', 5],
  ['92', 'Hauts-de-Seine', 4], ['93', 'Seine-Saint-Denis', 3], ['94', 'Val-de-Marne', 2], ['95', "Val-d'Oise", 2],
  ['971', 'Guadeloupe', 3], ['972', 'Martinique', 3], ['973', 'Guyane', 3], ['974', 'La Réunion', 0],
  ['976', 'Mayotte', 0],
];

const BY_CODE = new Map(DEPARTEMENT_NAMES.map(([code, name, liaison]) => [code, { name, liaison }]));

export function departementName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

/** Overseas départements said with « en » or « à » whatever their article (« en Guadeloupe », « à La Réunion »). */
const OVERSEAS_IN: Record<string, string> = { '971': 'en', '972': 'en', '973': 'en', '974': 'à', '976': 'à' };

/** « dans la Creuse », « dans l’Ain », « dans les Landes », « en Seine-et-Marne », « à Paris », « en Guadeloupe ». */
export function inDepartement(code: string): string {
  const d = BY_CODE.get(code);
  if (!d) return `dans le département ${code}`;
  if (OVERSEAS_IN[code]) return `${OVERSEAS_IN[code]} ${d.name}`;
  if (code === '75') return `à ${d.name}`;
  return ['en ', 'en ', 'dans le ', 'dans la ', 'dans les ', 'dans l’'][d.liaison] + d.name;
}

const BY_FOLDED_NAME = new Map(DEPARTEMENT_NAMES.map(([code, name]) => [foldForMatch(name), code]));

/**
 * A département typed by a person: its number (« 23 », « 2a », « 1 » for 01, « 974 ») or its name, with or without
 * accents, capitals, dashes or apostrophes (« creuse », « Cotes d'Armor »). Null when it is neither.
 */
export function parseDepartement(text: string): { code: string; name: string } | null {
  const t = text.trim();
  if (!t) return null;
  const asCode = /^\d$/.test(t) ? `0${t}` : t.toUpperCase();
  const code = BY_CODE.has(asCode) ? asCode : BY_FOLDED_NAME.get(foldForMatch(t));
  return code ? { code, name: BY_CODE.get(code)!.name } : null;
}
