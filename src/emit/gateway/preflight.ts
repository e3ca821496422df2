/**
 * `preflight.md` / `preflight.json`: what will go wrong on this gateway
 * before it does. Each finding is a Diagnostic, so the CLI, the report and
 * tests share one shape.
 */
import { makeDiagnostic, sortDiagnostics, type Diagnostic, type SourceLocation } from "../../core/diagnostic";
import { policyReferences, SELF_HOSTED_SKIPPED } from "../../policy";
import { literalUrlHost } from "../../lint/hosts";
import { type Locate, type Model, type PolicyModel } from "../../model";
import { GATEWAY_CODES } from "./codes";
import { deployNames } from "./deploy-material";
import { descendants, policyOfOrigin, section, type ServedOperation } from "./effective";
import { privateHostReason } from "./private-hosts";
import { GUARD_FILE } from "./self-hosted-guard";

export interface PreflightInput {
  /** The model the bundle is built from (with the managed-gateway guard when asked for). */
  model: Model;
  /** Resources the bundle deploys. */
  sub: Model;
  gatewayName: string;
  served: ServedOperation[];
  locate: Locate;
  selfHostedOnly: boolean;
  /** The LINT stage's preflight diagnostics for this gateway. */
  lint: Diagnostic[];
}

export type PreflightSection =
  | "skipped-policies"
  | "unresolved-references"
  | "key-vault"
  | "private-backends"
  | "token"
  | "path-collisions"
  | "managed-gateway"
  | "azure-preflight-rules";

export const PREFLIGHT_SECTIONS: ReadonlyArray<readonly [PreflightSection, string]> = [
  ["skipped-policies", "Policies the self-hosted gateway skips"],
  ["unresolved-references", "References that cannot resolve"],
  ["key-vault", "Key Vault named values"],
  ["private-backends", "Backends reachable only from a private network"],
  ["path-collisions", "API paths that collide on this gateway"],
  ["token", "Gateway token"],
  ["managed-gateway", "Managed gateway"],
  ["azure-preflight-rules", "Azure preflight rules"],
];

export interface PreflightFinding extends Diagnostic {
  section: PreflightSection;
}

const SKIPPED = new Map(SELF_HOSTED_SKIPPED.map(([name, why]) => [name, why]));

export function gatewayPreflight(input: PreflightInput): PreflightFinding[] {
  const out: PreflightFinding[] = [];
  const add = (section: PreflightSection, list: Diagnostic[]) => {
    for (const d of sortDiagnostics(list)) out.push({ ...d, section });
  };
  add("skipped-policies", skippedPolicies(input));
  add("unresolved-references", unresolvedReferences(input));
  add("key-vault", keyVaultIdentities(input));
  add("private-backends", privateBackends(input));
  add("path-collisions", pathCollisions(input));
  add("token", [tokenGuidance(input)]);
  add("managed-gateway", [managedGateway(input)]);
  add("azure-preflight-rules", input.lint);
  if (input.served.length === 0) {
    const g = input.model.gateways[input.gatewayName];
    add("managed-gateway", [
      makeDiagnostic(
        GATEWAY_CODES.gatewayServesNothing,
        "warning",
        `Gateway '${input.gatewayName}' has no operations to serve.`,
        input.locate(`${g.pointer}/apis`),
        `${g.pointer}/apis`,
        "list the APIs it should serve under gateways." + input.gatewayName + ".apis",
      ),
    ]);
  }
  return out;
}

/** Where an element of an effective policy was written. */
function elementLocation(input: PreflightInput, policy: PolicyModel | undefined, line: number, col: number): SourceLocation {
  if (!policy) return { file: "", line: 0, col: 0 };
  // Structured YAML policies are printed before parsing, so element positions are not file positions.
  if (policy.source.structured !== undefined || line === 0) return input.locate(policy.pointer);
  return { file: policy.source.file, line, col };
}

