/**
 * `apimc compile --target gateway` through the real CLI: bundle contents,
 * Kubernetes objects checked with kubernetes-models, snapshot scope and
 * effective policies, secret canaries, determinism and atomicity.
 */
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";
import { buildModel, loadDeclarations } from "../../../src/index";
import { runCli } from "../../support/cli";

const root = join(__dirname, "../../..");
const basic = join(root, "test/cases/gateway-basic/input");
const invalid = join(root, "test/cases/gateway-invalid");
const contoso = join(root, "examples/contoso");

async function apimc(args: string[], env: Record<string, string> = {}) {
  const r = await runCli([...args], { cwd: root, env: env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function compile(input: string, out: string, ...extra: string[]) {
  return apimc(["compile", input, "--target", "gateway", "--out", out, ...extra]);
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) for (const [k, v] of Object.entries(readTree(p))) out[`${name}/${k}`] = v;
    else out[name] = readFileSync(p, "utf8");
  }
  return out;
}

/** Every object in k8s/*.yaml, validated against the Kubernetes schemas kubernetes-models ships. */
function kubernetesObjects(files: Record<string, string>): Array<Record<string, any>> {
  const objects: Array<Record<string, any>> = [];
  for (const [name, text] of Object.entries(files)) {
    if (!name.startsWith("k8s/") || !name.endsWith(".yaml")) continue;
    for (const doc of parseAllDocuments(text)) {
      expect({ name, errors: doc.errors }).toEqual({ name, errors: [] });
      const obj = doc.toJS() as Record<string, any>;
      const Model = require(`kubernetes-models/${obj.apiVersion}/${obj.kind}`)[obj.kind];
      new Model(obj).validate();
      objects.push(obj);
    }
  }
  return objects;
}

let work: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "apimc-gw-cli-"));
});

