/**
 * Load-time check of a parsed expression against what the runtime models:
 * every type, static member and instance member name must be known. This is
 * what turns "unsupported" into a diagnostic at the exact position instead
 * of a runtime surprise. Instance members are checked by name against the
 * union of all modelled types (the runtime has no static types), so a
 * misspelt or unmodelled member is caught; a member valid on another type is
 * left to the runtime.
 */
import type { Expr, Program, Stmt, TypeRef } from "../../policy/csharp/ast";
import { BOOL_MEMBERS, BYTES_MEMBERS, CsRandom, CONSTRUCTORS, KNOWN_TYPES, NUMBER_MEMBERS, SEQ_MEMBERS, STRING_MEMBERS, UNSUPPORTED_TYPES, staticTypes, Jwt, BasicAuthCredentials, CsUri, CsMatch, CsGroups, CsGroup, StringBuilder, Hasher } from "./builtins";
import { JArray, JObject, JProperty, JValue } from "./json";
import { XAttribute, XDocument, XElement, XName, XNamespace } from "./xml";
import { X500DistinguishedName, X509Certificate2 } from "./x509";
import { CsDateTime, CsDict, CsException, CsGuid, CsTimeSpan, KeyValuePair, normType } from "./values";

export interface ExpressionProblem {
  message: string;
  offset: number;
  /** True when the construct is valid C# that apimc does not model. */
  unsupported: boolean;
}

const STATICS = staticTypes({ now: () => 0, newGuid: () => "" });
const instanceMembers = new Set<string>([
  ...Object.keys(STRING_MEMBERS),
  ...Object.keys(NUMBER_MEMBERS),
  ...Object.keys(BOOL_MEMBERS),
  ...Object.keys(SEQ_MEMBERS),
  ...Object.keys(BYTES_MEMBERS),
  "ToString", "Equals", "GetType", "GetHashCode", "Invoke", "Key", "Value", "Count", "Length", "HasValue",
]);

/** Host classes add their PascalCase members (getters and methods, `X$T` generic methods as `X`). */
export function registerHostMembers(...classes: Array<abstract new (...a: never[]) => unknown>): void {
  for (const cls of classes) {
    for (let p: object | null = cls.prototype as object; p && p !== Object.prototype; p = Object.getPrototypeOf(p)) {
      for (const n of Object.getOwnPropertyNames(p)) if (/^[A-Z]/.test(n)) instanceMembers.add(n.replace(/\$T$/, ""));
    }
  }
}

/** Instance fields declared in constructors are not on the prototype; list them. */
export function registerMemberNames(...names: string[]): void {
  for (const n of names) instanceMembers.add(n);
}

registerHostMembers(XElement, XDocument, XAttribute, XName, XNamespace, X509Certificate2, X500DistinguishedName);
registerMemberNames("Parent", "LocalName", "NamespaceName", "Subject", "Issuer", "Thumbprint", "SerialNumber", "NotBefore", "NotAfter", "FriendlyName");
registerHostMembers(CsDateTime, CsTimeSpan, CsGuid, CsDict, KeyValuePair, JObject, JArray, JValue, JProperty, Jwt, BasicAuthCredentials, CsUri, CsMatch, CsGroups, CsGroup, StringBuilder, Hasher, CsException, CsRandom);
registerMemberNames("Name", "Value", "Key", "Username", "Password", "Message", "UTF8", "ASCII", "Unicode", "GetBytes", "GetString");

export function checkProgram(program: Program): ExpressionProblem[] {
  const declared = new Set<string>();
  collectDeclared(program, declared);
  const problems: ExpressionProblem[] = [];
  const c = new Checker(declared, problems);
  if (program.kind === "expression") c.expr(program.expr);
  else program.body.forEach((s) => c.stmt(s));
  return problems;
}

function collectDeclared(program: Program, out: Set<string>): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const n = node as Record<string, unknown>;
    if (n.k === "local") for (const d of n.decls as Array<{ name: string }>) out.add(d.name);
    if (n.k === "foreach") out.add(n.name as string);
    if (n.k === "lambda") for (const p of n.params as string[]) out.add(p);
    if (n.k === "is" && n.declares) out.add(n.declares as string);
    if (n.declares && typeof n.declares === "string") out.add(n.declares);
    if (n.k === "try") for (const c of n.catches as Array<{ name?: string }>) if (c.name) out.add(c.name);
    for (const v of Object.values(n)) if (v && typeof v === "object") visit(v);
  };
  visit(program);
}

class Checker {
  constructor(
    private readonly declared: Set<string>,
    private readonly problems: ExpressionProblem[],
  ) {}

  private report(message: string, offset: number, unsupported = true): void {
    this.problems.push({ message, offset, unsupported });
  }

  type(t: TypeRef | undefined): void {
    if (!t) return;
    const n = normType(t.name);
    const short = n.split(".").pop() as string;
    if (UNSUPPORTED_TYPES[short]) this.report(`${UNSUPPORTED_TYPES[short]} (\`${t.name}\`) are not supported by apimc's expression runtime.`, t.at);
    else if (!KNOWN_TYPES.has(n) && !STATICS[n] && !CONSTRUCTORS[n]) this.report(`The type \`${t.name}\` is not one apimc's expression runtime models.`, t.at);
    t.args.forEach((a) => this.type(a));
  }

  /** A dotted chain of names that is a type, like `System.Text.Encoding`. */
  private typeChain(e: Expr): string | undefined {
    if (e.k === "type") return e.type.name;
    if (e.k === "name") return this.declared.has(e.name) || e.name === "context" ? undefined : e.name;
    if (e.k === "member" && !e.nullCond) {
      const t = this.typeChain(e.target);
      return t === undefined ? undefined : `${t}.${e.name}`;
    }
    return undefined;
  }

