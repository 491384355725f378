import { describe, expect, it } from 'vitest';
import { normaliseInseeCode } from '../../scripts/pipeline/insee.ts';

describe('normaliseInseeCode', () => {
  it('keeps a five-digit code as it is', () => {
    expect(normaliseInseeCode('23096')).toEqual({ code: '23096', padded: false });
  });

  it('pads a code that lost its leading zero and says so', () => {
    expect(normaliseInseeCode('1001')).toEqual({ code: '01001', padded: true });
  });

  it('reads a spreadsheet number with a decimal part ("1001.0")', () => {
    expect(normaliseInseeCode('1001.0')).toEqual({ code: '01001', padded: true });
    expect(normaliseInseeCode('23096.00')).toEqual({ code: '23096', padded: false });
  });

  it('unwraps the Excel ="01001" wrapper', () => {
    expect(normaliseInseeCode('="01001"')).toEqual({ code: '01001', padded: false });
    expect(normaliseInseeCode('=01001')).toEqual({ code: '01001', padded: false });
  });

  it('upper-cases Corsican codes and accepts 2A/2B', () => {
    expect(normaliseInseeCode('2a004')).toEqual({ code: '2A004', padded: false });
    expect(normaliseInseeCode('2B033')).toEqual({ code: '2B033', padded: false });
  });

  it('drops surrounding and inner spaces', () => {
    expect(normaliseInseeCode('  75 056 ')).toEqual({ code: '75056', padded: false });
  });

  it('keeps overseas codes', () => {
    expect(normaliseInseeCode('97411')).toEqual({ code: '97411', padded: false });
  });

  it('refuses what is not a commune code', () => {
    expect(normaliseInseeCode('')).toBeNull();
    expect(normaliseInseeCode('123')).toBeNull();
    expect(normaliseInseeCode('123456')).toBeNull();
    expect(normaliseInseeCode('Guéret')).toBeNull();
    expect(normaliseInseeCode('2C004')).toBeNull();
  });
});
