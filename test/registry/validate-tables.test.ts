/**
 * Validation derives its tables of the registry-only kinds from the kind
 * registry (src/model/kinds, which src/validate may import). These tests pin
 * what that derivation gives today, so a descriptor change that alters what
 * validation accepts is a visible change here.
 */
import { GENERIC_KINDS } from "../../src/model/generic";
import { BUILT_IN_GROUPS as MODEL_BUILT_IN_GROUPS } from "../../src/model/kinds/group";
import { BUILT_IN_GROUPS, REGISTRY_SECTIONS, SECRET_SOURCE_PROPERTIES } from "../../src/validate/rules/registry-kinds";

test("the sections of the registry-only kinds", () => {
  expect([...REGISTRY_SECTIONS].sort()).toEqual(["authorizationServers", "caches", "certificates", "diagnostics", "groups", "loggers", "openidConnectProviders", "subscriptions", "tags"]);
  expect(GENERIC_KINDS).toEqual(["tag", "group", "certificate", "logger", "diagnostic", "cache", "authorizationServer", "openidConnectProvider", "subscription", "apiDiagnostic"]);
});

test("the secret-source properties, not the named-value ones", () => {
  expect(SECRET_SOURCE_PROPERTIES).toEqual({
    certificates: ["data", "password"],
    subscriptions: ["primaryKey", "secondaryKey"],
    authorizationServers: ["clientSecret", "resourceOwnerPassword"],
    openidConnectProviders: ["clientSecret"],
    caches: ["connectionString"],
  });
});

test("the built-in groups are the group descriptor's", () => {
  expect(BUILT_IN_GROUPS).toEqual(MODEL_BUILT_IN_GROUPS);
  expect(BUILT_IN_GROUPS).toEqual(["administrators", "developers", "guests"]);
});
