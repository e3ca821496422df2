/**
 * Recursive-descent parser for the C# subset of APIM policy expressions.
 * Anything outside the subset fails here with an offset and the construct's
 * name, so an unsupported expression is a load-time diagnostic, never a
 * runtime surprise.
 */
import type { Argument, Expr, Program, Stmt, TypeRef } from "./ast";
import { CSharpSyntaxError, lex, type Token } from "./lexer";

export class CSharpUnsupportedError extends CSharpSyntaxError {
  constructor(
    readonly construct: string,
    offset: number,
  ) {
    super(`${construct} is not supported by apimc's expression runtime.`, offset);
  }
}

const PREDEFINED = new Set(["string", "int", "long", "double", "decimal", "float", "bool", "char", "byte", "object", "short", "uint", "ulong", "sbyte", "ushort"]);
const UNSUPPORTED_KEYWORDS: Record<string, string> = {
  switch: "A `switch` statement or expression",
  using: "A `using` statement",
  await: "`await`",
  async: "`async`",
  goto: "`goto`",
  lock: "`lock`",
  yield: "`yield`",
  stackalloc: "`stackalloc`",
  sizeof: "`sizeof`",
  checked: "`checked`",
  unchecked: "`unchecked`",
  do: "A `do`/`while` loop",
  this: "`this`",
  nameof: "`nameof`",
};

/** Parses the text between `@(` `)` (kind expression) or `@{` `}` (kind block); offsets are relative to `text` plus `base`. */
export function parseCSharp(text: string, kind: "expression" | "block", base = 0): Program {
  const p = new Parser(lex(text, base));
  if (kind === "expression") {
    const expr = p.expression();
    p.expectEnd();
    return { kind, expr };
  }
  const body: Stmt[] = [];
  while (!p.atEnd()) body.push(p.statement());
  return { kind, body };
}

/** Parses a full policy expression as written: `@(...)` or `@{...}`. */
export function parsePolicyExpression(source: string, base = 0): Program {
  if (source.startsWith("@(") && source.endsWith(")")) return parseCSharp(source.slice(2, -1), "expression", base + 2);
  if (source.startsWith("@{") && source.endsWith("}")) return parseCSharp(source.slice(2, -1), "block", base + 2);
  throw new CSharpSyntaxError("A policy expression starts with `@(` or `@{` and ends with the matching bracket.", base);
}

class Parser {
  private i = 0;
  constructor(private readonly toks: Token[]) {}

  private get t(): Token {
    return this.toks[this.i];
  }
  private peek(n = 1): Token {
    return this.toks[Math.min(this.i + n, this.toks.length - 1)];
  }
  private is(value: string, kind?: Token["kind"]): boolean {
    const t = this.t;
    return t.value === value && (kind ? t.kind === kind : t.kind === "punct" || t.kind === "keyword");
  }
  private eat(value: string): boolean {
    if (this.is(value)) {
      this.i++;
      return true;
    }
    return false;
  }
  private expect(value: string): Token {
    if (!this.is(value)) this.fail(`Expected \`${value}\` but found ${describe(this.t)}.`);
    return this.toks[this.i++];
  }
  fail(msg: string, at = this.t.offset): never {
    throw new CSharpSyntaxError(msg, at);
  }
  atEnd(): boolean {
    return this.t.kind === "eof";
  }
  expectEnd(): void {
    if (!this.atEnd()) this.fail(`Unexpected ${describe(this.t)} after the end of the expression.`);
  }
  private ident(): string {
    if (this.t.kind !== "ident") this.fail(`Expected a name but found ${describe(this.t)}.`);
    return this.toks[this.i++].value;
  }
  private unsupportedKeyword(): void {
    const t = this.t;
    if (t.kind === "keyword" && UNSUPPORTED_KEYWORDS[t.value]) throw new CSharpUnsupportedError(UNSUPPORTED_KEYWORDS[t.value], t.offset);
  }

