/** The C# syntax tree of one policy expression. `at` is an offset into the expression text. */
export interface TypeRef {
  /** Dotted name as written, e.g. `string`, `JObject`, `System.Text.Encoding`. */
  name: string;
  args: TypeRef[];
  /** `int[]` -> 1. */
  array: number;
  nullable: boolean;
  at: number;
}

export interface Argument {
  value: Expr;
  /** `name: value`. */
  name?: string;
  /** `out var x` / `out int x` / `out x`. */
  modifier?: "out" | "ref";
  /** For `out var x` / `out T x`: the local it declares. */
  declares?: string;
}

export type Expr =
  | { k: "lit"; value: string | number | boolean | null; type: "string" | "char" | "int" | "long" | "double" | "decimal" | "float" | "bool" | "null"; at: number }
  | { k: "name"; name: string; at: number }
  | { k: "interp"; parts: Array<{ text: string } | { expr: Expr; format?: string; align?: number }>; at: number }
  | { k: "member"; target: Expr; name: string; typeArgs?: TypeRef[]; nullCond: boolean; at: number; nameAt?: number }
  | { k: "type"; type: TypeRef; at: number }
  | { k: "call"; callee: Expr; args: Argument[]; at: number }
  | { k: "index"; target: Expr; args: Expr[]; nullCond: boolean; at: number }
  | { k: "unary"; op: string; operand: Expr; at: number }
  | { k: "incdec"; op: "++" | "--"; prefix: boolean; operand: Expr; at: number }
  | { k: "binary"; op: string; left: Expr; right: Expr; at: number }
  | { k: "cond"; test: Expr; then: Expr; else: Expr; at: number }
  | { k: "assign"; op: string; target: Expr; value: Expr; at: number }
  | { k: "cast"; type: TypeRef; operand: Expr; at: number }
  | { k: "is"; operand: Expr; type?: TypeRef; pattern?: Expr; negated: boolean; declares?: string; at: number }
  | { k: "as"; operand: Expr; type: TypeRef; at: number }
  | { k: "new"; type?: TypeRef; anonymous?: boolean; args: Argument[]; init?: Array<{ key?: Expr; name?: string; value: Expr }>; collection?: Expr[]; at: number }
  | { k: "newArray"; type?: TypeRef; size?: Expr; items?: Expr[]; at: number }
  | { k: "lambda"; params: string[]; body: Expr | Stmt; at: number }
  | { k: "typeof"; type: TypeRef; at: number }
  | { k: "default"; type?: TypeRef; at: number }
  | { k: "throwExpr"; value: Expr; at: number };

export type Stmt =
  | { k: "block"; body: Stmt[]; at: number }
  | { k: "local"; type?: TypeRef; decls: Array<{ name: string; init?: Expr; at: number }>; at: number }
  | { k: "expr"; expr: Expr; at: number }
  | { k: "if"; test: Expr; then: Stmt; else?: Stmt; at: number }
  | { k: "foreach"; name: string; source: Expr; body: Stmt; at: number }
  | { k: "for"; init?: Stmt; test?: Expr; update: Expr[]; body: Stmt; at: number }
  | { k: "while"; test: Expr; body: Stmt; at: number }
  | { k: "return"; value?: Expr; at: number }
  | { k: "break"; at: number }
  | { k: "continue"; at: number }
  | { k: "throw"; value?: Expr; at: number }
  | { k: "try"; body: Stmt; catches: Array<{ type?: TypeRef; name?: string; body: Stmt }>; final?: Stmt; at: number }
  | { k: "empty"; at: number };

/** A whole policy expression: `@(expr)` or `@{ statements }`. */
export type Program = { kind: "expression"; expr: Expr } | { kind: "block"; body: Stmt[] };
