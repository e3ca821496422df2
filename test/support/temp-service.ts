/**
 * A fresh service folder per test, for validation tests that write one `apim.yaml` and read the
 * diagnostics a user would see.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { loadDeclarations, validateDeclarations, type Diagnostic } from "../../src/index";

export interface TempService {
  /** The folder of the current test. */
  readonly dir: string;
  /** Writes `apim.yaml` (service `contoso` plus `yaml`) and validates it. */
  check(yaml: string): Promise<Diagnostic[]>;
}

export function useTempService(prefix: string): TempService {
  let dir = "";
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  });
  afterEach(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return {
    get dir() {
      return dir;
    },
    async check(yaml: string) {
      fs.writeFileSync(path.join(dir, "apim.yaml"), `version: 1\nservice:\n  name: contoso\n${yaml}`);
      return validateDeclarations(await loadDeclarations(dir));
    },
  };
}

/** `line:col severity code pointer | message | fix`, the parts of a diagnostic a user reads. */
export const full = (list: Diagnostic[]): string[] =>
  list.map((d) => `${d.line}:${d.col} ${d.severity} ${d.code} ${d.pointer} | ${d.message} | ${d.hint}`);
