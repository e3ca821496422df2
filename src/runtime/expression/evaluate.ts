/**
 * Tree-walking evaluator for parsed policy expressions. Values follow the
 * mapping in values.ts; failures are CsException with the .NET type APIM
 * would report, so on-error sees the same LastError.
 */
import type { Argument, Expr, Program, Stmt, TypeRef } from "../../policy/csharp/ast";
import { XName, XNamespace } from "./xml";
import { BOOL_MEMBERS, BYTES_MEMBERS, CONSTRUCTORS, NUMBER_MEMBERS, SEQ_MEMBERS, STRING_MEMBERS, castTo, csEquals, csToString, formatValue, isType, staticTypes, toSeq, type StaticEnv } from "./builtins";
import { JArray, JObject, JProperty, JToken, toJToken } from "./json";
import { CsDateTime, CsDict, CsException, CsTimeSpan, Host, Ref, defaultOf, normType, nullRef } from "./values";

export interface EvalEnv extends StaticEnv {
  /** The `context` object (see runtime/context.ts). */
  context: unknown;
}

class TypeMark {
  constructor(readonly name: string) {}
}

class Scope {
  private readonly vars = new Map<string, unknown>();
  constructor(private readonly parent?: Scope) {}
  lookup(name: string): { found: boolean; value: unknown } {
    if (this.vars.has(name)) return { found: true, value: this.vars.get(name) };
    return this.parent ? this.parent.lookup(name) : { found: false, value: undefined };
  }
  declare(name: string, v: unknown): void {
    this.vars.set(name, v);
  }
  assign(name: string, v: unknown): boolean {
    if (this.vars.has(name)) {
      this.vars.set(name, v);
      return true;
    }
    return this.parent ? this.parent.assign(name, v) : false;
  }
}

const RETURN = Symbol("return");
const BREAK = Symbol("break");
const CONTINUE = Symbol("continue");
type Completion = undefined | typeof BREAK | typeof CONTINUE | { [RETURN]: unknown };

const MAX_LOOP = 1_000_000;

/**
 * The static members are built once per process; the clock and id source
 * they need come from the evaluation running now (evaluation is synchronous).
 */
let currentEnv: StaticEnv = { now: () => Date.now(), newGuid: () => "00000000-0000-0000-0000-000000000000" };
const STATICS = staticTypes({ now: () => currentEnv.now(), newGuid: () => currentEnv.newGuid() });

export function evaluateProgram(program: Program, env: EvalEnv): unknown {
  const previous = currentEnv;
  currentEnv = env;
  try {
    const ev = new Evaluator(env, STATICS);
    const scope = new Scope();
    if (program.kind === "expression") return ev.expr(program.expr, scope);
    const c = ev.block(program.body, scope);
    return c && typeof c === "object" ? c[RETURN] : null;
  } finally {
    currentEnv = previous;
  }
}

class Evaluator {
  constructor(
    private readonly env: EvalEnv,
    private readonly statics: Record<string, Record<string, unknown>>,
  ) {}

  block(body: Stmt[], scope: Scope): Completion {
    for (const s of body) {
      const c = this.stmt(s, scope);
      if (c !== undefined) return c;
    }
    return undefined;
  }

