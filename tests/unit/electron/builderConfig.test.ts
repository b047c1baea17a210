// The installer configuration and its resources: fuses, asar, NSIS, file association, icons, license.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { encodeIco, iconFiles, ICO_SIZES, LINUX_SIZES } from '../../../scripts/generateIcons';

const root = join(import.meta.dirname, '../../..');
const resources = join(root, 'resources');

interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { output: string; buildResources: string };
  files: string[];
  asar: boolean;
  electronFuses: Record<string, boolean>;
  fileAssociations: { ext: string; name: string; mimeType: string }[];
  win: { target: { target: string; arch: string[] }[]; icon: string };
  nsis: Record<string, unknown>;
  linux: { target: { target: string }[]; icon: string };
}

const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.slice(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('electron-builder.yml', () => {
  it('packs the app into an asar archive with every security fuse set', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.files).toEqual(['out/**/*', 'package.json']);
  });

  it('names the app Gedeeld with a fixed app id (it keys the user data folder)', () => {
    expect(config.appId).toBe('nl.gedeeld.app');
    expect(config.productName).toBe('Gedeeld');
    expect(config.directories.buildResources).toBe('resources');
  });

  it('builds an NSIS installer that offers a per-machine install, preselected, with a license page', () => {
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      selectPerMachineByDefault: true,
      allowElevation: true,
      license: 'resources/license.txt',
    });
    expect(config.linux.target.map((t) => t.target)).toEqual(['AppImage']);
  });

  it('opens .gedeeld-backup files with Gedeeld', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'gedeeld-backup', mimeType: 'application/x-gedeeld-backup' }),
    ]);
  });

  it('points at resources that exist', () => {
    for (const path of [config.win.icon, config.linux.icon, config.nsis.license as string]) {
      expect(existsSync(join(root, path)), path).toBe(true);
    }
  });
});

describe('installer license', () => {
  it('is in Dutch and English, and plain ASCII so NSIS shows it right in any code page', () => {
    const text = readFileSync(join(resources, 'license.txt'), 'utf8');
    expect(text).toContain('NEDERLANDS');
    expect(text).toContain('ENGLISH');
    expect(text).toMatch(/^[\x20-\x7e\n]*$/);
  });
});

describe('icons', () => {
  it('has every Linux size as a square PNG', () => {
    for (const size of LINUX_SIZES) {
      const png = readFileSync(join(resources, `icons/${size}x${size}.png`));
      expect(pngSize(png), `${size}`).toEqual({ width: size, height: size });
    }
    expect(pngSize(readFileSync(join(resources, 'icon.png')))).toEqual({ width: 512, height: 512 });
  });

  it('has an ICO with the Windows sizes up to 256, each a PNG at the offset its entry names', () => {
    const ico = readFileSync(join(resources, 'icon.ico'));
    const view = new DataView(ico.buffer, ico.byteOffset, ico.byteLength);
    expect([view.getUint16(0, true), view.getUint16(2, true)]).toEqual([0, 1]);
    expect(view.getUint16(4, true)).toBe(ICO_SIZES.length);
    const sizes = ICO_SIZES.map((_, index) => {
      const entry = 6 + 16 * index;
      const length = view.getUint32(entry + 8, true);
      const offset = view.getUint32(entry + 12, true);
      const png = pngSize(ico.subarray(offset, offset + length));
      expect(png.width).toBe(view.getUint8(entry) || 256);
      return png.width;
    });
    expect(sizes).toEqual([...ICO_SIZES]);
  });

  it('are what `npm run icons` makes of icon.svg today (regenerate after editing the SVG)', () => {
    const generated = iconFiles(readFileSync(join(resources, 'icon.svg'), 'utf8'));
    for (const [path, bytes] of generated) {
      expect(Buffer.from(bytes).equals(readFileSync(join(resources, path))), path).toBe(true);
    }
  });

  it('encodes the 256 size as 0 in an ICO entry, as the format requires', () => {
    const ico = encodeIco([{ size: 256, png: new Uint8Array([1, 2, 3]) }]);
    expect([ico[6], ico[7]]).toEqual([0, 0]);
    expect(new DataView(ico.buffer).getUint32(6 + 12, true)).toBe(22);
    expect([...ico.slice(22)]).toEqual([1, 2, 3]);
  });
});
