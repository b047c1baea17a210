// Saving a built Word document through the platform (save dialog in Electron, download in a browser).
import type { Platform, SaveResult } from '../../platform';

export const DOCX_FILTERS = [{ name: 'Word', extensions: ['docx'] }];

export function saveDocx(platform: Platform, fileName: string, bytes: Uint8Array): Promise<SaveResult> {
  return platform.saveFile(fileName, bytes, DOCX_FILTERS);
}
