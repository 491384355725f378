import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../scripts/pipeline/networks.ts';
import { parseCoordinate, parseLabelDate, parseWebsite, validate, type ValidPlace, type Validation } from '../../scripts/pipeline/validate.ts';
import { AHUN_POSTAL_CENTROID, CENTROIDS, SEA, tinyReference } from './helpers/reference.ts';

const ref = tinyReference();

function candidate(fields: Candidate['fields'], hours: Candidate['hours'] = {}): Candidate {
  return { network: 'france-services', file: 'fs.csv', line: 7, fields, hours };
}

function place(v: Validation): ValidPlace {
  if (!v.ok) throw new Error(`rejected: ${v.reject.message}`);
  return v.place;
}

const GUERET = { name: 'France services de Guéret', communeCode: '23096', latitude: '46.17', longitude: '1.87' };

describe('validate: names and text', () => {
  it('rejects a row without a name', () => {
    expect(validate(candidate({ communeCode: '23096', latitude: '46.17', longitude: '1.87' }), ref)).toEqual({
      ok: false, reject: { code: 'missing-name', message: 'the name column is empty' }, warnings: [],
    });
  });

  it('rejects a name that is only markup, and says the markup was removed', () => {
    const v = validate(candidate({ ...GUERET, name: '<b> </b>' }), ref);
    expect(v.ok).toBe(false);
    expect(v.ok ? null : v.reject.code).toBe('missing-name');
    expect(v.warnings).toEqual([{ code: 'markup-removed', message: 'name: markup removed from "<b> </b>"' }]);
  });

  it('strips <script> from a name, keeps the text and warns', () => {
    const v = validate(candidate({ ...GUERET, name: '<script>alert(1)</script>France services de Guéret' }), ref);
    expect(place(v).name).toBe('France services de Guéret');
    expect(v.warnings).toEqual([{ code: 'markup-removed', message: 'name: markup removed from "<script>alert(1)</script>France services de Guéret"' }]);
  });

  it('builds the whole place from a clean row, with no warning', () => {
    const v = validate(candidate(
      {
        ...GUERET, sourceId: '12', address: '1 rue Pasteur', address2: 'Bâtiment B', postalCode: '23000', communeName: 'Guéret',
        departementCode: '23', labelDate: 'Espace labellisé 01/01/2020', website: 'www.gueret.fr', phone: '05 55 00 00 00',
        email: 'fs@gueret.fr', appointment: 'Non', comment: 'Accès PMR\nParking', kind: 'Principal', format: 'Fixe',
      },
      { lundi: '09:00 - 12:00', mercredi: '14:00 - 17:00' },
    ), ref);
    expect(v).toEqual({
      ok: true,
      warnings: [],
      place: {
        network: 'france-services', file: 'fs.csv', line: 7, sourceId: '12', name: 'France services de Guéret',
        address: '1 rue Pasteur, Bâtiment B', postalCode: '23000', communeCode: '23096', communeNameGiven: 'Guéret', departementGiven: '23',
        lon: 1.87, lat: 46.17, approximate: false, labelDate: '2020-01-01', website: 'https://www.gueret.fr/',
        details: {
          phone: '05 55 00 00 00', email: 'fs@gueret.fr', appointment: 'Non', comment: 'Accès PMR\nParking', kind: 'Principal · Fixe', sourceUrl: null,
          hours: ['09:00 - 12:00', null, '14:00 - 17:00', null, null, null, null],
        },
      },
    });
  });

  it('leaves hours null when no day is given', () => {
    expect(place(validate(candidate(GUERET), ref)).details.hours).toBeNull();
  });
});

