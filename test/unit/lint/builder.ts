/** Hand-built models for rule unit tests, with policies parsed by the real policy parser. */
import { parsePolicy } from "../../../src/policy";
import type { PolicyScope } from "../../../src/policy";
import type { SourceLocation } from "../../../src/core/diagnostic";
import type {
  ApiModel,
  BackendModel,
  BackendProperties,
  GatewayModel,
  Model,
  NamedValueModel,
  NamedValueSource,
  OperationModel,
  PolicyModel,
  ProductModel,
  ReferenceEdge,
} from "../../../src/model/types";

export function policy(id: string, scope: PolicyScope, xml: string, file = `${id.replace(/\//g, "-")}.xml`): PolicyModel {
  const pointer = `/${id}`;
  const { document, diagnostics } = parsePolicy(xml, { file, scope, pointer });
  if (!document) throw new Error(`bad test policy: ${JSON.stringify(diagnostics)}`);
  return { id, scope, pointer, xml, document, source: { pointer, text: xml, file, line: 1, col: 1, inline: false } };
}

export class ModelBuilder {
  readonly model: Model;
  private readonly edges: ReferenceEdge[] = [];

  constructor(serviceName = "contoso", hostnames: string[] = []) {
    this.model = {
      service: { name: serviceName, hostnames, keyVaults: {} },
      namedValues: {},
      backends: {},
      apiVersionSets: {},
      apis: {},
      products: {},
      policyFragments: {},
      gateways: {},
      graph: { nodes: [], edges: this.edges, order: [], dependsOn: () => [] },
    };
  }

  namedValue(name: string, source: NamedValueSource, ignore: string[] = []): NamedValueModel {
    const nv: NamedValueModel = { id: `namedValues/${name}`, name, pointer: `/namedValues/${name}`, ignore, displayName: name, secret: source.kind !== "plain", source };
    this.model.namedValues[name] = nv;
    return nv;
  }

  backend(name: string, properties: BackendProperties, ignore: string[] = []): BackendModel {
    const b: BackendModel = { id: `backends/${name}`, name, pointer: `/backends/${name}`, ignore, properties };
    this.model.backends[name] = b;
    return b;
  }

  api(name: string, props: Partial<ApiModel["properties"]> = {}, policyXml?: string, ignore: string[] = []): ApiModel {
    const api: ApiModel = {
      id: `apis/${name}`,
      name,
      pointer: `/apis/${name}`,
      ignore,
      properties: { displayName: name, path: name, protocols: ["https"], ...props },
      operations: {},
    };
    if (policyXml) api.policy = policy(`apis/${name}/policy`, "api", policyXml);
    this.model.apis[name] = api;
    return api;
  }

  operation(api: string, name: string, urlTemplate = `/${name}`, policyXml?: string, ignore: string[] = []): OperationModel {
    const op: OperationModel = {
      id: `apis/${api}/operations/${name}`,
      name,
      api,
      pointer: `/apis/${api}/operations/${name}`,
      ignore,
      properties: { displayName: name, method: "GET", urlTemplate },
      imported: false,
    };
    if (policyXml) op.policy = policy(`apis/${api}/operations/${name}/policy`, "operation", policyXml);
    this.model.apis[api].operations[name] = op;
    return op;
  }

  product(name: string, apis: string[], subscriptionRequired?: boolean, policyXml?: string): ProductModel {
    const p: ProductModel = { id: `products/${name}`, name, pointer: `/products/${name}`, ignore: [], properties: { displayName: name, subscriptionRequired }, apis };
    if (policyXml) p.policy = policy(`products/${name}/policy`, "product", policyXml);
    this.model.products[name] = p;
    return p;
  }

  fragment(name: string, xml: string, ignore: string[] = []): void {
    this.model.policyFragments[name] = { id: `policyFragments/${name}`, name, pointer: `/policyFragments/${name}`, ignore, policy: policy(`policyFragments/${name}`, "fragment", xml) };
  }

  globalPolicy(xml: string): void {
    this.model.policy = policy("policy", "global", xml);
  }

  gateway(name: string, apis: string[], hostnames: Record<string, string> = {}): GatewayModel {
    const g: GatewayModel = {
      id: `gateways/${name}`,
      name,
      pointer: `/gateways/${name}`,
      ignore: [],
      apis,
      hostnames: Object.fromEntries(Object.entries(hostnames).map(([k, hostname]) => [k, { hostname }])),
      certificateAuthorities: {},
    };
    this.model.gateways[name] = g;
    return g;
  }

  reference(from: string, to: string, kind: ReferenceEdge["kind"] = "namedValue"): void {
    this.edges.push({ from, to, kind, file: "apim.yaml", line: 1, col: 1 });
  }
}

/** A locate that keeps the pointer visible in the location, so tests can see what was located. */
export const locate = (pointer: string): SourceLocation => ({ file: "apim.yaml", line: pointer.split("/").length, col: 1 });

export const POLICY = (inbound: string, backend = "<base />") =>
  `<policies>\n  <inbound>\n    ${inbound}\n  </inbound>\n  <backend>\n    ${backend}\n  </backend>\n  <outbound>\n    <base />\n  </outbound>\n  <on-error>\n    <base />\n  </on-error>\n</policies>`;
