/**
 * The section table is checked against Microsoft's reference row by row:
 * every row names its source, and no row refuses a section its reference page
 * lists (a narrower row would reject valid real-world policies). Rows wider
 * than their page must say why.
 */
import { POLICY_CATALOG } from "../../../src/policy/catalog";
import { CATALOG_SOURCES } from "../../../src/policy/catalog-sources";

describe("policy catalog sources", () => {
  it("names a source for every row, and no source without a row", () => {
    expect(Object.keys(CATALOG_SOURCES).sort()).toEqual(Object.keys(POLICY_CATALOG).sort());
  });

  it("never refuses a section that the reference page lists", () => {
    const narrower = Object.entries(CATALOG_SOURCES)
      .filter(([, src]) => src.listed !== undefined)
      .filter(([name, src]) => [...src.listed!].some((letter) => !POLICY_CATALOG[name].sections.includes(letter)))
      .map(([name]) => name);
    expect(narrower).toEqual([]);
  });

  it("explains every row that allows more sections than its page lists", () => {
    const unexplained = Object.entries(CATALOG_SOURCES)
      .filter(([name, src]) => src.listed !== undefined && POLICY_CATALOG[name].sections.length > src.listed.length && !src.note)
      .map(([name]) => name);
    expect(unexplained).toEqual([]);
  });

  it("keeps the documented attributes the row check added", () => {
    expect(POLICY_CATALOG["azure-openai-emit-token-metric"].attributes).toContain("value");
    expect(POLICY_CATALOG["invoke-dapr-binding"].attributes).toContain("content-type");
    expect(POLICY_CATALOG["validate-status-code"].attributes).toContain("errors-variable-name");
    expect(POLICY_CATALOG["validate-status-code"].attributes).not.toContain("error-variable-name");
    expect(POLICY_CATALOG["llm-content-safety"].attributes).toEqual(expect.arrayContaining(["enforce-on-completions", "window-size", "window-overlap-size"]));
  });
});
