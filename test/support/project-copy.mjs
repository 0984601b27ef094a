// A throwaway copy of the project, for the README recipes' tests (add a language, add an
// element): what the build reads, without the generated data, and the project's node_modules.
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** @param {string} prefix @returns {string} the copy's folder; the caller removes it */
export function copyProject(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of [
    'src',
    'press-kit',
    'package.json',
    'tsconfig.json',
    'rollup.config.mjs',
    'custom-elements-manifest.config.mjs',
    'tools',
    'wordpress',
  ])
    cpSync(join(ROOT, name), join(dir, name), { recursive: true, filter: (path) => !path.endsWith('.generated.ts') });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
