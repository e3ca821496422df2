/**
 * Where each JSON pointer of the exported declaration object is written in an
 * `apim.ts` / `apim.js`, found by walking the object literals of the source
 * (`export default {...}`, `defineApim({...})`, `module.exports = {...}`,
 * consts they name, spreads). Values computed at run time have no entry, so a
 * diagnostic falls back to the nearest ancestor that has one.
 */
import type * as TypeScript from "typescript";
import type { SourceLocation } from "../core/diagnostic";
import { joinPointer } from "../core/pointer";
import type { TypeScriptApi } from "./typescript-api";

export interface ScriptPositions {
  value: Map<string, SourceLocation>;
  key: Map<string, SourceLocation>;
  /** First character inside a string literal, for inline policy XML. */
  textStart: Map<string, SourceLocation>;
}

type Node = TypeScript.Node;
type Expression = TypeScript.Expression;

export function scriptPositions(ts: TypeScriptApi, file: string, text: string): ScriptPositions {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, /\.c?js$/i.test(file) ? ts.ScriptKind.JS : ts.ScriptKind.TS);
  const out: ScriptPositions = { value: new Map(), key: new Map(), textStart: new Map() };
  const at = (node: Node, offset = 0): SourceLocation => {
    const lc = sf.getLineAndCharacterOfPosition(node.getStart(sf) + offset);
    return { file, line: lc.line + 1, col: lc.character + 1 };
  };
  const consts = topLevelBindings(ts, sf);

  /** The expression a value comes from: through casts, `defineApim(...)`, arrow bodies and named consts. */
  const resolve = (node: Node | undefined, depth = 0): Node | undefined => {
    if (!node || depth > 20) return node;
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isTypeAssertionExpression(node) || ts.isNonNullExpression(node) || ts.isAwaitExpression(node)) {
      return resolve(node.expression, depth + 1);
    }
    if (ts.isCallExpression(node)) {
      const arg = node.arguments.find((a) => {
        const r = resolve(a, depth + 1);
        return r !== undefined && ts.isObjectLiteralExpression(r);
      });
      return arg ? resolve(arg, depth + 1) : node;
    }
    if (ts.isArrowFunction(node) || ts.isFunctionExpression(node) || ts.isFunctionDeclaration(node)) {
      const body = node.body;
      if (!body) return node;
      if (!ts.isBlock(body)) return resolve(body, depth + 1);
      const ret = body.statements.find((s): s is TypeScript.ReturnStatement => ts.isReturnStatement(s) && s.expression !== undefined);
      return ret ? resolve(ret.expression, depth + 1) : node;
    }
    if (ts.isIdentifier(node)) {
      const bound = consts.get(node.text);
      return bound && bound !== node ? resolve(bound, depth + 1) : node;
    }
    return node;
  };

  const walk = (node: Node | undefined, pointer: string, depth: number): void => {
    const target = resolve(node);
    if (!target || depth > 64) return;
    if (ts.isObjectLiteralExpression(target)) {
      for (const prop of target.properties) {
        if (ts.isSpreadAssignment(prop)) {
          walk(prop.expression, pointer, depth + 1);
          continue;
        }
        const name = prop.name ? propertyName(ts, prop.name) : undefined;
        if (name === undefined) continue;
        const p = joinPointer(pointer, name);
        out.key.set(p, at(prop.name));
        if (ts.isPropertyAssignment(prop)) {
          record(p, prop.initializer);
          walk(prop.initializer, p, depth + 1);
        } else if (ts.isShorthandPropertyAssignment(prop)) {
          out.value.set(p, at(prop.name));
          walk(prop.name, p, depth + 1);
        } else {
          out.value.set(p, at(prop.name));
        }
      }
    } else if (ts.isArrayLiteralExpression(target)) {
      for (const [i, el] of target.elements.entries()) {
        // After a spread the indexes of later elements are known only at run time.
        if (ts.isSpreadElement(el)) break;
        const p = joinPointer(pointer, i);
        record(p, el);
        walk(el, p, depth + 1);
      }
    }
  };

  const record = (pointer: string, value: Expression): void => {
    out.value.set(pointer, at(value));
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isTemplateExpression(value)) out.textStart.set(pointer, at(value, 1));
  };

  const root = exportedExpression(ts, sf);
  if (root) {
    const r = resolve(root);
    if (r) out.value.set("", at(r));
    walk(root, "", 0);
  }
  return out;
}

function propertyName(ts: TypeScriptApi, name: TypeScript.PropertyName): string | undefined {
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name) || ts.isNoSubstitutionTemplateLiteral(name)) return name.text;
  if (ts.isComputedPropertyName(name) && (ts.isStringLiteral(name.expression) || ts.isNumericLiteral(name.expression) || ts.isNoSubstitutionTemplateLiteral(name.expression))) return name.expression.text;
  return undefined;
}

/** Top-level `const x = ...` and `function x() {...}` by name. */
function topLevelBindings(ts: TypeScriptApi, sf: TypeScript.SourceFile): Map<string, Node> {
  const out = new Map<string, Node>();
  for (const s of sf.statements) {
    if (ts.isVariableStatement(s)) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) out.set(d.name.text, d.initializer);
    } else if (ts.isFunctionDeclaration(s) && s.name) {
      out.set(s.name.text, s);
    }
  }
  return out;
}

/** The exported declaration expression, in the loader's order: default export, `module.exports`, exported `declarations`. */
function exportedExpression(ts: TypeScriptApi, sf: TypeScript.SourceFile): Node | undefined {
  let cjs: Node | undefined;
  let named: Node | undefined;
  for (const s of sf.statements) {
    if (ts.isExportAssignment(s)) return s.expression;
    const modifiers = ts.canHaveModifiers(s) ? ts.getModifiers(s) : undefined;
    const exported = modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword) ?? false;
    if (ts.isFunctionDeclaration(s) && exported && modifiers?.some((m) => m.kind === ts.SyntaxKind.DefaultKeyword)) return s;
    if (ts.isVariableStatement(s) && exported) {
      for (const d of s.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === "declarations" && d.initializer) named = d.initializer;
    }
    if (ts.isExpressionStatement(s) && ts.isBinaryExpression(s.expression) && s.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const left = s.expression.left.getText(sf).replace(/\s+/g, "");
      if (left === "exports.default" || left === "module.exports.default") return s.expression.right;
      if (left === "module.exports") cjs = s.expression.right;
      if (left === "exports.declarations" || left === "module.exports.declarations") named = s.expression.right;
    }
  }
  return cjs ?? named;
}