  stmt(s: Stmt, scope: Scope): Completion {
    switch (s.k) {
      case "block":
        return this.block(s.body, new Scope(scope));
      case "empty":
        return undefined;
      case "local":
        for (const d of s.decls) {
          let v = d.init ? this.expr(d.init, scope) : s.type ? defaultOf(s.type.name) : null;
          if (s.type && d.init && !s.type.array) v = implicitConvert(v, s.type);
          scope.declare(d.name, v);
        }
        return undefined;
      case "expr":
        this.expr(s.expr, scope);
        return undefined;
      case "if":
        if (truthy(this.expr(s.test, scope))) return this.stmt(s.then, new Scope(scope));
        return s.else ? this.stmt(s.else, new Scope(scope)) : undefined;
      case "foreach": {
        const items = [...toSeq(this.expr(s.source, scope))];
        for (const item of items) {
          const inner = new Scope(scope);
          inner.declare(s.name, item);
          const c = this.stmt(s.body, inner);
          if (c === BREAK) break;
          if (c === CONTINUE) continue;
          if (c !== undefined) return c;
        }
        return undefined;
      }
      case "for": {
        const outer = new Scope(scope);
        if (s.init) this.stmt(s.init, outer);
        for (let n = 0; !s.test || truthy(this.expr(s.test, outer)); n++) {
          if (n > MAX_LOOP) throw new CsException("System.TimeoutException", "The loop ran more than a million iterations.");
          const c = this.stmt(s.body, new Scope(outer));
          if (c === BREAK) break;
          if (c !== undefined && c !== CONTINUE) return c;
          for (const u of s.update) this.expr(u, outer);
        }
        return undefined;
      }
      case "while":
        for (let n = 0; truthy(this.expr(s.test, scope)); n++) {
          if (n > MAX_LOOP) throw new CsException("System.TimeoutException", "The loop ran more than a million iterations.");
          const c = this.stmt(s.body, new Scope(scope));
          if (c === BREAK) break;
          if (c !== undefined && c !== CONTINUE) return c;
        }
        return undefined;
      case "return":
        return { [RETURN]: s.value ? this.expr(s.value, scope) : null };
      case "break":
        return BREAK;
      case "continue":
        return CONTINUE;
      case "throw": {
        if (!s.value) {
          const current = scope.lookup("$exception");
          throw current.found ? current.value : new CsException("System.InvalidOperationException", "No exception to rethrow.");
        }
        const v = this.expr(s.value, scope);
        throw v instanceof CsException ? v : new CsException("System.InvalidCastException", "Only exceptions can be thrown.");
      }
      case "try":
        try {
          return this.stmt(s.body, new Scope(scope));
        } catch (e) {
          if (!(e instanceof CsException)) throw e;
          for (const c of s.catches) {
            if (c.type && !exceptionMatches(e, c.type.name)) continue;
            const inner = new Scope(scope);
            inner.declare("$exception", e);
            if (c.name) inner.declare(c.name, e);
            return this.stmt(c.body, inner);
          }
          throw e;
        } finally {
          if (s.final) this.stmt(s.final, new Scope(scope));
        }
    }
  }

  expr(e: Expr, scope: Scope): unknown {
    const v = this.exprOrType(e, scope);
    if (v instanceof TypeMark) throw new CsException("System.InvalidOperationException", `\`${v.name}\` is a type, not a value.`);
    return v;
  }

  /** Like expr, but a (possibly dotted) type name yields a TypeMark for static access. */
  private exprOrType(e: Expr, scope: Scope): unknown {
    switch (e.k) {
      case "lit":
        return e.value;
      case "name": {
        const local = scope.lookup(e.name);
        if (local.found) return local.value;
        if (e.name === "context") return this.env.context;
        return new TypeMark(e.name);
      }
      case "type":
        return new TypeMark(e.type.name);
      case "interp":
        return e.parts.map((p) => ("text" in p ? p.text : align(p.format ? formatValue(this.expr(p.expr, scope), p.format) : csToString(this.expr(p.expr, scope)), p.align))).join("");
      case "member": {
        const target = this.exprOrType(e.target, scope);
        if (target instanceof TypeMark) {
          const st = this.staticOf(target.name);
          if (!st) return new TypeMark(`${target.name}.${e.name}`);
          if (!(e.name in st)) throw new CsException("System.MissingMemberException", `${target.name} has no member ${e.name}.`);
          const m = st[e.name];
          return m && typeof m === "object" && "prop" in (m as object) ? (m as { prop: () => unknown }).prop() : m;
        }
        if ((target === null || target === undefined) && e.nullCond) return null;
        if ((target === null || target === undefined) && e.name === "HasValue") return false;
        return getMember(target, e.name);
      }
      case "call":
        return this.call(e.callee, e.args, scope);
      case "index": {
        const target = this.expr(e.target, scope);
        if ((target === null || target === undefined) && e.nullCond) return null;
        return indexGet(target, e.args.map((a) => this.expr(a, scope)));
      }
      case "unary": {
        const v = this.expr(e.operand, scope);
        switch (e.op) {
          case "!":
            return !truthy(v);
          case "-":
            return -(num(v) as number);
          case "+":
            return num(v);
          default:
            return ~(num(v) as number);
        }
      }
      case "incdec": {
        const old = num(this.expr(e.operand, scope)) as number;
        const next = e.op === "++" ? old + 1 : old - 1;
        this.assignTo(e.operand, next, scope);
        return e.prefix ? next : old;
      }
      case "binary":
        return this.binary(e, scope);
      case "cond":
        return truthy(this.expr(e.test, scope)) ? this.expr(e.then, scope) : this.expr(e.else, scope);
      case "assign": {
        let v = this.expr(e.value, scope);
        if (e.op !== "=") {
          const cur = this.expr(e.target, scope);
          if (e.op === "??=") {
            if (cur !== null && cur !== undefined) return cur;
          } else v = arith(e.op.slice(0, -1), cur, v, false);
        }
        this.assignTo(e.target, v, scope);
        return v;
      }
      case "cast":
        return castTo(this.expr(e.operand, scope), typeName(e.type));
      case "is": {
        const v = this.expr(e.operand, scope);
        let r: boolean;
        if (e.pattern) r = csEquals(v, this.expr(e.pattern, scope));
        else {
          r = isType(v, typeName(e.type as TypeRef));
          if (r && e.declares) scope.declare(e.declares, v);
        }
        return e.negated ? !r : r;
      }
      case "as": {
        const v = this.expr(e.operand, scope);
        return isType(v, typeName(e.type)) ? v : null;
      }
      case "new":
        return this.construct(e, scope);
      case "newArray": {
        if (e.items) return e.items.map((x) => this.expr(x, scope));
        const n = num(this.expr(e.size as Expr, scope)) as number;
        return Array.from({ length: n }, () => defaultOf(e.type?.name));
      }
      case "lambda":
        return (...args: unknown[]) => {
          const inner = new Scope(scope);
          e.params.forEach((p, i) => inner.declare(p, args[i]));
          if ("k" in e.body && isStmt(e.body)) {
            const c = this.stmt(e.body, inner);
            return c && typeof c === "object" ? c[RETURN] : undefined;
          }
          return this.expr(e.body as Expr, inner);
        };
      case "typeof":
        return e.type.name;
      case "default":
        return e.type ? defaultOf(e.type.name) : null;
      case "throwExpr": {
        const v = this.expr(e.value, scope);
        throw v instanceof CsException ? v : new CsException("System.InvalidCastException", "Only exceptions can be thrown.");
      }
    }
  }

