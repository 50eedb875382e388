// Dot icons for point layers drawn as symbols (a filled circle with a white ring), so the
// collision index keeps every label off them. Drawn at 2× pixels from a CSS colour.
import { rgbaOf } from '../../layers/evaluate';

export function dotIcon(color: string, radius: number, ring: number, scale = 2) {
  const c = rgbaOf(color);
  const size = Math.ceil((radius + 1) * 2 * scale);
  const data = new Uint8Array(size * size * 4);
  const mid = size / 2;
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = Math.hypot(x + 0.5 - mid, y + 0.5 - mid) / scale;
      const cover = Math.max(0, Math.min(1, radius + 0.5 - d));
      const inner = Math.max(0, Math.min(1, radius - ring + 0.5 - d));
      const i = (y * size + x) * 4;
      // Premultiplied-free RGBA: white ring blended over the fill by the inner coverage.
      data[i] = Math.round(c[0] * inner + 255 * (1 - inner));
      data[i + 1] = Math.round(c[1] * inner + 255 * (1 - inner));
      data[i + 2] = Math.round(c[2] * inner + 255 * (1 - inner));
      data[i + 3] = Math.round(255 * cover);
    }
  }
  return { width: size, height: size, data };
}
