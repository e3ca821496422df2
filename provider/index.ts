// Pulumi dynamic resources over apimc; filled in by the provider work.
export {};
