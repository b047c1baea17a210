// `npm run icons`: renders resources/icon.svg into the PNG and ICO files electron-builder needs.
// The outputs are committed; a unit test checks they still match the SVG.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

export const resourcesDir = resolve(import.meta.dirname, '../resources');
/** Linux (AppImage) icon set: resources/icons/<n>x<n>.png. */
export const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512] as const;
/** Sizes inside icon.ico for Windows (taskbar, explorer, installer); 256 is the largest ICO allows. */
export const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256] as const;

export function renderPng(svg: string, size: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

/** An ICO file holding PNG images (supported since Windows Vista): 6-byte header, 16 bytes per image. */
export function encodeIco(images: { size: number; png: Uint8Array }[]): Uint8Array {
  const headerBytes = 6 + 16 * images.length;
  const total = headerBytes + images.reduce((sum, image) => sum + image.png.byteLength, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  view.setUint16(0, 0, true);
  view.setUint16(2, 1, true); // 1 = icon
  view.setUint16(4, images.length, true);
  let offset = headerBytes;
  images.forEach(({ size, png }, index) => {
    const entry = 6 + 16 * index;
    view.setUint8(entry, size >= 256 ? 0 : size); // 0 means 256
    view.setUint8(entry + 1, size >= 256 ? 0 : size);
    view.setUint8(entry + 2, 0); // no palette
    view.setUint8(entry + 3, 0);
    view.setUint16(entry + 4, 1, true); // colour planes
    view.setUint16(entry + 6, 32, true); // bits per pixel
    view.setUint32(entry + 8, png.byteLength, true);
    view.setUint32(entry + 12, offset, true);
    out.set(png, offset);
    offset += png.byteLength;
  });
  return out;
}

/** Every generated file, by path relative to resources/. */
export function iconFiles(svg: string): Map<string, Uint8Array> {
  const pngs = new Map(LINUX_SIZES.map((size) => [size, renderPng(svg, size)] as const));
  const files = new Map<string, Uint8Array>();
  for (const [size, png] of pngs) files.set(`icons/${size}x${size}.png`, png);
  files.set('icon.png', pngs.get(512)!);
  files.set('icon.ico', encodeIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  return files;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const svg = await readFile(join(resourcesDir, 'icon.svg'), 'utf8');
  await mkdir(join(resourcesDir, 'icons'), { recursive: true });
  for (const [path, bytes] of iconFiles(svg)) await writeFile(join(resourcesDir, path), bytes);
  process.stdout.write(`icons written to ${resourcesDir}\n`);
}
