import { afterEach, describe, expect, it, vi } from 'vitest';
import { elementParams } from '../../src/element/attributes.ts';
import { parseEmbed } from '../../src/app/embed.ts';
import { parseState } from '../../src/app/url-state.ts';
import { initialBasemap } from '../../src/domain/basemap.ts';

const attributes = (a: Record<string, string>) => (name: string) => a[name] ?? null;
afterEach(() => vi.restoreAllMocks());

describe('the custom element’s attributes', () => {
  it('mean what the same choices mean in the iframe URL', () => {
    const params = elementParams(attributes({ networks: 'france-services, fabriques', departement: '23', theme: 'neutral', filters: 'locked', panel: 'open' }));
    expect(parseEmbed(params)).toEqual({ embed: true, filtersLocked: true, filtersShown: true, panelOpen: true, theme: 'neutral' });
    const state = parseState(params);
    expect(state.filters.networks).toEqual(['france-services', 'fabriques']);
    expect(state.departement).toBe('23');
  });

  it('basemap="plan-ign" chooses the online base map as ?fond= does', () => {
    expect(initialBasemap(elementParams(attributes({ basemap: 'plan-ign' })), undefined)).toBe('plan-ign');
    expect(initialBasemap(elementParams(attributes({})), undefined)).toBe('offline');
  });

  it('as-of="2021" shows the networks at the end of 2021, as ?au=2021 does', () => {
    expect(parseState(elementParams(attributes({ 'as-of': '2021' }))).filters.asOf).toBe(2021);
    expect(parseState(elementParams(attributes({}))).filters.asOf).toBeNull();
  });

  it('make an embedded map with nothing set: all networks, State theme, panel closed', () => {
    const params = elementParams(attributes({}));
    expect(parseEmbed(params)).toEqual({ embed: true, filtersLocked: false, filtersShown: true, panelOpen: false, theme: 'dsfr' });
    expect(parseState(params).filters.networks.length).toBe(5);
  });

  it('hide the filters on request, and warn about values they do not know', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(parseEmbed(elementParams(attributes({ filters: 'hidden' }))).filtersShown).toBe(false);
    expect(parseEmbed(elementParams(attributes({ filters: 'yes', panel: 'maybe' })))).toMatchObject({ filtersLocked: false, filtersShown: true, panelOpen: false });
    expect(warn).toHaveBeenCalledTimes(2);
  });
});