  private staticOf(name: string): Record<string, unknown> | undefined {
    return this.statics[normType(name)];
  }

  private binary(e: Extract<Expr, { k: "binary" }>, scope: Scope): unknown {
    switch (e.op) {
      case "&&":
        return truthy(this.expr(e.left, scope)) && truthy(this.expr(e.right, scope));
      case "||":
        return truthy(this.expr(e.left, scope)) || truthy(this.expr(e.right, scope));
      case "??": {
        const l = this.expr(e.left, scope);
        return l === null || l === undefined ? this.expr(e.right, scope) : l;
      }
    }
    const l = this.expr(e.left, scope);
    const r = this.expr(e.right, scope);
    return arith(e.op, l, r, isDoubleExpr(e.left) || isDoubleExpr(e.right));
  }

  private args(args: Argument[], scope: Scope): { values: unknown[]; outs: Array<{ arg: Argument; ref: Ref }> } {
    const values: unknown[] = [];
    const outs: Array<{ arg: Argument; ref: Ref }> = [];
    for (const a of args) {
      if (a.modifier) {
        const ref = new Ref();
        if (a.modifier === "ref") ref.value = this.expr(a.value, scope);
        values.push(ref);
        outs.push({ arg: a, ref });
      } else values.push(this.expr(a.value, scope));
    }
    return { values, outs };
  }

  private call(callee: Expr, args: Argument[], scope: Scope): unknown {
    const finish = (outs: Array<{ arg: Argument; ref: Ref }>, result: unknown) => {
      for (const o of outs) {
        if (o.arg.declares) scope.declare(o.arg.declares, o.ref.value);
        else this.assignTo(o.arg.value, o.ref.value, scope);
      }
      return result;
    };
    if (callee.k === "member") {
      const target = this.exprOrType(callee.target, scope);
      const typeArgs = callee.typeArgs?.map(typeName);
      if (target instanceof TypeMark) {
        const st = this.staticOf(target.name);
        const f = st?.[callee.name];
        if (typeof f !== "function") throw new CsException("System.MissingMethodException", `Method not found: ${target.name}.${callee.name}.`);
        const { values, outs } = this.args(args, scope);
        return finish(outs, (f as (...a: unknown[]) => unknown)(...values));
      }
      if ((target === null || target === undefined) && callee.nullCond) return null;
      const { values, outs } = this.args(args, scope);
      return finish(outs, invoke(target, callee.name, values, typeArgs));
    }
    const f = this.expr(callee, scope);
    if (typeof f !== "function") throw new CsException("System.InvalidOperationException", "Only methods and delegates can be called.");
    const { values, outs } = this.args(args, scope);
    return finish(outs, (f as (...a: unknown[]) => unknown)(...values));
  }

