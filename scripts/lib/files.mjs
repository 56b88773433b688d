// Small file helpers shared by the scripts (Node 20 has no fs.glob yet).
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/**
 * Files below `dir` (recursively) whose name ends with `suffix`, as paths relative to
 * `cwd` with forward slashes, sorted. A missing `dir` yields no files.
 * @param {string} dir
 * @param {string} suffix
 * @param {string} [cwd]
 * @returns {string[]}
 */
export function findFiles(dir, suffix, cwd = process.cwd()) {
  if (!existsSync(dir)) return [];
  /** @type {string[]} */
  const found = [];
  /** @param {string} current */
  const walk = (current) => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile() && entry.name.endsWith(suffix)) found.push(relative(cwd, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}
