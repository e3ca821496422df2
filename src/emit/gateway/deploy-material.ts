/**
 * Kubernetes manifests, Helm values and Docker files for Microsoft's v2
 * self-hosted gateway container. The container pulls its configuration from
 * the APIM instance, so these files only wire endpoint, identity and ports;
 * the gateway token is referenced by Secret name and never written here.
 */
import { stringify } from "yaml";

/** Pinned, not a rolling tag: Microsoft recommends `{major}.{minor}.{patch}` for production. */
export const GATEWAY_IMAGE = "mcr.microsoft.com/azure-api-management/gateway";
export const GATEWAY_IMAGE_TAG = "2.9.0";
export const HEALTH_PATH = "/status-0123456789abcdef";
/** The key the official Helm chart reads from an existing Secret, so one Secret serves kubectl and Helm alike. */
export const TOKEN_SECRET_KEY = "gateway-key";

export interface DeployMaterialOptions {
  serviceName: string;
  gatewayName: string;
  /** Add a PersistentVolumeClaim mounted at /apim/config so the gateway can start from its last configuration. */
  backup?: boolean;
  /** Traffic Service type. */
  serviceType?: "LoadBalancer" | "ClusterIP";
  namespace?: string;
  replicas?: number;
  imageTag?: string;
}

export interface DeployNames {
  base: string;
  configMap: string;
  tokenSecret: string;
  deployment: string;
  service: string;
  discovery: string;
  pdb: string;
  pvc: string;
}

/** Kubernetes object names derived from the gateway name (DNS-1123 labels). */
export function deployNames(gatewayName: string): DeployNames {
  const slug =
    gatewayName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 40) || "gateway";
  const base = `apim-gw-${slug}`;
  return {
    base,
    configMap: `${base}-env`,
    tokenSecret: `${base}-token`,
    deployment: base,
    service: base,
    discovery: `${base}-discovery`,
    pdb: `${base}-pdb`,
    pvc: `${base}-config-backup`,
  };
}

export function configurationEndpoint(serviceName: string): string {
  return `https://${serviceName}.configuration.azure-api.net`;
}

function gatewaySettings(o: DeployMaterialOptions, names: DeployNames): Record<string, string> {
  return {
    "config.service.endpoint": configurationEndpoint(o.serviceName),
    "gateway.name": o.gatewayName,
    "neighborhood.host": names.discovery,
    "runtime.deployment.artifact.source": "apimc",
    "runtime.deployment.mechanism": "YAML",
    "telemetry.logs.std": "text",
    "telemetry.logs.std.level": "info",
    "telemetry.logs.local": "auto",
    "telemetry.metrics.cloud": "true",
    "telemetry.metrics.local": "none",
  };
}

function probe(initialDelaySeconds: number): Record<string, unknown> {
  return {
    httpGet: { path: HEALTH_PATH, port: "http" },
    initialDelaySeconds,
    periodSeconds: 5,
    failureThreshold: 3,
    successThreshold: 1,
  };
}

