import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A security release of Next must be one `npm install next@<version>` away: nothing on install may
// depend on how Next is built inside, and the app reaches Next only through its public entry points.
// That the built app still answers 410 and 404 is checked end to end (e2e/release.spec.ts, e2e/edge.spec.ts).

const root = path.resolve(import.meta.dirname, '..');
const read = (file: string) => fs.readFileSync(path.join(root, file), 'utf8');
const manifest = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare', 'prepublish'];
const patches = fs.existsSync(path.join(root, 'patches')) ? fs.readdirSync(path.join(root, 'patches')) : [];

/** Source files of ours, outside node_modules, build output and data. */
function sourceFiles(folder: string): string[] {
  return fs.readdirSync(path.join(root, folder), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.(ts|tsx|mjs|js)$/.test(entry.name) ? [relative] : [];
  });
}

describe('upgrading Next', () => {
  it('finds no patch of Next or of its packages', () => {
    expect(patches.filter((file) => /^(next|@next\+|next-)/.test(file))).toEqual([]);
  });

  it('runs no install step that names Next', () => {
    for (const hook of INSTALL_HOOKS) {
      const command = manifest.scripts[hook] ?? '';
      expect(command, hook).not.toMatch(/\bnext\b/i);
      for (const [script] of command.matchAll(/scripts\/[\w./-]+\.m?[jt]s/g)) {
        expect(read(script), script).not.toMatch(/node_modules\/next|next\/dist|['"]next['"]/);
      }
    }
  });

  it('leaves every other patch to be dropped once its upstream fix is released, as the README says', () => {
    const readme = read('README.md');
    for (const file of patches) {
      const name = file.replace(/\+[^+]*\.patch$/, '').replace('+', '/');
      expect(readme, file).toMatch(new RegExp(`${name.replace('/', '\\/')}\\S*#\\d+|porsager\\/${name}#\\d+`));
    }
  });

  it('reaches Next only through its public entry points, never its compiled internals (next/dist/…)', () => {
    const files = ['app', 'lib', 'components', 'scripts', 'db', 'bench', 'test', 'e2e'].flatMap(sourceFiles);
    const roots = ['next.config.ts', 'proxy.ts', 'instrumentation.ts'];
    const internal = [...files, ...roots].filter((file) =>
      /from ['"]next\/dist\/|import\(['"]next\/dist\//.test(read(file)),
    );
    expect(internal).toEqual([]);
  });
});
