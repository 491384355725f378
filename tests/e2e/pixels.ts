// Counts drawn pixels of a colour in a screenshot: proof that the map draws, not only that the DOM exists.
import { PNG } from 'pngjs';

export function countColour(png: Buffer, [r, g, b]: [number, number, number], tolerance = 24, clip?: { x: number; y: number; width: number; height: number }): number {
  const image = PNG.sync.read(png);
  const x0 = clip?.x ?? 0;
  const y0 = clip?.y ?? 0;
  const x1 = Math.min(image.width, x0 + (clip?.width ?? image.width));
  const y1 = Math.min(image.height, y0 + (clip?.height ?? image.height));
  let n = 0;
  for (let y = y0; y < y1; y++) {
    for (let x = x0; x < x1; x++) {
      const i = (y * image.width + x) * 4;
      if (Math.abs(image.data[i]! - r) <= tolerance && Math.abs(image.data[i + 1]! - g) <= tolerance && Math.abs(image.data[i + 2]! - b) <= tolerance) n++;
    }
  }
  return n;
}
