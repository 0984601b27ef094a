// @ts-check
// The build's two ways of packing a folder, one place: every file under it, and a zip of it whose
// bytes depend on its files only.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';

/**
 * Every file under a folder, as paths joined to it, in name order.
 * @param {string} dir
 * @returns {string[]}
 */
export function filesUnder(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * Writes a zip of a folder's files inside one folder named `top`, at fixed timestamps: the same
 * files make the same zip.
 * @param {string} dir
 * @param {string} top
 * @param {string} zip the zip's path
 */
export function zipFolder(dir, top, zip) {
  const mtime = new Date(Date.UTC(2000, 0, 1));
  /** @type {import('fflate').Zippable} */
  const entries = {};
  for (const name of filesUnder(dir)
    .map((path) => relative(dir, path))
    .sort())
    entries[`${top}/${name}`] = [new Uint8Array(readFileSync(join(dir, name))), { mtime }];
  writeFileSync(zip, zipSync(entries, { level: 9 }));
  return Object.keys(entries).length;
}
