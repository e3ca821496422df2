import type { KindDescriptor } from "./types";

/**
 * Tag links: a product, an API or an operation names tags in its `tags` list and each becomes a
 * body-less PUT below its parent. The three kinds differ only in their parent, so one factory
 * describes them and a change to how tag links behave is made once.
 */
function tagLink(kind: string, armType: string, parent: string): KindDescriptor {
  return {
    kind,
    noun: "tag link",
    armType,
    parent,
    declaration: { in: "parent", key: "tags", shape: "names" },
    names: { minLength: 1, maxLength: 256 },
    references: [{ property: "tags/[]", armProperty: "(name)", to: "tag", edge: "reference", check: { code: "unknownTag" } }],
    secrets: [],
    writeOnly: [],
    readOnly: [],
    sdk: { group: "tag", lro: false },
    readBack: "head",
    deletedWithParent: true,
    defaults: [],
    readBackDefaults: [],
    azureKinds: [kind],
  };
}

export const productTag = tagLink("productTag", "products/tags", "product");
export const apiTag = tagLink("apiTag", "apis/tags", "api");
export const operationTag = tagLink("operationTag", "apis/operations/tags", "operation");
