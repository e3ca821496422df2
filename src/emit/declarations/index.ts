/** The declaration writer's public face: a model back into `apim.yaml` and policy files. */
export { emitDeclarations, DECLARATION_SCHEMA_URL } from "./emit";
export type { DeclarationOutput, EmitDeclarationsOptions, ExtractedParameter } from "./emit";
export { parameterNameOf } from "./parameter-names";
