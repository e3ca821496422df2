import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const logger: KindDescriptor = {
  kind: "logger",
  armType: "loggers",
  declaration: { in: "top", key: "loggers" },
  schemaDef: "Logger",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: { definition: "LoggerContract", replaced: {} },
  references: [],
  secrets: [
    { property: "credentials/connectionString", sources: ["{{named value}}"] },
    { property: "credentials/instrumentationKey", sources: ["{{named value}}"] },
  ],
  // Azure returns credentials masked (the named value it stored), never the value.
  writeOnly: [],
  readOnly: [],
  sdk: { group: "logger", lro: false },
  readBack: "get",
  deletedWithParent: false,
  defaults: [],
  readBackDefaults: [
    { property: "isBuffered", value: true, reason: "Azure reports buffering on when it was never turned off" },
    { property: "description", value: "", reason: "Azure returns an empty description when none was sent" },
  ],
  azureKinds: ["logger"],
};