function skippedPolicies(input: PreflightInput): Diagnostic[] {
  const found = new Map<string, { d: Diagnostic; ops: Set<string> }>();
  for (const s of input.served) {
    for (const name of ["inbound", "backend", "outbound", "on-error"]) {
      const sec = section(s.effective, name);
      if (!sec) continue;
      for (const el of descendants(sec)) {
        const why = SKIPPED.get(el.name);
        if (why === undefined) continue;
        const policy = policyOfOrigin(input.model, el.origin ?? "");
        const at = elementLocation(input, policy, el.pos.line, el.pos.col);
        const key = `${el.name}\0${at.file}\0${at.line}\0${at.col}\0${el.origin}`;
        if (!found.has(key)) {
          found.set(key, {
            d: makeDiagnostic(GATEWAY_CODES.skippedPolicy, "warning", "", at, policy?.pointer ?? "", "move the behaviour to the backend, or serve this API from the managed gateway only"),
            ops: new Set(),
          });
        }
        found.get(key)!.ops.add(`${s.api.name}/${s.operation.name}`);
        found.get(key)!.d.message = `<${el.name}> (from ${el.origin}) is skipped silently by the self-hosted gateway: ${why}.`;
      }
    }
  }
  return [...found.values()].map(({ d, ops }) => ({ ...d, message: `${d.message} Affects ${[...ops].sort().join(", ")}.` }));
}

function scopedPolicies(input: PreflightInput): PolicyModel[] {
  const m = input.model;
  const out: PolicyModel[] = [];
  const push = (p: PolicyModel | undefined) => {
    if (p && p.source.file !== GUARD_FILE && !out.includes(p)) out.push(p);
  };
  push(m.policy);
  for (const s of input.served) {
    for (const p of s.products) push(m.products[p].policy);
    push(s.api.policy);
    push(s.operation.policy);
  }
  for (const f of Object.keys(input.sub.policyFragments).sort()) push(m.policyFragments[f]?.policy);
  return out;
}

function unresolvedReferences(input: PreflightInput): Diagnostic[] {
  const m = input.model;
  const displayNames = new Set(Object.values(m.namedValues).map((nv) => nv.displayName));
  const out: Diagnostic[] = [];
  for (const p of scopedPolicies(input)) {
    for (const r of policyReferences(p.document, displayNames)) {
      const known =
        r.kind === "namedValue" ? displayNames.has(r.name) : r.kind === "backend" ? m.backends[r.name] !== undefined : r.kind === "fragment" ? m.policyFragments[r.name] !== undefined : true;
      if (known) continue;
      const at = elementLocation(input, p, r.line, r.col);
      out.push(
        makeDiagnostic(
          GATEWAY_CODES.unresolvedReference,
          "error",
          `${p.id} refers to ${r.kind} '${r.name}', which is not declared; the gateway would fail this request at run time.`,
          at,
          p.pointer,
          `declare ${r.kind} '${r.name}' or correct the name`,
        ),
      );
    }
  }
  return out;
}

function keyVaultIdentities(input: PreflightInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const nv of Object.values(input.sub.namedValues)) {
    const src = nv.source;
    if (src.kind === "keyVault") {
      const identity =
        src.identityClientId !== undefined
          ? `the user-assigned managed identity with client id ${src.identityClientId}`
          : `the system-assigned managed identity of API Management service '${input.model.service.name}'`;
      out.push(
        makeDiagnostic(
          GATEWAY_CODES.keyVaultIdentity,
          "info",
          `Named value '${nv.name}' is read from Key Vault (${src.secretIdentifier}) by the APIM instance, which then sends it to the self-hosted gateway; ${identity} must hold "Key Vault Secrets User" on that vault.`,
          input.locate(`${nv.pointer}/keyVault`),
          `${nv.pointer}/keyVault`,
          `az role assignment create --role "Key Vault Secrets User" --assignee <principal-of-that-identity> --scope <vault-resource-id>`,
        ),
      );
    } else if (src.kind === "fromKeyVault") {
      out.push(
        makeDiagnostic(
          GATEWAY_CODES.keyVaultIdentity,
          "info",
          `Named value '${nv.name}' is read from Key Vault (${src.uri}) at deploy time; the identity running the deployment (az CLI user, pipeline service principal or Pulumi) must hold "Key Vault Secrets User" on that vault, and for ARM parameter-file references the vault needs enabledForTemplateDeployment.`,
          input.locate(`${nv.pointer}/fromKeyVault`),
          `${nv.pointer}/fromKeyVault`,
          `az role assignment create --role "Key Vault Secrets User" --assignee <deploying-principal> --scope <vault-resource-id>`,
        ),
      );
    }
  }
  return out;
}

