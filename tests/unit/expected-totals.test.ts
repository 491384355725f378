import { describe, expect, it } from 'vitest';
import { parseExpectedTotals } from '../../scripts/pipeline/expected-totals.ts';
import { isPartial, networksInAll, partialListText, type NetworkStatus } from '../../src/domain/places-file.ts';
import { csvRows } from './helpers/reference.ts';

describe('expected totals', () => {
  it('reads a total with its source, by network id or label, « environ » kept as approximate', () => {
    const { totals, issues } = parseExpectedTotals(csvRows([
      { reseau: 'micro-folies', total_attendu: 'environ 500', date: '2024-12', source: 'La Villette' },
      { reseau: 'Campus connectés', total_attendu: '89', date: '', source: 'https://exemple.fr/89' },
      { reseau: 'France Services', total_attendu: '', date: '', source: '' },
    ]));
    expect(Object.fromEntries(totals)).toEqual({
      'micro-folies': { total: 500, approximate: true, asOf: '2024-12', source: 'La Villette' },
      'campus-connectes': { total: 89, approximate: false, asOf: null, source: 'https://exemple.fr/89' },
    });
    expect(issues).toEqual([]);
  });

  it('says which lines it could not use: unknown network, a total that is no number, a total without source', () => {
    const { totals, issues } = parseExpectedTotals(csvRows([
      { reseau: 'bibliothèques', total_attendu: '12', source: 'x' },
      { reseau: 'micro-folies', total_attendu: 'beaucoup', source: 'x' },
      { reseau: 'campus-connectes', total_attendu: '89', source: '' },
    ]));
    expect(totals.size).toBe(0);
    expect(issues.map((i) => i.line)).toEqual([2, 3, 4]);
    expect(issues[2]!.message).toContain('has no source');
  });
});

describe('partial lists', () => {
  const status = (id: NetworkStatus['id'], count: number, total?: number, approximate = false): NetworkStatus => ({
    id, present: count > 0, count, expected: total ? { total, approximate, asOf: null, source: 's' } : null,
  });

  it('a list with fewer places than its expected total is partial, and says how many of how many', () => {
    expect(isPartial(status('micro-folies', 153, 500, true))).toBe(true);
    expect(partialListText(status('micro-folies', 153, 500, true))).toBe('153 lieux recensés sur environ 500 (liste partielle)');
    expect(partialListText(status('campus-connectes', 75, 89), 1)).toBe('1 lieu recensé sur 89 (liste partielle)');
    expect(partialListText(status('micro-folies', 520, 500, true)), 'more places than expected: complete').toBeNull();
    expect(partialListText(status('france-services', 2843))).toBeNull();
  });

  it('« Tous les réseaux » counts the present networks whose lists are not partial', () => {
    const networks = [status('france-services', 2843), status('fabriques', 382), status('micro-folies', 153, 500, true), status('campus-connectes', 0)];
    expect(networksInAll({ networks })).toEqual(['france-services', 'fabriques']);
  });
});
