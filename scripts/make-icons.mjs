// Writes public/icons/icon{16,32,48,128}.png: a shield with a check mark, drawn by hand (no image tools needed).
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
};

function insideShield(x, y) {
  // x, y in [0,1]; a shield: flat top, sides going down, pointed bottom.
  if (y < 0.08 || y > 0.95) return false;
  const half = y < 0.55 ? 0.4 : 0.4 * (1 - (y - 0.55) / 0.4);
  return Math.abs(x - 0.5) <= half;
}
function onCheck(x, y, w) {
  const d1 = distToSeg(x, y, 0.3, 0.5, 0.45, 0.65);
  const d2 = distToSeg(x, y, 0.45, 0.65, 0.72, 0.36);
  return Math.min(d1, d2) < w;
}
function distToSeg(px, py, ax, ay, bx, by) {
  const dx = bx - ax, dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Transparent padding around the artwork: the Chrome Web Store asks for a 128 px icon whose artwork is 96 px,
 * with 16 px of padding on each side. The toolbar sizes use the whole square.
 */
const PADDING = { 128: 16 };

function png(size) {
  const rows = [];
  const ss = 4;
  const pad = PADDING[size] ?? 0;
  const inner = size - 2 * pad;
  for (let y = 0; y < size; y++) {
    const row = [0];
    for (let x = 0; x < size; x++) {
      let shield = 0, check = 0;
      for (let sy = 0; sy < ss; sy++) for (let sx = 0; sx < ss; sx++) {
        const fx = (x - pad + (sx + 0.5) / ss) / inner, fy = (y - pad + (sy + 0.5) / ss) / inner;
        if (insideShield(fx, fy)) { shield++; if (onCheck(fx, fy, inner < 24 ? 0.085 : 0.06)) check++; }
      }
      const n = ss * ss;
      const a = Math.round((shield / n) * 255);
      const c = check / Math.max(shield, 1);
      const mix = (bg, fg) => Math.round(bg * (1 - c) + fg * c);
      row.push(mix(0x1f, 0xff), mix(0x6f, 0xff), mix(0xeb, 0xff), a);
    }
    rows.push(Buffer.from(row));
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon${size}.png`, png(size));
