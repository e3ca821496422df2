import type { CliIo } from "../io";

export interface CompileGatewayOptions {
  out: string;
  env?: string;
  gateway?: string;
  selfHostedOnly?: boolean;
  backup?: boolean;
  format?: string;
}

// Placeholder until the gateway target lands; replaced by its owner.
export async function runCompileGateway(_path: string, _opts: CompileGatewayOptions, io: CliIo): Promise<void> {
  io.err("apimc compile --target gateway: not available yet\n");
  io.exitCode = 3;
}