  // ---- statements ----
  statement(): Stmt {
    this.unsupportedKeyword();
    const t = this.t;
    const at = t.offset;
    if (this.eat("{")) {
      const body: Stmt[] = [];
      while (!this.is("}")) {
        if (this.atEnd()) this.fail("This block is never closed with `}`.", at);
        body.push(this.statement());
      }
      this.i++;
      return { k: "block", body, at };
    }
    if (this.eat(";")) return { k: "empty", at };
    if (t.kind === "keyword") {
      switch (t.value) {
        case "if": {
          this.i++;
          this.expect("(");
          const test = this.expression();
          this.expect(")");
          const then = this.statement();
          const els = this.eat("else") ? this.statement() : undefined;
          return els ? { k: "if", test, then, else: els, at } : { k: "if", test, then, at };
        }
        case "foreach": {
          this.i++;
          this.expect("(");
          if (!this.eat("var")) this.type();
          const name = this.ident();
          this.expect("in");
          const source = this.expression();
          this.expect(")");
          return { k: "foreach", name, source, body: this.statement(), at };
        }
        case "for": {
          this.i++;
          this.expect("(");
          const init = this.is(";") ? undefined : this.simpleStatement();
          this.expect(";");
          const test = this.is(";") ? undefined : this.expression();
          this.expect(";");
          const update: Expr[] = [];
          while (!this.is(")")) {
            update.push(this.expression());
            if (!this.eat(",")) break;
          }
          this.expect(")");
          return { k: "for", init, test, update, body: this.statement(), at };
        }
        case "while": {
          this.i++;
          this.expect("(");
          const test = this.expression();
          this.expect(")");
          return { k: "while", test, body: this.statement(), at };
        }
        case "return": {
          this.i++;
          if (this.eat(";")) return { k: "return", at };
          const value = this.expression();
          this.expect(";");
          return { k: "return", value, at };
        }
        case "break":
          this.i++;
          this.expect(";");
          return { k: "break", at };
        case "continue":
          this.i++;
          this.expect(";");
          return { k: "continue", at };
        case "throw": {
          this.i++;
          if (this.eat(";")) return { k: "throw", at };
          const value = this.expression();
          this.expect(";");
          return { k: "throw", value, at };
        }
        case "try": {
          this.i++;
          const body = this.statement();
          const catches: Array<{ type?: TypeRef; name?: string; body: Stmt }> = [];
          while (this.eat("catch")) {
            let type: TypeRef | undefined;
            let name: string | undefined;
            if (this.eat("(")) {
              type = this.type();
              if (this.t.kind === "ident") name = this.ident();
              this.expect(")");
            }
            if (this.t.kind === "ident" && this.t.value === "when") throw new CSharpUnsupportedError("An exception filter (`catch ... when`)", this.t.offset);
            catches.push({ type, name, body: this.statement() });
          }
          const final = this.eat("finally") ? this.statement() : undefined;
          return { k: "try", body, catches, final, at };
        }
      }
    }
    const s = this.simpleStatement();
    this.expect(";");
    return s;
  }

  /** A local declaration or an expression statement, without the `;`. */
  private simpleStatement(): Stmt {
    const at = this.t.offset;
    const decl = this.tryLocalDeclaration();
    if (decl) return decl;
    return { k: "expr", expr: this.expression(), at };
  }

  private tryLocalDeclaration(): Stmt | undefined {
    const at = this.t.offset;
    const save = this.i;
    let type: TypeRef | undefined;
    // `const T x = ...` behaves as a local here.
    if (this.t.kind === "ident" && this.t.value === "const" && (this.peek().kind === "ident" || this.peek().kind === "keyword")) this.i++;
    if (this.is("var", "keyword") && this.peek().kind === "ident") this.i++;
    else {
      type = this.tryType();
      if (type && this.t.kind === "ident" && this.peek().value === "(") throw new CSharpUnsupportedError("A local function", at);
      if (!type || this.t.kind !== "ident" || !["=", ";", ","].includes(this.peek().value)) {
        this.i = save;
        return undefined;
      }
    }
    const decls: Array<{ name: string; init?: Expr; at: number }> = [];
    do {
      const dat = this.t.offset;
      const name = this.ident();
      decls.push(this.eat("=") ? { name, init: this.expression(), at: dat } : { name, at: dat });
    } while (this.eat(","));
    return { k: "local", type, decls, at };
  }

  // ---- types ----
  private type(): TypeRef {
    const t = this.tryType();
    if (!t) this.fail(`Expected a type but found ${describe(this.t)}.`);
    return t;
  }

