/**
 * `npm run icons`: draws the app's icons (a small network of people: three linked circles),
 * manifest/color.png (192×192, on the accent colour) and manifest/outline.png (32×32, white on
 * transparent, as Teams requires), and the Outlook add-in's ribbon icons
 * manifest/addin/icon-{16,32,80}.png (the accent colour on transparent; served from the app's
 * address, as the manifest's ribbon icons must be https URLs).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { REPO_ROOT } from '../src/emulator/schema/paths';

type Rgba = readonly [number, number, number, number];

function draw(size: number, background: Rgba, ink: Rgba): Buffer {
  const png = new PNG({ width: size, height: size });
  const s = size / 32;
  const nodes = [
    [16, 8],
    [8, 23],
    [24, 23],
  ].map(([x, y]) => [(x as number) * s, (y as number) * s] as const);
  const nodeRadius = 4.2 * s;
  const lineHalfWidth = 1.1 * s;
  const distanceToSegment = (
    px: number,
    py: number,
    [ax, ay]: readonly [number, number],
    [bx, by]: readonly [number, number],
  ) => {
    const t = Math.max(
      0,
      Math.min(
        1,
        ((px - ax) * (bx - ax) + (py - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2),
      ),
    );
    return Math.hypot(px - (ax + t * (bx - ax)), py - (ay + t * (by - ay)));
  };
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const px = x + 0.5;
      const py = y + 0.5;
      const onNode = nodes.some(([nx, ny]) => Math.hypot(px - nx, py - ny) <= nodeRadius);
      const onLine = nodes.some(
        (a, i) =>
          distanceToSegment(
            px,
            py,
            a,
            nodes[(i + 1) % nodes.length] as readonly [number, number],
          ) <= lineHalfWidth,
      );
      const colour = onNode || onLine ? ink : background;
      png.data.set(colour, (y * size + x) * 4);
    }
  }
  return PNG.sync.write(png);
}

/** The accent colour of the app (also in the manifest). */
export const ACCENT: Rgba = [0x2b, 0x6e, 0x6a, 255];

writeFileSync(path.join(REPO_ROOT, 'manifest/color.png'), draw(192, ACCENT, [255, 255, 255, 255]));
writeFileSync(
  path.join(REPO_ROOT, 'manifest/outline.png'),
  draw(32, [0, 0, 0, 0], [255, 255, 255, 255]),
);
/** The sizes of the add-in's ribbon icons: the three Outlook requires. */
export const ADDIN_ICON_SIZES = [16, 32, 80] as const;
mkdirSync(path.join(REPO_ROOT, 'manifest/addin'), { recursive: true });
for (const size of ADDIN_ICON_SIZES) {
  writeFileSync(
    path.join(REPO_ROOT, `manifest/addin/icon-${size}.png`),
    draw(size, [0, 0, 0, 0], ACCENT),
  );
}
console.log('manifest/color.png, manifest/outline.png and manifest/addin/icon-*.png written');
