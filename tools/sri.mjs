// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * A file's Subresource Integrity hash (sha384), as a script tag's integrity attribute takes it.
 * @param {string} path
 */
export const sri = (path) => `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`;