  private tryType(): TypeRef | undefined {
    const save = this.i;
    const at = this.t.offset;
    let name: string;
    if (this.t.kind === "keyword" && PREDEFINED.has(this.t.value)) name = this.toks[this.i++].value;
    else if (this.t.kind === "ident") {
      name = this.toks[this.i++].value;
      while (this.is(".") && this.peek().kind === "ident") {
        this.i++;
        name += "." + this.toks[this.i++].value;
      }
    } else return undefined;
    let args: TypeRef[] = [];
    if (this.is("<")) {
      const list = this.tryTypeArgs();
      if (!list) {
        this.i = save;
        return undefined;
      }
      args = list;
    }
    let nullable = false;
    // `T?` only when what follows cannot continue a conditional expression.
    if (this.is("?") && [")", ">", ",", "[", "]"].includes(this.peek().value) || (this.is("?") && this.peek().kind === "ident" && [";", "=", ",", ")"].includes(this.peek(2).value))) {
      this.i++;
      nullable = true;
    }
    let array = 0;
    // `int?[]`: the lexer reads `?[` as one token (null-conditional indexing).
    if (this.is("?[") && this.peek().value === "]") {
      this.i += 2;
      nullable = true;
      array++;
    }
    while (this.is("[") && this.peek().value === "]") {
      this.i += 2;
      array++;
    }
    return { name, args, array, nullable, at };
  }

  /** `<T, U>` or undefined (position restored) when this `<` is a comparison. */
  private tryTypeArgs(): TypeRef[] | undefined {
    const save = this.i;
    if (!this.eat("<")) return undefined;
    const args: TypeRef[] = [];
    for (;;) {
      const t = this.tryType();
      if (!t) {
        this.i = save;
        return undefined;
      }
      args.push(t);
      if (this.eat(",")) continue;
      if (this.eat(">")) return args;
      this.i = save;
      return undefined;
    }
  }

  // ---- expressions ----
  expression(): Expr {
    this.unsupportedKeyword();
    const lambda = this.tryLambda();
    if (lambda) return lambda;
    const at = this.t.offset;
    const left = this.conditional();
    const op = this.t.value;
    if (this.t.kind === "punct" && ["=", "+=", "-=", "*=", "/=", "%=", "??=", "&=", "|=", "^=", "<<=", ">>="].includes(op)) {
      this.i++;
      if (left.k !== "name" && left.k !== "member" && left.k !== "index") this.fail("Only a local, a member or an indexer can be assigned to.", at);
      return { k: "assign", op, target: left, value: this.expression(), at };
    }
    return left;
  }

  private tryLambda(): Expr | undefined {
    const at = this.t.offset;
    if (this.t.kind === "ident" && this.peek().value === "=>") {
      const name = this.ident();
      this.i++;
      return { k: "lambda", params: [name], body: this.lambdaBody(), at };
    }
    if (!this.is("(")) return undefined;
    // Find the matching `)` and look for `=>` after it.
    let depth = 0;
    let j = this.i;
    for (; j < this.toks.length; j++) {
      const v = this.toks[j];
      if (v.kind !== "punct") continue;
      if (v.value === "(") depth++;
      else if (v.value === ")" && --depth === 0) break;
    }
    if (this.toks[j + 1]?.value !== "=>") return undefined;
    this.i++;
    const params: string[] = [];
    while (!this.is(")")) {
      // `(x, y)` or `(string x, int y)`
      if (this.peek().kind === "ident" || ["<", "[", "?", "?["].includes(this.peek().value)) this.type();
      params.push(this.ident());
      if (!this.eat(",")) break;
    }
    this.expect(")");
    this.expect("=>");
    return { k: "lambda", params, body: this.lambdaBody(), at };
  }

  private lambdaBody(): Expr | Stmt {
    if (this.is("{")) return this.statement();
    return this.expression();
  }

  private conditional(): Expr {
    const at = this.t.offset;
    const test = this.coalesce();
    if (this.is("?")) {
      this.i++;
      const then = this.expression();
      this.expect(":");
      return { k: "cond", test, then, else: this.expression(), at };
    }
    return test;
  }

