/** The runtime the serialised providers call into, reached as `require("apimc/provider").providerRuntime`. */
import { check, create, diff, read, remove, update } from "./crud";
export { PartialWriteError } from "./crud";

export const providerRuntime = { check, diff, create, read, update, delete: remove };
export type ProviderRuntime = typeof providerRuntime;
