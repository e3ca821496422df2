/**
 * Jest's module runtime with a V8 code cache per worker process.
 *
 * Jest gives every test file a fresh module registry, so a worker compiles the same modules again for each file it
 * runs: yaml, commander, the @azure SDKs, the generated schema validator, apimc's own src/. That compile (V8 parsing
 * the source to bytecode inside `vm.compileFunction`) was about a fifth of the suite's CPU. Here the first compile of
 * a file in a worker also produces V8's code cache for it, and later compiles of the same source hand that cache back
 * to V8, which then skips the parse. Each file still runs its modules from scratch in its own registry and context:
 * only the parse is shared, never a module's state. A changed source compiles afresh.
 */
"use strict";
const vm = require("node:vm");
const Runtime = require("jest-runtime").default;

/** filename -> the source compiled and V8's code cache for it. */
const codeCache = new Map();

/** `executor.compile` of jest 30 (ModuleExecutor), with the code cache; falls back to jest's own compile. */
function compileWithCache(executor, jestCompile, scriptSource, filename) {
  const vmContext = executor.environment.getVmContext();
  // Node's own modules (jest names them `jest-nodejs-core-*`) go through jest's path unchanged.
  if (vmContext == null || executor.resolution.isCoreModule(filename)) return jestCompile(scriptSource, filename);
  const hit = codeCache.get(filename);
  const cachedData = hit && hit.source === scriptSource ? hit.data : undefined;
  let fn;
  try {
    fn = vm.compileFunction(scriptSource, executor.injectedModuleParameters, {
      filename,
      cachedData,
      produceCachedData: cachedData === undefined,
      // As jest's own compile: `import()` inside a CommonJS module goes to jest's loader.
      importModuleDynamically: (specifier, _fn, importAttributes, ...rest) => executor.dynamicImport(specifier, filename, vmContext, importAttributes, rest[0]),
      parsingContext: vmContext,
    });
  } catch {
    // A syntax error: jest's compile reports it the way jest users know.
    return jestCompile(scriptSource, filename);
  }
  if (cachedData === undefined && fn.cachedData) codeCache.set(filename, { source: scriptSource, data: fn.cachedData });
  // V8 refuses a cache it cannot use (another V8 or other flags): the next compile makes a new one.
  else if (fn.cachedDataRejected) codeCache.delete(filename);
  return fn;
}

class CodeCacheRuntime extends Runtime {
  constructor(...args) {
    super(...args);
    // jest 30 compiles in its ModuleExecutor; another layout keeps jest's compile (slower, same behaviour).
    const executor = this.executor;
    if (executor && typeof executor.compile === "function") {
      const jestCompile = executor.compile.bind(executor);
      executor.compile = (scriptSource, filename) => compileWithCache(executor, jestCompile, scriptSource, filename);
    }
  }
}

module.exports = CodeCacheRuntime;
