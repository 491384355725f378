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

/** Pixels that differ between two screenshots of the same area (a focus ring, a highlight). */
export function changedPixels(a: Buffer, b: Buffer, tolerance = 16): number {
  const x = PNG.sync.read(a);
  const y = PNG.sync.read(b);
  if (x.width !== y.width || x.height !== y.height) throw new Error('screenshots of different sizes');
  let n = 0;
  for (let i = 0; i < x.data.length; i += 4) {
    if (Math.abs(x.data[i]! - y.data[i]!) > tolerance || Math.abs(x.data[i + 1]! - y.data[i + 1]!) > tolerance || Math.abs(x.data[i + 2]! - y.data[i + 2]!) > tolerance) n++;
  }
  return n;
}
