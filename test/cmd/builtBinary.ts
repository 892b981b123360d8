// The real command, as users run it: bin/restore-text.js over dist/ (built by `npm test`'s
// pretest step). A dist/ older than src/ would test yesterday's code, so that fails loudly.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { packageRoot } from '../../src/paths.js';

export const ROOT = packageRoot();
export const BIN = join(ROOT, 'bin', 'restore-text.js');

/** Throws unless every src/**\/*.ts has a dist/src/**\/*.js at least as new. */
export function assertBuilt(): void {
  const src = join(ROOT, 'src');
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const ts = join(entry.parentPath, entry.name);
    const js = join(ROOT, 'dist', relative(ROOT, ts)).replace(/\.ts$/, '.js');
    if (!existsSync(js) || statSync(js).mtimeMs < statSync(ts).mtimeMs) {
      throw new Error(
        `${relative(ROOT, js)} is missing or older than ${relative(ROOT, ts)}: run \`npm run build\` (\`npm test\` builds first)`,
      );
    }
  }
}
