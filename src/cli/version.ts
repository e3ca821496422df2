/**
 * The package version for `--version`. The CLI runs from dist/src/cli (the binary) and from
 * src/cli (in-process tests), so the package.json is found by walking up, not by a fixed depth.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export function packageVersion(from: string = __dirname): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const file = path.join(dir, "package.json");
    if (fs.existsSync(file)) {
      const pkg = JSON.parse(fs.readFileSync(file, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "apimc" && pkg.version) return pkg.version;
    }
    if (path.dirname(dir) === dir) return "0.0.0";
  }
}
