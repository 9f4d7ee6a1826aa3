import fs from 'node:fs/promises';
import path from 'node:path';

export type DumpSource = { name: string; path: string };

/**
 * The dump files under the given files and folders. A file inside a folder is named by its path
 * below that folder, a file given directly by its base name: the same dump gets the same name
 * (and so the same source key) whatever the working directory. Hidden files are left out.
 */
export async function listDumpSources(inputs: string[]): Promise<DumpSource[]> {
  const sources: DumpSource[] = [];
  for (const input of inputs) {
    const stat = await fs.stat(input);
    if (!stat.isDirectory()) {
      sources.push({ name: path.basename(input), path: input });
      continue;
    }
    const entries = await fs.readdir(input, { recursive: true, withFileTypes: true });
    const files = entries
      .filter((entry) => entry.isFile() && !entry.name.startsWith('.'))
      .map((entry) => path.join(entry.parentPath, entry.name))
      .sort();
    for (const file of files) sources.push({ name: path.relative(input, file).split(path.sep).join('/'), path: file });
  }
  return sources;
}