describe('validate: commune', () => {
  it('pads an INSEE code that lost its leading zero and warns', () => {
    const v = validate(candidate({ name: 'Antenne', communeCode: '1001', latitude: '46.12', longitude: '4.93' }), ref);
    expect(place(v).communeCode).toBe('01001');
    expect(v.warnings).toEqual([{ code: 'commune-code-padded', message: 'INSEE code "1001" read as 01001' }]);
  });

  it('maps a merged commune to its current code', () => {
    const v = validate(candidate({ name: 'France services de Saint-Bois', communeCode: '01340', latitude: '45.75', longitude: '5.75' }), ref);
    expect(place(v).communeCode).toBe('01015');
    expect(v.warnings).toEqual([{ code: 'commune-merged', message: 'INSEE code 01340 is now 01015 (Arboys en Bugey)' }]);
  });

  it('pads and maps a merged commune code in one go, with both warnings', () => {
    const v = validate(candidate({ name: 'X', communeCode: '1340', latitude: '45.75', longitude: '5.75' }), ref);
    expect(place(v).communeCode).toBe('01015');
    expect(v.warnings.map((w) => w.code)).toEqual(['commune-code-padded', 'commune-merged']);
  });

  it('maps a Paris arrondissement to Paris', () => {
    const v = validate(candidate({ name: 'X', communeCode: '75101', latitude: '48.86', longitude: '2.345' }), ref);
    expect(place(v).communeCode).toBe('75056');
    expect(v.warnings).toEqual([{ code: 'commune-merged', message: 'INSEE code 75101 is now 75056 (Paris)' }]);
  });

  it('warns about an unknown code and finds the commune from its name and postal code', () => {
    const v = validate(candidate({ name: 'X', communeCode: '99999', communeName: 'GUERET', postalCode: '23000', latitude: '46.17', longitude: '1.87' }), ref);
    expect(place(v).communeCode).toBe('23096');
    expect(v.warnings).toEqual([
      { code: 'commune-code-unknown', message: 'INSEE code "99999" is unknown to the commune reference' },
      { code: 'commune-from-name', message: 'commune "GUERET" (23000) read as 23096' },
    ]);
  });

  it('finds a commune by name within the département given (a one-digit code is padded)', () => {
    const v = validate(candidate({ name: 'X', communeName: "l'abergement clemenciat", departementCode: '1', latitude: '46.12', longitude: '4.93' }), ref);
    expect(place(v).communeCode).toBe('01001');
  });

  it('does not take a commune whose postal code disagrees', () => {
    const v = validate(candidate({ name: 'X', communeName: 'Guéret', postalCode: '75001', latitude: '46.17', longitude: '1.87' }), ref);
    expect(place(v).communeCode).toBeNull();
    expect(v.warnings).toEqual([]);
  });

  it('reads a département code, and ignores a département name where a code was expected', () => {
    expect(place(validate(candidate({ ...GUERET, departementCode: ' 23 ' }), ref)).departementGiven).toBe('23');
    expect(place(validate(candidate({ ...GUERET, departementCode: '2a' }), ref)).departementGiven).toBe('2A');
    expect(place(validate(candidate({ ...GUERET, departementCode: 'Creuse' }), ref)).departementGiven).toBeNull();
  });

  it('still finds a commune by name when the département column holds a name', () => {
    const v = validate(candidate({ name: 'X', communeName: 'Guéret', departementCode: 'Creuse', latitude: '46.17', longitude: '1.87' }), ref);
    expect(place(v).communeCode).toBe('23096');
  });
});

