/** Test results as text (people), JSON (tools) or JUnit XML (CI). Deterministic: no timings, no timestamps. */
import * as path from "node:path";
import type { TestResult } from "./test-runner";

export type TestFormat = "text" | "json" | "junit";

export function renderTestResults(results: TestResult[], format: TestFormat, cwd: string): string {
  const rel = (f: string) => path.relative(cwd, f).split(path.sep).join("/") || f;
  // Absolute paths inside messages (a failing policy's file:line:col) become relative too.
  const relAt = (text: string) => text.split(`${cwd}${path.sep}`).join("");
  const failed = results.filter((r) => !r.passed).length;
  if (format === "json") {
    return JSON.stringify({ passed: results.length - failed, failed, tests: results.map((r) => JSON.parse(relAt(JSON.stringify({ ...r, file: rel(r.file) })))) }, null, 2) + "\n";
  }
  if (format === "junit") {
    const byFile = new Map<string, TestResult[]>();
    for (const r of results) byFile.set(rel(r.file), [...(byFile.get(rel(r.file)) ?? []), r]);
    const lines = [`<?xml version="1.0" encoding="UTF-8"?>`, `<testsuites name="apimc test" tests="${results.length}" failures="${failed}">`];
    for (const [file, rs] of byFile) {
      lines.push(`  <testsuite name="${esc(file)}" tests="${rs.length}" failures="${rs.filter((r) => !r.passed).length}">`);
      for (const r of rs) {
        lines.push(`    <testcase name="${esc(r.name)}" classname="${esc(file)}" file="${esc(file)}" line="${r.line}">`);
        if (!r.passed) lines.push(`      <failure message="${esc(r.failures.map((f) => f.expectation).join(", "))}">${esc(failureText(r, relAt).join("\n"))}</failure>`);
        lines.push(`    </testcase>`);
      }
      lines.push(`  </testsuite>`);
    }
    lines.push(`</testsuites>`);
    return lines.join("\n") + "\n";
  }
  const out: string[] = [];
  for (const r of results) {
    const where = `${rel(r.file)}:${r.line}`;
    const op = r.outcome.operation ? ` [${r.outcome.api}/${r.outcome.operation}]` : "";
    out.push(`${r.passed ? "PASS" : "FAIL"} ${where} ${r.name}${op}`);
    if (!r.passed) for (const line of failureText(r, relAt)) out.push(`  ${line}`);
  }
  out.push(`${results.length - failed} passed, ${failed} failed, ${results.length} total`);
  return out.join("\n") + "\n";
}

function failureText(r: TestResult, relAt: (at: string) => string): string[] {
  const lines = r.failures.map((f) => `${f.expectation}: expected ${show(f.expected)}, actual ${show(f.actual)}${f.note ? ` (${relAt(f.note)})` : ""}`);
  const e = r.outcome.error;
  if (e && !r.failures.some((f) => f.note?.startsWith("on-error"))) lines.push(`on-error ran: ${e.source} ${e.reason}${e.exceptionType ? ` (${e.exceptionType})` : ""}: ${e.message}${e.at ? ` at ${relAt(e.at)}` : ""}`);
  if (r.outcome.policies.length) lines.push(`policies: ${r.outcome.policies.join(", ")}`);
  return lines;
}

function show(v: unknown): string {
  return typeof v === "string" ? JSON.stringify(v) : JSON.stringify(v);
}

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}
