/**
 * Validation may not import the model (DESIGN §2), so src/validate keeps its
 * own small tables of the registry-only kinds; these tests pin them to the
 * kind registry so they cannot drift.
 */
import { GENERIC_KINDS } from "../../src/model/generic";
import { BUILT_IN_GROUPS as MODEL_BUILT_IN_GROUPS } from "../../src/model/kinds/group";
import { kindDescriptor } from "../../src/model/kinds/registry";
import { BUILT_IN_GROUPS, REGISTRY_SECTIONS, SECRET_SOURCE_PROPERTIES } from "../../src/validate/rules/registry-kinds";

const topLevel = GENERIC_KINDS.map(kindDescriptor).filter((d) => d.declaration.in === "top");
const sectionOf = (d: ReturnType<typeof kindDescriptor>) => (d.declaration.in === "top" ? d.declaration.key : "");

test("the sections of the registry-only kinds are the registry's", () => {
  expect([...REGISTRY_SECTIONS].sort()).toEqual(topLevel.map(sectionOf).sort());
});

test("the secret-source properties are the registry's", () => {
  const fromRegistry: Record<string, string[]> = {};
  for (const d of topLevel) {
    const props = d.secrets.filter((s) => !s.sources.includes("{{named value}}")).map((s) => s.property);
    if (props.length) fromRegistry[sectionOf(d)] = props;
  }
  expect(SECRET_SOURCE_PROPERTIES).toEqual(fromRegistry);
});

test("the built-in groups are the registry's", () => {
  expect(BUILT_IN_GROUPS).toEqual(MODEL_BUILT_IN_GROUPS);
});
