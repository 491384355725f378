// The labelled networks: ids, French labels and colours, shared by the build and the client.

export type NetworkId =
  | 'france-services'
  | 'fabriques'
  | 'micro-folies'
  | 'campus-connectes'
  | 'manufactures';

export interface Network {
  id: NetworkId;
  /** Plural label for legends and filters. */
  label: string;
  /** Singular label for a place card. */
  singular: string;
  /** Okabe–Ito colours: distinguishable with the common colour-vision deficiencies. */
  colour: [number, number, number];
  /** Marker shape, so that the layers stay apart in grey scale too. */
  shape: 'circle' | 'square' | 'diamond' | 'triangle' | 'ring';
}

export const NETWORKS: readonly Network[] = [
  { id: 'france-services', label: 'France Services', singular: 'France Services', colour: [0, 114, 178], shape: 'circle' },
  { id: 'fabriques', label: 'Fabriques de territoire', singular: 'Fabrique de territoire', colour: [230, 159, 0], shape: 'square' },
  { id: 'micro-folies', label: 'Micro-Folies', singular: 'Micro-Folie', colour: [204, 121, 167], shape: 'diamond' },
  { id: 'campus-connectes', label: 'Campus connectés', singular: 'Campus connecté', colour: [0, 158, 115], shape: 'triangle' },
  { id: 'manufactures', label: 'Manufactures de proximité', singular: 'Manufacture de proximité', colour: [213, 94, 0], shape: 'ring' },
];

export const NETWORK_IDS: readonly NetworkId[] = NETWORKS.map((n) => n.id);

export function networkById(id: NetworkId): Network {
  const network = NETWORKS.find((n) => n.id === id);
  if (!network) throw new Error(`unknown network ${id}`);
  return network;
}

export function colourHex([r, g, b]: [number, number, number]): string {
  return '#' + [r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('');
}