describe("apimc compile --target gateway on test/cases/gateway-basic", () => {
  it("writes the whole bundle and a one-line summary", async () => {
    const out = join(work, "build/gw");
    const r = await compile(basic, out, "--gateway", "onprem");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^compiled gateway bundle for 'onprem' in .*: 3 operations in snapshot.json, \d+ ARM resources, preflight 0 error\(s\), 4 warning\(s\)/);
    expect(Object.keys(readTree(out))).toEqual([
      "arm/azuredeploy.json",
      "arm/azuredeploy.parameters.json",
      "docker/env.conf",
      "docker/run.sh",
      "helm/values.yaml",
      "k8s/README.md",
      "k8s/configmap.yaml",
      "k8s/deployment.yaml",
      "k8s/pdb.yaml",
      "k8s/service-discovery.yaml",
      "k8s/service.yaml",
      "preflight.json",
      "preflight.md",
      "snapshot.json",
    ]);
    expect(statSync(join(out, "docker/run.sh")).mode & 0o111).not.toBe(0);
  });

  it("writes Kubernetes objects the Kubernetes schemas accept, with the token only referenced", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem", "--backup")).code).toBe(0);
    const files = readTree(out);
    const objects = kubernetesObjects(files);
    expect(objects.map((o) => `${o.kind}/${o.metadata.name}`).sort()).toEqual([
      "ConfigMap/apim-gw-onprem-env",
      "Deployment/apim-gw-onprem",
      "PersistentVolumeClaim/apim-gw-onprem-config-backup",
      "PodDisruptionBudget/apim-gw-onprem-pdb",
      "Service/apim-gw-onprem",
      "Service/apim-gw-onprem-discovery",
    ]);
    const cm = objects.find((o) => o.kind === "ConfigMap")!;
    expect(cm.data["config.service.endpoint"]).toBe("https://fabrikam-dev.configuration.azure-api.net");
    expect(cm.data["gateway.name"]).toBe("onprem");
    const container = objects.find((o) => o.kind === "Deployment")!.spec.template.spec.containers[0];
    expect(container.image).toMatch(/^mcr\.microsoft\.com\/azure-api-management\/gateway:\d+\.\d+\.\d+$/);
    expect(container.readinessProbe.httpGet.path).toBe("/status-0123456789abcdef");
    expect(container.livenessProbe.httpGet.path).toBe("/status-0123456789abcdef");
    expect(container.env).toEqual([{ name: "config.service.auth", valueFrom: { secretKeyRef: { name: "apim-gw-onprem-token", key: "gateway-key" } } }]);
    expect(container.volumeMounts).toEqual([{ name: "config-backup", mountPath: "/apim/config" }]);
    const discovery = objects.find((o) => o.metadata.name === "apim-gw-onprem-discovery")!;
    expect(discovery.spec.clusterIP).toBe("None");
    expect(discovery.spec.ports.map((p: any) => `${p.port}/${p.protocol}`)).toEqual(["4290/UDP", "4291/UDP"]);
    expect(files["helm/values.yaml"]).toContain("existingSecretName: apim-gw-onprem-token");
    expect(files["docker/env.conf"]).not.toMatch(/config\.service\.auth=/);
  });

  it("the Kubernetes check rejects a broken object (the validator is live)", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem")).code).toBe(0);
    const files = readTree(out);
    files["k8s/deployment.yaml"] = files["k8s/deployment.yaml"].replace("containerPort: 8080", "containerPort: http-port");
    expect(() => kubernetesObjects(files)).toThrow(/containerPort/);
  });

  it("snapshot.json holds exactly the gateway's operations with effective policies, origins, backends and named values", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem")).code).toBe(0);
    const snap = JSON.parse(readFileSync(join(out, "snapshot.json"), "utf8"));
    expect(snap.operations.map((o: any) => `${o.method} ${o.api}/${o.operation} ${o.urlTemplate}`)).toEqual([
      "GET legacy/ping /ping",
      "POST orders/create-order /orders",
      "GET orders/get-order /orders/{id}",
    ]);
    const get = snap.operations[2];
    expect(get.products).toEqual(["gold"]);
    expect(get.policy.inbound.map((e: any) => `${e.origin} ${e.xml.split("\n")[0]}`)).toEqual([
      'policyFragments/trace <set-header name="x-region" exists-action="override">',
      'products/gold <rate-limit calls="50" renewal-period="60" />',
      'apis/orders <set-backend-service backend-id="orders" />',
      'apis/orders <set-header name="x-partner-token" exists-action="override">',
      'apis/orders/operations/get-order <authentication-managed-identity resource="https://orders.fabrikam.example" />',
      'apis/orders/operations/get-order <set-header name="x-signature" exists-action="override">',
    ]);
    expect(get.policy.backend).toEqual([{ origin: "global", xml: "<forward-request />" }]);
    expect(get.backend).toEqual({
      kind: "backend",
      name: "orders",
      type: "Pool",
      pool: [
        { backend: "orders-primary", priority: 1, weight: 80, url: "https://orders.internal.fabrikam.example" },
        { backend: "orders-fallback", priority: 2, weight: 20, url: "http://10.20.0.5:8080" },
      ],
      conditional: false,
    });
    expect(get.namedValues).toEqual([
      { displayName: "OrdersKey", name: "orders-key", secret: true, source: { kind: "parameter", parameter: "ordersApiKey" }, referencedBy: ["backends/orders-primary"] },
      { displayName: "PartnerToken", name: "partner-token", secret: true, source: { kind: "fromKeyVault", uri: "https://fabrikam-kv.vault.azure.net/secrets/partner-token" }, referencedBy: ["policy"] },
      { displayName: "Region", name: "region", secret: false, source: { kind: "plain", value: "westeurope" }, referencedBy: ["policy"] },
      { displayName: "SigningKey", name: "signing-key", secret: true, source: { kind: "keyVault", secretIdentifier: "https://fabrikam-kv.vault.azure.net/secrets/signing-key" }, referencedBy: ["policy"] },
    ]);
    expect(snap.operations[0].backend).toEqual({ kind: "serviceUrl", url: "https://legacy.fabrikam.example" });
    expect(JSON.stringify(snap)).not.toContain("admin");
  });

  it("the ARM holds the gateway, its links, hostnames, CAs and exactly what its APIs depend on", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem")).code).toBe(0);
    const t = JSON.parse(readFileSync(join(out, "arm/azuredeploy.json"), "utf8"));
    const names = t.resources.map((r: any) => `${r.type.replace("Microsoft.ApiManagement/service/", "")} ${/'\/(.*)'\)\]$/.exec(r.name)![1]}`).sort();
    expect(names).toEqual([
      "apis legacy",
      "apis orders",
      "apis/operations legacy/ping",
      "apis/operations orders/create-order",
      "apis/operations orders/get-order",
      "apis/operations/policies orders/get-order/policy",
      "apis/policies orders/policy",
      "backends orders",
      "backends orders-fallback",
      "backends orders-primary",
      "gateways onprem",
      "gateways/apis onprem/legacy",
      "gateways/apis onprem/orders",
      "gateways/certificateAuthorities onprem/plant-root-ca",
      "gateways/hostnameConfigurations onprem/plant",
      "namedValues orders-key",
      "namedValues partner-token",
      "namedValues region",
      "namedValues signing-key",
      "policies policy",
      "policyFragments trace",
    ]);
    const gw = t.resources.find((r: any) => r.type.endsWith("/gateways"));
    expect(gw.properties).toEqual({ description: "Self-hosted gateway in the plant.", locationData: { city: "Eindhoven", countryOrRegion: "Netherlands", name: "Plant 1" } });
  });

  it("--self-hosted-only guards every assigned API against the managed gateway and says why in preflight", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem", "--self-hosted-only")).code).toBe(0);
    const t = JSON.parse(readFileSync(join(out, "arm/azuredeploy.json"), "utf8"));
    const apiPolicies = t.resources.filter((r: any) => r.type.endsWith("/apis/policies"));
    expect(apiPolicies.map((r: any) => r.name)).toEqual(["[concat(parameters('serviceName'), '/legacy/policy')]", "[concat(parameters('serviceName'), '/orders/policy')]"]);
    for (const p of apiPolicies) {
      expect(p.properties.format).toBe("rawxml");
      const inbound = p.properties.value.split("<inbound>")[1];
      expect(inbound.trimStart().startsWith('<choose>\n            <when condition="@(context.Deployment.Gateway.IsManaged)">')).toBe(true);
      expect(inbound).toContain('<set-status code="404" reason="Not Found" />');
    }
    const snap = JSON.parse(readFileSync(join(out, "snapshot.json"), "utf8"));
    // The guard runs before <base />, so it refuses managed-gateway traffic before any other policy.
    for (const op of snap.operations) {
      expect(op.policy.inbound[0].origin).toBe(`apis/${op.api}`);
      expect(op.policy.inbound[0].xml).toContain("context.Deployment.Gateway.IsManaged");
    }
    const preflight = JSON.parse(readFileSync(join(out, "preflight.json"), "utf8"));
    const note = preflight.findings.find((f: any) => f.code === "APIMC616");
    expect(note.message).toContain("ARM has no property that unassigns an API from the managed gateway");
    expect(preflight.selfHostedOnly).toBe(true);
  });

  it("preflight lists skipped policies with file:line, Key Vault identities, private backends and token guidance; --format json prints it", async () => {
    const out = join(work, "gw");
    const r = await compile(basic, out, "--gateway", "onprem", "--format", "json");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(out, "preflight.json"), "utf8"));
    const p = JSON.parse(r.stdout);
    const at = (code: string) => p.findings.filter((f: any) => f.code === code).map((f: any) => `${f.file}:${f.line}`);
    expect(at("APIMC610")).toEqual(["policies/get-order.xml:4"]);
    expect(p.findings.filter((f: any) => f.code === "APIMC612").map((f: any) => f.pointer)).toEqual(["/namedValues/partner-token/fromKeyVault", "/namedValues/signing-key/keyVault"]);
    expect(p.findings.filter((f: any) => f.code === "APIMC613").map((f: any) => f.pointer)).toEqual(["/backends/orders-primary/url", "/backends/orders-fallback/url"]);
    expect(at("APIMC614")).toHaveLength(1);
    expect(p.findings.find((f: any) => f.code === "APIMC614").message).toMatch(/at most 30 days.*generateToken/);
    const md = readFileSync(join(out, "preflight.md"), "utf8");
    expect(md).toContain("`policies/get-order.xml:4:5`");
    expect(md).toContain("Key Vault Secrets User");
  });

  it("never writes a secret value, whatever path the secret takes", async () => {
    const canaries: Record<string, string> = {
      ordersApiKey: "CANARY-from-parameter-5d1e",
      OrdersKey: "CANARY-display-name-77aa",
      secret_partner_token: "CANARY-from-key-vault-0c3b",
      PartnerToken: "CANARY-policy-secret-9f12",
      SigningKey: "CANARY-key-vault-ref-e4d0",
      APIM_GATEWAY_TOKEN: "GatewayKey CANARY-gateway-token-31aa",
    };
    const out = join(work, "canary");
    const r = await compile(basic, out, "--gateway", "onprem", "--self-hosted-only", "--backup", "--format", "json");
    expect(r.code).toBe(0);
    for (const [name, text] of Object.entries({ ...readTree(out), stdout: r.stdout, stderr: r.stderr })) {
      for (const c of Object.values(canaries)) expect({ name, leaked: text.includes(c.replace("GatewayKey ", "")) }).toEqual({ name, leaked: false });
    }
  });

  it("is deterministic: the same input gives byte-identical bundles", async () => {
    expect((await compile(basic, join(work, "a"), "--gateway", "onprem", "--backup")).code).toBe(0);
    expect((await compile(basic, join(work, "b"), "--gateway", "onprem", "--backup")).code).toBe(0);
    expect(readTree(join(work, "b"))).toEqual(readTree(join(work, "a")));
    // From another working directory too: bundle files name sources relative to the declarations.
    const elsewhere = await runCli(["compile", basic, "--target", "gateway", "--out", join(work, "c"), "--gateway", "onprem", "--backup"], { cwd: work });
    expect(elsewhere.status).toBe(0);
    expect(readTree(join(work, "c"))).toEqual(readTree(join(work, "a")));
  });

  it("a failed compile leaves an earlier bundle untouched and writes nothing", async () => {
    const out = join(work, "gw");
    expect((await compile(basic, out, "--gateway", "onprem")).code).toBe(0);
    const before = readTree(out);
    const unknown = await compile(basic, out, "--gateway", "nope");
    expect(unknown.code).toBe(1);
    const broken = await compile(invalid, out, "--gateway", "onprem");
    expect(broken.code).toBe(1);
    expect(readTree(out)).toEqual(before);
    expect(readdirSync(work)).toEqual(["gw"]);
  });
});

