/**
 * When `plan --live` or `extract` cannot authenticate, say which credentials
 * were tried and the three ways to fix it, instead of the SDK's one-line
 * "CredentialUnavailableError". The chain is DefaultAzureCredential's, as
 * pinned by AZURE_TOKEN_CREDENTIALS when set, or the static token of
 * APIMC_CREDENTIAL.
 */

const AUTH_ERROR_NAMES = new Set(["AggregateAuthenticationError", "CredentialUnavailableError", "AuthenticationRequiredError", "AuthenticationError"]);
const AUTH_ARM_CODES = new Set(["AuthenticationFailed", "InvalidAuthenticationToken", "InvalidAuthenticationTokenTenant", "ExpiredAuthenticationToken"]);

/** Whether `e` (or what it wraps) is a failure to get or use a token, not a missing resource or a server error. */
export function isAuthenticationFailure(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: string; status?: number; statusCode?: number; code?: string; cause?: unknown };
    if (err.name && AUTH_ERROR_NAMES.has(err.name)) return true;
    if (err.status === 401 || err.statusCode === 401) return true;
    if (err.code && AUTH_ARM_CODES.has(err.code)) return true;
    // The Azure layer wraps SDK errors in AzureError and keeps only the message.
    if (/(Chained|Default|Environment|ManagedIdentity|AzureCli)\w*Credential\w* (authentication failed|is unavailable)|CredentialUnavailableError|AuthenticationFailed/.test((cur as Error).message ?? "")) return true;
    cur = err.cause;
  }
  return false;
}

/** The credentials tried, in order, as the current environment configures them. */
export function credentialChain(env: NodeJS.ProcessEnv = process.env): string {
  const spec = env.APIMC_CREDENTIAL ?? "default";
  if (spec.startsWith("static:")) return "APIMC_CREDENTIAL=static:<token> (a fixed bearer token, which Azure refused)";
  const pinned = env.AZURE_TOKEN_CREDENTIALS;
  const full = "EnvironmentCredential (AZURE_* variables) -> WorkloadIdentityCredential -> ManagedIdentityCredential -> VisualStudioCodeCredential -> AzureCliCredential (az login) -> AzurePowerShellCredential -> AzureDeveloperCliCredential";
  if (!pinned) return `DefaultAzureCredential: ${full}`;
  if (pinned === "prod") return "DefaultAzureCredential pinned by AZURE_TOKEN_CREDENTIALS=prod: EnvironmentCredential -> WorkloadIdentityCredential -> ManagedIdentityCredential";
  if (pinned === "dev") return "DefaultAzureCredential pinned by AZURE_TOKEN_CREDENTIALS=dev: VisualStudioCodeCredential -> AzureCliCredential -> AzurePowerShellCredential -> AzureDeveloperCliCredential";
  return `DefaultAzureCredential pinned by AZURE_TOKEN_CREDENTIALS=${pinned}: ${pinned}`;
}

/** The message: what failed, the chain tried, and the three fixes. */
export function authenticationFailureMessage(command: string, reason: string, env: NodeJS.ProcessEnv = process.env): string {
  return [
    `apimc ${command}: cannot authenticate to Azure: ${reason}`,
    `  tried: ${credentialChain(env)}`,
    "  fix it one of three ways:",
    "    1. run `az login` (and `az account set --subscription <id>`), then run apimc again;",
    "    2. set AZURE_TENANT_ID, AZURE_CLIENT_ID and AZURE_CLIENT_SECRET (a service principal) or AZURE_FEDERATED_TOKEN_FILE (workload identity);",
    "    3. set APIMC_CREDENTIAL=static:<token> with a token from `az account get-access-token --query accessToken -o tsv`.",
    "",
  ].join("\n");
}
