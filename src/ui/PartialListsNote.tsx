// Says, wherever counts are read, which networks have an incomplete list, how incomplete, and who says so.
import { networkById, type NetworkId } from '../domain/networks.ts';
import { partialListText, type NetworkStatus } from '../domain/places-file.ts';

interface Props {
  partial: readonly NetworkStatus[];
  /** Only these networks are concerned (the ones shown); all partial ones when absent. */
  networks?: readonly NetworkId[];
  /** Figures are shown: say they are indicative and not counted in « Tous les réseaux ». */
  figures?: boolean;
}

export function PartialListsNote({ partial, networks, figures = false }: Props) {
  const concerned = partial.filter((s) => !networks || networks.includes(s.id));
  if (concerned.length === 0) return null;
  return (
    <p class="note partial-lists">
      {concerned.map((s, i) => (
        <span key={s.id}>
          {i > 0 ? ' ; ' : ''}
          {networkById(s.id).label} : <span title={`Source : ${s.expected!.source}`}>{partialListText(s)}</span>
        </span>
      ))}
      .{figures ? ' Leurs chiffres sont indicatifs et ne comptent pas dans « Tous les réseaux ».' : ''}
    </p>
  );
}
