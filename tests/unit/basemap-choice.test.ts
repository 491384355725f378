import { describe, expect, it, vi } from 'vitest';
import { initialBasemap, withBasemap } from '../../src/domain/basemap.ts';

describe('base map choice', () => {
  it('is offline unless the build or the link says otherwise', () => {
    expect(initialBasemap('', undefined)).toBe('offline');
    expect(initialBasemap('', 'plan-ign')).toBe('plan-ign');
    expect(initialBasemap('?fond=plan-ign', 'offline')).toBe('plan-ign');
    expect(initialBasemap('?fond=offline', 'plan-ign')).toBe('offline');
  });

  it('ignores an unknown value in the link with a warning, and an unknown build default', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(initialBasemap('?fond=osm', 'plan-ign')).toBe('plan-ign');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('fond=osm'));
    expect(initialBasemap('', 'satellite')).toBe('offline');
    warn.mockRestore();
  });

  it('writes ?fond= only when the choice differs from the default, keeping the other parameters', () => {
    expect(withBasemap('?embed=1&vue=12/46.17/1.87', 'plan-ign', undefined)).toBe('?embed=1&vue=12/46.17/1.87&fond=plan-ign');
    expect(withBasemap('?fond=plan-ign&embed=1', 'offline', undefined)).toBe('?embed=1');
    expect(withBasemap('?fond=offline', 'offline', 'plan-ign')).toBe('?fond=offline');
    expect(withBasemap('', 'plan-ign', 'plan-ign')).toBe('');
  });
});
