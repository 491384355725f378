import { describe, expect, it } from 'vitest';
import { chartTicks, datedNetworks, labelTimeline, labelYearRange } from '../../src/domain/over-time.ts';

const years = (...ys: (number | null)[]) => ys.map((labelYear) => ({ labelYear }));

describe('labelTimeline', () => {
  it('counts places per year of labelling and the running total at the end of each year', () => {
    const t = labelTimeline(years(2020, 2020, 2021, 2023, null), 2020, 2023);
    expect(t.years).toEqual([
      { year: 2020, count: 2, cumulative: 2 },
      { year: 2021, count: 1, cumulative: 3 },
      { year: 2022, count: 0, cumulative: 3 },
      { year: 2023, count: 1, cumulative: 4 },
    ]);
    expect([t.dated, t.undated]).toEqual([4, 1]);
  });

  it('starts the running total with places labelled before the range, and leaves out those after it', () => {
    const t = labelTimeline(years(2018, 2019, 2021, 2024), 2020, 2022);
    expect(t.years.map((y) => [y.year, y.count, y.cumulative])).toEqual([[2020, 0, 2], [2021, 1, 3], [2022, 0, 3]]);
  });

  it('a network without any date has no year with a place, and says how many are undated', () => {
    const t = labelTimeline(years(null, null, null), 2019, 2021);
    expect(t.years.every((y) => y.count === 0 && y.cumulative === 0)).toBe(true);
    expect([t.dated, t.undated]).toEqual([0, 3]);
  });

  it('does not throw on zero places or an empty range', () => {
    expect(labelTimeline([], 2020, 2021)).toEqual({ years: [{ year: 2020, count: 0, cumulative: 0 }, { year: 2021, count: 0, cumulative: 0 }], dated: 0, undated: 0 });
    expect(labelTimeline(years(2020), 2022, 2021).years).toEqual([]);
  });
});

describe('labelYearRange', () => {
  it('gives the first and last years among dated places, null when none is dated', () => {
    expect(labelYearRange(years(2021, null, 2019, 2024))).toEqual({ first: 2019, last: 2024 });
    expect(labelYearRange(years(null, null))).toBeNull();
    expect(labelYearRange([])).toBeNull();
  });
});

describe('chartTicks', () => {
  it('gives round steps from 0 that reach the largest value', () => {
    expect(chartTicks(2845)).toEqual([0, 1000, 2000, 3000]);
    expect(chartTicks(76)).toEqual([0, 20, 40, 60, 80]);
    expect(chartTicks(3)).toEqual([0, 1, 2, 3]);
    expect(chartTicks(1000)).toEqual([0, 500, 1000]);
  });

  it('does not throw on an empty chart (largest value 0)', () => {
    expect(chartTicks(0)).toEqual([0, 1]);
  });
});

describe('datedNetworks', () => {
  it('names the networks that have at least one dated place', () => {
    const places = [
      { network: 'france-services' as const, labelYear: 2020 }, { network: 'fabriques' as const, labelYear: null },
      { network: 'micro-folies' as const, labelYear: null }, { network: 'micro-folies' as const, labelYear: 2019 },
    ];
    expect([...datedNetworks(places)].sort()).toEqual(['france-services', 'micro-folies']);
  });
});
