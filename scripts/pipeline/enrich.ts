// Valid place -> place with commune, département, population, size band, density class and QPV status.
import type { Place, PlaceDetails } from '../../src/domain/place.ts';
import { sizeBand } from '../../src/domain/size-bands.ts';
import type { RowIssue, WarningCode } from './issues.ts';
import type { Reference } from './reference.ts';
import type { ValidPlace } from './validate.ts';

export interface EnrichedPlace {
  place: Omit<Place, 'id'>;
  sourceId: string | null;
  details: PlaceDetails;
  file: string;
  line: number;
}

export function enrich(valid: ValidPlace, ref: Reference): { enriched: EnrichedPlace; warnings: RowIssue<WarningCode>[] } {
  const warnings: RowIssue<WarningCode>[] = [];
  let communeCode = valid.communeCode;
  if (!valid.approximate) {
    const found = ref.communeAt(valid.lon, valid.lat);
    if (!communeCode && found) {
      communeCode = found;
      warnings.push({ code: 'commune-from-coordinates', message: `commune ${found} (${ref.communes.get(found)?.name}) found from the coordinates` });
    } else if (communeCode && found && found !== communeCode) {
      warnings.push({
        code: 'commune-mismatch',
        message: `coordinates fall in ${found} (${ref.communes.get(found)?.name}), the export says ${communeCode} (${ref.communes.get(communeCode)?.name}); the export's commune is kept`,
      });
    }
  }
  const commune = communeCode ? ref.communes.get(communeCode) ?? null : null;
  const given = valid.departementGiven?.padStart(2, '0').toUpperCase();
  if (commune && given && given !== commune.departementCode) {
    warnings.push({ code: 'departement-mismatch', message: `département column says ${given}, commune ${commune.code} is in ${commune.departementCode}` });
  }
  const population = commune?.population ?? null;
  const qpvCommune = ref.qpvAt
    ? ref.qpvAt(valid.lon, valid.lat) !== null
    : ref.qpvCommunes && commune
      ? ref.qpvCommunes.has(commune.code)
      : null;
  return {
    warnings,
    enriched: {
      sourceId: valid.sourceId,
      details: {
        ...valid.details,
        address: valid.address,
        postalCode: valid.postalCode,
        communePopulation: population,
        labelDate: valid.labelDate,
        website: valid.website,
      },
      file: valid.file,
      line: valid.line,
      place: {
        network: valid.network,
        name: valid.name,
        lon: round6(valid.lon),
        lat: round6(valid.lat),
        approximate: valid.approximate,
        communeCode: commune?.code ?? null,
        communeName: commune?.name ?? valid.communeNameGiven,
        departementCode: commune?.departementCode ?? null,
        sizeBand: population === null ? null : sizeBand(population),
        densityClass: commune ? ref.density?.get(commune.code) ?? null : null,
        qpvCommune,
        labelYear: labelYearOf(valid.labelDate),
      },
    },
  };
}

/** « 2021-03-05 » or « 2021 » -> 2021: the map filters and counts by year (places.json keeps the year only). */
export function labelYearOf(labelDate: string | null): number | null {
  return labelDate ? Number(labelDate.slice(0, 4)) : null;
}

function round6(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}
