/**
 * Pulumi's mocks for one test file: every resource the program registers is
 * recorded, so a test can send it on to the real provider host or inspect it.
 * Call it at the top of the file, before importing the provider, as setMocks requires.
 */
import * as pulumi from "@pulumi/pulumi";
import type { Props } from "./grpc-provider";

export interface Registered {
  type: string;
  name: string;
  inputs: Props;
}

/** `armId: true` gives each mock resource an `armId` output, for tests that read one back. */
export function recordMocks(stack: string, opts: { armId?: boolean } = {}): Registered[] {
  const registered: Registered[] = [];
  const ready = pulumi.runtime.setMocks(
    {
      newResource(args) {
        registered.push({ type: args.type, name: args.name, inputs: args.inputs as Props });
        const state = opts.armId === true ? { ...args.inputs, armId: `/arm/${args.name}` } : args.inputs;
        return { id: `${args.name}-id`, state };
      },
      call: (args) => args.inputs,
    },
    "apimc",
    stack,
    false,
  );
  // setMocks is async: awaiting it in beforeAll surfaces a failed mock setup instead of losing it.
  beforeAll(() => ready);
  return registered;
}