describe("--strict and --ignore", () => {
  it("--strict turns preflight warnings into errors: exit 1 and no bundle", async () => {
    const out = join(work, "strict");
    const r = await compile(basic, out, "--gateway", "onprem", "--strict");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/policies\/get-order\.xml:4:5: error APIMC610: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("--ignore silences gateway findings and preflight rules alike", async () => {
    const out = join(work, "ignored");
    const r = await compile(basic, out, "--gateway", "onprem", "--strict", "--ignore", "APIMC610,APIMC613", "--ignore", "APIMC506,APIMC509");
    expect(r.code).toBe(0);
    const report = JSON.parse(readFileSync(join(out, "preflight.json"), "utf8")) as { findings?: Array<{ code: string }> } | Array<{ code: string }>;
    const codes = (Array.isArray(report) ? report : (report.findings ?? [])).map((f) => f.code);
    expect(codes.filter((c) => ["APIMC610", "APIMC613", "APIMC506", "APIMC509"].includes(c))).toEqual([]);
  });
});

describe("choosing the gateway", () => {
  it("an unknown --gateway exits 1 and lists the declared gateways", async () => {
    const r = await compile(basic, join(work, "gw"), "--gateway", "plant");
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/apim\.yaml:\d+:\d+: error APIMC600: No gateway 'plant' is declared; declared gateways: 'edge', 'onprem'\./);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("without --gateway and several declared, it asks for one", async () => {
    const r = await compile(basic, join(work, "gw"));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("error APIMC601: Several gateways are declared ('edge', 'onprem')");
  });

  it("without --gateway and exactly one declared, it uses that one", async () => {
    const r = await compile(contoso, join(work, "gw"));
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^compiled gateway bundle for 'onprem'/);
  });

  it("invalid declarations: exit 1 with the same diagnostics as validate, nothing written", async () => {
    const v = await apimc(["validate", invalid]);
    const r = await compile(invalid, join(work, "gw"), "--gateway", "onprem");
    expect(r.code).toBe(1);
    expect(v.code).toBe(1);
    expect(r.stderr).toBe(v.stderr + v.stdout);
    expect(readdirSync(work)).toEqual([]);
  });
});

describe("examples/contoso", () => {
  it("bundles gateway onprem: snapshot operations are exactly those of its APIs", async () => {
    const dir = join(work, "contoso");
    cpSync(contoso, dir, { recursive: true });
    const out = join(work, "build/gw");
    const r = await compile(dir, out, "--gateway", "onprem");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const files = readTree(out);
    kubernetesObjects(files);
    const model = buildModel(await loadDeclarations(dir, {})).model!;
    const expected = model.gateways.onprem.apis
      .flatMap((a) => Object.values(model.apis[a].operations).map((o) => `${a}/${o.name} ${o.properties.method} ${o.properties.urlTemplate}`))
      .sort();
    const snap = JSON.parse(files["snapshot.json"]);
    expect(snap.operations.map((o: any) => `${o.api}/${o.operation} ${o.method} ${o.urlTemplate}`).sort()).toEqual(expected);
    for (const op of snap.operations) {
      expect(op.policy.inbound.length).toBeGreaterThan(0);
      for (const sec of Object.values(op.policy) as any[]) for (const el of sec) expect(el.origin).toMatch(/^(global|products\/|apis\/|policyFragments\/)/);
    }
    const orders = snap.operations.find((o: any) => o.api === "orders");
    expect(orders.backend.pool.map((m: any) => m.backend)).toEqual(["orders-eu", "orders-us"]);
    expect(files["arm/azuredeploy.json"]).not.toContain("billing");
  });
});
