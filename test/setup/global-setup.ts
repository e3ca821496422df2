/**
 * Jest's global setup, run once before any worker starts: a fresh dist/ (test/setup/fresh-build.js), and the
 * emulators' TLS certificate for the whole run, whose folder the workers inherit in APIMC_TEST_TLS_DIR
 * (test/emulators/tls.ts).
 */
import { dirname } from "node:path";
import { generateEmulatorTls, SHARED_TLS_ENV } from "../emulators/tls";

const freshBuild = require("./fresh-build.js") as () => Promise<void>;

export default async function globalSetup(): Promise<void> {
  await freshBuild();
  if (!process.env[SHARED_TLS_ENV]) process.env[SHARED_TLS_ENV] = dirname((await generateEmulatorTls()).caFile);
}
