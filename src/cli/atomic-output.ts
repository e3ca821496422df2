/**
 * Writes a compiled file set so that OUT is either the old content or the
 * complete new one: files go to a temporary directory beside OUT, which is
 * then renamed into place. Nothing is created before the caller has a
 * complete, valid file set, so a failed compile leaves OUT untouched.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { makeDiagnostic } from "../core/diagnostic";
import { UserError } from "../core/errors";

export interface AtomicWriteOptions {
  /** Relative paths to mark executable (for example `deploy.sh`). */
  executable?: string[];
  /** Working directory the user ran from; OUT may not be it or one of its parents. */
  cwd?: string;
}

export const OUTPUT_CODES = { outNotReplaceable: "APIMC330", outNotWritable: "APIMC331" } as const;

/** File-system failures (a file where a folder should be, no permission, a full disk) are the user's to fix, not crashes. */
const USER_FS_ERRORS = new Set(["EEXIST", "ENOTDIR", "EACCES", "EPERM", "EROFS", "ENOSPC", "EISDIR", "ENAMETOOLONG", "EDQUOT"]);

export function writeOutputAtomically(out: string, files: Record<string, string>, opts: AtomicWriteOptions = {}): void {
  const target = path.resolve(opts.cwd ?? process.cwd(), out);
  refuseForeignTarget(out, target, files, opts.cwd ?? process.cwd());
  try {
    replaceDirectory(target, files, opts);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (!code || !USER_FS_ERRORS.has(code)) throw e;
    const reason = (e as Error).message.replace(/^[A-Z]+: /, "");
    throw new UserError([
      makeDiagnostic(
        OUTPUT_CODES.outNotWritable,
        "error",
        `cannot write --out ${out}: ${reason}`,
        { file: out, line: 0, col: 0 },
        "",
        code === "EEXIST" || code === "ENOTDIR" ? "a file stands where a directory is needed on that path; give another --out" : "give an --out directory you can write to",
      ),
    ]);
  }
}

function replaceDirectory(target: string, files: Record<string, string>, opts: AtomicWriteOptions): void {
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true });
  const tmp = fs.mkdtempSync(path.join(parent, `.${path.basename(target)}.tmp-`));
  let old: string | undefined;
  try {
    // mkdtemp creates 0700; the output is an ordinary directory.
    fs.chmodSync(tmp, 0o777 & ~process.umask());
    for (const rel of Object.keys(files).sort()) {
      const file = path.join(tmp, rel);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, files[rel], { mode: opts.executable?.includes(rel) ? 0o755 : 0o644 });
    }
    if (fs.existsSync(target)) {
      old = `${tmp}.old`;
      fs.renameSync(target, old);
    }
    try {
      fs.renameSync(tmp, target);
    } catch (e) {
      if (old !== undefined) fs.renameSync(old, target);
      old = undefined;
      throw e;
    }
  } catch (e) {
    fs.rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
  if (old !== undefined) fs.rmSync(old, { recursive: true, force: true });
}

/** Replacing OUT deletes what was there: only do it when OUT is a previous output of the same kind. */
function refuseForeignTarget(out: string, target: string, files: Record<string, string>, cwd: string): void {
  const fail = (message: string, hint: string) => {
    throw new UserError([makeDiagnostic(OUTPUT_CODES.outNotReplaceable, "error", message, { file: out, line: 0, col: 0 }, "", hint)]);
  };
  const rel = path.relative(target, path.resolve(cwd));
  if (rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel))) {
    fail(`--out ${out} is the current directory or one of its parents; compiling replaces the whole output directory.`, "give a dedicated directory such as --out build/arm");
  }
  if (!fs.existsSync(target)) return;
  if (!fs.statSync(target).isDirectory()) fail(`--out ${out} exists and is not a directory.`, "give a directory path, or remove the file");
  const existing = fs.readdirSync(target);
  if (existing.length === 0) return;
  const ours = new Set(Object.keys(files).map((f) => f.split("/")[0]));
  if (!existing.some((e) => ours.has(e))) {
    fail(
      `--out ${out} already holds files that apimc did not write (${existing.slice(0, 3).join(", ")}${existing.length > 3 ? ", ..." : ""}); compiling would replace them.`,
      "give an empty or new directory, or one a previous compile wrote",
    );
  }
}
