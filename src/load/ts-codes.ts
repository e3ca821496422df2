/** Diagnostic codes for declarations written in TypeScript/JavaScript (APIMC060–APIMC069), documented in docs/typescript.md. */
export const TS_CODES = {
  typescriptMissing: "APIMC060",
  syntax: "APIMC061",
  evaluation: "APIMC062",
  noExport: "APIMC063",
  notPlainData: "APIMC064",
} as const;

/** Root file names tried, in order, after apim.yaml / apim.yml / apim.json. */
export const SCRIPT_ROOT_NAMES = ["apim.ts", "apim.js", "apim.cjs"];

export function isScriptFile(file: string): boolean {
  return /\.(c?ts|c?js)$/i.test(file) && !/\.d\.c?ts$/i.test(file);
}

export function isTypeScriptFile(file: string): boolean {
  return /\.c?ts$/i.test(file);
}
