import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { DEPARTEMENT_NAMES, inDepartement, parseDepartement } from '../../src/domain/departement-names.ts';

const cog = createRequire(import.meta.url)('@etalab/decoupage-administratif/data/departements.json') as { code: string; nom: string; typeLiaison: number; zone: string }[];

describe('département names', () => {
  it('are the 101 départements of the reference (names and articles), no more, no fewer', () => {
    expect(DEPARTEMENT_NAMES.map(([code, name, liaison]) => ({ code, name, liaison }))).toEqual(
      cog.filter((d) => d.zone !== 'com').map((d) => ({ code: d.code, name: d.nom, liaison: d.typeLiaison })),
    );
  });

  it('say « in » the département as French does', () => {
    expect(inDepartement('23')).toBe('dans la Creuse');
    expect(inDepartement('01')).toBe('dans l’Ain');
    expect(inDepartement('40')).toBe('dans les Landes');
    expect(inDepartement('59')).toBe('dans le Nord');
    expect(inDepartement('77')).toBe('en Seine-et-Marne');
    expect(inDepartement('28')).toBe('en Eure-et-Loir');
    expect(inDepartement('75')).toBe('à Paris');
    expect(inDepartement('971')).toBe('en Guadeloupe');
    expect(inDepartement('974')).toBe('à La Réunion');
    expect(inDepartement('976')).toBe('à Mayotte');
    expect(inDepartement('99')).toBe('dans le département 99');
  });

  it('read a number or a name typed any way, and nothing else', () => {
    for (const text of ['23', ' 23 ', 'Creuse', 'creuse', 'CREUSE']) expect(parseDepartement(text)).toEqual({ code: '23', name: 'Creuse' });
    for (const text of ["Côtes-d'Armor", 'cotes d armor', 'Côtes-d’Armor']) expect(parseDepartement(text)?.code).toBe('22');
    expect(parseDepartement('2a')).toEqual({ code: '2A', name: 'Corse-du-Sud' });
    expect(parseDepartement('corse du sud')?.code).toBe('2A');
    expect(parseDepartement('1')?.code).toBe('01');
    expect(parseDepartement('974')?.name).toBe('La Réunion');
    for (const text of ['999', '20', '96', '975', '00', 'Creuze', 'Corse', '', '   ', '<b>23</b>']) expect(parseDepartement(text)).toBeNull();
  });
});
