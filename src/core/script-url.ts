let scriptUrl: string | undefined;

/**
 * Where the embed script was loaded from. Its folder holds the elements' own files and the press
 * kit; a script from a blob: or data: URL has no folder, and then nothing is loaded or linked
 * beside it. Only kept here: the URL is parsed when a file is needed, not while the script is
 * evaluated (the first URL parse of a page is a few milliseconds on a slow phone).
 */
export function setScriptUrl(url: string | undefined): void {
  scriptUrl = url && /^https?:/.test(url) ? url : undefined;
}

/** A file beside the embed script, or undefined when the script's folder is not known. */
export function besideScript(path: string): string | undefined {
  return scriptUrl && new URL(path, scriptUrl).href;
}
