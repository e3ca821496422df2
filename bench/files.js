// Shared by the benchmarks: every file below a folder, in a stable order.
"use strict";
const fs = require("fs");
const path = require("path");

function listFiles(dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else out.push(p);
  }
  return out.sort();
}

module.exports = { listFiles };
