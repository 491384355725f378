// A network's marker as a small inline SVG, the same shape (src/domain/marker-shapes.ts) and colour as on the map.
import { MARKER_RADIUS, markerGeometry } from '../domain/marker-shapes.ts';
import { colourHex, type Network } from '../domain/networks.ts';

const BOX = 16;
const R = BOX * MARKER_RADIUS;

export function Marker({ network, sizePx = 16 }: { network: Network; sizePx?: number }) {
  const fill = network.shape === 'ring' ? '#ffffff' : colourHex(network.colour);
  const stroke = network.shape === 'ring' ? colourHex(network.colour) : '#1f2937';
  const strokeWidth = network.shape === 'ring' ? 2.6 : 1;
  const g = markerGeometry(network.shape);
  const c = BOX / 2;
  return (
    <svg class="marker" width={sizePx} height={sizePx} viewBox={`0 0 ${BOX} ${BOX}`} aria-hidden="true" focusable="false">
      <g fill={fill} stroke={stroke} stroke-width={strokeWidth}>
        {g.kind === 'circle' ? <circle cx={c} cy={c} r={(R * g.r).toFixed(2)} /> : <polygon points={g.points.map(([x, y]) => `${(c + x * R).toFixed(2)},${(c + y * R).toFixed(2)}`).join(' ')} />}
      </g>
    </svg>
  );
}
