/** The `apimc` plugin's Pulumi package schema (GetSchema) and the committed copy, `provider/schema.json`. */
export { pulumiSchema, pulumiSchemaText } from "./generate";
export type { PulumiPackageSchema, PulumiResource, PulumiObjectType, PulumiProperty } from "./generate";
