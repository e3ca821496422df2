/**
 * The one error type for Azure failures. It carries the HTTP status, the ARM
 * (or Key Vault) error code and the resource id, and never the request body,
 * which may hold secret values.
 */
import { redact } from "../core/secret";

export class AzureError extends Error {
  readonly status: number;
  readonly code: string;
  readonly resourceId: string;

  constructor(message: string, status: number, code: string, resourceId: string) {
    super(message);
    this.name = "AzureError";
    this.status = status;
    this.code = code;
    this.resourceId = resourceId;
  }
}

interface RestErrorLike {
  statusCode?: number;
  code?: string;
  message?: string;
  response?: { bodyAsText?: string | null };
}

function armErrorBody(text: string | null | undefined): { code?: string; message?: string } | undefined {
  if (!text) return undefined;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    const e = parsed.error;
    if (!e || typeof e !== "object") return undefined;
    return {
      code: typeof e.code === "string" ? e.code : undefined,
      message: typeof e.message === "string" ? e.message : undefined,
    };
  } catch {
    return undefined;
  }
}

export function preconditionFailed(resourceId: string): AzureError {
  return new AzureError(
    `${resourceId} was changed outside apimc since it was last read; run \`pulumi refresh\` (or \`apimc plan --live\`) and retry`,
    412,
    "PreconditionFailed",
    resourceId,
  );
}

/**
 * Turns whatever the SDK threw into an AzureError. `secrets` are values that
 * were sent in the request; any echo of them in a server message is masked.
 */
export function toAzureError(err: unknown, resourceId: string, action: string, secrets: string[] = []): AzureError {
  if (err instanceof AzureError) return err;
  const e = (typeof err === "object" && err !== null ? err : {}) as RestErrorLike;
  const status = typeof e.statusCode === "number" ? e.statusCode : 0;
  if (status === 412) return preconditionFailed(resourceId);
  const body = armErrorBody(e.response?.bodyAsText);
  const code = body?.code ?? (typeof e.code === "string" ? e.code : status ? `Http${status}` : "RequestFailed");
  const detail = body?.message ?? (status ? undefined : e.message) ?? "no error message from Azure";
  const statusText = status ? `HTTP ${status} ` : "";
  const message = redact(`${action} ${resourceId} failed: ${statusText}${code}: ${detail}`, secrets);
  return new AzureError(message, status, code, resourceId);
}