  private construct(e: Extract<Expr, { k: "new" }>, scope: Scope): unknown {
    if (e.anonymous) {
      const o = new JObject();
      for (const i of e.init ?? []) o.props.set(i.name as string, toJToken(this.expr(i.value, scope)));
      return o;
    }
    const name = e.type ? normType(e.type.name) : "object";
    const ctor = CONSTRUCTORS[name];
    if (!ctor) throw new CsException("System.MissingMethodException", `Cannot create an instance of ${name}.`);
    const obj = ctor(e.args.map((a) => this.expr(a.value, scope)));
    for (const item of e.collection ?? []) {
      const v = this.expr(item, scope);
      if (obj instanceof JObject && v instanceof JProperty) obj.props.set(v.Name, v.Value);
      else if (obj instanceof JArray) obj.Add(v);
      else if (Array.isArray(obj)) obj.push(v);
      else if (obj instanceof CsDict && Array.isArray(v)) obj.Add(csToString(v[0]), v[1]);
    }
    for (const i of e.init ?? []) {
      const v = this.expr(i.value, scope);
      if (i.key) {
        const k = this.expr(i.key, scope);
        if (obj instanceof Host && "indexSet" in obj) (obj as unknown as { indexSet(k: unknown, v: unknown): void }).indexSet(k, v);
      } else if (i.name && obj instanceof Host) (obj as unknown as Record<string, unknown>)[i.name] = v;
    }
    return obj;
  }

  private assignTo(target: Expr, v: unknown, scope: Scope): void {
    if (target.k === "name") {
      if (!scope.assign(target.name, v)) throw new CsException("System.InvalidOperationException", `The name '${target.name}' does not exist in the current context.`);
      return;
    }
    if (target.k === "index") {
      const obj = this.expr(target.target, scope);
      const keys = target.args.map((a) => this.expr(a, scope));
      if (Array.isArray(obj)) {
        obj[keys[0] as number] = v;
        return;
      }
      if (obj instanceof Host && "indexSet" in obj) {
        (obj as unknown as { indexSet(k: unknown, v: unknown): void }).indexSet(keys[0], v);
        return;
      }
      if (obj === null || obj === undefined) throw nullRef();
      throw new CsException("System.InvalidOperationException", "This value cannot be indexed for assignment.");
    }
    if (target.k === "member") {
      const obj = this.expr(target.target, scope);
      if (obj === null || obj === undefined) throw nullRef();
      if (obj instanceof Host && target.name in obj) {
        const desc = findSetter(obj, target.name);
        if (desc) {
          (obj as unknown as Record<string, unknown>)[target.name] = v;
          return;
        }
      }
      throw new CsException("System.InvalidOperationException", `Property or indexer '${target.name}' cannot be assigned to -- it is read only.`);
    }
  }
}

/** `{x,5}` pads on the left to 5 characters, `{x,-5}` on the right; a longer text is kept whole. */
function align(text: string, width: number | undefined): string {
  if (width === undefined) return text;
  return width < 0 ? text.padEnd(-width) : text.padStart(width);
}

function findSetter(obj: object, name: string): boolean {
  for (let p: object | null = obj; p; p = Object.getPrototypeOf(p)) {
    const d = Object.getOwnPropertyDescriptor(p, name);
    if (d) return Boolean(d.set) || d.writable === true;
  }
  return false;
}

function isStmt(x: Expr | Stmt): x is Stmt {
  return x.k === "block";
}

function typeName(t: TypeRef): string {
  return t.name + "[]".repeat(t.array) + (t.nullable ? "?" : "");
}

function implicitConvert(v: unknown, t: TypeRef): unknown {
  const n = normType(t.name);
  // `string s = jtoken` does not compile in C#; keep the value. Numeric widening only.
  if ((n === "double" || n === "decimal") && typeof v === "number") return v;
  // `XNamespace ns = "urn:x";` and `XName n = "{urn:x}a";`: System.Xml.Linq's implicit conversions from string.
  if (typeof v === "string" && n === "XNamespace") return new XNamespace(v);
  if (typeof v === "string" && n === "XName") return XName.of(v);
  return v;
}

