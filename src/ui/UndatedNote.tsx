// Under « Situation au », says how many places are hidden for want of a date of labelling, per network.
import { networkById, type NetworkId } from '../domain/networks.ts';
import { formatInteger } from '../domain/numbers.ts';

interface Props {
  asOf: number | null;
  /** Places the other filters keep but that have no date, per network (src/domain/filters.ts, undatedByNetwork). */
  undated: ReadonlyMap<NetworkId, number>;
  /** Networks with dates in their export: for the others, the whole network has none. */
  dated: ReadonlySet<NetworkId>;
}

export function UndatedNote({ asOf, undated, dated }: Props) {
  if (asOf === null || undated.size === 0) return null;
  const total = [...undated.values()].reduce((a, b) => a + b, 0);
  return (
    <p class="note undated-note" data-undated={total}>
      Situation au 31 décembre {asOf} : {formatInteger(total)} lieu{total > 1 ? 'x' : ''} sans date de labellisation {total > 1 ? 'ne sont' : 'n’est'} pas
      montré{total > 1 ? 's' : ''} ({[...undated].map(([n, count]) => `${networkById(n).label} : ${formatInteger(count)}${dated.has(n) ? '' : ', date non disponible dans l’export'}`).join(' ; ')}).
      Ils ne sont comptés que sans le filtre de date (« aujourd’hui »).
    </p>
  );
}
