// The markers drawn once on a canvas, the icon atlas deck.gl reads; shapes come from src/domain/marker-shapes.ts.
import { MARKER_RADIUS, markerGeometry } from '../domain/marker-shapes.ts';
import { NETWORKS, colourHex, type Network, type NetworkId } from '../domain/networks.ts';

export const ICON_PX = 48;

function tracePath(ctx: CanvasRenderingContext2D, shape: Network['shape'], c: number, r: number) {
  const g = markerGeometry(shape);
  ctx.beginPath();
  if (g.kind === 'circle') ctx.arc(c, c, r * g.r, 0, Math.PI * 2);
  else {
    g.points.forEach(([x, y], i) => (i === 0 ? ctx.moveTo(c + x * r, c + y * r) : ctx.lineTo(c + x * r, c + y * r)));
    ctx.closePath();
  }
}

/** Draws a network's marker into a 2D context (also used by the legend's swatches). */
export function drawMarker(ctx: CanvasRenderingContext2D, network: Network, x: number, y: number, sizePx: number) {
  const r = sizePx * MARKER_RADIUS;
  ctx.save();
  ctx.translate(x - sizePx / 2, y - sizePx / 2);
  // A white halo around the dark edge keeps dark markers visible on the choropleth's darkest class (#253494).
  ctx.lineJoin = 'round';
  ctx.lineWidth = sizePx * 0.14;
  ctx.strokeStyle = '#ffffff';
  tracePath(ctx, network.shape, sizePx / 2, r + (network.shape === 'ring' ? sizePx * 0.08 : 0));
  ctx.stroke();
  tracePath(ctx, network.shape, sizePx / 2, r);
  ctx.fillStyle = network.shape === 'ring' ? '#ffffff' : colourHex(network.colour);
  ctx.fill();
  ctx.lineJoin = 'round';
  if (network.shape === 'ring') {
    ctx.lineWidth = sizePx * 0.16;
    ctx.strokeStyle = colourHex(network.colour);
    ctx.stroke();
  }
  // A dark edge keeps light markers visible on the light land colour.
  ctx.lineWidth = Math.max(1, sizePx * 0.05);
  ctx.strokeStyle = '#1f2937';
  tracePath(ctx, network.shape, sizePx / 2, r + (network.shape === 'ring' ? sizePx * 0.08 : 0));
  ctx.stroke();
  ctx.restore();
}

export function iconAtlas(): { canvas: HTMLCanvasElement; mapping: Record<NetworkId, { x: number; y: number; width: number; height: number; mask: boolean }> } {
  const canvas = document.createElement('canvas');
  canvas.width = ICON_PX * NETWORKS.length;
  canvas.height = ICON_PX;
  const ctx = canvas.getContext('2d')!;
  const mapping = {} as Record<NetworkId, { x: number; y: number; width: number; height: number; mask: boolean }>;
  NETWORKS.forEach((n, i) => {
    drawMarker(ctx, n, i * ICON_PX + ICON_PX / 2, ICON_PX / 2, ICON_PX);
    mapping[n.id] = { x: i * ICON_PX, y: 0, width: ICON_PX, height: ICON_PX, mask: false };
  });
  return { canvas, mapping };
}
