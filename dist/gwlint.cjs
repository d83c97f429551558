#!/usr/bin/env node
"use strict";
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key) && key !== except)
        __defProp(to, key, { get: () => from[key], enumerable: !(desc = __getOwnPropDesc(from, key)) || desc.enumerable });
  }
  return to;
};
var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(__getProtoOf(mod)) : {}, __copyProps(
  // If the importer is in node compatibility mode or this is not an ESM
  // file that has been converted to a CommonJS file using a Babel-
  // compatible transform (i.e. "__esModule" has not been set), then set
  // "default" to the CommonJS "module.exports" for node compatibility.
  isNodeMode || !mod || !mod.__esModule ? __defProp(target, "default", { value: mod, enumerable: true }) : target,
  mod
));

// src/cli/launcher.ts
var import_node_fs = require("node:fs");
var import_node_module = require("node:module");
var import_node_path = __toESM(require("node:path"), 1);
var import_node_vm = require("node:vm");

// src/cli/allocator.ts
function keepFreedMemory() {
  try {
    Buffer.allocUnsafeSlow(16 * 1024 * 1024);
  } catch {
  }
}

// src/cli/launcher.ts
keepFreedMemory();
var core = import_node_path.default.join(__dirname, "gwlint-core.cjs");
var cacheFile = import_node_path.default.join(__dirname, `.gwlint-core-${"b89eb7afec61030e"}-${process.version}-${process.arch}.v8cache`);
function readCache() {
  try {
    return (0, import_node_fs.readFileSync)(cacheFile);
  } catch {
    return void 0;
  }
}
function writeCache(script2) {
  const temporary = `${cacheFile}.${process.pid}`;
  try {
    (0, import_node_fs.writeFileSync)(temporary, script2.createCachedData());
    (0, import_node_fs.renameSync)(temporary, cacheFile);
    for (const name of (0, import_node_fs.readdirSync)(__dirname)) {
      if (name.startsWith(".gwlint-core-") && name.endsWith(".v8cache") && !name.startsWith(`.gwlint-core-${"b89eb7afec61030e"}-`)) (0, import_node_fs.rmSync)(import_node_path.default.join(__dirname, name), { force: true });
    }
  } catch {
    (0, import_node_fs.rmSync)(temporary, { force: true });
  }
}
var cachedData = readCache();
var script = new import_node_vm.Script(`(function (exports, require, module, __filename, __dirname) {${(0, import_node_fs.readFileSync)(core, "latin1")}
})`, { filename: core, cachedData });
var program = { exports: {} };
if (cachedData === void 0 || script.cachedDataRejected === true) {
  process.once("exit", () => {
    if (program.exports.linted === true) writeCache(script);
  });
}
script.runInThisContext().call(program.exports, program.exports, (0, import_node_module.createRequire)(core), program, core, __dirname);
exitWhenWritten(program.exports.streams ?? []);
function exitWhenWritten(streams) {
  const pending = streams.filter((stream) => stream.writableLength > 0);
  let waiting = pending.length;
  if (waiting === 0) process.exit();
  for (const stream of pending) {
    stream.once("drain", () => {
      if (--waiting === 0) process.exit();
    });
  }
}
