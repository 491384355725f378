import { describe, expect, it } from 'vitest';
import { DENSITY_CLASSES, densityClassFromLabel, densityGroup } from '../../src/domain/density.ts';

describe('densityClassFromLabel', () => {
  it('reads each of the 7 labels of the shared file', () => {
    expect(DENSITY_CLASSES.map((d) => densityClassFromLabel(d.label))).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('ignores case, accents and extra spaces', () => {
    expect(densityClassFromLabel('  rural a habitat  TRES disperse ')).toBe(7);
    expect(densityClassFromLabel('Centres Urbains Intermédiaires')).toBe(2);
  });

  it('reads the "code - label" form', () => {
    expect(densityClassFromLabel('5 - Bourgs ruraux')).toBe(5);
    expect(densityClassFromLabel('1-Grands centres urbains')).toBe(1);
  });

  it('reads a bare code', () => {
    expect(densityClassFromLabel('5')).toBe(5);
    expect(densityClassFromLabel(' 7 ')).toBe(7);
  });

  it('returns null for an unknown value', () => {
    expect(densityClassFromLabel('')).toBeNull();
    expect(densityClassFromLabel('8')).toBeNull();
    expect(densityClassFromLabel('0')).toBeNull();
    expect(densityClassFromLabel('57')).toBeNull();
    expect(densityClassFromLabel('Métropole')).toBeNull();
    expect(densityClassFromLabel('Bourgs')).toBeNull();
  });
});

describe('densityGroup', () => {
  it('puts 1 in urbain, 2–4 in intermédiaire and 5–7 in rural', () => {
    expect(([1, 2, 3, 4, 5, 6, 7] as const).map(densityGroup)).toEqual(['urbain', 'intermediaire', 'intermediaire', 'intermediaire', 'rural', 'rural', 'rural']);
  });
});
