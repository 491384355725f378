// INSEE grille communale de densité: the 7 levels, their labels and the 3 groups shown in filters.
import { stripAccents } from './fold.ts';

export type DensityClass = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type DensityGroup = 'urbain' | 'intermediaire' | 'rural';

export const DENSITY_CLASSES: readonly { id: DensityClass; label: string; group: DensityGroup }[] = [
  { id: 1, label: 'Grands centres urbains', group: 'urbain' },
  { id: 2, label: 'Centres urbains intermédiaires', group: 'intermediaire' },
  { id: 3, label: 'Ceintures urbaines', group: 'intermediaire' },
  { id: 4, label: 'Petites villes', group: 'intermediaire' },
  { id: 5, label: 'Bourgs ruraux', group: 'rural' },
  { id: 6, label: 'Rural à habitat dispersé', group: 'rural' },
  { id: 7, label: 'Rural à habitat très dispersé', group: 'rural' },
];

export const DENSITY_GROUPS: readonly { id: DensityGroup; label: string }[] = [
  { id: 'urbain', label: 'Urbain (niveau 1)' },
  { id: 'intermediaire', label: 'Intermédiaire (niveaux 2 à 4)' },
  { id: 'rural', label: 'Rural (niveaux 5 à 7)' },
];

function fold(text: string): string {
  return stripAccents(text).toLowerCase().replace(/\s+/g, ' ').trim();
}

const BY_FOLDED_LABEL = new Map(DENSITY_CLASSES.map((d) => [fold(d.label), d.id]));

/**
 * Maps a grid value to its class: the shared file has labels only ("Bourgs ruraux"),
 * other exports keep a code prefix ("5 - Bourgs ruraux") or the bare code ("5").
 */
export function densityClassFromLabel(value: string): DensityClass | null {
  const text = fold(value);
  const code = /^([1-7])(?:\s*-\s*|$)/.exec(text);
  if (code) return Number(code[1]) as DensityClass;
  return BY_FOLDED_LABEL.get(text) ?? null;
}

export function densityGroup(densityClass: DensityClass): DensityGroup {
  return DENSITY_CLASSES[densityClass - 1]!.group;
}