  private coalesce(): Expr {
    const at = this.t.offset;
    const left = this.binary(0);
    if (this.eat("??")) {
      const right = this.is("throw") ? this.throwExpr() : this.coalesce();
      return { k: "binary", op: "??", left, right, at };
    }
    return left;
  }

  private throwExpr(): Expr {
    const at = this.t.offset;
    this.expect("throw");
    return { k: "throwExpr", value: this.binary(0), at };
  }

  private static LEVELS: string[][] = [["||"], ["&&"], ["|"], ["^"], ["&"], ["==", "!="], ["<", ">", "<=", ">=", "is", "as"], ["<<", ">>"], ["+", "-"], ["*", "/", "%"]];

  private binary(level: number): Expr {
    if (level >= Parser.LEVELS.length) return this.unary();
    const ops = Parser.LEVELS[level];
    let left = this.binary(level + 1);
    for (;;) {
      const t = this.t;
      const at = left.at;
      // `>>` is lexed as two `>` so generic closers stay simple.
      const isShiftRight = ops.includes(">>") && t.value === ">" && this.peek().value === ">" && this.peek().offset === t.end;
      if (isShiftRight) {
        this.i += 2;
        left = { k: "binary", op: ">>", left, right: this.binary(level + 1), at };
        continue;
      }
      if (!(t.kind === "punct" || t.kind === "keyword") || !ops.includes(t.value)) return left;
      this.i++;
      if (t.value === "is") left = this.isPattern(left, at);
      else if (t.value === "as") left = { k: "as", operand: left, type: this.type(), at };
      else left = { k: "binary", op: t.value, left, right: this.binary(level + 1), at };
    }
  }

  private isPattern(operand: Expr, at: number): Expr {
    let negated = false;
    if (this.t.kind === "ident" && this.t.value === "not") {
      this.i++;
      negated = true;
    }
    if (this.t.kind === "number" || this.t.kind === "string" || this.t.kind === "char" || this.is("null") || this.is("true") || this.is("false")) {
      return { k: "is", operand, pattern: this.unary(), negated, at };
    }
    if (this.is("{") || this.is("(") || this.is("[")) throw new CSharpUnsupportedError("A property, positional or list pattern", this.t.offset);
    const type = this.type();
    const declares = this.t.kind === "ident" && !["and", "or"].includes(this.t.value) ? this.ident() : undefined;
    if (this.t.kind === "ident" && (this.t.value === "and" || this.t.value === "or")) throw new CSharpUnsupportedError("A combined (`and`/`or`) pattern", this.t.offset);
    return { k: "is", operand, type, negated, declares, at };
  }

  private unary(): Expr {
    this.unsupportedKeyword();
    const t = this.t;
    const at = t.offset;
    if (t.kind === "punct" && ["!", "-", "+", "~"].includes(t.value)) {
      this.i++;
      return { k: "unary", op: t.value, operand: this.unary(), at };
    }
    if (t.kind === "punct" && (t.value === "++" || t.value === "--")) {
      this.i++;
      return { k: "incdec", op: t.value, prefix: true, operand: this.unary(), at };
    }
    if (this.is("(")) {
      const cast = this.tryCast();
      if (cast) return cast;
    }
    return this.postfix(this.primary());
  }

  private tryCast(): Expr | undefined {
    const save = this.i;
    const at = this.t.offset;
    this.i++;
    const type = this.tryType();
    if (!type || !this.is(")")) {
      this.i = save;
      return undefined;
    }
    this.i++;
    const n = this.t;
    const predefined = PREDEFINED.has(type.name) || type.array > 0 || type.args.length > 0 || type.nullable;
    const startsOperand =
      n.kind === "ident" || n.kind === "number" || n.kind === "string" || n.kind === "char" || n.kind === "interp" ||
      (n.kind === "keyword" && ["new", "true", "false", "null", "typeof", "default"].includes(n.value) ) ||
      (PREDEFINED.has(n.value) && n.kind === "keyword") ||
      (n.kind === "punct" && ["(", "!", "~"].includes(n.value)) ||
      (predefined && n.kind === "punct" && ["-", "+"].includes(n.value));
    if (!startsOperand) {
      this.i = save;
      return undefined;
    }
    return { k: "cast", type, operand: this.unary(), at };
  }

