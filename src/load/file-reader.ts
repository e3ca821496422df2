/** The loader's only door to the disk, so tests and the provider can hand in their own reader. */
import * as fs from "fs";
import * as path from "path";
import type { LoadOptions } from "./types";

export type ReadResult = { ok: true; text: string } | { ok: false; missing: boolean; reason: string };

export type Reader = (path: string) => ReadResult;

export function makeReader(options: LoadOptions | undefined): Reader {
  const read = options?.readFile ?? ((p: string) => fs.readFileSync(p, "utf8"));
  return (p) => {
    try {
      return { ok: true, text: read(p) };
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      const missing = code === "ENOENT" || code === "ENOTDIR" || code === undefined;
      return { ok: false, missing, reason: code === "EISDIR" ? "it is a directory" : (err as Error).message };
    }
  };
}

/** A file reference relative to `dir`, unless it is already absolute. */
export function resolveRef(dir: string, ref: string): string {
  return path.isAbsolute(ref) ? ref : path.join(dir, ref);
}

/** How to make an unreadable declaration file readable. */
export function unreadableHint(file: string, reason: string): string {
  return reason === "it is a directory"
    ? `rename the directory ${file}, or pass the path of your declaration file`
    : "make the file readable (check its permissions and that it is a regular file)";
}
