import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/**
 * Writes every file or none: each goes to a temporary file beside its target first, and only
 * when all are written are they renamed into place (a rename within a folder is atomic).
 */
export async function writeFilesAtomically(files: ReadonlyArray<{ path: string; data: Uint8Array | string }>): Promise<void> {
  const temps: string[] = [];
  try {
    for (const file of files) {
      const temp = path.join(path.dirname(file.path), `.${path.basename(file.path)}.${process.pid}.tmp`);
      temps.push(temp);
      await fs.writeFile(temp, file.data);
    }
    for (let i = 0; i < files.length; i++) await fs.rename(temps[i], files[i].path);
  } catch (error) {
    await Promise.all(temps.map((temp) => fs.rm(temp, { force: true })));
    throw error;
  }
}