describe('validate: location', () => {
  it('keeps good coordinates as they are', () => {
    const p = place(validate(candidate(GUERET), ref));
    expect([p.lon, p.lat, p.approximate]).toEqual([1.87, 46.17, false]);
  });

  it('reads decimal commas', () => {
    const p = place(validate(candidate({ ...GUERET, latitude: '46,17', longitude: '1,86' }), ref));
    expect([p.lon, p.lat]).toEqual([1.86, 46.17]);
  });

  it('reads a single "lat, lon" column in its usual forms', () => {
    for (const latLon of ['46.165, 1.87', '46.165,1.87', '46,165;1,87', '46,165, 1,87', '[46.165, 1.87]', '(46.165,1.87)']) {
      const p = place(validate(candidate({ name: 'X', communeCode: '23096', latLon }), ref));
      expect([p.lon, p.lat, p.approximate]).toEqual([1.87, 46.165, false]);
    }
  });

  it('fixes swapped latitude and longitude with a warning', () => {
    const v = validate(candidate({ name: 'X', communeCode: '01001', latitude: '4.95', longitude: '46.15' }), ref);
    const p = place(v);
    expect([p.lon, p.lat, p.approximate]).toEqual([4.95, 46.15, false]);
    expect(v.warnings).toEqual([{ code: 'coordinates-swapped', message: 'latitude 4.95 and longitude 46.15 were swapped' }]);
  });

  it('moves a point in the sea to its commune centroid and flags it approximate', () => {
    const v = validate(candidate({ name: 'X', communeCode: '23096', latitude: String(SEA.lat), longitude: String(SEA.lon) }), ref);
    const p = place(v);
    expect(p.approximate).toBe(true);
    expect(p.lon).toBeCloseTo(CENTROIDS['23096']![0], 9);
    expect(p.lat).toBeCloseTo(CENTROIDS['23096']![1], 9);
    expect(v.warnings).toEqual([{ code: 'coordinates-off-land', message: expect.stringMatching(/^latitude 46, longitude -4 lies outside France's communes, \d+\.\d km from Guéret \(abroad, or in the sea\); placed at the centroid of Guéret \(23096\)$/) }]);
  });

  it('keeps a point just off its own commune (simplified coastline) but not one farther out', () => {
    const near = place(validate(candidate({ name: 'X', communeCode: '23096', latitude: '46.17', longitude: '1.902' }), ref));
    expect([near.lon, near.lat, near.approximate]).toEqual([1.902, 46.17, false]);
    // 600 m off, as Menen (Belgium) is from Halluin: abroad, not a simplified coastline.
    const far = place(validate(candidate({ name: 'X', communeCode: '23096', latitude: '46.17', longitude: '1.908' }), ref));
    expect(far.approximate).toBe(true);
  });

  it('rejects a point in the sea when no commune is known', () => {
    expect(validate(candidate({ name: 'X', latitude: String(SEA.lat), longitude: String(SEA.lon) }), ref)).toEqual({
      ok: false, reject: { code: 'no-location', message: 'no usable coordinates and no commune' }, warnings: [],
    });
  });

  it('moves a point outside France to its commune centroid', () => {
    const v = validate(candidate({ name: 'X', communeCode: '23096', latitude: '40.71', longitude: '-74.0' }), ref);
    expect(place(v).approximate).toBe(true);
    expect(v.warnings).toEqual([{ code: 'coordinates-outside-france', message: 'latitude 40.71, longitude -74 is outside France; placed at the centroid of Guéret (23096)' }]);
  });

  it('converts Lambert-93 metres in the latitude/longitude columns, in either order, and in x/y columns', () => {
    // Guéret, 46.17 N 1.87 E, is x 612819, y 6563976 in Lambert-93.
    for (const fields of [{ latitude: '6563976', longitude: '612819' }, { latitude: '612819', longitude: '6563976' }, { latitude: '6563976,0', longitude: '612819,0' }]) {
      const v = validate(candidate({ name: 'X', communeCode: '23096', ...fields }), ref);
      const p = place(v);
      expect(p.approximate).toBe(false);
      expect(p.lon).toBeCloseTo(1.87, 5);
      expect(p.lat).toBeCloseTo(46.17, 5);
      expect(v.warnings.map((w) => w.code)).toEqual(['coordinates-lambert93']);
    }
  });

  it('moves coordinates in an unknown projection to the commune centroid', () => {
    const v = validate(candidate({ name: 'X', communeCode: '23096', latitude: '5170000', longitude: '210000' }), ref);
    expect(place(v).approximate).toBe(true);
    expect(v.warnings.map((w) => w.code)).toEqual(['coordinates-projected']);
  });

  it('tries a latitude beyond 90° as a swapped longitude before giving up (Nouméa)', () => {
    const v = validate(candidate({ name: 'Nouméa', latitude: '166.45', longitude: '-22.27' }), ref);
    const p = place(v);
    expect([p.lon, p.lat, p.approximate]).toEqual([166.45, -22.27, false]);
    expect(v.warnings.map((w) => w.code)).toEqual(['coordinates-swapped']);
  });

  it('moves unreadable coordinates to the commune centroid', () => {
    const v = validate(candidate({ name: 'X', communeCode: '23096', latitude: 'N/A', longitude: '1.87' }), ref);
    expect(place(v).approximate).toBe(true);
    expect(v.warnings).toEqual([{ code: 'coordinates-unreadable', message: 'coordinates "N/A", "1.87" are not numbers; placed at the centroid of Guéret (23096)' }]);
  });

  it('places a row without coordinates at its commune centroid, from the postal base when there is no contour', () => {
    const v = validate(candidate({ name: 'X', communeCode: '23001' }), ref);
    const p = place(v);
    expect([p.lon, p.lat, p.approximate]).toEqual([...AHUN_POSTAL_CENTROID, true]);
    expect(v.warnings).toEqual([{ code: 'coordinates-missing', message: 'no coordinates in the export; placed at the centroid of Ahun (23001)' }]);
  });

  it('rejects a row without coordinates whose commune has no centroid', () => {
    expect(validate(candidate({ name: 'X', communeCode: '01002' }), ref)).toEqual({
      ok: false, reject: { code: 'no-location', message: "no usable coordinates, and commune 01002 (L'Abergement-de-Varey) has no known centroid" }, warnings: [],
    });
  });

  it('rejects a row without coordinates and with an unknown commune', () => {
    const v = validate(candidate({ name: 'X', communeCode: '99999', communeName: 'Atlantis' }), ref);
    expect(v).toEqual({
      ok: false,
      reject: { code: 'no-location', message: 'no usable coordinates, and commune "99999" is unknown' },
      warnings: [{ code: 'commune-code-unknown', message: 'INSEE code "99999" is unknown to the commune reference' }],
    });
  });
});

describe('validate: dates and websites', () => {
  it('warns about an unreadable labelling date and leaves it empty', () => {
    const v = validate(candidate({ ...GUERET, labelDate: 'septembre' }), ref);
    expect(place(v).labelDate).toBeNull();
    expect(v.warnings).toEqual([{ code: 'label-date-unreadable', message: 'labelling date "septembre" unreadable' }]);
  });

  it('warns when the day or month of a labelling date is impossible, and keeps its year (the map filters by year)', () => {
    const v = validate(candidate({ ...GUERET, labelDate: 'Espace labellisé 31/02/2021' }), ref);
    expect(place(v).labelDate).toBe('2021');
    expect(v.warnings).toEqual([{ code: 'label-date-year-only', message: 'labelling date "Espace labellisé 31/02/2021" is not a real date: only its year 2021 is kept' }]);
    expect(validate(candidate({ ...GUERET, labelDate: '2021' }), ref).warnings).toEqual([]);
  });

  it('warns about a website that is not http(s) and leaves it empty', () => {
    const v = validate(candidate({ ...GUERET, website: 'javascript:alert(1)' }), ref);
    expect(place(v).website).toBeNull();
    expect(v.warnings).toEqual([{ code: 'website-unusable', message: 'website "javascript:alert(1)" is not an http(s) address' }]);
  });
});

describe('parseCoordinate', () => {
  it('reads dots, commas, signs and spaces, and refuses the rest', () => {
    expect(['46.17', ' 46,17 ', '-4', '+1.5', '1 000.5'].map(parseCoordinate)).toEqual([46.17, 46.17, -4, 1.5, 1000.5]);
    expect(['', 'N/A', '46.17.1', '1e5', '46°10\'N', undefined].map(parseCoordinate)).toEqual([null, null, null, null, null, null]);
  });
});

describe('parseLabelDate', () => {
  it('reads DD/MM/YYYY inside text, ISO dates and bare years', () => {
    expect(parseLabelDate('Espace labellisé 01/01/2020')).toBe('2020-01-01');
    expect(parseLabelDate('5.3.2021')).toBe('2021-03-05');
    expect(parseLabelDate('2021-03-15')).toBe('2021-03-15');
    expect(parseLabelDate('2022')).toBe('2022');
    expect(parseLabelDate('vague 2019')).toBe('2019');
  });

  it('keeps only the year of an impossible date', () => {
    expect(parseLabelDate('13/25/2020')).toBe('2020');
    expect(parseLabelDate('31/02/2020')).toBe('2020');
    expect(parseLabelDate('2021-02-30')).toBe('2021');
  });

  it('returns null without a date', () => {
    expect(parseLabelDate('septembre')).toBeNull();
    expect(parseLabelDate('')).toBeNull();
  });
});

describe('parseWebsite', () => {
  it('keeps http(s) addresses and adds https:// to www. ones', () => {
    expect(parseWebsite(' https://example.fr/page ')).toBe('https://example.fr/page');
    expect(parseWebsite('http://example.fr')).toBe('http://example.fr/');
    expect(parseWebsite('www.example.fr')).toBe('https://www.example.fr/');
  });

  it('refuses other schemes and non-addresses', () => {
    expect(['javascript:alert(1)', 'mailto:a@b.fr', 'ftp://example.fr', 'example.fr', 'voir page Facebook'].map(parseWebsite)).toEqual([null, null, null, null, null]);
  });
});

describe('validate: text is data', () => {
  it('rejects a name that is empty once markup and invisible characters are removed, saying so', () => {
    const v = validate(candidate({ ...GUERET, name: '<b>\u202e\u200b</b>' }), ref);
    expect(v).toMatchObject({ ok: false, reject: { code: 'missing-name', message: 'the name "<b>\u202e\u200b</b>" is empty once markup and invisible characters are removed' } });
  });

  it('keeps valid e-mail addresses, several allowed, and drops a bad one with a warning', () => {
    expect(place(validate(candidate({ ...GUERET, email: 'mailto:accueil@mairie-gueret.fr; autre@x.fr' }), ref)).details.email).toBe('accueil@mairie-gueret.fr, autre@x.fr');
    const bad = validate(candidate({ ...GUERET, email: 'javascript:alert(1)' }), ref);
    expect(place(bad).details.email).toBeNull();
    expect(bad.warnings).toEqual([{ code: 'email-unusable', message: 'e-mail "javascript:alert(1)" is not an address, left empty' }]);
  });

  it('drops a website that is not http(s), javascript: included', () => {
    const v = validate(candidate({ ...GUERET, website: 'javascript:alert(document.cookie)' }), ref);
    expect(place(v).website).toBeNull();
    expect(v.warnings.map((w) => w.code)).toEqual(['website-unusable']);
  });

  it('cuts an over-long comment with a warning', () => {
    const v = validate(candidate({ ...GUERET, comment: 'x'.repeat(3000) }), ref);
    expect(place(v).details.comment).toHaveLength(2000);
    expect(v.warnings).toEqual([{ code: 'text-truncated', message: 'comment: 3000 characters, cut at 2000' }]);
  });
});
