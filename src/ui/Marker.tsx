// A network's marker as a small inline SVG, the same shape and colour as on the map.
import { colourHex, type Network } from '../domain/networks.ts';

export function Marker({ network, sizePx = 16 }: { network: Network; sizePx?: number }) {
  const fill = network.shape === 'ring' ? '#ffffff' : colourHex(network.colour);
  const stroke = network.shape === 'ring' ? colourHex(network.colour) : '#1f2937';
  const strokeWidth = network.shape === 'ring' ? 2.6 : 1;
  const shapes = {
    circle: <circle cx="8" cy="8" r="5.8" />,
    ring: <circle cx="8" cy="8" r="5.2" />,
    square: <rect x="3" y="3" width="10" height="10" />,
    diamond: <polygon points="8,1.6 14.4,8 8,14.4 1.6,8" />,
    triangle: <polygon points="8,1.8 14.2,13 1.8,13" />,
  };
  return (
    <svg class="marker" width={sizePx} height={sizePx} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <g fill={fill} stroke={stroke} stroke-width={strokeWidth}>{shapes[network.shape]}</g>
    </svg>
  );
}
