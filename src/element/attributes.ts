// The custom element's attributes, written as the parameters the iframe takes (pure): one parser serves both.

export function elementParams(get: (name: string) => string | null): string {
  const q = new URLSearchParams({ embed: '1' });
  const networks = get('networks');
  if (networks !== null) q.set('reseaux', networks.replace(/\s+/g, ''));
  for (const [attribute, param] of [['departement', 'departement'], ['theme', 'theme'], ['commune', 'commune'], ['basemap', 'fond'], ['as-of', 'au']] as const) {
    const value = get(attribute);
    if (value !== null) q.set(param, value.trim());
  }
  const filters = get('filters');
  if (filters === 'locked') q.set('verrou', '1');
  else if (filters === 'hidden') q.set('filtres', '0');
  else if (filters !== null) console.warn(`[carte] ignored filters="${filters}" (locked or hidden expected)`);
  const panel = get('panel');
  if (panel === 'open') q.set('panneau', '1');
  else if (panel !== null && panel !== 'closed') console.warn(`[carte] ignored panel="${panel}" (open or closed expected)`);
  return `?${q.toString()}`;
}
