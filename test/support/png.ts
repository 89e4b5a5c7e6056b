/**
 * A small PNG decoder for the screenshots Chromium takes (8-bit RGB or RGBA, not interlaced), so
 * tests can read pixels without an image library.
 */
import { inflateSync } from 'node:zlib';

export interface Pixels {
  width: number;
  height: number;
  /** RGBA, 4 bytes a pixel, rows top to bottom. */
  data: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

export function decodePng(png: Uint8Array): Pixels {
  if (!SIGNATURE.every((byte, i) => png[i] === byte)) throw new Error('not a PNG file');
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  let width = 0;
  let height = 0;
  let channels = 0;
  const compressed: Uint8Array[] = [];
  for (let at = 8; at < png.length;) {
    const length = view.getUint32(at);
    const type = String.fromCharCode(...png.subarray(at + 4, at + 8));
    const body = png.subarray(at + 8, at + 8 + length);
    if (type === 'IHDR') {
      width = view.getUint32(at + 8);
      height = view.getUint32(at + 12);
      const [depth, colourType, , , interlace] = body.subarray(8, 13);
      channels = colourType === 6 ? 4 : colourType === 2 ? 3 : 0;
      if (depth !== 8 || channels === 0 || interlace !== 0)
        throw new Error(`unsupported PNG: depth ${depth}, colour type ${colourType}, interlace ${interlace}`);
    } else if (type === 'IDAT') compressed.push(body);
    else if (type === 'IEND') break;
    at += 12 + length;
  }
  const raw = inflateSync(Buffer.concat(compressed));
  const stride = width * channels;
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = rows.subarray(y * stride, (y + 1) * stride);
    // The row above; the first row has none, which the filters read as zeros.
    const up = y > 0 ? rows.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    // One loop per filter type, not a choice per byte: full-page screenshots are millions of bytes.
    if (filter === 0) out.set(line);
    else if (filter === 1) {
      for (let x = 0; x < stride; x++) out[x] = (line[x]! + (x >= channels ? out[x - channels]! : 0)) & 255;
    } else if (filter === 2) {
      for (let x = 0; x < stride; x++) out[x] = (line[x]! + up[x]!) & 255;
    } else if (filter === 3) {
      for (let x = 0; x < stride; x++) out[x] = (line[x]! + (((x >= channels ? out[x - channels]! : 0) + up[x]!) >> 1)) & 255;
    } else if (filter === 4) {
      for (let x = 0; x < stride; x++) {
        const left = x >= channels ? out[x - channels]! : 0;
        const upLeft = x >= channels ? up[x - channels]! : 0;
        out[x] = (line[x]! + paeth(left, up[x]!, upLeft)) & 255;
      }
    } else throw new Error(`unsupported PNG: row filter ${filter}`);
  }
  if (channels === 4) return { width, height, data: rows };
  const data = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    data[j] = rows[i]!;
    data[j + 1] = rows[i + 1]!;
    data[j + 2] = rows[i + 2]!;
    data[j + 3] = 255;
  }
  return { width, height, data };
}
