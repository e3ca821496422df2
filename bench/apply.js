// `node bench/apply.js` (or `npm run bench apply`): ARM calls for applying examples/contoso through the
// provider's own code path (ApimService's resources, then providerRuntime create/diff/update, as the
// Pulumi engine would call them) against the local ARM and Key Vault emulators, twice.
"use strict";
const fs = require("fs");
const os = require("os");
const path = require("path");

const root = path.resolve(__dirname, "..");

/** Lets this plain-JS bench load the TypeScript emulators from test/. */
function registerTs() {
  if (require.extensions[".ts"]) return;
  const ts = require("typescript");
  require.extensions[".ts"] = (module, filename) => {
    const out = ts.transpileModule(fs.readFileSync(filename, "utf8"), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
      fileName: filename,
    });
    module._compile(out.outputText, filename);
  };
}

/** Every resource ApimService registers, in registration order, with its plain inputs. */
async function serviceResources(declarations, parameters) {
  const pulumi = require("@pulumi/pulumi");
  const registered = [];
  pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ type: args.type, inputs: args.inputs });
        return { id: `${args.name}-id`, state: args.inputs };
      },
      call: (args) => args.inputs,
    },
    "apimc",
    "bench",
    false,
  );
  const { ApimService } = require(path.join(root, "dist/provider/index.js"));
  const svc = new ApimService("contoso", {
    declarations,
    parameters,
    service: { subscriptionId: "00000000-0000-0000-0000-0000000000b1", resourceGroup: "rg-bench" },
  });
  await new Promise((resolve) => svc.armIds.apply(resolve));
  return registered
    .filter((r) => r.type.startsWith("pulumi-nodejs:dynamic/apimc:"))
    .map((r) => {
      const type = r.type.split(":").pop();
      // The engine unwraps secrets for the dynamic-provider host; mocks record them in wire form.
      const { __provider, ...inputs } = unwrapSecrets(r.inputs);
      return { kind: type[0].toLowerCase() + type.slice(1), inputs };
    });
}

function unwrapSecrets(v) {
  const rpc = require("@pulumi/pulumi/runtime/rpc");
  if (Array.isArray(v)) return v.map(unwrapSecrets);
  if (v === null || typeof v !== "object") return v;
  if (v[rpc.specialSigKey] === rpc.specialSecretSig) return unwrapSecrets(v.value);
  return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, unwrapSecrets(x)]));
}

/** Every `fromParameter` name in the declarations (named values and the registry kinds' secret sources). */
function parameterNames(v, out = new Set()) {
  if (Array.isArray(v)) v.forEach((x) => parameterNames(x, out));
  else if (v !== null && typeof v === "object") {
    if (typeof v.fromParameter === "string") out.add(v.fromParameter);
    Object.values(v).forEach((x) => parameterNames(x, out));
  }
  return out;
}

async function run() {
  registerTs();
  const { startArmEmulator } = require(path.join(root, "test/emulators/arm-emulator.ts"));
  const { startKeyVaultEmulator } = require(path.join(root, "test/emulators/keyvault-emulator.ts"));
  const arm = await startArmEmulator();
  const kv = await startKeyVaultEmulator();
  const ca = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "apimc-bench-")), "ca.pem");
  fs.writeFileSync(ca, `${fs.readFileSync(arm.caFile, "utf8")}\n${fs.readFileSync(kv.caFile, "utf8")}`);
  Object.assign(process.env, {
    APIMC_ARM_ENDPOINT: arm.url,
    APIMC_CA_FILE: ca,
    APIMC_CREDENTIAL: "static:bench",
    APIMC_KEYVAULT_DISABLE_CHALLENGE_VERIFICATION: "1",
    APIMC_KEYVAULT_ALLOW_LOCAL: "1",
  });
  try {
    const { loadDeclarations } = require(path.join(root, "dist/src/index.js"));
    const loaded = await loadDeclarations(path.join(root, "examples/contoso"));
    const parameters = {};
    for (const name of parameterNames(loaded.data)) parameters[name] = "bench-parameter";
    const resources = await serviceResources(path.join(root, "examples/contoso"), parameters);
    // The contoso Key Vault references point at contoso-kv.vault.azure.net; the provider reads the emulator instead.
    for (const r of resources) {
      const kvRef = (r.kind === "namedValue" || r.kind === "certificate") && r.inputs.properties.keyVault;
      if (kvRef) {
        kv.setSecret(r.inputs.name, "bench-secret");
        kvRef.secretIdentifier = `${kv.url}/secrets/${r.inputs.name}`;
      }
      if (r.kind === "namedValue" && r.inputs.properties.fromKeyVault) {
        kv.setSecret(r.inputs.name, "bench-secret");
        r.inputs.properties.fromKeyVault = `${kv.url}/secrets/${r.inputs.name}`;
      }
      // A registry kind's `{ fromKeyVault }` secret sources.
      for (const v of Object.values(r.inputs.properties || {})) {
        if (v && typeof v === "object" && typeof v.fromKeyVault === "string") {
          const name = v.fromKeyVault.split("/secrets/")[1].split("/")[0];
          kv.setSecret(name, "bench-secret");
          v.fromKeyVault = `${kv.url}/secrets/${name}`;
        }
      }
    }
    const { providerRuntime } = require(path.join(root, "dist/provider/index.js"));
    const count = () => ({ calls: arm.requests.length, writes: arm.requests.filter((r) => r.method !== "GET" && r.method !== "HEAD").length });

    const c0 = count();
    const state = [];
    for (const r of resources) state.push({ ...r, ...(await providerRuntime.create(r.kind, r.inputs)) });
    const c1 = count();
    for (const s of state) {
      const d = await providerRuntime.diff(s.kind, s.outs, s.inputs);
      if (d.changes) s.outs = (await providerRuntime.update(s.kind, s.id, s.outs, s.inputs)).outs;
    }
    const c2 = count();
    const first = { calls: c1.calls - c0.calls, writes: c1.writes - c0.writes };
    const second = { calls: c2.calls - c1.calls, writes: c2.writes - c1.writes };
    console.log(`apply contoso: first ${first.calls} calls (${first.writes} writes), second ${second.calls} calls (${second.writes} writes)`);
    if (arm.specViolations.length) console.log(`REST contract violations: ${JSON.stringify(arm.specViolations.slice(0, 3))}`);
    if (second.writes !== 0) throw new Error(`the second apply wrote ${second.writes} times; it must write nothing`);
    return { resources: resources.length, first, second };
  } finally {
    await arm.stop();
    await kv.stop();
  }
}

module.exports = { run };

if (require.main === module) {
  run().catch((e) => {
    console.error(`apply bench failed: ${e && e.message ? e.message : e}`);
    process.exitCode = 1;
  });
}
