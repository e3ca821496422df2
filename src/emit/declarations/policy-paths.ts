/** Where each extracted policy is written, relative to `apim.yaml`. */

/** A name as a file-name segment; APIM names are already safe, anything else is percent-encoded. */
function segment(name: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name) ? name : encodeURIComponent(name).replace(/\./g, "%2E");
}

export const policyPaths = {
  global: (): string => "policies/global.xml",
  api: (api: string): string => `policies/apis/${segment(api)}.xml`,
  operation: (api: string, op: string): string => `policies/apis/${segment(api)}/${segment(op)}.xml`,
  revision: (api: string, n: string): string => `policies/apis/${segment(api)}/revisions/${segment(n)}.xml`,
  revisionOperation: (api: string, n: string, op: string): string => `policies/apis/${segment(api)}/revisions/${segment(n)}/${segment(op)}.xml`,
  product: (product: string): string => `policies/products/${segment(product)}.xml`,
  fragment: (fragment: string): string => `policies/fragments/${segment(fragment)}.xml`,
};