function privateBackends(input: PreflightInput): Diagnostic[] {
  const out: Diagnostic[] = [];
  const check = (what: string, url: string, pointer: string) => {
    const host = literalUrlHost(url);
    if (host === undefined) return;
    const reason = privateHostReason(host);
    if (reason === undefined) return;
    out.push(
      makeDiagnostic(
        GATEWAY_CODES.privateBackend,
        "warning",
        `${what} uses host '${host}', which is not reachable by name from outside its private network: ${reason}. The gateway pods must run where this name resolves and routes, and the managed gateway cannot reach it.`,
        input.locate(pointer),
        pointer,
        "run the gateway inside that network (check with `kubectl exec` + `nslookup`), or use a name every gateway can resolve",
      ),
    );
  };
  for (const b of Object.values(input.sub.backends)) if (b.properties.url !== undefined) check(`Backend '${b.name}'`, b.properties.url, `${b.pointer}/url`);
  for (const api of Object.values(input.sub.apis)) {
    if (api.properties.serviceUrl !== undefined) check(`API '${api.name}'`, api.properties.serviceUrl, `${api.pointer}/serviceUrl`);
  }
  return out;
}

function pathCollisions(input: PreflightInput): Diagnostic[] {
  const apis = Object.values(input.sub.apis);
  const groups = new Map<string, string[]>();
  for (const api of apis) {
    const p = api.properties;
    const path = p.path.replace(/^\/+|\/+$/g, "").toLowerCase();
    // Versions of one version set share a path on purpose; revisions share their API's.
    const key = `${path}\0${p.apiVersionSet ?? ""}\0${p.apiVersionSet !== undefined ? (p.apiVersion ?? "") : ""}`;
    groups.set(key, [...(groups.get(key) ?? []), api.name]);
  }
  const out: Diagnostic[] = [];
  for (const names of groups.values()) {
    if (names.length < 2) continue;
    const sorted = [...names].sort();
    for (const name of sorted.slice(1)) {
      const api = input.sub.apis[name];
      out.push(
        makeDiagnostic(
          GATEWAY_CODES.pathCollision,
          "error",
          `API '${name}' has path '${api.properties.path}', which API '${sorted[0]}' also uses on gateway '${input.gatewayName}'; the gateway cannot tell their requests apart.`,
          input.locate(`${api.pointer}/path`),
          `${api.pointer}/path`,
          "give one of them another path, or put them in one version set with different versions",
        ),
      );
    }
  }
  return out;
}

function tokenGuidance(input: PreflightInput): Diagnostic {
  const g = input.model.gateways[input.gatewayName];
  return makeDiagnostic(
    GATEWAY_CODES.tokenExpiry,
    "info",
    `The gateway token in Secret '${deployNames(input.gatewayName).tokenSecret}' expires: generate it for at most 30 days and rotate it before expiry with POST .../service/${input.model.service.name}/gateways/${input.gatewayName}/generateToken (keyType primary/secondary alternately), then update the Secret and restart the pods.`,
    input.locate(g.pointer),
    g.pointer,
    `az rest --method post --url "https://management.azure.com/subscriptions/<sub>/resourceGroups/${input.model.service.resourceGroup ?? "<rg>"}/providers/Microsoft.ApiManagement/service/${input.model.service.name}/gateways/${input.gatewayName}/generateToken?api-version=2024-05-01" --body '{"keyType":"primary","expiry":"<now+30d ISO 8601>"}'`,
  );
}

function managedGateway(input: PreflightInput): Diagnostic {
  const g = input.model.gateways[input.gatewayName];
  const apis = [...g.apis].sort().join(", ");
  if (input.selfHostedOnly) {
    return makeDiagnostic(
      GATEWAY_CODES.managedGatewayGuard,
      "info",
      `--self-hosted-only: ARM has no property that unassigns an API from the managed gateway (every API is always served there), so the inbound policy of ${apis} starts with a guard that answers 404 when context.Deployment.Gateway.IsManaged is true.`,
      input.locate(`${g.pointer}/apis`),
      `${g.pointer}/apis`,
      "keep the guard; removing it exposes these APIs on the managed gateway again",
    );
  }
  return makeDiagnostic(
    GATEWAY_CODES.managedGatewayGuard,
    "info",
    `${apis || "No API"} stay${g.apis.length === 1 ? "s" : ""} reachable on the managed gateway too; ARM cannot unassign an API from it.`,
    input.locate(`${g.pointer}/apis`),
    `${g.pointer}/apis`,
    "compile with --self-hosted-only to add a policy guard that refuses traffic on the managed gateway",
  );
}