  private isTypeName(chain: string): boolean {
    const n = normType(chain);
    return Boolean(STATICS[n]) || KNOWN_TYPES.has(n) || Boolean(CONSTRUCTORS[n]);
  }

  private isNamespacePrefix(chain: string): boolean {
    return /^(global::)?System(\.[A-Za-z]+)*$/.test(chain) || /^Newtonsoft(\.[A-Za-z]+)*$/.test(chain);
  }

  stmt(s: Stmt): void {
    switch (s.k) {
      case "block":
        s.body.forEach((x) => this.stmt(x));
        return;
      case "local":
        this.type(s.type);
        s.decls.forEach((d) => d.init && this.expr(d.init));
        return;
      case "expr":
        this.expr(s.expr);
        return;
      case "if":
        this.expr(s.test);
        this.stmt(s.then);
        if (s.else) this.stmt(s.else);
        return;
      case "foreach":
        this.expr(s.source);
        this.stmt(s.body);
        return;
      case "for":
        if (s.init) this.stmt(s.init);
        if (s.test) this.expr(s.test);
        s.update.forEach((u) => this.expr(u));
        this.stmt(s.body);
        return;
      case "while":
        this.expr(s.test);
        this.stmt(s.body);
        return;
      case "return":
      case "throw":
        if (s.value) this.expr(s.value);
        return;
      case "try":
        this.stmt(s.body);
        s.catches.forEach((c) => this.stmt(c.body));
        if (s.final) this.stmt(s.final);
        return;
    }
  }

  expr(e: Expr): void {
    switch (e.k) {
      case "lit":
      case "default":
        if (e.k === "default") this.type(e.type);
        return;
      case "name":
        if (this.declared.has(e.name) || e.name === "context") return;
        if (this.isTypeName(e.name)) return;
        if (UNSUPPORTED_TYPES[e.name]) this.report(`${UNSUPPORTED_TYPES[e.name]} (\`${e.name}\`) are not supported by apimc's expression runtime.`, e.at);
        else this.report(`The name \`${e.name}\` does not exist here: it is not a local, \`context\`, or a type apimc's expression runtime models.`, e.at, false);
        return;
      case "type":
        this.type(e.type);
        return;
      case "interp":
        e.parts.forEach((p) => "expr" in p && this.expr(p.expr));
        return;
      case "member": {
        const chain = this.typeChain(e.target);
        if (chain !== undefined) {
          const n = normType(chain);
          const st = STATICS[n];
          if (st) {
            if (!(e.name in st)) this.report(`\`${chain}.${e.name}\` is not a member apimc's expression runtime models.`, memberAt(e));
            return;
          }
          if (this.isNamespacePrefix(chain) || this.isTypeName(`${chain}.${e.name}`) || STATICS[normType(`${chain}.${e.name}`)]) return;
          if (this.isTypeName(chain)) {
            this.report(`\`${chain}.${e.name}\` is not a member apimc's expression runtime models.`, e.at);
            return;
          }
          this.expr(e.target);
          return;
        }
        this.expr(e.target);
        e.typeArgs?.forEach((t) => this.type(t));
        if (!instanceMembers.has(e.name)) this.report(`The member \`${e.name}\` is not one apimc's expression runtime models on any type.`, memberAt(e));
        return;
      }
      case "call":
        this.expr(e.callee);
        e.args.forEach((a) => this.expr(a.value));
        return;
      case "index":
        this.expr(e.target);
        e.args.forEach((a) => this.expr(a));
        return;
      case "unary":
      case "incdec":
        this.expr(e.operand);
        return;
      case "binary":
        this.expr(e.left);
        this.expr(e.right);
        return;
      case "cond":
        this.expr(e.test);
        this.expr(e.then);
        this.expr(e.else);
        return;
      case "assign":
        this.expr(e.target);
        this.expr(e.value);
        return;
      case "cast":
      case "as":
        this.type(e.type);
        this.expr(e.operand);
        return;
      case "is":
        this.type(e.type);
        this.expr(e.operand);
        if (e.pattern) this.expr(e.pattern);
        return;
      case "new":
        if (e.type) {
          this.type(e.type);
          const n = normType(e.type.name);
          if (!CONSTRUCTORS[n] && !UNSUPPORTED_TYPES[n.split(".").pop() as string]) this.report(`apimc's expression runtime cannot construct \`${e.type.name}\`.`, e.type.at);
        } else if (!e.anonymous) this.report("A target-typed `new()` is not supported by apimc's expression runtime.", e.at);
        e.args.forEach((a) => this.expr(a.value));
        e.collection?.forEach((x) => this.expr(x));
        e.init?.forEach((i) => {
          if (i.key) this.expr(i.key);
          this.expr(i.value);
        });
        return;
      case "newArray":
        this.type(e.type);
        if (e.size) this.expr(e.size);
        e.items?.forEach((x) => this.expr(x));
        return;
      case "lambda":
        if ("k" in e.body && e.body.k === "block") this.stmt(e.body as Stmt);
        else this.expr(e.body as Expr);
        return;
      case "typeof":
        this.type(e.type);
        return;
      case "throwExpr":
        this.expr(e.value);
        return;
    }
  }
}

/** Members report at their own name, not at the start of the chain. */
function memberAt(e: Extract<Expr, { k: "member" }>): number {
  return e.nameAt ?? e.at;
}