export function kubernetesObjects(o: DeployMaterialOptions): Record<string, unknown>[] {
  const n = deployNames(o.gatewayName);
  const labels = { app: n.base, "app.kubernetes.io/name": "azure-api-management-gateway", "app.kubernetes.io/instance": n.base };
  const selector = { app: n.base };
  const meta = (name: string) => ({ name, labels, ...(o.namespace ? { namespace: o.namespace } : {}) });
  const volumeMounts = o.backup ? [{ name: "config-backup", mountPath: "/apim/config" }] : undefined;
  const volumes = o.backup ? [{ name: "config-backup", persistentVolumeClaim: { claimName: n.pvc } }] : undefined;
  const container: Record<string, unknown> = {
    name: "gateway",
    image: `${GATEWAY_IMAGE}:${o.imageTag ?? GATEWAY_IMAGE_TAG}`,
    imagePullPolicy: "IfNotPresent",
    ports: [
      { name: "http", containerPort: 8080, protocol: "TCP" },
      { name: "https", containerPort: 8081, protocol: "TCP" },
      { name: "rate-limit", containerPort: 4290, protocol: "UDP" },
      { name: "heartbeat", containerPort: 4291, protocol: "UDP" },
    ],
    readinessProbe: probe(5),
    livenessProbe: probe(15),
    env: [{ name: "config.service.auth", valueFrom: { secretKeyRef: { name: n.tokenSecret, key: TOKEN_SECRET_KEY } } }],
    envFrom: [{ configMapRef: { name: n.configMap } }],
    resources: { requests: { cpu: "500m", memory: "512Mi" }, limits: { cpu: "2", memory: "2Gi" } },
  };
  if (volumeMounts) container.volumeMounts = volumeMounts;
  const podSpec: Record<string, unknown> = {
    terminationGracePeriodSeconds: 60,
    dnsPolicy: "ClusterFirst",
    containers: [container],
    topologySpreadConstraints: [
      { maxSkew: 1, topologyKey: "kubernetes.io/hostname", whenUnsatisfiable: "ScheduleAnyway", labelSelector: { matchLabels: selector } },
    ],
  };
  if (volumes) podSpec.volumes = volumes;
  const objects: Record<string, unknown>[] = [
    { apiVersion: "v1", kind: "ConfigMap", metadata: meta(n.configMap), data: gatewaySettings(o, n) },
    {
      apiVersion: "apps/v1",
      kind: "Deployment",
      metadata: meta(n.deployment),
      spec: {
        replicas: o.replicas ?? 2,
        selector: { matchLabels: selector },
        strategy: { type: "RollingUpdate", rollingUpdate: { maxUnavailable: 0, maxSurge: "25%" } },
        template: { metadata: { labels }, spec: podSpec },
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta(n.service),
      spec: {
        type: o.serviceType ?? "LoadBalancer",
        selector,
        ports: [
          { name: "http", port: 80, targetPort: "http", protocol: "TCP" },
          { name: "https", port: 443, targetPort: "https", protocol: "TCP" },
        ],
      },
    },
    {
      apiVersion: "v1",
      kind: "Service",
      metadata: meta(n.discovery),
      spec: {
        clusterIP: "None",
        selector,
        ports: [
          { name: "rate-limit", port: 4290, targetPort: "rate-limit", protocol: "UDP" },
          { name: "heartbeat", port: 4291, targetPort: "heartbeat", protocol: "UDP" },
        ],
      },
    },
    {
      apiVersion: "policy/v1",
      kind: "PodDisruptionBudget",
      metadata: meta(n.pdb),
      spec: { minAvailable: 1, selector: { matchLabels: selector } },
    },
  ];
  if (o.backup) {
    objects.push({
      apiVersion: "v1",
      kind: "PersistentVolumeClaim",
      metadata: meta(n.pvc),
      spec: { accessModes: ["ReadWriteMany"], resources: { requests: { storage: "50Mi" } } },
    });
  }
  return objects;
}

const yamlOptions = { lineWidth: 0, sortMapEntries: false } as const;

/** One multi-document YAML file per object kind keeps `kubectl apply -f k8s/` simple and reviewable. */
export function kubernetesFiles(o: DeployMaterialOptions): Record<string, string> {
  const n = deployNames(o.gatewayName);
  const files: Record<string, string> = {};
  const fileFor: Record<string, string> = {
    ConfigMap: "configmap.yaml",
    Deployment: "deployment.yaml",
    PodDisruptionBudget: "pdb.yaml",
    PersistentVolumeClaim: "pvc.yaml",
  };
  for (const obj of kubernetesObjects(o)) {
    const kind = String(obj.kind);
    const name = String((obj.metadata as { name: string }).name);
    const file = kind === "Service" ? (name === n.discovery ? "service-discovery.yaml" : "service.yaml") : fileFor[kind];
    files[`k8s/${file}`] = stringify(obj, yamlOptions);
  }
  files["k8s/README.md"] = [
    `# Self-hosted gateway \`${o.gatewayName}\``,
    "",
    "Create the token Secret first (the token never appears in this bundle):",
    "",
    "```sh",
    `kubectl create secret generic ${n.tokenSecret} --from-literal=${TOKEN_SECRET_KEY}="GatewayKey <token>" --type=Opaque`,
    "kubectl apply -f k8s/",
    "```",
    "",
    `Tokens last at most 30 days; rotate with \`gateways/generateToken\` (see ../preflight.md).`,
    "",
  ].join("\n");
  return files;
}

export function helmValues(o: DeployMaterialOptions): string {
  const n = deployNames(o.gatewayName);
  const values = {
    image: { repository: GATEWAY_IMAGE, tag: o.imageTag ?? GATEWAY_IMAGE_TAG, pullPolicy: "IfNotPresent" },
    gateway: {
      name: o.gatewayName,
      configuration: {
        uri: configurationEndpoint(o.serviceName),
        ...(o.backup ? { backup: { enabled: true, persistentVolumeClaim: { create: true, accessMode: "ReadWriteMany", size: "50Mi" } } } : {}),
      },
    },
    secret: { createSecret: false, existingSecretName: n.tokenSecret },
    service: { type: o.serviceType ?? "LoadBalancer" },
    highAvailability: { enabled: true, disruption: { maximumUnavailable: "25%" } },
  };
  return (
    "# Values for the official chart azure-apim-gateway/azure-api-management-gateway.\n" +
    `# helm install ${n.base} azure-apim-gateway/azure-api-management-gateway -f helm/values.yaml\n` +
    `# The token comes from the existing Secret \`${n.tokenSecret}\` (key \`${TOKEN_SECRET_KEY}\`).\n` +
    stringify(values, yamlOptions)
  );
}

export function dockerFiles(o: DeployMaterialOptions): Record<string, string> {
  const n = deployNames(o.gatewayName);
  const settings = gatewaySettings(o, n);
  delete settings["neighborhood.host"];
  settings["runtime.deployment.mechanism"] = "Docker";
  const env =
    "# Settings for the self-hosted gateway container (docker --env-file).\n" +
    "# config.service.auth is NOT here: pass the token from your secret store at run time.\n" +
    Object.entries(settings)
      .map(([k, v]) => `${k}=${v}`)
      .join("\n") +
    "\n";
  const run = [
    "#!/usr/bin/env sh",
    "# Development only: runs the gateway locally with the settings in env.conf.",
    "# Export APIM_GATEWAY_TOKEN (\"GatewayKey ...\") first; it is never written to disk by apimc.",
    "set -eu",
    'cd "$(dirname "$0")"',
    ': "${APIM_GATEWAY_TOKEN:?export APIM_GATEWAY_TOKEN with the gateway token}"',
    `exec docker run --rm --name ${n.base} -p 8080:8080 -p 8081:8081 \\`,
    "  --env-file env.conf \\",
    '  --env "config.service.auth=${APIM_GATEWAY_TOKEN}" \\',
    `  ${GATEWAY_IMAGE}:${o.imageTag ?? GATEWAY_IMAGE_TAG}`,
    "",
  ].join("\n");
  return { "docker/env.conf": env, "docker/run.sh": run };
}