  private postfix(e: Expr): Expr {
    for (;;) {
      const t = this.t;
      const at = e.at;
      if (this.is(".") || this.is("?.")) {
        this.i++;
        const nameAt = this.t.offset;
        const name = this.ident();
        const typeArgs = this.is("<") ? this.tryTypeArgs() : undefined;
        if (typeArgs && !this.is("(")) this.fail("Generic type arguments here must be followed by a call.", t.offset);
        e = typeArgs ? { k: "member", target: e, name, typeArgs, nullCond: t.value === "?.", at, nameAt } : { k: "member", target: e, name, nullCond: t.value === "?.", at, nameAt };
        continue;
      }
      if (this.is("(")) {
        this.i++;
        e = { k: "call", callee: e, args: this.args(")"), at };
        continue;
      }
      if (this.is("[") || this.is("?[")) {
        this.i++;
        const list: Expr[] = [];
        while (!this.is("]")) {
          list.push(this.expression());
          if (!this.eat(",")) break;
        }
        this.expect("]");
        e = { k: "index", target: e, args: list, nullCond: t.value === "?[", at };
        continue;
      }
      if (t.kind === "punct" && (t.value === "++" || t.value === "--")) {
        this.i++;
        e = { k: "incdec", op: t.value, prefix: false, operand: e, at };
        continue;
      }
      if (t.kind === "punct" && t.value === "!" && (this.peek().value === "." || this.peek().value === ")" || this.peek().value === ";")) {
        // null-forgiving `x!`: no runtime effect.
        this.i++;
        continue;
      }
      return e;
    }
  }

  private args(close: string): Argument[] {
    const out: Argument[] = [];
    while (!this.is(close)) {
      let name: string | undefined;
      if (this.t.kind === "ident" && this.peek().value === ":" ) {
        name = this.ident();
        this.i++;
      }
      if (this.is("out") || this.is("ref")) {
        const modifier = this.toks[this.i++].value as "out" | "ref";
        const at = this.t.offset;
        if (this.is("var") || (this.tryTypeThenIdent())) {
          if (this.is("var")) this.i++;
          else this.type();
          const declares = this.ident();
          out.push({ value: { k: "name", name: declares, at }, modifier, declares });
        } else {
          const value = this.unary();
          out.push({ value, modifier });
        }
      } else {
        const value = this.expression();
        out.push(name ? { value, name } : { value });
      }
      if (!this.eat(",")) break;
    }
    this.expect(close);
    return out;
  }

  private tryTypeThenIdent(): boolean {
    const save = this.i;
    const t = this.tryType();
    const ok = !!t && this.t.kind === "ident";
    this.i = save;
    return ok;
  }

  private primary(): Expr {
    const t = this.t;
    const at = t.offset;
    switch (t.kind) {
      case "number": {
        this.i++;
        const type = t.numberType ?? "int";
        return { k: "lit", value: Number(t.value), type: type === "float" ? "double" : type, at };
      }
      case "string":
        this.i++;
        return { k: "lit", value: t.value, type: "string", at };
      case "char":
        this.i++;
        return { k: "lit", value: t.value, type: "char", at };
      case "interp": {
        this.i++;
        const parts: Array<{ text: string } | { expr: Expr; format?: string; align?: number }> = [];
        for (const p of t.parts ?? []) {
          if (!p.hole) parts.push({ text: p.text });
          else {
            const sub = new Parser(lex(p.text, p.offset));
            const expr = sub.expression();
            sub.expectEnd();
            parts.push({ expr, ...(p.format !== undefined ? { format: p.format } : {}), ...(p.align !== undefined ? { align: p.align } : {}) });
          }
        }
        return { k: "interp", parts, at };
      }
      case "ident": {
        this.i++;
        // Generic method call on an unqualified name is rare; a generic type before `.` (e.g. `List<string>`) too.
        return { k: "name", name: t.value, at };
      }
      case "keyword":
        break;
      case "punct":
        if (t.value === "(") {
          this.i++;
          const e = this.expression();
          this.expect(")");
          return e;
        }
        this.fail(`Unexpected ${describe(t)}.`);
        break;
      default:
        this.fail(`Unexpected ${describe(t)}.`);
    }
    switch (t.value) {
      case "true":
      case "false":
        this.i++;
        return { k: "lit", value: t.value === "true", type: "bool", at };
      case "null":
        this.i++;
        return { k: "lit", value: null, type: "null", at };
      case "new":
        return this.newExpr();
      case "typeof": {
        this.i++;
        this.expect("(");
        const type = this.type();
        this.expect(")");
        return { k: "typeof", type, at };
      }
      case "default": {
        this.i++;
        if (this.eat("(")) {
          const type = this.type();
          this.expect(")");
          return { k: "default", type, at };
        }
        return { k: "default", at };
      }
      case "throw":
        return this.throwExpr();
    }
    if (PREDEFINED.has(t.value)) {
      // `string.Join(...)`, `int.Parse(...)`: the keyword names its type.
      this.i++;
      return { k: "type", type: { name: t.value, args: [], array: 0, nullable: false, at }, at };
    }
    this.unsupportedKeyword();
    return this.fail(`Unexpected ${describe(t)}.`);
  }