function exceptionMatches(e: CsException, type: string): boolean {
  const n = type.replace(/^System\./, "");
  return n === "Exception" || e.type.replace(/^.*\./, "") === n.replace(/^.*\./, "");
}

function isDoubleExpr(e: Expr): boolean {
  return (e.k === "lit" && (e.type === "double" || e.type === "decimal")) || (e.k === "cast" && ["double", "decimal", "float"].includes(normType(e.type.name)));
}

export function truthy(v: unknown): boolean {
  if (typeof v === "boolean") return v;
  if (v === null || v === undefined) throw new CsException("System.InvalidOperationException", "Nullable object must have a value.");
  throw new CsException("System.InvalidCastException", `Cannot implicitly convert ${typeof v} to bool.`);
}

function num(v: unknown): unknown {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.length === 1) return v.charCodeAt(0);
  if (v === null || v === undefined) throw nullRef();
  throw new CsException("System.InvalidCastException", `Operator cannot be applied to ${csToString(v)}.`);
}

function arith(op: string, l: unknown, r: unknown, double: boolean): unknown {
  switch (op) {
    case "==":
      return csEquals(l, r);
    case "!=":
      return !csEquals(l, r);
    case "+":
      if (l instanceof XNamespace) return new XName(csToString(r), l.NamespaceName);
      if (typeof l === "string" || typeof r === "string") return csToString(l) + csToString(r);
      if (l instanceof CsDateTime && r instanceof CsTimeSpan) return new CsDateTime(l.ms + r.ms);
      if (l instanceof CsTimeSpan && r instanceof CsTimeSpan) return new CsTimeSpan(l.ms + r.ms);
      if (l === null || r === null) return null;
      return (num(l) as number) + (num(r) as number);
    case "-":
      if (l instanceof CsDateTime && r instanceof CsDateTime) return new CsTimeSpan(l.ms - r.ms);
      if (l instanceof CsDateTime && r instanceof CsTimeSpan) return new CsDateTime(l.ms - r.ms);
      if (l instanceof CsTimeSpan && r instanceof CsTimeSpan) return new CsTimeSpan(l.ms - r.ms);
      if (l === null || r === null) return null;
      return (num(l) as number) - (num(r) as number);
    case "*":
      return (num(l) as number) * (num(r) as number);
    case "/": {
      const a = num(l) as number;
      const b = num(r) as number;
      // int / int truncates in C#; a double literal or cast on either side keeps the fraction.
      if (!double && Number.isInteger(a) && Number.isInteger(b)) {
        if (b === 0) throw new CsException("System.DivideByZeroException", "Attempted to divide by zero.");
        return Math.trunc(a / b);
      }
      return a / b;
    }
    case "%": {
      const b = num(r) as number;
      if (b === 0 && Number.isInteger(l)) throw new CsException("System.DivideByZeroException", "Attempted to divide by zero.");
      return (num(l) as number) % b;
    }
    case "<":
    case ">":
    case "<=":
    case ">=": {
      if (l === null || l === undefined || r === null || r === undefined) return false;
      const c = l instanceof CsDateTime || l instanceof CsTimeSpan ? l.ms - (r as CsTimeSpan).ms : (num(l) as number) - (num(r) as number);
      return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
    }
    case "&":
      return typeof l === "boolean" ? l && truthy(r) : (num(l) as number) & (num(r) as number);
    case "|":
      return typeof l === "boolean" ? l || truthy(r) : (num(l) as number) | (num(r) as number);
    case "^":
      return typeof l === "boolean" ? l !== truthy(r) : (num(l) as number) ^ (num(r) as number);
    case "<<":
      return (num(l) as number) << (num(r) as number);
    case ">>":
      return (num(l) as number) >> (num(r) as number);
  }
  throw new CsException("System.InvalidOperationException", `Operator ${op} is not supported.`);
}

