// France's territories with their bounding boxes: to validate coordinates and to jump to each one.

export interface Territory {
  id: string;
  label: string;
  /** Département or collectivité codes covered. */
  codes: string[];
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** Shown as a one-click view on the map. */
  departement: boolean;
}

export const TERRITORIES: readonly Territory[] = [
  { id: 'metropole', label: 'France métropolitaine', codes: [], bbox: [-5.3, 41.3, 9.7, 51.15], departement: true },
  { id: 'guadeloupe', label: 'Guadeloupe', codes: ['971'], bbox: [-61.9, 15.8, -60.95, 16.55], departement: true },
  { id: 'martinique', label: 'Martinique', codes: ['972'], bbox: [-61.25, 14.35, -60.8, 14.9], departement: true },
  { id: 'guyane', label: 'Guyane', codes: ['973'], bbox: [-54.65, 2.1, -51.6, 5.8], departement: true },
  { id: 'reunion', label: 'La Réunion', codes: ['974'], bbox: [55.2, -21.4, 55.85, -20.85], departement: true },
  { id: 'mayotte', label: 'Mayotte', codes: ['976'], bbox: [44.95, -13.05, 45.32, -12.6], departement: true },
  { id: 'saint-pierre-et-miquelon', label: 'Saint-Pierre-et-Miquelon', codes: ['975'], bbox: [-56.45, 46.7, -56.1, 47.15], departement: false },
  { id: 'antilles-nord', label: 'Saint-Barthélemy et Saint-Martin', codes: ['977', '978'], bbox: [-63.2, 17.85, -62.75, 18.15], departement: false },
  { id: 'wallis-et-futuna', label: 'Wallis-et-Futuna', codes: ['986'], bbox: [-178.3, -14.4, -176.1, -13.1], departement: false },
  { id: 'polynesie', label: 'Polynésie française', codes: ['987'], bbox: [-154.8, -27.7, -134.9, -7.8], departement: false },
  { id: 'nouvelle-caledonie', label: 'Nouvelle-Calédonie', codes: ['988'], bbox: [163.5, -22.8, 168.2, -19.5], departement: false },
];

export function territoryAt(lon: number, lat: number): Territory | null {
  return TERRITORIES.find(({ bbox: [w, s, e, n] }) => lon >= w && lon <= e && lat >= s && lat <= n) ?? null;
}

const COLLECTIVITES: Record<string, string> = {
  '975': 'Saint-Pierre-et-Miquelon', '977': 'Saint-Barthélemy', '978': 'Saint-Martin', '986': 'Wallis-et-Futuna', '987': 'Polynésie française', '988': 'Nouvelle-Calédonie',
};

/** « Saint-Martin » for 978: the collectivités d'outre-mer, which are no département. */
export function collectiviteName(code: string): string {
  return COLLECTIVITES[code] ?? code;
}

/**
 * The note under the national totals when some places are in no département: « Le total national compte aussi 3 lieux
 * hors département, à Saint-Martin (collectivité d’outre-mer) : France Services 2, Tous les réseaux 3. … ». Null when
 * every place is in a département.
 */
export function outsideDepartementsText(items: readonly { label: string; count: number; codes: readonly string[] }[]): string | null {
  const concerned = items.filter((i) => i.count > 0);
  if (concerned.length === 0) return null;
  const codes = [...new Set(concerned.flatMap((i) => i.codes))].sort();
  const where = codes.length ? `, à ${codes.map(collectiviteName).join(', ')} (collectivité${codes.length > 1 ? 's' : ''} d’outre-mer)` : '';
  return `Le total national compte aussi des lieux hors département${where} : ${concerned.map((i) => `${i.label} ${i.count}`).join(', ')}. Ils ne comptent dans aucun département ni dans les taux pour 100 000 habitants.`;
}