  private newExpr(): Expr {
    const at = this.t.offset;
    this.expect("new");
    if (this.is("[")) {
      // new[] { a, b }
      this.i++;
      this.expect("]");
      return { k: "newArray", items: this.initList(), at };
    }
    if (this.is("{")) {
      // Anonymous type: modelled as a JObject (what JsonConvert.SerializeObject sees).
      this.i++;
      const init: Array<{ key?: Expr; name?: string; value: Expr }> = [];
      while (!this.is("}")) {
        if (this.t.kind === "ident" && this.peek().value === "=") {
          const name = this.ident();
          this.i++;
          init.push({ name, value: this.expression() });
        } else {
          const value = this.expression();
          const name = value.k === "member" ? value.name : value.k === "name" ? value.name : undefined;
          if (!name) this.fail("An anonymous type member needs a name (`Name = value`).", value.at);
          init.push({ name, value });
        }
        if (!this.eat(",")) break;
      }
      this.expect("}");
      return { k: "new", anonymous: true, args: [], init, at };
    }
    if (this.is("(")) {
      // target-typed `new()`
      this.i++;
      return { k: "new", args: this.args(")"), at };
    }
    const save = this.i;
    const type = this.type();
    if (this.is("[")) {
      // new string[3] or new string[] { ... } (tryType consumed `[]` already for the latter)
      this.i++;
      const size = this.expression();
      this.expect("]");
      return { k: "newArray", type, size, at };
    }
    if (type.array > 0) return { k: "newArray", type: { ...type, array: type.array - 1 }, items: this.initList(), at };
    void save;
    const args = this.eat("(") ? this.args(")") : [];
    if (this.is("{")) {
      const collection: Expr[] = [];
      const init: Array<{ key?: Expr; name?: string; value: Expr }> = [];
      this.i++;
      while (!this.is("}")) {
        if (this.is("[")) {
          this.i++;
          const key = this.expression();
          this.expect("]");
          this.expect("=");
          init.push({ key, value: this.expression() });
        } else if (this.is("{")) {
          // { key, value } pair of a dictionary initializer
          this.i++;
          const key = this.expression();
          this.expect(",");
          const value = this.expression();
          this.expect("}");
          init.push({ key, value });
        } else if (this.t.kind === "ident" && this.peek().value === "=") {
          const name = this.ident();
          this.i++;
          init.push({ name, value: this.expression() });
        } else collection.push(this.expression());
        if (!this.eat(",")) break;
      }
      this.expect("}");
      return { k: "new", type, args, init, collection, at };
    }
    return { k: "new", type, args, at };
  }

  private initList(): Expr[] {
    this.expect("{");
    const items: Expr[] = [];
    while (!this.is("}")) {
      items.push(this.expression());
      if (!this.eat(",")) break;
    }
    this.expect("}");
    return items;
  }
}

function describe(t: Token): string {
  if (t.kind === "eof") return "the end of the expression";
  if (t.kind === "string" || t.kind === "interp") return "a string";
  if (t.kind === "number") return `the number \`${t.value}\``;
  return `\`${t.value}\``;
}
