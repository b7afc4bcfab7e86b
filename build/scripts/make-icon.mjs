// Draws build/icon.png (512×512): a rounded square with a white "V". electron-builder turns it
// into .icns / .ico / Linux icons. Re-run with `node build/scripts/make-icon.mjs` after a change.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 512;
const SAMPLES = 4; // 4×4 supersampling for smooth edges
const background = [31, 94, 120]; // a calm workshop blue
const foreground = [255, 255, 255];

const inRoundedSquare = (x, y) => {
  const margin = 24;
  const radius = 96;
  const lo = margin + radius;
  const hi = SIZE - margin - radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2 && x >= margin && x <= SIZE - margin && y >= margin && y <= SIZE - margin;
};

// The "V": two thick strokes meeting at the bottom.
const top = 130;
const bottom = 390;
const strokes = [
  [150, top, 256, bottom],
  [362, top, 256, bottom],
];
const halfWidth = 34;
const distanceToSegment = (px, py, [x1, y1, x2, y2]) => {
  const dx = x2 - x1;
  const dy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
};
const inV = (x, y) => y >= top && strokes.some((s) => distanceToSegment(x, y, s) <= halfWidth);

const raw = Buffer.alloc((SIZE * 4 + 1) * SIZE);
for (let y = 0; y < SIZE; y++) {
  const row = y * (SIZE * 4 + 1);
  raw[row] = 0; // filter: none
  for (let x = 0; x < SIZE; x++) {
    let square = 0;
    let letter = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        if (inRoundedSquare(px, py)) {
          square++;
          if (inV(px, py)) letter++;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = square / n;
    const mix = square === 0 ? 0 : letter / square;
    const offset = row + 1 + x * 4;
    for (let c = 0; c < 3; c++) raw[offset + c] = Math.round(background[c] * (1 - mix) + foreground[c] * mix);
    raw[offset + 3] = Math.round(alpha * 255);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buffer) => {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
};

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(raw, { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);
const target = new URL('../icon.png', import.meta.url);
writeFileSync(target, png);
console.log(`wrote ${target.pathname} (${png.length} bytes)`);
