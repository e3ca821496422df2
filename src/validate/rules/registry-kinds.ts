/**
 * Secrets of the kinds built from the registry alone: secret-bearing
 * properties APIM does not resolve `{{named value}}` tokens in take a secret
 * source, never a literal. (Their references by name are checked with every
 * other kind's, from the registry, in references.ts.)
 */
import type { ApimcDeclarations } from "../../load/declarations.generated";
import { joinPointer } from "../../core/pointer";
import { CODES } from "../codes";
import { entriesOf, isString, type Reporter } from "../reporter";
import { KINDS, kindDescriptor } from "../../model/kinds/registry";
import type { KindDescriptor } from "../../model/kinds/types";


/** Top-level kinds built from the registry alone (their model is `generic`). */
const GENERIC_TOP = KINDS.filter((k) => k.hooks?.model === "generic" && k.declaration.in === "top");
const sectionOf = (k: KindDescriptor): string => (k.declaration.in === "top" ? k.declaration.key : k.kind);

/** The registry's secret-source properties per section (not `{{named value}}` ones: APIM resolves those itself). */
export const SECRET_SOURCE_PROPERTIES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  GENERIC_TOP.map((k) => [sectionOf(k), k.secrets.filter((x) => !x.sources.includes("{{named value}}")).map((x) => x.property)] as const).filter(([, props]) => props.length > 0),
);

/** Top-level sections of the kinds built from the registry alone. */
export const REGISTRY_SECTIONS: readonly string[] = GENERIC_TOP.map(sectionOf);

/** Groups every instance has; products name them without a declaration (the registry's `builtInNames`). */
export const BUILT_IN_GROUPS: readonly string[] = kindDescriptor("group").builtInNames ?? [];

/** Names a kind's diagnostics use (`OpenID Connect provider`). */
const NOUN: Record<string, string> = Object.fromEntries(GENERIC_TOP.map((k) => [sectionOf(k), k.noun ?? k.kind]));

/** Literal secrets where the registry asks for a secret source (`{{named value}}` ones: secrets.ts). */
export function checkRegistryKinds(data: ApimcDeclarations, r: Reporter): void {
  checkSecretSources(data, r);
}

function checkSecretSources(data: ApimcDeclarations, r: Reporter): void {
  const record = data as unknown as Record<string, unknown>;
  for (const [section, properties] of Object.entries(SECRET_SOURCE_PROPERTIES)) {
    for (const [name, decl] of entriesOf(record[section])) {
      for (const property of properties) {
        const v = decl[property];
        if (!isString(v)) continue;
        // Never echo the value: it is a secret written where it must not be.
        r.error(
          CODES.literalSecretSource,
          joinPointer(`/${section}`, name, property),
          `\`${property}\` of ${NOUN[section]} \`${name}\` is a literal; secrets must not be written in the file`,
          `write \`${property}: { fromParameter: ${paramHint(name, property)} }\` (a secure deploy parameter) or \`${property}: { fromKeyVault: https://<vault>.vault.azure.net/secrets/<name> }\`; then rotate the exposed secret`,
        );
      }
    }
  }
}

function paramHint(name: string, property: string): string {
  const camel = name.replace(/[^A-Za-z0-9]+(.)?/g, (_, c: string | undefined) => (c ? c.toUpperCase() : ""));
  return `${camel}${property[0].toUpperCase()}${property.slice(1)}`.replace(/^[^A-Za-z]+/, "p");
}
