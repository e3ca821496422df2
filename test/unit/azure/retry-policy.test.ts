import { backoffMs, isRetryableStatus, retryAfterMs } from "../../../src/azure/retry-policy";

const headers = (h: Record<string, string>) => ({ get: (n: string) => h[n.toLowerCase()] });

describe("retry decisions", () => {
  it("retries throttling and server errors only", () => {
    expect([429, 408, 500, 502, 503, 504].every(isRetryableStatus)).toBe(true);
    expect([400, 401, 403, 404, 409, 412, 501, 505].some(isRetryableStatus)).toBe(false);
  });

  it("reads Retry-After as seconds, HTTP date or milliseconds", () => {
    const now = Date.parse("2026-01-01T00:00:00Z");
    expect(retryAfterMs(headers({ "retry-after": "3" }), now)).toBe(3000);
    expect(retryAfterMs(headers({ "retry-after": "Thu, 01 Jan 2026 00:00:05 GMT" }), now)).toBe(5000);
    expect(retryAfterMs(headers({ "retry-after": "Wed, 31 Dec 2025 00:00:00 GMT" }), now)).toBe(0);
    expect(retryAfterMs(headers({ "retry-after-ms": "250" }), now)).toBe(250);
    expect(retryAfterMs(headers({ "retry-after": "soon" }), now)).toBeUndefined();
    expect(retryAfterMs(headers({}), now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, never past the cap", () => {
    const opts = { maxRetries: 5, baseDelayMs: 100, capMs: 1000 };
    expect(backoffMs(0, opts, () => 0)).toBe(50);
    expect(backoffMs(0, opts, () => 1)).toBe(100);
    expect(backoffMs(2, opts, () => 1)).toBe(400);
    expect(backoffMs(10, opts, () => 1)).toBe(1000);
    expect(backoffMs(10, opts, () => 0)).toBe(500);
  });
});
