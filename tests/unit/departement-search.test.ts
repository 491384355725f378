import { describe, expect, it } from 'vitest';
import { findDepartement } from '../../src/ui/CoverageControls.tsx';
import { describeFilters } from '../../src/domain/describe-filters.ts';
import { DEFAULT_FILTERS } from '../../src/domain/filters.ts';

const names = [
  { code: '01', name: 'Ain' }, { code: '2A', name: 'Corse-du-Sud' }, { code: '22', name: "Côtes-d'Armor" },
  { code: '23', name: 'Creuse' }, { code: '974', name: 'La Réunion' }, { code: '87', name: 'Haute-Vienne' }, { code: '86', name: 'Vienne' },
];

describe('finding a département', () => {
  it('by number, with or without its leading zero, Corsica and overseas included', () => {
    expect(findDepartement(names, '23')).toBe('23');
    expect(findDepartement(names, '1')).toBe('01');
    expect(findDepartement(names, '2a')).toBe('2A');
    expect(findDepartement(names, '974')).toBe('974');
  });

  it('by name, accents, case and apostrophes ignored, or by the suggestion text', () => {
    expect(findDepartement(names, 'creuse')).toBe('23');
    expect(findDepartement(names, 'cotes d armor')).toBe('22');
    expect(findDepartement(names, 'la reunion')).toBe('974');
    expect(findDepartement(names, '23 – Creuse')).toBe('23');
  });

  it('an ambiguous prefix or an unknown name finds nothing rather than a wrong département', () => {
    expect(findDepartement(names, 'c')).toBeNull();
    expect(findDepartement(names, 'vienne')).toBe('86');
    expect(findDepartement(names, 'Atlantide')).toBeNull();
  });
});

describe('the filters in force, in words', () => {
  it('says nothing for the default filters and names each active one', () => {
    expect(describeFilters(DEFAULT_FILTERS)).toBeNull();
    expect(describeFilters({ ...DEFAULT_FILTERS, networks: ['fabriques'], qpv: 'in', density: [5] })).toBe(
      'réseaux : Fabriques de territoire ; communes comprenant un QPV ; densité : bourgs ruraux',
    );
    expect(describeFilters({ ...DEFAULT_FILTERS, asOf: 2021 })).toBe('situation au 31 décembre 2021 (lieux sans date de labellisation exclus)');
  });
});