function isPascal(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export function getMember(target: unknown, name: string): unknown {
  if (target === null || target === undefined) throw nullRef(`reading ${name}`);
  if (typeof target === "string") {
    if (name === "Length") return target.length;
    throw new CsException("System.MissingMemberException", `String has no property ${name}.`);
  }
  if (typeof target === "number") return name === "Value" ? target : name === "HasValue" ? true : missing(target, name);
  if (typeof target === "boolean") return name === "Value" ? target : name === "HasValue" ? true : missing(target, name);
  if (Array.isArray(target) || Buffer.isBuffer(target)) {
    if (name === "Length" || name === "Count") return target.length;
    return missing(target, name);
  }
  if (target instanceof Host && isPascal(name) && name in target) {
    const v = (target as unknown as Record<string, unknown>)[name];
    if (typeof v !== "function") return v;
  }
  // Nullable<T>: a present value has itself as Value.
  if (name === "HasValue") return true;
  if (name === "Value" && !(target instanceof Host && name in target)) return target;
  if (target instanceof CsException) {
    if (name === "Message") return target.message;
    if (name === "InnerException") return null;
  }
  return missing(target, name);
}

function missing(target: unknown, name: string): never {
  throw new CsException("System.MissingMemberException", `'${csTypeNameOf(target)}' does not contain a definition for '${name}'.`);
}

function csTypeNameOf(v: unknown): string {
  if (v instanceof Host) return v.csType;
  if (typeof v === "string") return "string";
  if (typeof v === "number") return "int";
  if (typeof v === "boolean") return "bool";
  return Array.isArray(v) ? "IEnumerable" : "object";
}

export function invoke(target: unknown, name: string, args: unknown[], typeArgs?: string[]): unknown {
  if (target === null || target === undefined) {
    // Extension methods on null strings: APIM's AsJwt etc. return null on null input; BCL instance calls throw.
    throw nullRef(`calling ${name}`);
  }
  if (typeof target === "string") {
    const m = STRING_MEMBERS[name];
    if (m) return m(target, ...args);
    const q = SEQ_MEMBERS[name];
    if (q) return q([...target], ...args);
    return missing(target, name);
  }
  if (typeof target === "number") return NUMBER_MEMBERS[name] ? NUMBER_MEMBERS[name](target, ...args) : missing(target, name);
  if (typeof target === "boolean") return BOOL_MEMBERS[name] ? BOOL_MEMBERS[name](target, ...args) : missing(target, name);
  if (target instanceof Host) {
    const obj = target as unknown as Record<string, unknown>;
    if (typeArgs && typeof obj[`${name}$T`] === "function") return (obj[`${name}$T`] as (...a: unknown[]) => unknown).call(target, typeArgs, ...args);
    if (isPascal(name) && typeof obj[name] === "function") return (obj[name] as (...a: unknown[]) => unknown).call(target, ...args);
    if (typeof obj[`${name}$T`] === "function") return (obj[`${name}$T`] as (...a: unknown[]) => unknown).call(target, [], ...args);
    if (name === "ToString") return csToString(target);
    if (name === "Equals") return csEquals(target, args[0]);
    if (name === "GetType") return target.csType;
  }
  // Static sub-objects such as Encoding.UTF8 are plain objects of functions.
  if (target && typeof target === "object" && Object.getPrototypeOf(target) === Object.prototype && typeof (target as Record<string, unknown>)[name] === "function") {
    return ((target as Record<string, unknown>)[name] as (...a: unknown[]) => unknown)(...args);
  }
  if (Buffer.isBuffer(target) && BYTES_MEMBERS[name]) return BYTES_MEMBERS[name](target, ...args);
  if (typeof target === "function" && name === "Invoke") return (target as (...a: unknown[]) => unknown)(...args);
  if (name === "ToString") return csToString(target);
  const q = SEQ_MEMBERS[name];
  if (q && (Array.isArray(target) || Buffer.isBuffer(target) || target instanceof JArray || target instanceof JObject || target instanceof CsDict)) return q(toSeq(target), ...args);
  return missing(target, name);
}

export function indexGet(target: unknown, keys: unknown[]): unknown {
  if (target === null || target === undefined) throw nullRef("indexing");
  const k = keys[0];
  if (typeof target === "string" || Array.isArray(target) || Buffer.isBuffer(target)) {
    const i = k as number;
    if (typeof i !== "number" || i < 0 || i >= target.length) throw new CsException("System.IndexOutOfRangeException", "Index was outside the bounds of the array.");
    return typeof target === "string" ? target[i] : target[i];
  }
  if (target instanceof Host && "indexGet" in target) return (target as unknown as { indexGet(k: unknown): unknown }).indexGet(k);
  throw new CsException("System.InvalidOperationException", `Cannot apply indexing to ${csTypeNameOf(target)}.`);
}

export { toJToken, JToken };
