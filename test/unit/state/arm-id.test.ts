/** ARM ids -> instance and apimc reference: what `pulumi import` accepts. */
import { apimResourceId, parseApimResourceId, type ApimRef } from "../../../src/index";

const target = { subscriptionId: "00000000-0000-0000-0000-0000000000a2", resourceGroup: "rg-x", serviceName: "svc" };

const refs: ApimRef[] = [
  { kind: "namedValue", names: ["env"] },
  { kind: "backend", names: ["orders"] },
  { kind: "api", names: ["orders"] },
  { kind: "operation", names: ["orders", "get"] },
  { kind: "globalPolicy", names: [] },
  { kind: "apiPolicy", names: ["orders"] },
  { kind: "operationPolicy", names: ["orders", "get"] },
  { kind: "productPolicy", names: ["starter"] },
  { kind: "policyFragment", names: ["cors"] },
  { kind: "product", names: ["starter"] },
  { kind: "productApi", names: ["starter", "orders"] },
  { kind: "apiVersionSet", names: ["orders-vs"] },
  { kind: "gateway", names: ["onprem"] },
  { kind: "gatewayApi", names: ["onprem", "orders"] },
  { kind: "gatewayHostname", names: ["onprem", "api-host"] },
];

test.each(refs)("$kind round-trips through its ARM id", (ref) => {
  expect(parseApimResourceId(apimResourceId(target, ref))).toEqual({ target, ref });
});

test("segments are matched case-insensitively and a trailing slash is ignored", () => {
  const id = `/SUBSCRIPTIONS/${target.subscriptionId}/resourcegroups/rg-x/providers/microsoft.apimanagement/service/svc/APIS/orders/Policies/policy/`;
  expect(parseApimResourceId(id)).toEqual({ target, ref: { kind: "apiPolicy", names: ["orders"] } });
});

test("ids that are not APIM resources apimc manages are undefined", () => {
  expect(parseApimResourceId("orders")).toBeUndefined();
  expect(parseApimResourceId(`/subscriptions/s/resourceGroups/rg/providers/Microsoft.Web/sites/app`)).toBeUndefined();
  expect(parseApimResourceId(`/subscriptions/s/resourceGroups/rg/providers/Microsoft.ApiManagement/service/svc/users/u1`)).toBeUndefined();
});
