let folder: string | undefined;

/**
 * Where the embed script was loaded from. Its folder holds the elements' own files and the press
 * kit; a script from a blob: or data: URL has no folder, and then nothing is loaded or linked
 * beside it.
 */
export function setScriptUrl(url: string | undefined): void {
  folder = url && /^https?:/.test(url) ? new URL('./', url).href : undefined;
}

/** A file beside the embed script, or undefined when the script's folder is not known. */
export function besideScript(path: string): string | undefined {
  return folder && new URL(path, folder).href;
}
