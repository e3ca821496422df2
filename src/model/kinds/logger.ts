import type { KindDescriptor } from "./types";
import { ARM_NAME_PATTERN } from "./names";

export const logger: KindDescriptor = {
  kind: "logger",
  noun: "logger",
  hooks: { model: "generic" },
  armType: "loggers",
  declaration: { in: "top", key: "loggers" },
  schemaDef: "Logger",
  names: { pattern: ARM_NAME_PATTERN, minLength: 1, maxLength: 256 },
  contract: { definition: "LoggerContract", replaced: {} },
  references: [],
  secrets: [
    { property: "credentials/connectionString", sources: ["{{named value}}"], literal: { code: "literalLoggerCredential", token: "whole", noun: "`credentials.connectionString`" } },
    { property: "credentials/instrumentationKey", sources: ["{{named value}}"], literal: { code: "literalLoggerCredential", token: "whole", noun: "`credentials.instrumentationKey`" } },
  ],
  // Azure stores secret credentials in a named value of its own and returns `{{Logger-Credentials--<id>}}` instead,
  // so what was sent cannot be compared with what a GET returns.
  namedValueTokens: ["credentials/*"],
  writeOnly: ["credentials"],
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
