/** A declaration set touching every resource kind and every reference kind. */
export function richDeclarations(): Record<string, unknown> {
  return {
    version: 1,
    service: { name: "contoso-apim", resourceGroup: "rg-apim", keyVaults: { "contoso-kv": "/subscriptions/0000/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/contoso-kv" } },
    namedValues: {
      "api-key": { displayName: "ApiKey", fromParameter: "ordersApiKey" },
      "kv-direct": { displayName: "KvDirect", keyVault: { secretIdentifier: "https://contoso-kv.vault.azure.net/secrets/direct", identityClientId: "11111111-2222-3333-4444-555555555555" } },
      "kv-deploy": { displayName: "KvDeploy", fromKeyVault: "https://contoso-kv.vault.azure.net/secrets/deploy" },
      "proxy-pass": { displayName: "ProxyPass", fromParameter: "proxyPassword" },
      region: { displayName: "Region", value: "eu" },
    },
    backends: {
      "orders-eu": {
        type: "Single",
        url: "https://orders-eu.example.com",
        protocol: "http",
        credentials: { header: { "x-api-key": ["{{ApiKey}}"] } },
        proxy: { url: "http://proxy:8080", username: "u", password: "{{ProxyPass}}" },
      },
      "orders-us": { url: "https://orders-us.example.com", protocol: "http" },
      orders: { type: "Pool", pool: { services: [{ backend: "orders-eu", priority: 1 }, { backend: "orders-us", priority: 2 }] } },
    },
    policyFragments: {
      cors: { description: "CORS", policy: "<fragment><cors><allowed-origins><origin>*</origin></allowed-origins></cors></fragment>" },
    },
    policy: "<policies><inbound><include-fragment fragment-id=\"cors\" /><set-header name=\"x-region\" exists-action=\"override\"><value>{{Region}}</value></set-header></inbound><backend><forward-request /></backend><outbound /><on-error /></policies>",
    apiVersionSets: { orders: { displayName: "Orders", versioningScheme: "Segment" } },
    apis: {
      orders: {
        displayName: "Orders",
        path: "orders",
        protocols: ["https"],
        apiVersionSet: "orders",
        apiVersion: "v1",
        backend: "orders",
        operations: {
          "get-order": {
            method: "GET",
            urlTemplate: "/orders/{id}",
            templateParameters: [{ name: "id", type: "string", required: true }],
            responses: [{ statusCode: 200, representations: [{ contentType: "application/json" }] }],
            policy: "<policies><inbound><base /><set-header name=\"x-kv\" exists-action=\"override\"><value>{{KvDeploy}}</value></set-header></inbound><backend><base /></backend><outbound><base /></outbound><on-error><base /></on-error></policies>",
          },
          "list-orders": { method: "GET", urlTemplate: "/orders", backend: "orders-us" },
        },
      },
    },
    products: {
      starter: { displayName: "Starter", state: "published", subscriptionRequired: true, apis: ["orders"], policy: { inbound: ["base", { "rate-limit": { calls: 5, "renewal-period": 60 } }] } },
    },
    gateways: {
      onprem: { description: "On-prem", location: { name: "dc1" }, apis: ["orders"], hostnames: { main: { hostname: "api.contoso.local" } } },
    },
  };
}
