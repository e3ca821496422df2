/** The pointer-indexed source map every stage uses to put file:line:col on a diagnostic. */
import type { SourceLocation } from "../core/diagnostic";
import { parentPointer } from "../core/pointer";
import type { SourceMap } from "./types";

export interface SourceEntry {
  value?: SourceLocation;
  key?: SourceLocation;
  /** For inline XML strings: first character of the text (after a quote or a block-scalar header and indentation, leading blanks skipped). */
  textStart?: SourceLocation;
}

export type EntryTable = Map<string, SourceEntry>;

export class PointerSourceMap implements SourceMap {
  /** Pointers an environment overlay deleted (`key: null`), with where the overlay says so. */
  readonly deleted = new Map<string, SourceLocation>();

  constructor(
    readonly entries: EntryTable,
    private readonly rootFile: string,
  ) {}

  deletedChild(pointer: string): SourceLocation | undefined {
    for (const [p, at] of this.deleted) if (parentPointer(p) === pointer) return at;
    return undefined;
  }

  value(pointer: string): SourceLocation | undefined {
    return this.entries.get(pointer)?.value;
  }

  key(pointer: string): SourceLocation | undefined {
    return this.entries.get(pointer)?.key;
  }

  textStart(pointer: string): SourceLocation | undefined {
    return this.entries.get(pointer)?.textStart;
  }

  locate(pointer: string): SourceLocation {
    let p = pointer;
    for (;;) {
      const loc = this.entries.get(p)?.value ?? (this.deleted.size ? this.deleted.get(p) : undefined);
      if (loc) return loc;
      if (p === "") return { file: this.rootFile, line: 1, col: 1 };
      p = parentPointer(p);
    }
  }
}

export function isUnder(pointer: string, prefix: string): boolean {
  return pointer === prefix || pointer.startsWith(prefix + "/");
}

/** Copies the entries at and below `prefix` from one table into another. */
export function copyEntries(from: EntryTable, to: EntryTable, prefix: string): void {
  for (const [p, e] of from) if (isUnder(p, prefix)) to.set(p, e);
}

export function deleteEntries(table: EntryTable, prefix: string): void {
  for (const p of [...table.keys()]) if (isUnder(p, prefix)) table.delete(p);
}
