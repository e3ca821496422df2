/**
 * Recognises a gateway snapshot on the command line: a `snapshot.json` file, or
 * a gateway bundle directory holding one (and no declarations).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { makeDiagnostic } from "../core/diagnostic";
import { UserError } from "../core/errors";
import { isGatewaySnapshot, type GatewaySnapshotLike } from "../diff/snapshot-plan";

const DECLARATION_ROOTS = ["apim.yaml", "apim.yml", "apim.json", "apim.ts", "apim.js", "apim.cjs"];

/** The snapshot file a path names, or undefined when the path holds declarations. */
export function snapshotFileOf(target: string): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(target);
  } catch {
    return undefined;
  }
  if (stat.isFile()) return target.endsWith(".json") && path.basename(target) !== "apim.json" ? target : undefined;
  if (DECLARATION_ROOTS.some((f) => fs.existsSync(path.join(target, f)))) return undefined;
  const file = path.join(target, "snapshot.json");
  return fs.existsSync(file) ? file : undefined;
}

export function readSnapshot(file: string): GatewaySnapshotLike {
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(file, "utf8"));
  } catch (e) {
    throw new UserError([
      makeDiagnostic("APIMC701", "error", `${file} is not readable JSON: ${(e as Error).message}`, { file, line: 0, col: 0 }, "", "pass two snapshot.json files of gateway bundles, or two declaration directories"),
    ]);
  }
  if (!isGatewaySnapshot(value)) {
    throw new UserError([
      makeDiagnostic("APIMC702", "error", `${file} is not a gateway snapshot (no gateway, service, hostnames and operations)`, { file, line: 1, col: 1 }, "", "compare the snapshot.json that `apimc compile --target gateway` writes, or declaration directories"),
    ]);
  }
  return value;
}
