/** ApimService hands a gateway's certificate authorities to its Gateway resource (Pulumi mocks). */
import { recordMocks } from "./mock-recorder";

const registered = recordMocks("test", { armId: true });

import { ApimService } from "../../provider/index";

test("ApimService passes declared certificate authorities to the Gateway resource", async () => {
  const svc = new ApimService("plant", {
    declarations: {
      version: 1,
      service: { name: "contoso", resourceGroup: "rg" },
      gateways: { onprem: { description: "Plant", certificateAuthorities: { "root-ca": { isTrusted: true }, "issuing-ca": {} } } },
    },
    service: { subscriptionId: "00000000-0000-0000-0000-000000000001", resourceGroup: "rg" },
  });
  await new Promise<Record<string, string>>((resolve) => svc.armIds.apply(resolve));
  const gateway = registered.find((r) => r.type === "pulumi-nodejs:dynamic/apimc:Gateway");
  expect(gateway?.inputs.name).toBe("onprem");
  expect((gateway?.inputs.properties as { certificateAuthorities?: unknown }).certificateAuthorities).toEqual({ "root-ca": { isTrusted: true }, "issuing-ca": {} });
});
