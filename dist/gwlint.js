#!/usr/bin/env node
import { createRequire as __gwlintCreateRequire } from 'node:module'; const require = __gwlintCreateRequire(import.meta.url);
var __create = Object.create;
var __defProp = Object.defineProperty;
var __getOwnPropDesc = Object.getOwnPropertyDescriptor;
var __getOwnPropNames = Object.getOwnPropertyNames;
var __getProtoOf = Object.getPrototypeOf;
var __hasOwnProp = Object.prototype.hasOwnProperty;
var __require = /* @__PURE__ */ ((x) => typeof require !== "undefined" ? require : typeof Proxy !== "undefined" ? new Proxy(x, {
  get: (a, b) => (typeof require !== "undefined" ? require : a)[b]
}) : x)(function(x) {
  if (typeof require !== "undefined") return require.apply(this, arguments);
  throw Error('Dynamic require of "' + x + '" is not supported');
});
var __esm = (fn, res, err) => function __init() {
  if (err) throw err[0];
  try {
    return fn && (res = (0, fn[__getOwnPropNames(fn)[0]])(fn = 0)), res;
  } catch (e) {
    throw err = [e], e;
  }
};
var __commonJS = (cb, mod) => function __require2() {
  try {
    return mod || (0, cb[__getOwnPropNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;
  } catch (e) {
    throw mod = 0, e;
  }
};
var __export = (target, all) => {
  for (var name in all)
    __defProp(target, name, { get: all[name], enumerable: true });
};
var __copyProps = (to, from, except, desc) => {
  if (from && typeof from === "object" || typeof from === "function") {
    for (let key2 of __getOwnPropNames(from))
      if (!__hasOwnProp.call(to, key2) && key2 !== except)
        __defProp(to, key2, { get: () => from[key2], enumerable: !(desc = __getOwnPropDesc(from, key2)) || desc.enumerable });
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
var __toCommonJS = (mod) => __copyProps(__defProp({}, "__esModule", { value: true }), mod);

// node_modules/yaml/dist/nodes/identity.js
var require_identity = __commonJS({
  "node_modules/yaml/dist/nodes/identity.js"(exports) {
    "use strict";
    var ALIAS = /* @__PURE__ */ Symbol.for("yaml.alias");
    var DOC = /* @__PURE__ */ Symbol.for("yaml.document");
    var MAP = /* @__PURE__ */ Symbol.for("yaml.map");
    var PAIR = /* @__PURE__ */ Symbol.for("yaml.pair");
    var SCALAR = /* @__PURE__ */ Symbol.for("yaml.scalar");
    var SEQ = /* @__PURE__ */ Symbol.for("yaml.seq");
    var NODE_TYPE = /* @__PURE__ */ Symbol.for("yaml.node.type");
    var isAlias2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === ALIAS;
    var isDocument = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === DOC;
    var isMap2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === MAP;
    var isPair2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === PAIR;
    var isScalar2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SCALAR;
    var isSeq2 = (node) => !!node && typeof node === "object" && node[NODE_TYPE] === SEQ;
    function isCollection(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case MAP:
          case SEQ:
            return true;
        }
      return false;
    }
    function isNode(node) {
      if (node && typeof node === "object")
        switch (node[NODE_TYPE]) {
          case ALIAS:
          case MAP:
          case SCALAR:
          case SEQ:
            return true;
        }
      return false;
    }
    var hasAnchor = (node) => (isScalar2(node) || isCollection(node)) && !!node.anchor;
    exports.ALIAS = ALIAS;
    exports.DOC = DOC;
    exports.MAP = MAP;
    exports.NODE_TYPE = NODE_TYPE;
    exports.PAIR = PAIR;
    exports.SCALAR = SCALAR;
    exports.SEQ = SEQ;
    exports.hasAnchor = hasAnchor;
    exports.isAlias = isAlias2;
    exports.isCollection = isCollection;
    exports.isDocument = isDocument;
    exports.isMap = isMap2;
    exports.isNode = isNode;
    exports.isPair = isPair2;
    exports.isScalar = isScalar2;
    exports.isSeq = isSeq2;
  }
});

// node_modules/yaml/dist/visit.js
var require_visit = __commonJS({
  "node_modules/yaml/dist/visit.js"(exports) {
    "use strict";
    var identity = require_identity();
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove node");
    function visit(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        visit_(null, node, visitor_, Object.freeze([]));
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    function visit_(key2, node, visitor, path11) {
      const ctrl = callVisitor(key2, node, visitor, path11);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path11, ctrl);
        return visit_(key2, ctrl, visitor, path11);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path11 = Object.freeze(path11.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = visit_(i, node.items[i], visitor, path11);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path11 = Object.freeze(path11.concat(node));
          const ck = visit_("key", node.key, visitor, path11);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = visit_("value", node.value, visitor, path11);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    async function visitAsync(node, visitor) {
      const visitor_ = initVisitor(visitor);
      if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
          node.contents = null;
      } else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
    }
    visitAsync.BREAK = BREAK;
    visitAsync.SKIP = SKIP;
    visitAsync.REMOVE = REMOVE;
    async function visitAsync_(key2, node, visitor, path11) {
      const ctrl = await callVisitor(key2, node, visitor, path11);
      if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key2, path11, ctrl);
        return visitAsync_(key2, ctrl, visitor, path11);
      }
      if (typeof ctrl !== "symbol") {
        if (identity.isCollection(node)) {
          path11 = Object.freeze(path11.concat(node));
          for (let i = 0; i < node.items.length; ++i) {
            const ci = await visitAsync_(i, node.items[i], visitor, path11);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              node.items.splice(i, 1);
              i -= 1;
            }
          }
        } else if (identity.isPair(node)) {
          path11 = Object.freeze(path11.concat(node));
          const ck = await visitAsync_("key", node.key, visitor, path11);
          if (ck === BREAK)
            return BREAK;
          else if (ck === REMOVE)
            node.key = null;
          const cv = await visitAsync_("value", node.value, visitor, path11);
          if (cv === BREAK)
            return BREAK;
          else if (cv === REMOVE)
            node.value = null;
        }
      }
      return ctrl;
    }
    function initVisitor(visitor) {
      if (typeof visitor === "object" && (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
          Alias: visitor.Node,
          Map: visitor.Node,
          Scalar: visitor.Node,
          Seq: visitor.Node
        }, visitor.Value && {
          Map: visitor.Value,
          Scalar: visitor.Value,
          Seq: visitor.Value
        }, visitor.Collection && {
          Map: visitor.Collection,
          Seq: visitor.Collection
        }, visitor);
      }
      return visitor;
    }
    function callVisitor(key2, node, visitor, path11) {
      if (typeof visitor === "function")
        return visitor(key2, node, path11);
      if (identity.isMap(node))
        return visitor.Map?.(key2, node, path11);
      if (identity.isSeq(node))
        return visitor.Seq?.(key2, node, path11);
      if (identity.isPair(node))
        return visitor.Pair?.(key2, node, path11);
      if (identity.isScalar(node))
        return visitor.Scalar?.(key2, node, path11);
      if (identity.isAlias(node))
        return visitor.Alias?.(key2, node, path11);
      return void 0;
    }
    function replaceNode(key2, path11, node) {
      const parent = path11[path11.length - 1];
      if (identity.isCollection(parent)) {
        parent.items[key2] = node;
      } else if (identity.isPair(parent)) {
        if (key2 === "key")
          parent.key = node;
        else
          parent.value = node;
      } else if (identity.isDocument(parent)) {
        parent.contents = node;
      } else {
        const pt = identity.isAlias(parent) ? "alias" : "scalar";
        throw new Error(`Cannot replace node with ${pt} parent`);
      }
    }
    exports.visit = visit;
    exports.visitAsync = visitAsync;
  }
});

// node_modules/yaml/dist/doc/directives.js
var require_directives = __commonJS({
  "node_modules/yaml/dist/doc/directives.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    var escapeChars = {
      "!": "%21",
      ",": "%2C",
      "[": "%5B",
      "]": "%5D",
      "{": "%7B",
      "}": "%7D"
    };
    var escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, (ch) => escapeChars[ch]);
    var Directives = class _Directives {
      constructor(yaml, tags) {
        this.docStart = null;
        this.docEnd = false;
        this.yaml = Object.assign({}, _Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, _Directives.defaultTags, tags);
      }
      clone() {
        const copy = new _Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
      }
      /**
       * During parsing, get a Directives instance for the current document and
       * update the stream state according to the current version's spec.
       */
      atDocument() {
        const res = new _Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
          case "1.1":
            this.atNextDocument = true;
            break;
          case "1.2":
            this.atNextDocument = false;
            this.yaml = {
              explicit: _Directives.defaultYaml.explicit,
              version: "1.2"
            };
            this.tags = Object.assign({}, _Directives.defaultTags);
            break;
        }
        return res;
      }
      /**
       * @param onError - May be called even if the action was successful
       * @returns `true` on success
       */
      add(line, onError) {
        if (this.atNextDocument) {
          this.yaml = { explicit: _Directives.defaultYaml.explicit, version: "1.1" };
          this.tags = Object.assign({}, _Directives.defaultTags);
          this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
          case "%TAG": {
            if (parts.length !== 2) {
              onError(0, "%TAG directive should contain exactly two parts");
              if (parts.length < 2)
                return false;
            }
            const [handle, prefix] = parts;
            this.tags[handle] = prefix;
            return true;
          }
          case "%YAML": {
            this.yaml.explicit = true;
            if (parts.length !== 1) {
              onError(0, "%YAML directive should contain exactly one part");
              return false;
            }
            const [version] = parts;
            if (version === "1.1" || version === "1.2") {
              this.yaml.version = version;
              return true;
            } else {
              const isValid = /^\d+\.\d+$/.test(version);
              onError(6, `Unsupported YAML version ${version}`, isValid);
              return false;
            }
          }
          default:
            onError(0, `Unknown directive ${name}`, true);
            return false;
        }
      }
      /**
       * Resolves a tag, matching handles to those defined in %TAG directives.
       *
       * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
       *   `'!local'` tag, or `null` if unresolvable.
       */
      tagName(source, onError) {
        if (source === "!")
          return "!";
        if (source[0] !== "!") {
          onError(`Not a valid tag: ${source}`);
          return null;
        }
        if (source[1] === "<") {
          const verbatim = source.slice(2, -1);
          if (verbatim === "!" || verbatim === "!!") {
            onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
            return null;
          }
          if (source[source.length - 1] !== ">")
            onError("Verbatim tags must end with a >");
          return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
          onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
          try {
            return prefix + decodeURIComponent(suffix);
          } catch (error) {
            onError(String(error));
            return null;
          }
        }
        if (handle === "!")
          return source;
        onError(`Could not resolve tag: ${source}`);
        return null;
      }
      /**
       * Given a fully resolved tag, returns its printable string form,
       * taking into account current tag prefixes and defaults.
       */
      tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
          if (tag.startsWith(prefix))
            return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === "!" ? tag : `!<${tag}>`;
      }
      toString(doc) {
        const lines = this.yaml.explicit ? [`%YAML ${this.yaml.version || "1.2"}`] : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
          const tags = {};
          visit.visit(doc.contents, (_key, node) => {
            if (identity.isNode(node) && node.tag)
              tags[node.tag] = true;
          });
          tagNames = Object.keys(tags);
        } else
          tagNames = [];
        for (const [handle, prefix] of tagEntries) {
          if (handle === "!!" && prefix === "tag:yaml.org,2002:")
            continue;
          if (!doc || tagNames.some((tn) => tn.startsWith(prefix)))
            lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join("\n");
      }
    };
    Directives.defaultYaml = { explicit: false, version: "1.2" };
    Directives.defaultTags = { "!!": "tag:yaml.org,2002:" };
    exports.Directives = Directives;
  }
});

// node_modules/yaml/dist/doc/anchors.js
var require_anchors = __commonJS({
  "node_modules/yaml/dist/doc/anchors.js"(exports) {
    "use strict";
    var identity = require_identity();
    var visit = require_visit();
    function anchorIsValid(anchor) {
      if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
      }
      return true;
    }
    function anchorNames(root) {
      const anchors = /* @__PURE__ */ new Set();
      visit.visit(root, {
        Value(_key, node) {
          if (node.anchor)
            anchors.add(node.anchor);
        }
      });
      return anchors;
    }
    function findNewAnchor(prefix, exclude) {
      for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
          return name;
      }
    }
    function createNodeAnchors(doc, prefix) {
      const aliasObjects = [];
      const sourceObjects = /* @__PURE__ */ new Map();
      let prevAnchors = null;
      return {
        onAnchor: (source) => {
          aliasObjects.push(source);
          prevAnchors ?? (prevAnchors = anchorNames(doc));
          const anchor = findNewAnchor(prefix, prevAnchors);
          prevAnchors.add(anchor);
          return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
          for (const source of aliasObjects) {
            const ref = sourceObjects.get(source);
            if (typeof ref === "object" && ref.anchor && (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
              ref.node.anchor = ref.anchor;
            } else {
              const error = new Error("Failed to resolve repeated object (this should not happen)");
              error.source = source;
              throw error;
            }
          }
        },
        sourceObjects
      };
    }
    exports.anchorIsValid = anchorIsValid;
    exports.anchorNames = anchorNames;
    exports.createNodeAnchors = createNodeAnchors;
    exports.findNewAnchor = findNewAnchor;
  }
});

// node_modules/yaml/dist/doc/applyReviver.js
var require_applyReviver = __commonJS({
  "node_modules/yaml/dist/doc/applyReviver.js"(exports) {
    "use strict";
    function applyReviver(reviver, obj, key2, val) {
      if (val && typeof val === "object") {
        if (Array.isArray(val)) {
          for (let i = 0, len = val.length; i < len; ++i) {
            const v0 = val[i];
            const v1 = applyReviver(reviver, val, String(i), v0);
            if (v1 === void 0)
              delete val[i];
            else if (v1 !== v0)
              val[i] = v1;
          }
        } else if (val instanceof Map) {
          for (const k of Array.from(val.keys())) {
            const v0 = val.get(k);
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              val.delete(k);
            else if (v1 !== v0)
              val.set(k, v1);
          }
        } else if (val instanceof Set) {
          for (const v0 of Array.from(val)) {
            const v1 = applyReviver(reviver, val, v0, v0);
            if (v1 === void 0)
              val.delete(v0);
            else if (v1 !== v0) {
              val.delete(v0);
              val.add(v1);
            }
          }
        } else {
          for (const [k, v0] of Object.entries(val)) {
            const v1 = applyReviver(reviver, val, k, v0);
            if (v1 === void 0)
              delete val[k];
            else if (v1 !== v0)
              val[k] = v1;
          }
        }
      }
      return reviver.call(obj, key2, val);
    }
    exports.applyReviver = applyReviver;
  }
});

// node_modules/yaml/dist/nodes/toJS.js
var require_toJS = __commonJS({
  "node_modules/yaml/dist/nodes/toJS.js"(exports) {
    "use strict";
    var identity = require_identity();
    function toJS(value, arg, ctx) {
      if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
      if (value && typeof value.toJSON === "function") {
        if (!ctx || !identity.hasAnchor(value))
          return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: void 0 };
        ctx.anchors.set(value, data);
        ctx.onCreate = (res2) => {
          data.res = res2;
          delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
          ctx.onCreate(res);
        return res;
      }
      if (typeof value === "bigint" && !ctx?.keep)
        return Number(value);
      return value;
    }
    exports.toJS = toJS;
  }
});

// node_modules/yaml/dist/nodes/Node.js
var require_Node = __commonJS({
  "node_modules/yaml/dist/nodes/Node.js"(exports) {
    "use strict";
    var applyReviver = require_applyReviver();
    var identity = require_identity();
    var toJS = require_toJS();
    var NodeBase = class {
      constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
      }
      /** Create a copy of this node.  */
      clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** A plain JavaScript representation of this node. */
      toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
          throw new TypeError("A document argument is required");
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc,
          keep: true,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
    };
    exports.NodeBase = NodeBase;
  }
});

// node_modules/yaml/dist/nodes/Alias.js
var require_Alias = __commonJS({
  "node_modules/yaml/dist/nodes/Alias.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var visit = require_visit();
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var Alias = class extends Node.NodeBase {
      constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, "tag", {
          set() {
            throw new Error("Alias nodes cannot have tags");
          }
        });
      }
      /**
       * Resolve the value of this alias within `doc`, finding the last
       * instance of the `source` anchor before this node.
       */
      resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
          throw new ReferenceError("Alias resolution is disabled");
        let nodes;
        if (ctx?.aliasResolveCache) {
          nodes = ctx.aliasResolveCache;
        } else {
          nodes = [];
          visit.visit(doc, {
            Node: (_key, node) => {
              if (identity.isAlias(node) || identity.hasAnchor(node))
                nodes.push(node);
            }
          });
          if (ctx)
            ctx.aliasResolveCache = nodes;
        }
        let found = void 0;
        for (const node of nodes) {
          if (node === this)
            break;
          if (node.anchor === this.source)
            found = node;
        }
        if (found && ctx) {
          const { anchors: anchors2, doc: doc2, maxAliasCount } = ctx;
          let data = anchors2.get(found);
          if (!data) {
            toJS.toJS(found, null, ctx);
            data = anchors2.get(found);
          }
          if (data?.res === void 0) {
            const msg = "This should not happen: Alias anchor was not resolved?";
            throw new ReferenceError(msg);
          }
          if (maxAliasCount >= 0) {
            data.count += 1;
            if (data.aliasCount === 0)
              data.aliasCount = getAliasCount(doc2, found, anchors2);
            if (data.count * data.aliasCount > maxAliasCount) {
              const msg = "Excessive alias count indicates a resource exhaustion attack";
              throw new ReferenceError(msg);
            }
          }
        }
        return found;
      }
      toJSON(_arg, ctx) {
        if (!ctx)
          return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
          const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
          throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
      }
      toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
          anchors.anchorIsValid(this.source);
          if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new Error(msg);
          }
          if (ctx.implicitKey)
            return `${src} `;
        }
        return src;
      }
    };
    function getAliasCount(doc, node, anchors2) {
      if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors2 && source && anchors2.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
      } else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
          const c = getAliasCount(doc, item, anchors2);
          if (c > count)
            count = c;
        }
        return count;
      } else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors2);
        const vc = getAliasCount(doc, node.value, anchors2);
        return Math.max(kc, vc);
      }
      return 1;
    }
    exports.Alias = Alias;
  }
});

// node_modules/yaml/dist/nodes/Scalar.js
var require_Scalar = __commonJS({
  "node_modules/yaml/dist/nodes/Scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Node = require_Node();
    var toJS = require_toJS();
    var isScalarValue = (value) => !value || typeof value !== "function" && typeof value !== "object";
    var Scalar = class extends Node.NodeBase {
      constructor(value) {
        super(identity.SCALAR);
        this.value = value;
      }
      toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
      }
      toString() {
        return String(this.value);
      }
    };
    Scalar.BLOCK_FOLDED = "BLOCK_FOLDED";
    Scalar.BLOCK_LITERAL = "BLOCK_LITERAL";
    Scalar.PLAIN = "PLAIN";
    Scalar.QUOTE_DOUBLE = "QUOTE_DOUBLE";
    Scalar.QUOTE_SINGLE = "QUOTE_SINGLE";
    exports.Scalar = Scalar;
    exports.isScalarValue = isScalarValue;
  }
});

// node_modules/yaml/dist/doc/createNode.js
var require_createNode = __commonJS({
  "node_modules/yaml/dist/doc/createNode.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var defaultTagPrefix = "tag:yaml.org,2002:";
    function findTagObject(value, tagName, tags) {
      if (tagName) {
        const match2 = tags.filter((t) => t.tag === tagName);
        const tagObj = match2.find((t) => !t.format) ?? match2[0];
        if (!tagObj)
          throw new Error(`Tag ${tagName} not found`);
        return tagObj;
      }
      return tags.find((t) => t.identify?.(value) && !t.format);
    }
    function createNode(value, tagName, ctx) {
      if (identity.isDocument(value))
        value = value.contents;
      if (identity.isNode(value))
        return value;
      if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
      }
      if (value instanceof String || value instanceof Number || value instanceof Boolean || typeof BigInt !== "undefined" && value instanceof BigInt) {
        value = value.valueOf();
      }
      const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
      let ref = void 0;
      if (aliasDuplicateObjects && value && typeof value === "object") {
        ref = sourceObjects.get(value);
        if (ref) {
          ref.anchor ?? (ref.anchor = onAnchor(value));
          return new Alias.Alias(ref.anchor);
        } else {
          ref = { anchor: null, node: null };
          sourceObjects.set(value, ref);
        }
      }
      if (tagName?.startsWith("!!"))
        tagName = defaultTagPrefix + tagName.slice(2);
      let tagObj = findTagObject(value, tagName, schema.tags);
      if (!tagObj) {
        if (value && typeof value.toJSON === "function") {
          value = value.toJSON();
        }
        if (!value || typeof value !== "object") {
          const node2 = new Scalar.Scalar(value);
          if (ref)
            ref.node = node2;
          return node2;
        }
        tagObj = value instanceof Map ? schema[identity.MAP] : Symbol.iterator in Object(value) ? schema[identity.SEQ] : schema[identity.MAP];
      }
      if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
      }
      const node = tagObj?.createNode ? tagObj.createNode(ctx.schema, value, ctx) : typeof tagObj?.nodeClass?.from === "function" ? tagObj.nodeClass.from(ctx.schema, value, ctx) : new Scalar.Scalar(value);
      if (tagName)
        node.tag = tagName;
      else if (!tagObj.default)
        node.tag = tagObj.tag;
      if (ref)
        ref.node = node;
      return node;
    }
    exports.createNode = createNode;
  }
});

// node_modules/yaml/dist/nodes/Collection.js
var require_Collection = __commonJS({
  "node_modules/yaml/dist/nodes/Collection.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var identity = require_identity();
    var Node = require_Node();
    function collectionFromPath(schema, path11, value) {
      let v = value;
      for (let i = path11.length - 1; i >= 0; --i) {
        const k = path11[i];
        if (typeof k === "number" && Number.isInteger(k) && k >= 0) {
          const a = [];
          a[k] = v;
          v = a;
        } else {
          v = /* @__PURE__ */ new Map([[k, v]]);
        }
      }
      return createNode.createNode(v, void 0, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
          throw new Error("This should not happen, please report a bug.");
        },
        schema,
        sourceObjects: /* @__PURE__ */ new Map()
      });
    }
    var isEmptyPath = (path11) => path11 == null || typeof path11 === "object" && !!path11[Symbol.iterator]().next().done;
    var Collection = class extends Node.NodeBase {
      constructor(type, schema) {
        super(type);
        Object.defineProperty(this, "schema", {
          value: schema,
          configurable: true,
          enumerable: false,
          writable: true
        });
      }
      /**
       * Create a copy of this collection.
       *
       * @param schema - If defined, overwrites the original's schema
       */
      clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
          copy.schema = schema;
        copy.items = copy.items.map((it) => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /**
       * Adds a value to the collection. For `!!map` and `!!omap` the value must
       * be a Pair instance or a `{ key, value }` object, which may not have a key
       * that already exists in the map.
       */
      addIn(path11, value) {
        if (isEmptyPath(path11))
          this.add(value);
        else {
          const [key2, ...rest] = path11;
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.addIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
      /**
       * Removes a value from the collection.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path11) {
        const [key2, ...rest] = path11;
        if (rest.length === 0)
          return this.delete(key2);
        const node = this.get(key2, true);
        if (identity.isCollection(node))
          return node.deleteIn(rest);
        else
          throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path11, keepScalar) {
        const [key2, ...rest] = path11;
        const node = this.get(key2, true);
        if (rest.length === 0)
          return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
          return identity.isCollection(node) ? node.getIn(rest, keepScalar) : void 0;
      }
      hasAllNullValues(allowScalar) {
        return this.items.every((node) => {
          if (!identity.isPair(node))
            return false;
          const n = node.value;
          return n == null || allowScalar && identity.isScalar(n) && n.value == null && !n.commentBefore && !n.comment && !n.tag;
        });
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       */
      hasIn(path11) {
        const [key2, ...rest] = path11;
        if (rest.length === 0)
          return this.has(key2);
        const node = this.get(key2, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path11, value) {
        const [key2, ...rest] = path11;
        if (rest.length === 0) {
          this.set(key2, value);
        } else {
          const node = this.get(key2, true);
          if (identity.isCollection(node))
            node.setIn(rest, value);
          else if (node === void 0 && this.schema)
            this.set(key2, collectionFromPath(this.schema, rest, value));
          else
            throw new Error(`Expected YAML collection at ${key2}. Remaining path: ${rest}`);
        }
      }
    };
    exports.Collection = Collection;
    exports.collectionFromPath = collectionFromPath;
    exports.isEmptyPath = isEmptyPath;
  }
});

// node_modules/yaml/dist/stringify/stringifyComment.js
var require_stringifyComment = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyComment.js"(exports) {
    "use strict";
    var stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, "#");
    function indentComment(comment, indent) {
      if (/^\n+$/.test(comment))
        return comment.substring(1);
      return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
    }
    var lineComment = (str, indent, comment) => str.endsWith("\n") ? indentComment(comment, indent) : comment.includes("\n") ? "\n" + indentComment(comment, indent) : (str.endsWith(" ") ? "" : " ") + comment;
    exports.indentComment = indentComment;
    exports.lineComment = lineComment;
    exports.stringifyComment = stringifyComment;
  }
});

// node_modules/yaml/dist/stringify/foldFlowLines.js
var require_foldFlowLines = __commonJS({
  "node_modules/yaml/dist/stringify/foldFlowLines.js"(exports) {
    "use strict";
    var FOLD_FLOW = "flow";
    var FOLD_BLOCK = "block";
    var FOLD_QUOTED = "quoted";
    function foldFlowLines(text, indent, mode = "flow", { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
      if (!lineWidth || lineWidth < 0)
        return text;
      if (lineWidth < minContentWidth)
        minContentWidth = 0;
      const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
      if (text.length <= endStep)
        return text;
      const folds = [];
      const escapedFolds = {};
      let end = lineWidth - indent.length;
      if (typeof indentAtStart === "number") {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
          folds.push(0);
        else
          end = lineWidth - indentAtStart;
      }
      let split = void 0;
      let prev = void 0;
      let overflow = false;
      let i = -1;
      let escStart = -1;
      let escEnd = -1;
      if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
          end = i + endStep;
      }
      for (let ch; ch = text[i += 1]; ) {
        if (mode === FOLD_QUOTED && ch === "\\") {
          escStart = i;
          switch (text[i + 1]) {
            case "x":
              i += 3;
              break;
            case "u":
              i += 5;
              break;
            case "U":
              i += 9;
              break;
            default:
              i += 1;
          }
          escEnd = i;
        }
        if (ch === "\n") {
          if (mode === FOLD_BLOCK)
            i = consumeMoreIndentedLines(text, i, indent.length);
          end = i + indent.length + endStep;
          split = void 0;
        } else {
          if (ch === " " && prev && prev !== " " && prev !== "\n" && prev !== "	") {
            const next = text[i + 1];
            if (next && next !== " " && next !== "\n" && next !== "	")
              split = i;
          }
          if (i >= end) {
            if (split) {
              folds.push(split);
              end = split + endStep;
              split = void 0;
            } else if (mode === FOLD_QUOTED) {
              while (prev === " " || prev === "	") {
                prev = ch;
                ch = text[i += 1];
                overflow = true;
              }
              const j = i > escEnd + 1 ? i - 2 : escStart - 1;
              if (escapedFolds[j])
                return text;
              folds.push(j);
              escapedFolds[j] = true;
              end = j + endStep;
              split = void 0;
            } else {
              overflow = true;
            }
          }
        }
        prev = ch;
      }
      if (overflow && onOverflow)
        onOverflow();
      if (folds.length === 0)
        return text;
      if (onFold)
        onFold();
      let res = text.slice(0, folds[0]);
      for (let i2 = 0; i2 < folds.length; ++i2) {
        const fold = folds[i2];
        const end2 = folds[i2 + 1] || text.length;
        if (fold === 0)
          res = `
${indent}${text.slice(0, end2)}`;
        else {
          if (mode === FOLD_QUOTED && escapedFolds[fold])
            res += `${text[fold]}\\`;
          res += `
${indent}${text.slice(fold + 1, end2)}`;
        }
      }
      return res;
    }
    function consumeMoreIndentedLines(text, i, indent) {
      let end = i;
      let start = i + 1;
      let ch = text[start];
      while (ch === " " || ch === "	") {
        if (i < start + indent) {
          ch = text[++i];
        } else {
          do {
            ch = text[++i];
          } while (ch && ch !== "\n");
          end = i;
          start = i + 1;
          ch = text[start];
        }
      }
      return end;
    }
    exports.FOLD_BLOCK = FOLD_BLOCK;
    exports.FOLD_FLOW = FOLD_FLOW;
    exports.FOLD_QUOTED = FOLD_QUOTED;
    exports.foldFlowLines = foldFlowLines;
  }
});

// node_modules/yaml/dist/stringify/stringifyString.js
var require_stringifyString = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyString.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var foldFlowLines = require_foldFlowLines();
    var getFoldOptions = (ctx, isBlock) => ({
      indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
      lineWidth: ctx.options.lineWidth,
      minContentWidth: ctx.options.minContentWidth
    });
    var containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
    function lineLengthOverLimit(str, lineWidth, indentLength) {
      if (!lineWidth || lineWidth < 0)
        return false;
      const limit = lineWidth - indentLength;
      const strLen = str.length;
      if (strLen <= limit)
        return false;
      for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === "\n") {
          if (i - start > limit)
            return true;
          start = i + 1;
          if (strLen - start <= limit)
            return false;
        }
      }
      return true;
    }
    function doubleQuotedString(value, ctx) {
      const json = JSON.stringify(value);
      if (ctx.options.doubleQuotedAsJSON)
        return json;
      const { implicitKey } = ctx;
      const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      let str = "";
      let start = 0;
      for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === " " && json[i + 1] === "\\" && json[i + 2] === "n") {
          str += json.slice(start, i) + "\\ ";
          i += 1;
          start = i;
          ch = "\\";
        }
        if (ch === "\\")
          switch (json[i + 1]) {
            case "u":
              {
                str += json.slice(start, i);
                const code2 = json.substr(i + 2, 4);
                switch (code2) {
                  case "0000":
                    str += "\\0";
                    break;
                  case "0007":
                    str += "\\a";
                    break;
                  case "000b":
                    str += "\\v";
                    break;
                  case "001b":
                    str += "\\e";
                    break;
                  case "0085":
                    str += "\\N";
                    break;
                  case "00a0":
                    str += "\\_";
                    break;
                  case "2028":
                    str += "\\L";
                    break;
                  case "2029":
                    str += "\\P";
                    break;
                  default:
                    if (code2.substr(0, 2) === "00")
                      str += "\\x" + code2.substr(2);
                    else
                      str += json.substr(i, 6);
                }
                i += 5;
                start = i + 1;
              }
              break;
            case "n":
              if (implicitKey || json[i + 2] === '"' || json.length < minMultiLineLength) {
                i += 1;
              } else {
                str += json.slice(start, i) + "\n\n";
                while (json[i + 2] === "\\" && json[i + 3] === "n" && json[i + 4] !== '"') {
                  str += "\n";
                  i += 2;
                }
                str += indent;
                if (json[i + 2] === " ")
                  str += "\\";
                i += 1;
                start = i + 1;
              }
              break;
            default:
              i += 1;
          }
      }
      str = start ? str + json.slice(start) : json;
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
    }
    function singleQuotedString(value, ctx) {
      if (ctx.options.singleQuote === false || ctx.implicitKey && value.includes("\n") || /[ \t]\n|\n[ \t]/.test(value))
        return doubleQuotedString(value, ctx);
      const indent = ctx.indent || (containsDocumentMarker(value) ? "  " : "");
      const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&
${indent}`) + "'";
      return ctx.implicitKey ? res : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function quotedString(value, ctx) {
      const { singleQuote } = ctx.options;
      let qs;
      if (singleQuote === false)
        qs = doubleQuotedString;
      else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
          qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
          qs = doubleQuotedString;
        else
          qs = singleQuote ? singleQuotedString : doubleQuotedString;
      }
      return qs(value, ctx);
    }
    var blockEndNewlines;
    try {
      blockEndNewlines = new RegExp("(^|(?<!\n))\n+(?!\n|$)", "g");
    } catch {
      blockEndNewlines = /\n+(?!\n|$)/g;
    }
    function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
      const { blockQuote, commentString, lineWidth } = ctx.options;
      if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
      }
      const indent = ctx.indent || (ctx.forceBlockIndent || containsDocumentMarker(value) ? "  " : "");
      const literal2 = blockQuote === "literal" ? true : blockQuote === "folded" || type === Scalar.Scalar.BLOCK_FOLDED ? false : type === Scalar.Scalar.BLOCK_LITERAL ? true : !lineLengthOverLimit(value, lineWidth, indent.length);
      if (!value)
        return literal2 ? "|\n" : ">\n";
      let chomp;
      let endStart;
      for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== "\n" && ch !== "	" && ch !== " ")
          break;
      }
      let end = value.substring(endStart);
      const endNlPos = end.indexOf("\n");
      if (endNlPos === -1) {
        chomp = "-";
      } else if (value === end || endNlPos !== end.length - 1) {
        chomp = "+";
        if (onChompKeep)
          onChompKeep();
      } else {
        chomp = "";
      }
      if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === "\n")
          end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
      }
      let startWithSpace = false;
      let startEnd;
      let startNlPos = -1;
      for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === " ")
          startWithSpace = true;
        else if (ch === "\n")
          startNlPos = startEnd;
        else
          break;
      }
      let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
      if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
      }
      const indentSize = indent ? "2" : "1";
      let header = (startWithSpace ? indentSize : "") + chomp;
      if (comment) {
        header += " " + commentString(comment.replace(/ ?[\r\n]+/g, " "));
        if (onComment)
          onComment();
      }
      if (!literal2) {
        const foldedValue = value.replace(/\n+/g, "\n$&").replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, "$1$2").replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== "folded" && type !== Scalar.Scalar.BLOCK_FOLDED) {
          foldOptions.onOverflow = () => {
            literalFallback = true;
          };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
          return `>${header}
${indent}${body}`;
      }
      value = value.replace(/\n+/g, `$&${indent}`);
      return `|${header}
${indent}${start}${value}${end}`;
    }
    function plainString2(item, ctx, onComment, onChompKeep) {
      const { type, value } = item;
      const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
      if (implicitKey && value.includes("\n") || inFlow && /[[\]{},]/.test(value)) {
        return quotedString(value, ctx);
      }
      if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        return implicitKey || inFlow || !value.includes("\n") ? quotedString(value, ctx) : blockString(item, ctx, onComment, onChompKeep);
      }
      if (!implicitKey && !inFlow && type !== Scalar.Scalar.PLAIN && value.includes("\n")) {
        return blockString(item, ctx, onComment, onChompKeep);
      }
      if (containsDocumentMarker(value)) {
        if (indent === "") {
          ctx.forceBlockIndent = true;
          return blockString(item, ctx, onComment, onChompKeep);
        } else if (implicitKey && indent === indentStep) {
          return quotedString(value, ctx);
        }
      }
      const str = value.replace(/\n+/g, `$&
${indent}`);
      if (actualString) {
        const test = (tag) => tag.default && tag.tag !== "tag:yaml.org,2002:str" && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
          return quotedString(value, ctx);
      }
      return implicitKey ? str : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
    }
    function stringifyString(item, ctx, onComment, onChompKeep) {
      const { implicitKey, inFlow } = ctx;
      const ss = typeof item.value === "string" ? item : Object.assign({}, item, { value: String(item.value) });
      let { type } = item;
      if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
          type = Scalar.Scalar.QUOTE_DOUBLE;
      }
      const _stringify = (_type) => {
        switch (_type) {
          case Scalar.Scalar.BLOCK_FOLDED:
          case Scalar.Scalar.BLOCK_LITERAL:
            return implicitKey || inFlow ? quotedString(ss.value, ctx) : blockString(ss, ctx, onComment, onChompKeep);
          case Scalar.Scalar.QUOTE_DOUBLE:
            return doubleQuotedString(ss.value, ctx);
          case Scalar.Scalar.QUOTE_SINGLE:
            return singleQuotedString(ss.value, ctx);
          case Scalar.Scalar.PLAIN:
            return plainString2(ss, ctx, onComment, onChompKeep);
          default:
            return null;
        }
      };
      let res = _stringify(type);
      if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = implicitKey && defaultKeyType || defaultStringType;
        res = _stringify(t);
        if (res === null)
          throw new Error(`Unsupported default string type ${t}`);
      }
      return res;
    }
    exports.stringifyString = stringifyString;
  }
});

// node_modules/yaml/dist/stringify/stringify.js
var require_stringify = __commonJS({
  "node_modules/yaml/dist/stringify/stringify.js"(exports) {
    "use strict";
    var anchors = require_anchors();
    var identity = require_identity();
    var stringifyComment = require_stringifyComment();
    var stringifyString = require_stringifyString();
    function createStringifyContext(doc, options) {
      const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: "PLAIN",
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: "false",
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: "null",
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: "true",
        verifyAliasOrder: true
      }, doc.schema.toStringOptions, options);
      let inFlow;
      switch (opt.collectionStyle) {
        case "block":
          inFlow = false;
          break;
        case "flow":
          inFlow = true;
          break;
        default:
          inFlow = null;
      }
      return {
        anchors: /* @__PURE__ */ new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? " " : "",
        indent: "",
        indentStep: typeof opt.indent === "number" ? " ".repeat(opt.indent) : "  ",
        inFlow,
        options: opt
      };
    }
    function getTagObject(tags, item) {
      if (item.tag) {
        const match2 = tags.filter((t) => t.tag === item.tag);
        if (match2.length > 0)
          return match2.find((t) => t.format === item.format) ?? match2[0];
      }
      let tagObj = void 0;
      let obj;
      if (identity.isScalar(item)) {
        obj = item.value;
        let match2 = tags.filter((t) => t.identify?.(obj));
        if (match2.length > 1) {
          const testMatch = match2.filter((t) => t.test);
          if (testMatch.length > 0)
            match2 = testMatch;
        }
        tagObj = match2.find((t) => t.format === item.format) ?? match2.find((t) => !t.format);
      } else {
        obj = item;
        tagObj = tags.find((t) => t.nodeClass && obj instanceof t.nodeClass);
      }
      if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? "null" : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
      }
      return tagObj;
    }
    function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
      if (!doc.directives)
        return "";
      const props = [];
      const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
      if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
      }
      const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
      if (tag)
        props.push(doc.directives.tagString(tag));
      return props.join(" ");
    }
    function stringify(item, ctx, onComment, onChompKeep) {
      if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
      if (identity.isAlias(item)) {
        if (ctx.doc.directives)
          return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
          throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        } else {
          if (ctx.resolvedAliases)
            ctx.resolvedAliases.add(item);
          else
            ctx.resolvedAliases = /* @__PURE__ */ new Set([item]);
          item = item.resolve(ctx.doc);
        }
      }
      let tagObj = void 0;
      const node = identity.isNode(item) ? item : ctx.doc.createNode(item, { onTagObj: (o) => tagObj = o });
      tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
      const props = stringifyProps(node, tagObj, ctx);
      if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
      const str = typeof tagObj.stringify === "function" ? tagObj.stringify(node, ctx, onComment, onChompKeep) : identity.isScalar(node) ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep) : node.toString(ctx, onComment, onChompKeep);
      if (!props)
        return str;
      return identity.isScalar(node) || str[0] === "{" || str[0] === "[" ? `${props} ${str}` : `${props}
${ctx.indent}${str}`;
    }
    exports.createStringifyContext = createStringifyContext;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/stringify/stringifyPair.js
var require_stringifyPair = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyPair.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyPair({ key: key2, value }, ctx, onComment, onChompKeep) {
      const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
      let keyComment = identity.isNode(key2) && key2.comment || null;
      if (simpleKeys) {
        if (keyComment) {
          throw new Error("With simple keys, key nodes cannot have comments");
        }
        if (identity.isCollection(key2) || !identity.isNode(key2) && typeof key2 === "object") {
          const msg = "With simple keys, collection cannot be used as a key value";
          throw new Error(msg);
        }
      }
      let explicitKey = !simpleKeys && (!key2 || keyComment && value == null && !ctx.inFlow || identity.isCollection(key2) || (identity.isScalar(key2) ? key2.type === Scalar.Scalar.BLOCK_FOLDED || key2.type === Scalar.Scalar.BLOCK_LITERAL : typeof key2 === "object"));
      ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
      });
      let keyCommentDone = false;
      let chompKeep = false;
      let str = stringify.stringify(key2, ctx, () => keyCommentDone = true, () => chompKeep = true);
      if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
          throw new Error("With simple keys, single line scalar must not span more than 1024 characters");
        explicitKey = true;
      }
      if (ctx.inFlow) {
        if (allNullValues || value == null) {
          if (keyCommentDone && onComment)
            onComment();
          return str === "" ? "?" : explicitKey ? `? ${str}` : str;
        }
      } else if (allNullValues && !simpleKeys || value == null && explicitKey) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        } else if (chompKeep && onChompKeep)
          onChompKeep();
        return str;
      }
      if (keyCommentDone)
        keyComment = null;
      if (explicitKey) {
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}
${indent}:`;
      } else {
        str = `${str}:`;
        if (keyComment)
          str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
      }
      let vsb, vcb, valueComment;
      if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
      } else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === "object")
          value = doc.createNode(value);
      }
      ctx.implicitKey = false;
      if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
      chompKeep = false;
      if (!indentSeq && indentStep.length >= 2 && !ctx.inFlow && !explicitKey && identity.isSeq(value) && !value.flow && !value.tag && !value.anchor) {
        ctx.indent = ctx.indent.substring(2);
      }
      let valueCommentDone = false;
      const valueStr = stringify.stringify(value, ctx, () => valueCommentDone = true, () => chompKeep = true);
      let ws = " ";
      if (keyComment || vsb || vcb) {
        ws = vsb ? "\n" : "";
        if (vcb) {
          const cs = commentString(vcb);
          ws += `
${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === "" && !ctx.inFlow) {
          if (ws === "\n" && valueComment)
            ws = "\n\n";
        } else {
          ws += `
${ctx.indent}`;
        }
      } else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf("\n");
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
          let hasPropsLine = false;
          if (hasNewline && (vs0 === "&" || vs0 === "!")) {
            let sp0 = valueStr.indexOf(" ");
            if (vs0 === "&" && sp0 !== -1 && sp0 < nl0 && valueStr[sp0 + 1] === "!") {
              sp0 = valueStr.indexOf(" ", sp0 + 1);
            }
            if (sp0 === -1 || nl0 < sp0)
              hasPropsLine = true;
          }
          if (!hasPropsLine)
            ws = `
${ctx.indent}`;
        }
      } else if (valueStr === "" || valueStr[0] === "\n") {
        ws = "";
      }
      str += ws + valueStr;
      if (ctx.inFlow) {
        if (valueCommentDone && onComment)
          onComment();
      } else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
      } else if (chompKeep && onChompKeep) {
        onChompKeep();
      }
      return str;
    }
    exports.stringifyPair = stringifyPair;
  }
});

// node_modules/yaml/dist/log.js
var require_log = __commonJS({
  "node_modules/yaml/dist/log.js"(exports) {
    "use strict";
    var node_process = __require("process");
    function debug(logLevel, ...messages) {
      if (logLevel === "debug")
        console.log(...messages);
    }
    function warn(logLevel, warning) {
      if (logLevel === "debug" || logLevel === "warn") {
        if (typeof node_process.emitWarning === "function")
          node_process.emitWarning(warning);
        else
          console.warn(warning);
      }
    }
    exports.debug = debug;
    exports.warn = warn;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/merge.js
var require_merge = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/merge.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var MERGE_KEY = "<<";
    var merge = {
      identify: (value) => value === MERGE_KEY || typeof value === "symbol" && value.description === MERGE_KEY,
      default: "key",
      tag: "tag:yaml.org,2002:merge",
      test: /^<<$/,
      resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
      }),
      stringify: () => MERGE_KEY
    };
    var isMergeKey2 = (ctx, key2) => (merge.identify(key2) || identity.isScalar(key2) && (!key2.type || key2.type === Scalar.Scalar.PLAIN) && merge.identify(key2.value)) && ctx?.doc.schema.tags.some((tag) => tag.tag === merge.tag && tag.default);
    function addMergeToJSMap(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (identity.isSeq(source))
        for (const it of source.items)
          mergeValue(ctx, map, it);
      else if (Array.isArray(source))
        for (const it of source)
          mergeValue(ctx, map, it);
      else
        mergeValue(ctx, map, source);
    }
    function mergeValue(ctx, map, value) {
      const source = resolveAliasValue(ctx, value);
      if (!identity.isMap(source))
        throw new Error("Merge sources must be maps or map aliases");
      const srcMap = source.toJSON(null, ctx, Map);
      for (const [key2, value2] of srcMap) {
        if (map instanceof Map) {
          if (!map.has(key2))
            map.set(key2, value2);
        } else if (map instanceof Set) {
          map.add(key2);
        } else if (!Object.prototype.hasOwnProperty.call(map, key2)) {
          Object.defineProperty(map, key2, {
            value: value2,
            writable: true,
            enumerable: true,
            configurable: true
          });
        }
      }
      return map;
    }
    function resolveAliasValue(ctx, value) {
      return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
    }
    exports.addMergeToJSMap = addMergeToJSMap;
    exports.isMergeKey = isMergeKey2;
    exports.merge = merge;
  }
});

// node_modules/yaml/dist/nodes/addPairToJSMap.js
var require_addPairToJSMap = __commonJS({
  "node_modules/yaml/dist/nodes/addPairToJSMap.js"(exports) {
    "use strict";
    var log = require_log();
    var merge = require_merge();
    var stringify = require_stringify();
    var identity = require_identity();
    var toJS = require_toJS();
    function addPairToJSMap(ctx, map, { key: key2, value }) {
      if (identity.isNode(key2) && key2.addToJSMap)
        key2.addToJSMap(ctx, map, value);
      else if (merge.isMergeKey(ctx, key2))
        merge.addMergeToJSMap(ctx, map, value);
      else {
        const jsKey = toJS.toJS(key2, "", ctx);
        if (map instanceof Map) {
          map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        } else if (map instanceof Set) {
          map.add(jsKey);
        } else {
          const stringKey = stringifyKey(key2, jsKey, ctx);
          const jsValue = toJS.toJS(value, stringKey, ctx);
          if (stringKey in map)
            Object.defineProperty(map, stringKey, {
              value: jsValue,
              writable: true,
              enumerable: true,
              configurable: true
            });
          else
            map[stringKey] = jsValue;
        }
      }
      return map;
    }
    function stringifyKey(key2, jsKey, ctx) {
      if (jsKey === null)
        return "";
      if (typeof jsKey !== "object")
        return String(jsKey);
      if (identity.isNode(key2) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = /* @__PURE__ */ new Set();
        for (const node of ctx.anchors.keys())
          strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key2.toString(strCtx);
        if (!ctx.mapKeyWarned) {
          let jsonStr = JSON.stringify(strKey);
          if (jsonStr.length > 40)
            jsonStr = jsonStr.substring(0, 36) + '..."';
          log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
          ctx.mapKeyWarned = true;
        }
        return strKey;
      }
      return JSON.stringify(jsKey);
    }
    exports.addPairToJSMap = addPairToJSMap;
  }
});

// node_modules/yaml/dist/nodes/Pair.js
var require_Pair = __commonJS({
  "node_modules/yaml/dist/nodes/Pair.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyPair = require_stringifyPair();
    var addPairToJSMap = require_addPairToJSMap();
    var identity = require_identity();
    function createPair(key2, value, ctx) {
      const k = createNode.createNode(key2, void 0, ctx);
      const v = createNode.createNode(value, void 0, ctx);
      return new Pair(k, v);
    }
    var Pair = class _Pair {
      constructor(key2, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key2;
        this.value = value;
      }
      clone(schema) {
        let { key: key2, value } = this;
        if (identity.isNode(key2))
          key2 = key2.clone(schema);
        if (identity.isNode(value))
          value = value.clone(schema);
        return new _Pair(key2, value);
      }
      toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
      }
      toString(ctx, onComment, onChompKeep) {
        return ctx?.doc ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep) : JSON.stringify(this);
      }
    };
    exports.Pair = Pair;
    exports.createPair = createPair;
  }
});

// node_modules/yaml/dist/stringify/stringifyCollection.js
var require_stringifyCollection = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyCollection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyCollection(collection, ctx, options) {
      const flow = ctx.inFlow ?? collection.flow;
      const stringify2 = flow ? stringifyFlowCollection : stringifyBlockCollection;
      return stringify2(collection, ctx, options);
    }
    function stringifyBlockCollection({ comment, items: items2 }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
      const { indent, options: { commentString } } = ctx;
      const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
      let chompKeep = false;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment2 = null;
        if (identity.isNode(item)) {
          if (!chompKeep && item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
          if (item.comment)
            comment2 = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (!chompKeep && ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
          }
        }
        chompKeep = false;
        let str2 = stringify.stringify(item, itemCtx, () => comment2 = null, () => chompKeep = true);
        if (comment2)
          str2 += stringifyComment.lineComment(str2, itemIndent, commentString(comment2));
        if (chompKeep && comment2)
          chompKeep = false;
        lines.push(blockItemPrefix + str2);
      }
      let str;
      if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
      } else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
          const line = lines[i];
          str += line ? `
${indent}${line}` : "\n";
        }
      }
      if (comment) {
        str += "\n" + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
          onComment();
      } else if (chompKeep && onChompKeep)
        onChompKeep();
      return str;
    }
    function stringifyFlowCollection({ items: items2 }, ctx, { flowChars, itemIndent }) {
      const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
      itemIndent += indentStep;
      const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
      });
      let reqNewline = false;
      let linesAtValue = 0;
      const lines = [];
      for (let i = 0; i < items2.length; ++i) {
        const item = items2[i];
        let comment = null;
        if (identity.isNode(item)) {
          if (item.spaceBefore)
            lines.push("");
          addCommentBefore(ctx, lines, item.commentBefore, false);
          if (item.comment)
            comment = item.comment;
        } else if (identity.isPair(item)) {
          const ik = identity.isNode(item.key) ? item.key : null;
          if (ik) {
            if (ik.spaceBefore)
              lines.push("");
            addCommentBefore(ctx, lines, ik.commentBefore, false);
            if (ik.comment)
              reqNewline = true;
          }
          const iv = identity.isNode(item.value) ? item.value : null;
          if (iv) {
            if (iv.comment)
              comment = iv.comment;
            if (iv.commentBefore)
              reqNewline = true;
          } else if (item.value == null && ik?.comment) {
            comment = ik.comment;
          }
        }
        if (comment)
          reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => comment = null);
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes("\n"));
        if (i < items2.length - 1) {
          str += ",";
        } else if (ctx.options.trailingComma) {
          if (ctx.options.lineWidth > 0) {
            reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) + (str.length + 2) > ctx.options.lineWidth);
          }
          if (reqNewline) {
            str += ",";
          }
        }
        if (comment)
          str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
      }
      const { start, end } = flowChars;
      if (lines.length === 0) {
        return start + end;
      } else {
        if (!reqNewline) {
          const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
          reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
          let str = start;
          for (const line of lines)
            str += line ? `
${indentStep}${indent}${line}` : "\n";
          return `${str}
${indent}${end}`;
        } else {
          return `${start}${fcPadding}${lines.join(" ")}${fcPadding}${end}`;
        }
      }
    }
    function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
      if (comment && chompKeep)
        comment = comment.replace(/^\n+/, "");
      if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart());
      }
    }
    exports.stringifyCollection = stringifyCollection;
  }
});

// node_modules/yaml/dist/nodes/YAMLMap.js
var require_YAMLMap = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLMap.js"(exports) {
    "use strict";
    var stringifyCollection = require_stringifyCollection();
    var addPairToJSMap = require_addPairToJSMap();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    function findPair(items2, key2) {
      const k = identity.isScalar(key2) ? key2.value : key2;
      for (const it of items2) {
        if (identity.isPair(it)) {
          if (it.key === key2 || it.key === k)
            return it;
          if (identity.isScalar(it.key) && it.key.value === k)
            return it;
        }
      }
      return void 0;
    }
    var YAMLMap = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:map";
      }
      constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
      }
      /**
       * A generic collection parsing method that can be extended
       * to other node classes that inherit from YAMLMap
       */
      static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key2, value) => {
          if (typeof replacer === "function")
            value = replacer.call(obj, key2, value);
          else if (Array.isArray(replacer) && !replacer.includes(key2))
            return;
          if (value !== void 0 || keepUndefined)
            map.items.push(Pair.createPair(key2, value, ctx));
        };
        if (obj instanceof Map) {
          for (const [key2, value] of obj)
            add(key2, value);
        } else if (obj && typeof obj === "object") {
          for (const key2 of Object.keys(obj))
            add(key2, obj[key2]);
        }
        if (typeof schema.sortMapEntries === "function") {
          map.items.sort(schema.sortMapEntries);
        }
        return map;
      }
      /**
       * Adds a value to the collection.
       *
       * @param overwrite - If not set `true`, using a key that is already in the
       *   collection will throw. Otherwise, overwrites the previous value.
       */
      add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
          _pair = pair;
        else if (!pair || typeof pair !== "object" || !("key" in pair)) {
          _pair = new Pair.Pair(pair, pair?.value);
        } else
          _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
          if (!overwrite)
            throw new Error(`Key ${_pair.key} already set`);
          if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
            prev.value.value = _pair.value;
          else
            prev.value = _pair.value;
        } else if (sortEntries) {
          const i = this.items.findIndex((item) => sortEntries(_pair, item) < 0);
          if (i === -1)
            this.items.push(_pair);
          else
            this.items.splice(i, 0, _pair);
        } else {
          this.items.push(_pair);
        }
      }
      delete(key2) {
        const it = findPair(this.items, key2);
        if (!it)
          return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const it = findPair(this.items, key2);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? void 0;
      }
      has(key2) {
        return !!findPair(this.items, key2);
      }
      set(key2, value) {
        this.add(new Pair.Pair(key2, value), true);
      }
      /**
       * @param ctx - Conversion context, originally set in Document#toJS()
       * @param {Class} Type - If set, forces the returned collection type
       * @returns Instance of Type, Map, or Object
       */
      toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? /* @__PURE__ */ new Map() : {};
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const item of this.items)
          addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        for (const item of this.items) {
          if (!identity.isPair(item))
            throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
          ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "",
          flowChars: { start: "{", end: "}" },
          itemIndent: ctx.indent || "",
          onChompKeep,
          onComment
        });
      }
    };
    exports.YAMLMap = YAMLMap;
    exports.findPair = findPair;
  }
});

// node_modules/yaml/dist/schema/common/map.js
var require_map = __commonJS({
  "node_modules/yaml/dist/schema/common/map.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLMap = require_YAMLMap();
    var map = {
      collection: "map",
      default: true,
      nodeClass: YAMLMap.YAMLMap,
      tag: "tag:yaml.org,2002:map",
      resolve(map2, onError) {
        if (!identity.isMap(map2))
          onError("Expected a mapping for this tag");
        return map2;
      },
      createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
    };
    exports.map = map;
  }
});

// node_modules/yaml/dist/nodes/YAMLSeq.js
var require_YAMLSeq = __commonJS({
  "node_modules/yaml/dist/nodes/YAMLSeq.js"(exports) {
    "use strict";
    var createNode = require_createNode();
    var stringifyCollection = require_stringifyCollection();
    var Collection = require_Collection();
    var identity = require_identity();
    var Scalar = require_Scalar();
    var toJS = require_toJS();
    var YAMLSeq = class extends Collection.Collection {
      static get tagName() {
        return "tag:yaml.org,2002:seq";
      }
      constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
      }
      add(value) {
        this.items.push(value);
      }
      /**
       * Removes a value from the collection.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       *
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
      }
      get(key2, keepScalar) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          return void 0;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
      }
      /**
       * Checks if the collection includes a value with the key `key`.
       *
       * `key` must contain a representation of an integer for this to succeed.
       * It may be wrapped in a `Scalar`.
       */
      has(key2) {
        const idx = asItemIndex(key2);
        return typeof idx === "number" && idx < this.items.length;
      }
      /**
       * Sets a value in this collection. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       *
       * If `key` does not contain a representation of an integer, this will throw.
       * It may be wrapped in a `Scalar`.
       */
      set(key2, value) {
        const idx = asItemIndex(key2);
        if (typeof idx !== "number")
          throw new Error(`Expected a valid index, not ${key2}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
          prev.value = value;
        else
          this.items[idx] = value;
      }
      toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
          ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
          seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
          blockItemPrefix: "- ",
          flowChars: { start: "[", end: "]" },
          itemIndent: (ctx.indent || "") + "  ",
          onChompKeep,
          onComment
        });
      }
      static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
          let i = 0;
          for (let it of obj) {
            if (typeof replacer === "function") {
              const key2 = obj instanceof Set ? it : String(i++);
              it = replacer.call(obj, key2, it);
            }
            seq.items.push(createNode.createNode(it, void 0, ctx));
          }
        }
        return seq;
      }
    };
    function asItemIndex(key2) {
      let idx = identity.isScalar(key2) ? key2.value : key2;
      if (idx && typeof idx === "string")
        idx = Number(idx);
      return typeof idx === "number" && Number.isInteger(idx) && idx >= 0 ? idx : null;
    }
    exports.YAMLSeq = YAMLSeq;
  }
});

// node_modules/yaml/dist/schema/common/seq.js
var require_seq = __commonJS({
  "node_modules/yaml/dist/schema/common/seq.js"(exports) {
    "use strict";
    var identity = require_identity();
    var YAMLSeq = require_YAMLSeq();
    var seq = {
      collection: "seq",
      default: true,
      nodeClass: YAMLSeq.YAMLSeq,
      tag: "tag:yaml.org,2002:seq",
      resolve(seq2, onError) {
        if (!identity.isSeq(seq2))
          onError("Expected a sequence for this tag");
        return seq2;
      },
      createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
    };
    exports.seq = seq;
  }
});

// node_modules/yaml/dist/schema/common/string.js
var require_string = __commonJS({
  "node_modules/yaml/dist/schema/common/string.js"(exports) {
    "use strict";
    var stringifyString = require_stringifyString();
    var string = {
      identify: (value) => typeof value === "string",
      default: true,
      tag: "tag:yaml.org,2002:str",
      resolve: (str) => str,
      stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
      }
    };
    exports.string = string;
  }
});

// node_modules/yaml/dist/schema/common/null.js
var require_null = __commonJS({
  "node_modules/yaml/dist/schema/common/null.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var nullTag = {
      identify: (value) => value == null,
      createNode: () => new Scalar.Scalar(null),
      default: true,
      tag: "tag:yaml.org,2002:null",
      test: /^(?:~|[Nn]ull|NULL)?$/,
      resolve: () => new Scalar.Scalar(null),
      stringify: ({ source }, ctx) => typeof source === "string" && nullTag.test.test(source) ? source : ctx.options.nullStr
    };
    exports.nullTag = nullTag;
  }
});

// node_modules/yaml/dist/schema/core/bool.js
var require_bool = __commonJS({
  "node_modules/yaml/dist/schema/core/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var boolTag = {
      identify: (value) => typeof value === "boolean",
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
      resolve: (str) => new Scalar.Scalar(str[0] === "t" || str[0] === "T"),
      stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
          const sv = source[0] === "t" || source[0] === "T";
          if (value === sv)
            return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
      }
    };
    exports.boolTag = boolTag;
  }
});

// node_modules/yaml/dist/stringify/stringifyNumber.js
var require_stringifyNumber = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyNumber.js"(exports) {
    "use strict";
    function stringifyNumber({ format, minFractionDigits, tag, value }) {
      if (typeof value === "bigint")
        return String(value);
      const num = typeof value === "number" ? value : Number(value);
      if (!isFinite(num))
        return isNaN(num) ? ".nan" : num < 0 ? "-.inf" : ".inf";
      let n = Object.is(value, -0) ? "-0" : JSON.stringify(value);
      if (!format && minFractionDigits && (!tag || tag === "tag:yaml.org,2002:float") && /^-?\d/.test(n) && !n.includes("e")) {
        let i = n.indexOf(".");
        if (i < 0) {
          i = n.length;
          n += ".";
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
          n += "0";
      }
      return n;
    }
    exports.stringifyNumber = stringifyNumber;
  }
});

// node_modules/yaml/dist/schema/core/float.js
var require_float = __commonJS({
  "node_modules/yaml/dist/schema/core/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf(".");
        if (dot !== -1 && str[str.length - 1] === "0")
          node.minFractionDigits = str.length - dot - 1;
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/core/int.js
var require_int = __commonJS({
  "node_modules/yaml/dist/schema/core/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    var intResolve = (str, offset, radix, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix);
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
      return stringifyNumber.stringifyNumber(node);
    }
    var intOct = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^0o[0-7]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
      stringify: (node) => intStringify(node, 8, "0o")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: (value) => intIdentify(value) && value >= 0,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^0x[0-9a-fA-F]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/core/schema.js
var require_schema = __commonJS({
  "node_modules/yaml/dist/schema/core/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.boolTag,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/json/schema.js
var require_schema2 = __commonJS({
  "node_modules/yaml/dist/schema/json/schema.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var map = require_map();
    var seq = require_seq();
    function intIdentify(value) {
      return typeof value === "bigint" || Number.isInteger(value);
    }
    var stringifyJSON = ({ value }) => JSON.stringify(value);
    var jsonScalars = [
      {
        identify: (value) => typeof value === "string",
        default: true,
        tag: "tag:yaml.org,2002:str",
        resolve: (str) => str,
        stringify: stringifyJSON
      },
      {
        identify: (value) => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: "tag:yaml.org,2002:null",
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
      },
      {
        identify: (value) => typeof value === "boolean",
        default: true,
        tag: "tag:yaml.org,2002:bool",
        test: /^true$|^false$/,
        resolve: (str) => str === "true",
        stringify: stringifyJSON
      },
      {
        identify: intIdentify,
        default: true,
        tag: "tag:yaml.org,2002:int",
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
      },
      {
        identify: (value) => typeof value === "number",
        default: true,
        tag: "tag:yaml.org,2002:float",
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: (str) => parseFloat(str),
        stringify: stringifyJSON
      }
    ];
    var jsonError = {
      default: true,
      tag: "",
      test: /^/,
      resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
      }
    };
    var schema = [map.map, seq.seq].concat(jsonScalars, jsonError);
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/binary.js
var require_binary = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/binary.js"(exports) {
    "use strict";
    var node_buffer = __require("buffer");
    var Scalar = require_Scalar();
    var stringifyString = require_stringifyString();
    var binary = {
      identify: (value) => value instanceof Uint8Array,
      // Buffer inherits from Uint8Array
      default: false,
      tag: "tag:yaml.org,2002:binary",
      /**
       * Returns a Buffer in node and an Uint8Array in browsers
       *
       * To use the resulting buffer as an image, you'll want to do something like:
       *
       *   const blob = new Blob([buffer], { type: 'image/jpeg' })
       *   document.querySelector('#photo').src = URL.createObjectURL(blob)
       */
      resolve(src, onError) {
        if (typeof node_buffer.Buffer === "function") {
          return node_buffer.Buffer.from(src, "base64");
        } else if (typeof atob === "function") {
          const str = atob(src.replace(/[\n\r]/g, ""));
          const buffer = new Uint8Array(str.length);
          for (let i = 0; i < str.length; ++i)
            buffer[i] = str.charCodeAt(i);
          return buffer;
        } else {
          onError("This environment does not support reading binary tags; either Buffer or atob is required");
          return src;
        }
      },
      stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
          return "";
        const buf = value;
        let str;
        if (typeof node_buffer.Buffer === "function") {
          str = buf instanceof node_buffer.Buffer ? buf.toString("base64") : node_buffer.Buffer.from(buf.buffer).toString("base64");
        } else if (typeof btoa === "function") {
          let s = "";
          for (let i = 0; i < buf.length; ++i)
            s += String.fromCharCode(buf[i]);
          str = btoa(s);
        } else {
          throw new Error("This environment does not support writing binary tags; either Buffer or btoa is required");
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
          const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
          const n = Math.ceil(str.length / lineWidth);
          const lines = new Array(n);
          for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
            lines[i] = str.substr(o, lineWidth);
          }
          str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? "\n" : " ");
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
      }
    };
    exports.binary = binary;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/pairs.js
var require_pairs = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/pairs.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLSeq = require_YAMLSeq();
    function resolvePairs(seq, onError) {
      if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
          let item = seq.items[i];
          if (identity.isPair(item))
            continue;
          else if (identity.isMap(item)) {
            if (item.items.length > 1)
              onError("Each pair must have its own sequence indicator");
            const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
            if (item.commentBefore)
              pair.key.commentBefore = pair.key.commentBefore ? `${item.commentBefore}
${pair.key.commentBefore}` : item.commentBefore;
            if (item.comment) {
              const cn = pair.value ?? pair.key;
              cn.comment = cn.comment ? `${item.comment}
${cn.comment}` : item.comment;
            }
            item = pair;
          }
          seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
      } else
        onError("Expected a sequence for this tag");
      return seq;
    }
    function createPairs(schema, iterable, ctx) {
      const { replacer } = ctx;
      const pairs2 = new YAMLSeq.YAMLSeq(schema);
      pairs2.tag = "tag:yaml.org,2002:pairs";
      let i = 0;
      if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
          if (typeof replacer === "function")
            it = replacer.call(iterable, String(i++), it);
          let key2, value;
          if (Array.isArray(it)) {
            if (it.length === 2) {
              key2 = it[0];
              value = it[1];
            } else
              throw new TypeError(`Expected [key, value] tuple: ${it}`);
          } else if (it && it instanceof Object) {
            const keys = Object.keys(it);
            if (keys.length === 1) {
              key2 = keys[0];
              value = it[key2];
            } else {
              throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
            }
          } else {
            key2 = it;
          }
          pairs2.items.push(Pair.createPair(key2, value, ctx));
        }
      return pairs2;
    }
    var pairs = {
      collection: "seq",
      default: false,
      tag: "tag:yaml.org,2002:pairs",
      resolve: resolvePairs,
      createNode: createPairs
    };
    exports.createPairs = createPairs;
    exports.pairs = pairs;
    exports.resolvePairs = resolvePairs;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/omap.js
var require_omap = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/omap.js"(exports) {
    "use strict";
    var identity = require_identity();
    var toJS = require_toJS();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var pairs = require_pairs();
    var YAMLOMap = class _YAMLOMap extends YAMLSeq.YAMLSeq {
      constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = _YAMLOMap.tag;
      }
      /**
       * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
       * but TypeScript won't allow widening the signature of a child method.
       */
      toJSON(_, ctx) {
        if (!ctx)
          return super.toJSON(_);
        const map = /* @__PURE__ */ new Map();
        if (ctx?.onCreate)
          ctx.onCreate(map);
        for (const pair of this.items) {
          let key2, value;
          if (identity.isPair(pair)) {
            key2 = toJS.toJS(pair.key, "", ctx);
            value = toJS.toJS(pair.value, key2, ctx);
          } else {
            key2 = toJS.toJS(pair, "", ctx);
          }
          if (map.has(key2))
            throw new Error("Ordered maps must not include duplicate keys");
          map.set(key2, value);
        }
        return map;
      }
      static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap2 = new this();
        omap2.items = pairs$1.items;
        return omap2;
      }
    };
    YAMLOMap.tag = "tag:yaml.org,2002:omap";
    var omap = {
      collection: "seq",
      identify: (value) => value instanceof Map,
      nodeClass: YAMLOMap,
      default: false,
      tag: "tag:yaml.org,2002:omap",
      resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key: key2 } of pairs$1.items) {
          if (identity.isScalar(key2)) {
            if (seenKeys.includes(key2.value)) {
              onError(`Ordered maps must not include duplicate keys: ${key2.value}`);
            } else {
              seenKeys.push(key2.value);
            }
          }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
      },
      createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
    };
    exports.YAMLOMap = YAMLOMap;
    exports.omap = omap;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/bool.js
var require_bool2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/bool.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function boolStringify({ value, source }, ctx) {
      const boolObj = value ? trueTag : falseTag;
      if (source && boolObj.test.test(source))
        return source;
      return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
    var trueTag = {
      identify: (value) => value === true,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
      resolve: () => new Scalar.Scalar(true),
      stringify: boolStringify
    };
    var falseTag = {
      identify: (value) => value === false,
      default: true,
      tag: "tag:yaml.org,2002:bool",
      test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
      resolve: () => new Scalar.Scalar(false),
      stringify: boolStringify
    };
    exports.falseTag = falseTag;
    exports.trueTag = trueTag;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/float.js
var require_float2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/float.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var stringifyNumber = require_stringifyNumber();
    var floatNaN = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
      resolve: (str) => str.slice(-3).toLowerCase() === "nan" ? NaN : str[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY,
      stringify: stringifyNumber.stringifyNumber
    };
    var floatExp = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "EXP",
      test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
      resolve: (str) => parseFloat(str.replace(/_/g, "")),
      stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
      }
    };
    var float = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
      resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, "")));
        const dot = str.indexOf(".");
        if (dot !== -1) {
          const f = str.substring(dot + 1).replace(/_/g, "");
          if (f[f.length - 1] === "0")
            node.minFractionDigits = f.length;
        }
        return node;
      },
      stringify: stringifyNumber.stringifyNumber
    };
    exports.float = float;
    exports.floatExp = floatExp;
    exports.floatNaN = floatNaN;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/int.js
var require_int2 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/int.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    var intIdentify = (value) => typeof value === "bigint" || Number.isInteger(value);
    function intResolve(str, offset, radix, { intAsBigInt }) {
      const sign = str[0];
      if (sign === "-" || sign === "+")
        offset += 1;
      str = str.substring(offset).replace(/_/g, "");
      if (intAsBigInt) {
        switch (radix) {
          case 2:
            str = `0b${str}`;
            break;
          case 8:
            str = `0o${str}`;
            break;
          case 16:
            str = `0x${str}`;
            break;
        }
        const n2 = BigInt(str);
        return sign === "-" ? BigInt(-1) * n2 : n2;
      }
      const n = parseInt(str, radix);
      return sign === "-" ? -1 * n : n;
    }
    function intStringify(node, radix, prefix) {
      const { value } = node;
      if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? "-" + prefix + str.substr(1) : prefix + str;
      }
      return stringifyNumber.stringifyNumber(node);
    }
    var intBin = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "BIN",
      test: /^[-+]?0b[0-1_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
      stringify: (node) => intStringify(node, 2, "0b")
    };
    var intOct = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "OCT",
      test: /^[-+]?0[0-7_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
      stringify: (node) => intStringify(node, 8, "0")
    };
    var int = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      test: /^[-+]?[0-9][0-9_]*$/,
      resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
      stringify: stringifyNumber.stringifyNumber
    };
    var intHex = {
      identify: intIdentify,
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "HEX",
      test: /^[-+]?0x[0-9a-fA-F_]+$/,
      resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
      stringify: (node) => intStringify(node, 16, "0x")
    };
    exports.int = int;
    exports.intBin = intBin;
    exports.intHex = intHex;
    exports.intOct = intOct;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/set.js
var require_set = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/set.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSet = class _YAMLSet extends YAMLMap.YAMLMap {
      constructor(schema) {
        super(schema);
        this.tag = _YAMLSet.tag;
      }
      add(key2) {
        let pair;
        if (identity.isPair(key2))
          pair = key2;
        else if (key2 && typeof key2 === "object" && "key" in key2 && "value" in key2 && key2.value === null)
          pair = new Pair.Pair(key2.key, null);
        else
          pair = new Pair.Pair(key2, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
          this.items.push(pair);
      }
      /**
       * If `keepPair` is `true`, returns the Pair matching `key`.
       * Otherwise, returns the value of that Pair's key.
       */
      get(key2, keepPair) {
        const pair = YAMLMap.findPair(this.items, key2);
        return !keepPair && identity.isPair(pair) ? identity.isScalar(pair.key) ? pair.key.value : pair.key : pair;
      }
      set(key2, value) {
        if (typeof value !== "boolean")
          throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key2);
        if (prev && !value) {
          this.items.splice(this.items.indexOf(prev), 1);
        } else if (!prev && value) {
          this.items.push(new Pair.Pair(key2));
        }
      }
      toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
      }
      toString(ctx, onComment, onChompKeep) {
        if (!ctx)
          return JSON.stringify(this);
        if (this.hasAllNullValues(true))
          return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
          throw new Error("Set items must all have null values");
      }
      static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set3 = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
          for (let value of iterable) {
            if (typeof replacer === "function")
              value = replacer.call(iterable, value, value);
            set3.items.push(Pair.createPair(value, null, ctx));
          }
        return set3;
      }
    };
    YAMLSet.tag = "tag:yaml.org,2002:set";
    var set2 = {
      collection: "map",
      identify: (value) => value instanceof Set,
      nodeClass: YAMLSet,
      default: false,
      tag: "tag:yaml.org,2002:set",
      createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
      resolve(map, onError) {
        if (identity.isMap(map)) {
          if (map.hasAllNullValues(true))
            return Object.assign(new YAMLSet(), map);
          else
            onError("Set items must all have null values");
        } else
          onError("Expected a mapping for this tag");
        return map;
      }
    };
    exports.YAMLSet = YAMLSet;
    exports.set = set2;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/timestamp.js
var require_timestamp = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/timestamp.js"(exports) {
    "use strict";
    var stringifyNumber = require_stringifyNumber();
    function parseSexagesimal(str, asBigInt) {
      const sign = str[0];
      const parts = sign === "-" || sign === "+" ? str.substring(1) : str;
      const num = (n) => asBigInt ? BigInt(n) : Number(n);
      const res = parts.replace(/_/g, "").split(":").reduce((res2, p) => res2 * num(60) + num(p), num(0));
      return sign === "-" ? num(-1) * res : res;
    }
    function stringifySexagesimal(node) {
      let { value } = node;
      let num = (n) => n;
      if (typeof value === "bigint")
        num = (n) => BigInt(n);
      else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
      let sign = "";
      if (value < 0) {
        sign = "-";
        value *= num(-1);
      }
      const _60 = num(60);
      const parts = [value % _60];
      if (value < 60) {
        parts.unshift(0);
      } else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60);
        if (value >= 60) {
          value = (value - parts[0]) / _60;
          parts.unshift(value);
        }
      }
      return sign + parts.map((n) => String(n).padStart(2, "0")).join(":").replace(/000000\d*$/, "");
    }
    var intTime = {
      identify: (value) => typeof value === "bigint" || Number.isInteger(value),
      default: true,
      tag: "tag:yaml.org,2002:int",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
      resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
      stringify: stringifySexagesimal
    };
    var floatTime = {
      identify: (value) => typeof value === "number",
      default: true,
      tag: "tag:yaml.org,2002:float",
      format: "TIME",
      test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
      resolve: (str) => parseSexagesimal(str, false),
      stringify: stringifySexagesimal
    };
    var timestamp = {
      identify: (value) => value instanceof Date,
      default: true,
      tag: "tag:yaml.org,2002:timestamp",
      // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
      // may be omitted altogether, resulting in a date format. In such a case, the time part is
      // assumed to be 00:00:00Z (start of day, UTC).
      test: RegExp("^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$"),
      resolve(str) {
        const match2 = str.match(timestamp.test);
        if (!match2)
          throw new Error("!!timestamp expects a date, starting with yyyy-mm-dd");
        const [, year, month, day, hour, minute, second] = match2.map(Number);
        const millisec = match2[7] ? Number((match2[7] + "00").substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match2[8];
        if (tz && tz !== "Z") {
          let d = parseSexagesimal(tz, false);
          if (Math.abs(d) < 30)
            d *= 60;
          date -= 6e4 * d;
        }
        return new Date(date);
      },
      stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, "") ?? ""
    };
    exports.floatTime = floatTime;
    exports.intTime = intTime;
    exports.timestamp = timestamp;
  }
});

// node_modules/yaml/dist/schema/yaml-1.1/schema.js
var require_schema3 = __commonJS({
  "node_modules/yaml/dist/schema/yaml-1.1/schema.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var binary = require_binary();
    var bool = require_bool2();
    var float = require_float2();
    var int = require_int2();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schema = [
      map.map,
      seq.seq,
      string.string,
      _null.nullTag,
      bool.trueTag,
      bool.falseTag,
      int.intBin,
      int.intOct,
      int.int,
      int.intHex,
      float.floatNaN,
      float.floatExp,
      float.float,
      binary.binary,
      merge.merge,
      omap.omap,
      pairs.pairs,
      set2.set,
      timestamp.intTime,
      timestamp.floatTime,
      timestamp.timestamp
    ];
    exports.schema = schema;
  }
});

// node_modules/yaml/dist/schema/tags.js
var require_tags = __commonJS({
  "node_modules/yaml/dist/schema/tags.js"(exports) {
    "use strict";
    var map = require_map();
    var _null = require_null();
    var seq = require_seq();
    var string = require_string();
    var bool = require_bool();
    var float = require_float();
    var int = require_int();
    var schema = require_schema();
    var schema$1 = require_schema2();
    var binary = require_binary();
    var merge = require_merge();
    var omap = require_omap();
    var pairs = require_pairs();
    var schema$2 = require_schema3();
    var set2 = require_set();
    var timestamp = require_timestamp();
    var schemas = /* @__PURE__ */ new Map([
      ["core", schema.schema],
      ["failsafe", [map.map, seq.seq, string.string]],
      ["json", schema$1.schema],
      ["yaml11", schema$2.schema],
      ["yaml-1.1", schema$2.schema]
    ]);
    var tagsByName = {
      binary: binary.binary,
      bool: bool.boolTag,
      float: float.float,
      floatExp: float.floatExp,
      floatNaN: float.floatNaN,
      floatTime: timestamp.floatTime,
      int: int.int,
      intHex: int.intHex,
      intOct: int.intOct,
      intTime: timestamp.intTime,
      map: map.map,
      merge: merge.merge,
      null: _null.nullTag,
      omap: omap.omap,
      pairs: pairs.pairs,
      seq: seq.seq,
      set: set2.set,
      timestamp: timestamp.timestamp
    };
    var coreKnownTags = {
      "tag:yaml.org,2002:binary": binary.binary,
      "tag:yaml.org,2002:merge": merge.merge,
      "tag:yaml.org,2002:omap": omap.omap,
      "tag:yaml.org,2002:pairs": pairs.pairs,
      "tag:yaml.org,2002:set": set2.set,
      "tag:yaml.org,2002:timestamp": timestamp.timestamp
    };
    function getTags(customTags, schemaName, addMergeTag) {
      const schemaTags = schemas.get(schemaName);
      if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge) ? schemaTags.concat(merge.merge) : schemaTags.slice();
      }
      let tags = schemaTags;
      if (!tags) {
        if (Array.isArray(customTags))
          tags = [];
        else {
          const keys = Array.from(schemas.keys()).filter((key2) => key2 !== "yaml11").map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
      }
      if (Array.isArray(customTags)) {
        for (const tag of customTags)
          tags = tags.concat(tag);
      } else if (typeof customTags === "function") {
        tags = customTags(tags.slice());
      }
      if (addMergeTag)
        tags = tags.concat(merge.merge);
      return tags.reduce((tags2, tag) => {
        const tagObj = typeof tag === "string" ? tagsByName[tag] : tag;
        if (!tagObj) {
          const tagName = JSON.stringify(tag);
          const keys = Object.keys(tagsByName).map((key2) => JSON.stringify(key2)).join(", ");
          throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags2.includes(tagObj))
          tags2.push(tagObj);
        return tags2;
      }, []);
    }
    exports.coreKnownTags = coreKnownTags;
    exports.getTags = getTags;
  }
});

// node_modules/yaml/dist/schema/Schema.js
var require_Schema = __commonJS({
  "node_modules/yaml/dist/schema/Schema.js"(exports) {
    "use strict";
    var identity = require_identity();
    var map = require_map();
    var seq = require_seq();
    var string = require_string();
    var tags = require_tags();
    var sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
    var Schema = class _Schema {
      constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat) ? tags.getTags(compat, "compat") : compat ? tags.getTags(null, compat) : null;
        this.name = typeof schema === "string" && schema || "core";
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        this.sortMapEntries = typeof sortMapEntries === "function" ? sortMapEntries : sortMapEntries === true ? sortMapEntriesByKey : null;
      }
      clone() {
        const copy = Object.create(_Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
      }
    };
    exports.Schema = Schema;
  }
});

// node_modules/yaml/dist/stringify/stringifyDocument.js
var require_stringifyDocument = __commonJS({
  "node_modules/yaml/dist/stringify/stringifyDocument.js"(exports) {
    "use strict";
    var identity = require_identity();
    var stringify = require_stringify();
    var stringifyComment = require_stringifyComment();
    function stringifyDocument(doc, options) {
      const lines = [];
      let hasDirectives = options.directives === true;
      if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
          lines.push(dir);
          hasDirectives = true;
        } else if (doc.directives.docStart)
          hasDirectives = true;
      }
      if (hasDirectives)
        lines.push("---");
      const ctx = stringify.createStringifyContext(doc, options);
      const { commentString } = ctx.options;
      if (doc.commentBefore) {
        if (lines.length !== 1)
          lines.unshift("");
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ""));
      }
      let chompKeep = false;
      let contentComment = null;
      if (doc.contents) {
        if (identity.isNode(doc.contents)) {
          if (doc.contents.spaceBefore && hasDirectives)
            lines.push("");
          if (doc.contents.commentBefore) {
            const cs = commentString(doc.contents.commentBefore);
            lines.push(stringifyComment.indentComment(cs, ""));
          }
          ctx.forceBlockIndent = !!doc.comment;
          contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? void 0 : () => chompKeep = true;
        let body = stringify.stringify(doc.contents, ctx, () => contentComment = null, onChompKeep);
        if (contentComment)
          body += stringifyComment.lineComment(body, "", commentString(contentComment));
        if ((body[0] === "|" || body[0] === ">") && lines[lines.length - 1] === "---") {
          lines[lines.length - 1] = `--- ${body}`;
        } else
          lines.push(body);
      } else {
        lines.push(stringify.stringify(doc.contents, ctx));
      }
      if (doc.directives?.docEnd) {
        if (doc.comment) {
          const cs = commentString(doc.comment);
          if (cs.includes("\n")) {
            lines.push("...");
            lines.push(stringifyComment.indentComment(cs, ""));
          } else {
            lines.push(`... ${cs}`);
          }
        } else {
          lines.push("...");
        }
      } else {
        let dc = doc.comment;
        if (dc && chompKeep)
          dc = dc.replace(/^\n+/, "");
        if (dc) {
          if ((!chompKeep || contentComment) && lines[lines.length - 1] !== "")
            lines.push("");
          lines.push(stringifyComment.indentComment(commentString(dc), ""));
        }
      }
      return lines.join("\n") + "\n";
    }
    exports.stringifyDocument = stringifyDocument;
  }
});

// node_modules/yaml/dist/doc/Document.js
var require_Document = __commonJS({
  "node_modules/yaml/dist/doc/Document.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var Collection = require_Collection();
    var identity = require_identity();
    var Pair = require_Pair();
    var toJS = require_toJS();
    var Schema = require_Schema();
    var stringifyDocument = require_stringifyDocument();
    var anchors = require_anchors();
    var applyReviver = require_applyReviver();
    var createNode = require_createNode();
    var directives = require_directives();
    var Document = class _Document {
      constructor(value, replacer, options) {
        this.commentBefore = null;
        this.comment = null;
        this.errors = [];
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === "function" || Array.isArray(replacer)) {
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const opt = Object.assign({
          intAsBigInt: false,
          keepSourceTokens: false,
          logLevel: "warn",
          prettyErrors: true,
          strict: true,
          stringKeys: false,
          uniqueKeys: true,
          version: "1.2"
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
          this.directives = options._directives.atDocument();
          if (this.directives.yaml.explicit)
            version = this.directives.yaml.version;
        } else
          this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        this.contents = value === void 0 ? null : this.createNode(value, _replacer, options);
      }
      /**
       * Create a deep copy of this Document and its contents.
       *
       * Custom Node values that inherit from `Object` still refer to their original instances.
       */
      clone() {
        const copy = Object.create(_Document.prototype, {
          [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
          copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        copy.contents = identity.isNode(this.contents) ? this.contents.clone(copy.schema) : this.contents;
        if (this.range)
          copy.range = this.range.slice();
        return copy;
      }
      /** Adds a value to the document. */
      add(value) {
        if (assertCollection(this.contents))
          this.contents.add(value);
      }
      /** Adds a value to the document. */
      addIn(path11, value) {
        if (assertCollection(this.contents))
          this.contents.addIn(path11, value);
      }
      /**
       * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
       *
       * If `node` already has an anchor, `name` is ignored.
       * Otherwise, the `node.anchor` value will be set to `name`,
       * or if an anchor with that name is already present in the document,
       * `name` will be used as a prefix for a new unique anchor.
       * If `name` is undefined, the generated anchor will use 'a' as a prefix.
       */
      createAlias(node, name) {
        if (!node.anchor) {
          const prev = anchors.anchorNames(this);
          node.anchor = // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          !name || prev.has(name) ? anchors.findNewAnchor(name || "a", prev) : name;
        }
        return new Alias.Alias(node.anchor);
      }
      createNode(value, replacer, options) {
        let _replacer = void 0;
        if (typeof replacer === "function") {
          value = replacer.call({ "": value }, "", value);
          _replacer = replacer;
        } else if (Array.isArray(replacer)) {
          const keyToStr = (v) => typeof v === "number" || v instanceof String || v instanceof Number;
          const asStr = replacer.filter(keyToStr).map(String);
          if (asStr.length > 0)
            replacer = replacer.concat(asStr);
          _replacer = replacer;
        } else if (options === void 0 && replacer) {
          options = replacer;
          replacer = void 0;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(
          this,
          // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
          anchorPrefix || "a"
        );
        const ctx = {
          aliasDuplicateObjects: aliasDuplicateObjects ?? true,
          keepUndefined: keepUndefined ?? false,
          onAnchor,
          onTagObj,
          replacer: _replacer,
          schema: this.schema,
          sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
          node.flow = true;
        setAnchors();
        return node;
      }
      /**
       * Convert a key and a value into a `Pair` using the current schema,
       * recursively wrapping all values as `Scalar` or `Collection` nodes.
       */
      createPair(key2, value, options = {}) {
        const k = this.createNode(key2, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      delete(key2) {
        return assertCollection(this.contents) ? this.contents.delete(key2) : false;
      }
      /**
       * Removes a value from the document.
       * @returns `true` if the item was found and removed.
       */
      deleteIn(path11) {
        if (Collection.isEmptyPath(path11)) {
          if (this.contents == null)
            return false;
          this.contents = null;
          return true;
        }
        return assertCollection(this.contents) ? this.contents.deleteIn(path11) : false;
      }
      /**
       * Returns item at `key`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      get(key2, keepScalar) {
        return identity.isCollection(this.contents) ? this.contents.get(key2, keepScalar) : void 0;
      }
      /**
       * Returns item at `path`, or `undefined` if not found. By default unwraps
       * scalar values from their surrounding node; to disable set `keepScalar` to
       * `true` (collections are always returned intact).
       */
      getIn(path11, keepScalar) {
        if (Collection.isEmptyPath(path11))
          return !keepScalar && identity.isScalar(this.contents) ? this.contents.value : this.contents;
        return identity.isCollection(this.contents) ? this.contents.getIn(path11, keepScalar) : void 0;
      }
      /**
       * Checks if the document includes a value with the key `key`.
       */
      has(key2) {
        return identity.isCollection(this.contents) ? this.contents.has(key2) : false;
      }
      /**
       * Checks if the document includes a value at `path`.
       */
      hasIn(path11) {
        if (Collection.isEmptyPath(path11))
          return this.contents !== void 0;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path11) : false;
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      set(key2, value) {
        if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, [key2], value);
        } else if (assertCollection(this.contents)) {
          this.contents.set(key2, value);
        }
      }
      /**
       * Sets a value in this document. For `!!set`, `value` needs to be a
       * boolean to add/remove the item from the set.
       */
      setIn(path11, value) {
        if (Collection.isEmptyPath(path11)) {
          this.contents = value;
        } else if (this.contents == null) {
          this.contents = Collection.collectionFromPath(this.schema, Array.from(path11), value);
        } else if (assertCollection(this.contents)) {
          this.contents.setIn(path11, value);
        }
      }
      /**
       * Change the YAML version and schema used by the document.
       * A `null` version disables support for directives, explicit tags, anchors, and aliases.
       * It also requires the `schema` option to be given as a `Schema` instance value.
       *
       * Overrides all previously set schema options.
       */
      setSchema(version, options = {}) {
        if (typeof version === "number")
          version = String(version);
        let opt;
        switch (version) {
          case "1.1":
            if (this.directives)
              this.directives.yaml.version = "1.1";
            else
              this.directives = new directives.Directives({ version: "1.1" });
            opt = { resolveKnownTags: false, schema: "yaml-1.1" };
            break;
          case "1.2":
          case "next":
            if (this.directives)
              this.directives.yaml.version = version;
            else
              this.directives = new directives.Directives({ version });
            opt = { resolveKnownTags: true, schema: "core" };
            break;
          case null:
            if (this.directives)
              delete this.directives;
            opt = null;
            break;
          default: {
            const sv = JSON.stringify(version);
            throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
          }
        }
        if (options.schema instanceof Object)
          this.schema = options.schema;
        else if (opt)
          this.schema = new Schema.Schema(Object.assign(opt, options));
        else
          throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
      }
      // json & jsonArg are only used from toJSON()
      toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
          anchors: /* @__PURE__ */ new Map(),
          doc: this,
          keep: !json,
          mapAsMap: mapAsMap === true,
          mapKeyWarned: false,
          maxAliasCount: typeof maxAliasCount === "number" ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? "", ctx);
        if (typeof onAnchor === "function")
          for (const { count, res: res2 } of ctx.anchors.values())
            onAnchor(res2, count);
        return typeof reviver === "function" ? applyReviver.applyReviver(reviver, { "": res }, "", res) : res;
      }
      /**
       * A JSON representation of the document `contents`.
       *
       * @param jsonArg Used by `JSON.stringify` to indicate the array index or
       *   property name.
       */
      toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
      }
      /** A YAML representation of the document. */
      toString(options = {}) {
        if (this.errors.length > 0)
          throw new Error("Document with errors cannot be stringified");
        if ("indent" in options && (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
          const s = JSON.stringify(options.indent);
          throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
      }
    };
    function assertCollection(contents) {
      if (identity.isCollection(contents))
        return true;
      throw new Error("Expected a YAML collection as document contents");
    }
    exports.Document = Document;
  }
});

// node_modules/yaml/dist/errors.js
var require_errors = __commonJS({
  "node_modules/yaml/dist/errors.js"(exports) {
    "use strict";
    var YAMLError = class extends Error {
      constructor(name, pos, code2, message) {
        super();
        this.name = name;
        this.code = code2;
        this.message = message;
        this.pos = pos;
      }
    };
    var YAMLParseError = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLParseError", pos, code2, message);
      }
    };
    var YAMLWarning = class extends YAMLError {
      constructor(pos, code2, message) {
        super("YAMLWarning", pos, code2, message);
      }
    };
    var prettifyError = (src, lc) => (error) => {
      if (error.pos[0] === -1)
        return;
      error.linePos = error.pos.map((pos) => lc.linePos(pos));
      const { line, col } = error.linePos[0];
      error.message += ` at line ${line}, column ${col}`;
      let ci = col - 1;
      let lineStr = src.substring(lc.lineStarts[line - 1], lc.lineStarts[line]).replace(/[\n\r]+$/, "");
      if (ci >= 60 && lineStr.length > 80) {
        const trimStart2 = Math.min(ci - 39, lineStr.length - 79);
        lineStr = "\u2026" + lineStr.substring(trimStart2);
        ci -= trimStart2 - 1;
      }
      if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + "\u2026";
      if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
          prev = prev.substring(0, 79) + "\u2026\n";
        lineStr = prev + lineStr;
      }
      if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
          count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = " ".repeat(ci) + "^".repeat(count);
        error.message += `:

${lineStr}
${pointer}
`;
      }
    };
    exports.YAMLError = YAMLError;
    exports.YAMLParseError = YAMLParseError;
    exports.YAMLWarning = YAMLWarning;
    exports.prettifyError = prettifyError;
  }
});

// node_modules/yaml/dist/compose/resolve-props.js
var require_resolve_props = __commonJS({
  "node_modules/yaml/dist/compose/resolve-props.js"(exports) {
    "use strict";
    function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
      let spaceBefore = false;
      let atNewline = startOnNewline;
      let hasSpace = startOnNewline;
      let comment = "";
      let commentSep = "";
      let hasNewline = false;
      let reqSpace = false;
      let tab = null;
      let anchor = null;
      let tag = null;
      let newlineAfterProp = null;
      let comma = null;
      let found = null;
      let start = null;
      for (const token of tokens) {
        if (reqSpace) {
          if (token.type !== "space" && token.type !== "newline" && token.type !== "comma")
            onError(token.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
          reqSpace = false;
        }
        if (tab) {
          if (atNewline && token.type !== "comment" && token.type !== "newline") {
            onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
          }
          tab = null;
        }
        switch (token.type) {
          case "space":
            if (!flow && (indicator !== "doc-start" || next?.type !== "flow-collection") && token.source.includes("	")) {
              tab = token;
            }
            hasSpace = true;
            break;
          case "comment": {
            if (!hasSpace)
              onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
            const cb = token.source.substring(1) || " ";
            if (!comment)
              comment = cb;
            else
              comment += commentSep + cb;
            commentSep = "";
            atNewline = false;
            break;
          }
          case "newline":
            if (atNewline) {
              if (comment)
                comment += token.source;
              else if (!found || indicator !== "seq-item-ind")
                spaceBefore = true;
            } else
              commentSep += token.source;
            atNewline = true;
            hasNewline = true;
            if (anchor || tag)
              newlineAfterProp = token;
            hasSpace = true;
            break;
          case "anchor":
            if (anchor)
              onError(token, "MULTIPLE_ANCHORS", "A node can have at most one anchor");
            if (token.source.endsWith(":"))
              onError(token.offset + token.source.length - 1, "BAD_ALIAS", "Anchor ending in : is ambiguous", true);
            anchor = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          case "tag": {
            if (tag)
              onError(token, "MULTIPLE_TAGS", "A node can have at most one tag");
            tag = token;
            start ?? (start = token.offset);
            atNewline = false;
            hasSpace = false;
            reqSpace = true;
            break;
          }
          case indicator:
            if (anchor || tag)
              onError(token, "BAD_PROP_ORDER", `Anchors and tags must be after the ${token.source} indicator`);
            if (found)
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.source} in ${flow ?? "collection"}`);
            found = token;
            atNewline = indicator === "seq-item-ind" || indicator === "explicit-key-ind";
            hasSpace = false;
            break;
          case "comma":
            if (flow) {
              if (comma)
                onError(token, "UNEXPECTED_TOKEN", `Unexpected , in ${flow}`);
              comma = token;
              atNewline = false;
              hasSpace = false;
              break;
            }
          // else fallthrough
          default:
            onError(token, "UNEXPECTED_TOKEN", `Unexpected ${token.type} token`);
            atNewline = false;
            hasSpace = false;
        }
      }
      const last = tokens[tokens.length - 1];
      const end = last ? last.offset + last.source.length : offset;
      if (reqSpace && next && next.type !== "space" && next.type !== "newline" && next.type !== "comma" && (next.type !== "scalar" || next.source !== "")) {
        onError(next.offset, "MISSING_CHAR", "Tags and anchors must be separated from the next token by white space");
      }
      if (tab && (atNewline && tab.indent <= parentIndent || next?.type === "block-map" || next?.type === "block-seq"))
        onError(tab, "TAB_AS_INDENT", "Tabs are not allowed as indentation");
      return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
      };
    }
    exports.resolveProps = resolveProps;
  }
});

// node_modules/yaml/dist/compose/util-contains-newline.js
var require_util_contains_newline = __commonJS({
  "node_modules/yaml/dist/compose/util-contains-newline.js"(exports) {
    "use strict";
    function containsNewline(key2) {
      if (!key2)
        return null;
      switch (key2.type) {
        case "alias":
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          if (key2.source.includes("\n"))
            return true;
          if (key2.end) {
            for (const st of key2.end)
              if (st.type === "newline")
                return true;
          }
          return false;
        case "flow-collection":
          for (const it of key2.items) {
            for (const st of it.start)
              if (st.type === "newline")
                return true;
            if (it.sep) {
              for (const st of it.sep)
                if (st.type === "newline")
                  return true;
            }
            if (containsNewline(it.key) || containsNewline(it.value))
              return true;
          }
          return false;
        default:
          return true;
      }
    }
    exports.containsNewline = containsNewline;
  }
});

// node_modules/yaml/dist/compose/util-flow-indent-check.js
var require_util_flow_indent_check = __commonJS({
  "node_modules/yaml/dist/compose/util-flow-indent-check.js"(exports) {
    "use strict";
    var utilContainsNewline = require_util_contains_newline();
    function flowIndentCheck(indent, fc, onError) {
      if (fc?.type === "flow-collection") {
        const end = fc.end[0];
        if (end.indent === indent && (end.source === "]" || end.source === "}") && utilContainsNewline.containsNewline(fc)) {
          const msg = "Flow end indicator should be more indented than parent";
          onError(end, "BAD_INDENT", msg, true);
        }
      }
    }
    exports.flowIndentCheck = flowIndentCheck;
  }
});

// node_modules/yaml/dist/compose/util-map-includes.js
var require_util_map_includes = __commonJS({
  "node_modules/yaml/dist/compose/util-map-includes.js"(exports) {
    "use strict";
    var identity = require_identity();
    function mapIncludes(ctx, items2, search) {
      const { uniqueKeys } = ctx.options;
      if (uniqueKeys === false)
        return false;
      const isEqual = typeof uniqueKeys === "function" ? uniqueKeys : (a, b) => a === b || identity.isScalar(a) && identity.isScalar(b) && a.value === b.value;
      return items2.some((pair) => isEqual(pair.key, search));
    }
    exports.mapIncludes = mapIncludes;
  }
});

// node_modules/yaml/dist/compose/resolve-block-map.js
var require_resolve_block_map = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-map.js"(exports) {
    "use strict";
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    var utilMapIncludes = require_util_map_includes();
    var startColMsg = "All mapping items must start at the same column";
    function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
      const map = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      let offset = bm.offset;
      let commentEnd = null;
      for (const collItem of bm.items) {
        const { start, key: key2, sep: sep2, value } = collItem;
        const keyProps = resolveProps.resolveProps(start, {
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: bm.indent,
          startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
          if (key2) {
            if (key2.type === "block-seq")
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "A block sequence may not be used as an implicit map key");
            else if ("indent" in key2 && key2.indent !== bm.indent)
              onError(offset, "BAD_INDENT", startColMsg);
          }
          if (!keyProps.anchor && !keyProps.tag && !sep2) {
            commentEnd = keyProps.end;
            if (keyProps.comment) {
              if (map.comment)
                map.comment += "\n" + keyProps.comment;
              else
                map.comment = keyProps.comment;
            }
            continue;
          }
          if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key2)) {
            onError(key2 ?? start[start.length - 1], "MULTILINE_IMPLICIT_KEY", "Implicit keys need to be on a single line");
          }
        } else if (keyProps.found?.indent !== bm.indent) {
          onError(offset, "BAD_INDENT", startColMsg);
        }
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key2 ? composeNode(ctx, key2, keyProps, onError) : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bm.indent, key2, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
          onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
        const valueProps = resolveProps.resolveProps(sep2 ?? [], {
          indicator: "map-value-ind",
          next: value,
          offset: keyNode.range[2],
          onError,
          parentIndent: bm.indent,
          startOnNewline: !key2 || key2.type === "block-scalar"
        });
        offset = valueProps.end;
        if (valueProps.found) {
          if (implicitKey) {
            if (value?.type === "block-map" && !valueProps.hasNewline)
              onError(offset, "BLOCK_AS_IMPLICIT_KEY", "Nested mappings are not allowed in compact mappings");
            if (ctx.options.strict && keyProps.start < valueProps.found.offset - 1024)
              onError(keyNode.range, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit block mapping key");
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : composeEmptyNode(ctx, offset, sep2, null, valueProps, onError);
          if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
          offset = valueNode.range[2];
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        } else {
          if (implicitKey)
            onError(keyNode.range, "MISSING_CHAR", "Implicit map keys need to be followed by map values");
          if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          map.items.push(pair);
        }
      }
      if (commentEnd && commentEnd < offset)
        onError(commentEnd, "IMPOSSIBLE", "Map comment with trailing content");
      map.range = [bm.offset, offset, commentEnd ?? offset];
      return map;
    }
    exports.resolveBlockMap = resolveBlockMap;
  }
});

// node_modules/yaml/dist/compose/resolve-block-seq.js
var require_resolve_block_seq = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-seq.js"(exports) {
    "use strict";
    var YAMLSeq = require_YAMLSeq();
    var resolveProps = require_resolve_props();
    var utilFlowIndentCheck = require_util_flow_indent_check();
    function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
      const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
      const seq = new NodeClass(ctx.schema);
      if (ctx.atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = bs.offset;
      let commentEnd = null;
      for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
          indicator: "seq-item-ind",
          next: value,
          offset,
          onError,
          parentIndent: bs.indent,
          startOnNewline: true
        });
        if (!props.found) {
          if (props.anchor || props.tag || value) {
            if (value?.type === "block-seq")
              onError(props.end, "BAD_INDENT", "All sequence items must start at the same column");
            else
              onError(offset, "MISSING_CHAR", "Sequence item without - indicator");
          } else {
            commentEnd = props.end;
            if (props.comment)
              seq.comment = props.comment;
            continue;
          }
        }
        const node = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
          utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
      }
      seq.range = [bs.offset, offset, commentEnd ?? offset];
      return seq;
    }
    exports.resolveBlockSeq = resolveBlockSeq;
  }
});

// node_modules/yaml/dist/compose/resolve-end.js
var require_resolve_end = __commonJS({
  "node_modules/yaml/dist/compose/resolve-end.js"(exports) {
    "use strict";
    function resolveEnd(end, offset, reqSpace, onError) {
      let comment = "";
      if (end) {
        let hasSpace = false;
        let sep2 = "";
        for (const token of end) {
          const { source, type } = token;
          switch (type) {
            case "space":
              hasSpace = true;
              break;
            case "comment": {
              if (reqSpace && !hasSpace)
                onError(token, "MISSING_CHAR", "Comments must be separated from other tokens by white space characters");
              const cb = source.substring(1) || " ";
              if (!comment)
                comment = cb;
              else
                comment += sep2 + cb;
              sep2 = "";
              break;
            }
            case "newline":
              if (comment)
                sep2 += source;
              hasSpace = true;
              break;
            default:
              onError(token, "UNEXPECTED_TOKEN", `Unexpected ${type} at node end`);
          }
          offset += source.length;
        }
      }
      return { comment, offset };
    }
    exports.resolveEnd = resolveEnd;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-collection.js
var require_resolve_flow_collection = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Pair = require_Pair();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    var utilContainsNewline = require_util_contains_newline();
    var utilMapIncludes = require_util_map_includes();
    var blockMsg = "Block collections are not allowed within flow collections";
    var isBlock = (token) => token && (token.type === "block-map" || token.type === "block-seq");
    function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
      const isMap2 = fc.start.source === "{";
      const fcName = isMap2 ? "flow map" : "flow sequence";
      const NodeClass = tag?.nodeClass ?? (isMap2 ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq);
      const coll = new NodeClass(ctx.schema);
      coll.flow = true;
      const atRoot = ctx.atRoot;
      if (atRoot)
        ctx.atRoot = false;
      if (ctx.atKey)
        ctx.atKey = false;
      let offset = fc.offset + fc.start.source.length;
      for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key: key2, sep: sep2, value } = collItem;
        const props = resolveProps.resolveProps(start, {
          flow: fcName,
          indicator: "explicit-key-ind",
          next: key2 ?? sep2?.[0],
          offset,
          onError,
          parentIndent: fc.indent,
          startOnNewline: false
        });
        if (!props.found) {
          if (!props.anchor && !props.tag && !sep2 && !value) {
            if (i === 0 && props.comma)
              onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
            else if (i < fc.items.length - 1)
              onError(props.start, "UNEXPECTED_TOKEN", `Unexpected empty item in ${fcName}`);
            if (props.comment) {
              if (coll.comment)
                coll.comment += "\n" + props.comment;
              else
                coll.comment = props.comment;
            }
            offset = props.end;
            continue;
          }
          if (!isMap2 && ctx.options.strict && utilContainsNewline.containsNewline(key2))
            onError(
              key2,
              // checked by containsNewline()
              "MULTILINE_IMPLICIT_KEY",
              "Implicit keys of flow sequence pairs need to be on a single line"
            );
        }
        if (i === 0) {
          if (props.comma)
            onError(props.comma, "UNEXPECTED_TOKEN", `Unexpected , in ${fcName}`);
        } else {
          if (!props.comma)
            onError(props.start, "MISSING_CHAR", `Missing , between ${fcName} items`);
          if (props.comment) {
            let prevItemComment = "";
            loop: for (const st of start) {
              switch (st.type) {
                case "comma":
                case "space":
                  break;
                case "comment":
                  prevItemComment = st.source.substring(1);
                  break loop;
                default:
                  break loop;
              }
            }
            if (prevItemComment) {
              let prev = coll.items[coll.items.length - 1];
              if (identity.isPair(prev))
                prev = prev.value ?? prev.key;
              if (prev.comment)
                prev.comment += "\n" + prevItemComment;
              else
                prev.comment = prevItemComment;
              props.comment = props.comment.substring(prevItemComment.length + 1);
            }
          }
        }
        if (!isMap2 && !sep2 && !props.found) {
          const valueNode = value ? composeNode(ctx, value, props, onError) : composeEmptyNode(ctx, props.end, sep2, null, props, onError);
          coll.items.push(valueNode);
          offset = valueNode.range[2];
          if (isBlock(value))
            onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
        } else {
          ctx.atKey = true;
          const keyStart = props.end;
          const keyNode = key2 ? composeNode(ctx, key2, props, onError) : composeEmptyNode(ctx, keyStart, start, null, props, onError);
          if (isBlock(key2))
            onError(keyNode.range, "BLOCK_IN_FLOW", blockMsg);
          ctx.atKey = false;
          const valueProps = resolveProps.resolveProps(sep2 ?? [], {
            flow: fcName,
            indicator: "map-value-ind",
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
          });
          if (valueProps.found) {
            if (!isMap2 && !props.found && ctx.options.strict) {
              if (sep2)
                for (const st of sep2) {
                  if (st === valueProps.found)
                    break;
                  if (st.type === "newline") {
                    onError(st, "MULTILINE_IMPLICIT_KEY", "Implicit keys of flow sequence pairs need to be on a single line");
                    break;
                  }
                }
              if (props.start < valueProps.found.offset - 1024)
                onError(valueProps.found, "KEY_OVER_1024_CHARS", "The : indicator must be at most 1024 chars after the start of an implicit flow sequence key");
            }
          } else if (value) {
            if ("source" in value && value.source?.[0] === ":")
              onError(value, "MISSING_CHAR", `Missing space after : in ${fcName}`);
            else
              onError(valueProps.start, "MISSING_CHAR", `Missing , or : between ${fcName} items`);
          }
          const valueNode = value ? composeNode(ctx, value, valueProps, onError) : valueProps.found ? composeEmptyNode(ctx, valueProps.end, sep2, null, valueProps, onError) : null;
          if (valueNode) {
            if (isBlock(value))
              onError(valueNode.range, "BLOCK_IN_FLOW", blockMsg);
          } else if (valueProps.comment) {
            if (keyNode.comment)
              keyNode.comment += "\n" + valueProps.comment;
            else
              keyNode.comment = valueProps.comment;
          }
          const pair = new Pair.Pair(keyNode, valueNode);
          if (ctx.options.keepSourceTokens)
            pair.srcToken = collItem;
          if (isMap2) {
            const map = coll;
            if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
              onError(keyStart, "DUPLICATE_KEY", "Map keys must be unique");
            map.items.push(pair);
          } else {
            const map = new YAMLMap.YAMLMap(ctx.schema);
            map.flow = true;
            map.items.push(pair);
            const endRange = (valueNode ?? keyNode).range;
            map.range = [keyNode.range[0], endRange[1], endRange[2]];
            coll.items.push(map);
          }
          offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
      }
      const expectedEnd = isMap2 ? "}" : "]";
      const [ce, ...ee] = fc.end;
      let cePos = offset;
      if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
      else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot ? `${name} must end with a ${expectedEnd}` : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? "MISSING_CHAR" : "BAD_INDENT", msg);
        if (ce && ce.source.length !== 1)
          ee.unshift(ce);
      }
      if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
          if (coll.comment)
            coll.comment += "\n" + end.comment;
          else
            coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
      } else {
        coll.range = [fc.offset, cePos, cePos];
      }
      return coll;
    }
    exports.resolveFlowCollection = resolveFlowCollection;
  }
});

// node_modules/yaml/dist/compose/compose-collection.js
var require_compose_collection = __commonJS({
  "node_modules/yaml/dist/compose/compose-collection.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var resolveBlockMap = require_resolve_block_map();
    var resolveBlockSeq = require_resolve_block_seq();
    var resolveFlowCollection = require_resolve_flow_collection();
    function resolveCollection(CN, ctx, token, onError, tagName, tag) {
      const coll = token.type === "block-map" ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag) : token.type === "block-seq" ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag) : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
      const Coll = coll.constructor;
      if (tagName === "!" || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
      }
      if (tagName)
        coll.tag = tagName;
      return coll;
    }
    function composeCollection(CN, ctx, token, props, onError) {
      const tagToken = props.tag;
      const tagName = !tagToken ? null : ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg));
      if (token.type === "block-seq") {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken ? anchor.offset > tagToken.offset ? anchor : tagToken : anchor ?? tagToken;
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
          const message = "Missing newline after block sequence props";
          onError(lastProp, "MISSING_CHAR", message);
        }
      }
      const expType = token.type === "block-map" ? "map" : token.type === "block-seq" ? "seq" : token.start.source === "{" ? "map" : "seq";
      if (!tagToken || !tagName || tagName === "!" || tagName === YAMLMap.YAMLMap.tagName && expType === "map" || tagName === YAMLSeq.YAMLSeq.tagName && expType === "seq") {
        return resolveCollection(CN, ctx, token, onError, tagName);
      }
      let tag = ctx.schema.tags.find((t) => t.tag === tagName && t.collection === expType);
      if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
          ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
          tag = kt;
        } else {
          if (kt) {
            onError(tagToken, "BAD_COLLECTION_TYPE", `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? "scalar"}`, true);
          } else {
            onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, true);
          }
          return resolveCollection(CN, ctx, token, onError, tagName);
        }
      }
      const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
      const res = tag.resolve?.(coll, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg), ctx.options) ?? coll;
      const node = identity.isNode(res) ? res : new Scalar.Scalar(res);
      node.range = coll.range;
      node.tag = tagName;
      if (tag?.format)
        node.format = tag.format;
      return node;
    }
    exports.composeCollection = composeCollection;
  }
});

// node_modules/yaml/dist/compose/resolve-block-scalar.js
var require_resolve_block_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-block-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    function resolveBlockScalar(ctx, scalar, onError) {
      const start = scalar.offset;
      const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
      if (!header)
        return { value: "", type: null, comment: "", range: [start, start, start] };
      const type = header.mode === ">" ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
      const lines = scalar.source ? splitLines2(scalar.source) : [];
      let chompStart = lines.length;
      for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === "" || content === "\r")
          chompStart = i;
        else
          break;
      }
      if (chompStart === 0) {
        const value2 = header.chomp === "+" && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
        let end2 = start + header.length;
        if (scalar.source)
          end2 += scalar.source.length;
        return { value: value2, type, comment: header.comment, range: [start, end2, end2] };
      }
      let trimIndent = scalar.indent + header.indent;
      let offset = scalar.offset + header.length;
      let contentStart = 0;
      for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === "" || content === "\r") {
          if (header.indent === 0 && indent.length > trimIndent)
            trimIndent = indent.length;
        } else {
          if (indent.length < trimIndent) {
            const message = "Block scalars with more-indented leading empty lines must use an explicit indentation indicator";
            onError(offset + indent.length, "MISSING_CHAR", message);
          }
          if (header.indent === 0)
            trimIndent = indent.length;
          contentStart = i;
          if (trimIndent === 0 && !ctx.atRoot) {
            const message = "Block scalar values in collections must be indented";
            onError(offset, "BAD_INDENT", message);
          }
          break;
        }
        offset += indent.length + content.length + 1;
      }
      for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
          chompStart = i + 1;
      }
      let value = "";
      let sep2 = "";
      let prevMoreIndented = false;
      for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + "\n";
      for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === "\r";
        if (crlf)
          content = content.slice(0, -1);
        if (content && indent.length < trimIndent) {
          const src = header.indent ? "explicit indentation indicator" : "first line";
          const message = `Block scalar lines must not be less indented than their ${src}`;
          onError(offset - content.length - (crlf ? 2 : 1), "BAD_INDENT", message);
          indent = "";
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
        } else if (indent.length > trimIndent || content[0] === "	") {
          if (sep2 === " ")
            sep2 = "\n";
          else if (!prevMoreIndented && sep2 === "\n")
            sep2 = "\n\n";
          value += sep2 + indent.slice(trimIndent) + content;
          sep2 = "\n";
          prevMoreIndented = true;
        } else if (content === "") {
          if (sep2 === "\n")
            value += "\n";
          else
            sep2 = "\n";
        } else {
          value += sep2 + content;
          sep2 = " ";
          prevMoreIndented = false;
        }
      }
      switch (header.chomp) {
        case "-":
          break;
        case "+":
          for (let i = chompStart; i < lines.length; ++i)
            value += "\n" + lines[i][0].slice(trimIndent);
          if (value[value.length - 1] !== "\n")
            value += "\n";
          break;
        default:
          value += "\n";
      }
      const end = start + header.length + scalar.source.length;
      return { value, type, comment: header.comment, range: [start, end, end] };
    }
    function parseBlockScalarHeader({ offset, props }, strict, onError) {
      if (props[0].type !== "block-scalar-header") {
        onError(props[0], "IMPOSSIBLE", "Block scalar header not found");
        return null;
      }
      const { source } = props[0];
      const mode = source[0];
      let indent = 0;
      let chomp = "";
      let error = -1;
      for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === "-" || ch === "+"))
          chomp = ch;
        else {
          const n = Number(ch);
          if (!indent && n)
            indent = n;
          else if (error === -1)
            error = offset + i;
        }
      }
      if (error !== -1)
        onError(error, "UNEXPECTED_TOKEN", `Block scalar header includes extra characters: ${source}`);
      let hasSpace = false;
      let comment = "";
      let length = source.length;
      for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
          case "space":
            hasSpace = true;
          // fallthrough
          case "newline":
            length += token.source.length;
            break;
          case "comment":
            if (strict && !hasSpace) {
              const message = "Comments must be separated from other tokens by white space characters";
              onError(token, "MISSING_CHAR", message);
            }
            length += token.source.length;
            comment = token.source.substring(1);
            break;
          case "error":
            onError(token, "UNEXPECTED_TOKEN", token.message);
            length += token.source.length;
            break;
          /* istanbul ignore next should not happen */
          default: {
            const message = `Unexpected token in block scalar header: ${token.type}`;
            onError(token, "UNEXPECTED_TOKEN", message);
            const ts = token.source;
            if (ts && typeof ts === "string")
              length += ts.length;
          }
        }
      }
      return { mode, indent, chomp, comment, length };
    }
    function splitLines2(source) {
      const split = source.split(/\n( *)/);
      const first = split[0];
      const m = first.match(/^( *)/);
      const line0 = m?.[1] ? [m[1], first.slice(m[1].length)] : ["", first];
      const lines = [line0];
      for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
      return lines;
    }
    exports.resolveBlockScalar = resolveBlockScalar;
  }
});

// node_modules/yaml/dist/compose/resolve-flow-scalar.js
var require_resolve_flow_scalar = __commonJS({
  "node_modules/yaml/dist/compose/resolve-flow-scalar.js"(exports) {
    "use strict";
    var Scalar = require_Scalar();
    var resolveEnd = require_resolve_end();
    function resolveFlowScalar(scalar, strict, onError) {
      const { offset, type, source, end } = scalar;
      let _type;
      let value;
      const _onError = (rel, code2, msg) => onError(offset + rel, code2, msg);
      switch (type) {
        case "scalar":
          _type = Scalar.Scalar.PLAIN;
          value = plainValue2(source, _onError);
          break;
        case "single-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_SINGLE;
          value = singleQuotedValue2(source, _onError);
          break;
        case "double-quoted-scalar":
          _type = Scalar.Scalar.QUOTE_DOUBLE;
          value = doubleQuotedValue2(source, _onError);
          break;
        /* istanbul ignore next should not happen */
        default:
          onError(scalar, "UNEXPECTED_TOKEN", `Expected a flow scalar value, but found: ${type}`);
          return {
            value: "",
            type: null,
            comment: "",
            range: [offset, offset + source.length, offset + source.length]
          };
      }
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
      return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
      };
    }
    function plainValue2(source, onError) {
      let badChar = "";
      switch (source[0]) {
        /* istanbul ignore next should not happen */
        case "	":
          badChar = "a tab character";
          break;
        case ",":
          badChar = "flow indicator character ,";
          break;
        case "%":
          badChar = "directive indicator character %";
          break;
        case "|":
        case ">": {
          badChar = `block scalar indicator ${source[0]}`;
          break;
        }
        case "@":
        case "`": {
          badChar = `reserved character ${source[0]}`;
          break;
        }
      }
      if (badChar)
        onError(0, "BAD_SCALAR_START", `Plain value cannot start with ${badChar}`);
      return unfoldLines(source);
    }
    function singleQuotedValue2(source, onError) {
      if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, "MISSING_CHAR", "Missing closing 'quote");
      return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
    }
    function unfoldLines(source) {
      const line = /(.*?)\r?\n/sy;
      let match2 = line.exec(source);
      if (!match2)
        return source;
      let trimEnd2, trimBoth;
      try {
        trimEnd2 = new RegExp("(?<![ 	])[ 	]+$");
        trimBoth = new RegExp("^[ 	]+|(?<![ 	])[ 	]+$", "g");
      } catch {
        trimEnd2 = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
      }
      let res = match2[1].replace(trimEnd2, "");
      let sep2 = " ";
      let pos = line.lastIndex;
      while (match2 = line.exec(source)) {
        const lm = match2[1].replace(trimBoth, "");
        if (lm === "") {
          if (sep2 === "\n")
            res += sep2;
          else
            sep2 = "\n";
        } else {
          res += sep2 + lm;
          sep2 = " ";
        }
        pos = line.lastIndex;
      }
      const last = /[ \t]*(.*)/sy;
      last.lastIndex = pos;
      match2 = last.exec(source);
      return res + sep2 + (match2?.[1] ?? "");
    }
    function doubleQuotedValue2(source, onError) {
      let res = "";
      for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === "\r" && source[i + 1] === "\n")
          continue;
        if (ch === "\n") {
          const { fold, offset } = foldNewline(source, i);
          res += fold;
          i = offset;
        } else if (ch === "\\") {
          let next = source[++i];
          const cc = escapeCodes[next];
          if (cc)
            res += cc;
          else if (next === "\n") {
            next = source[i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "\r" && source[i + 1] === "\n") {
            next = source[++i + 1];
            while (next === " " || next === "	")
              next = source[++i + 1];
          } else if (next === "x" || next === "u" || next === "U") {
            const length = next === "x" ? 2 : next === "u" ? 4 : 8;
            res += parseCharCode(source, i + 1, length, onError);
            i += length;
          } else {
            const raw = source.substr(i - 1, 2);
            onError(i - 1, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
            res += raw;
          }
        } else if (ch === " " || ch === "	") {
          const wsStart = i;
          let next = source[i + 1];
          while (next === " " || next === "	")
            next = source[++i + 1];
          if (next !== "\n" && !(next === "\r" && source[i + 2] === "\n"))
            res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        } else {
          res += ch;
        }
      }
      if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, "MISSING_CHAR", 'Missing closing "quote');
      return res;
    }
    function foldNewline(source, offset) {
      let fold = "";
      let ch = source[offset + 1];
      while (ch === " " || ch === "	" || ch === "\n" || ch === "\r") {
        if (ch === "\r" && source[offset + 2] !== "\n")
          break;
        if (ch === "\n")
          fold += "\n";
        offset += 1;
        ch = source[offset + 1];
      }
      if (!fold)
        fold = " ";
      return { fold, offset };
    }
    var escapeCodes = {
      "0": "\0",
      // null character
      a: "\x07",
      // bell character
      b: "\b",
      // backspace
      e: "\x1B",
      // escape character
      f: "\f",
      // form feed
      n: "\n",
      // line feed
      r: "\r",
      // carriage return
      t: "	",
      // horizontal tab
      v: "\v",
      // vertical tab
      N: "\x85",
      // Unicode next line
      _: "\xA0",
      // Unicode non-breaking space
      L: "\u2028",
      // Unicode line separator
      P: "\u2029",
      // Unicode paragraph separator
      " ": " ",
      '"': '"',
      "/": "/",
      "\\": "\\",
      "	": "	"
    };
    function parseCharCode(source, offset, length, onError) {
      const cc = source.substr(offset, length);
      const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
      const code2 = ok ? parseInt(cc, 16) : NaN;
      try {
        return String.fromCodePoint(code2);
      } catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, "BAD_DQ_ESCAPE", `Invalid escape sequence ${raw}`);
        return raw;
      }
    }
    exports.resolveFlowScalar = resolveFlowScalar;
  }
});

// node_modules/yaml/dist/compose/compose-scalar.js
var require_compose_scalar = __commonJS({
  "node_modules/yaml/dist/compose/compose-scalar.js"(exports) {
    "use strict";
    var identity = require_identity();
    var Scalar = require_Scalar();
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    function composeScalar(ctx, token, tagToken, onError) {
      const { value, type, comment, range: range2 } = token.type === "block-scalar" ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError) : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
      const tagName = tagToken ? ctx.directives.tagName(tagToken.source, (msg) => onError(tagToken, "TAG_RESOLVE_FAILED", msg)) : null;
      let tag;
      if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
      } else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
      else if (token.type === "scalar")
        tag = findScalarTagByTest(ctx, value, token, onError);
      else
        tag = ctx.schema[identity.SCALAR];
      let scalar;
      try {
        const res = tag.resolve(value, (msg) => onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
      } catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, "TAG_RESOLVE_FAILED", msg);
        scalar = new Scalar.Scalar(value);
      }
      scalar.range = range2;
      scalar.source = value;
      if (type)
        scalar.type = type;
      if (tagName)
        scalar.tag = tagName;
      if (tag.format)
        scalar.format = tag.format;
      if (comment)
        scalar.comment = comment;
      return scalar;
    }
    function findScalarTagByName(schema, value, tagName, tagToken, onError) {
      if (tagName === "!")
        return schema[identity.SCALAR];
      const matchWithTest = [];
      for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
          if (tag.default && tag.test)
            matchWithTest.push(tag);
          else
            return tag;
        }
      }
      for (const tag of matchWithTest)
        if (tag.test?.test(value))
          return tag;
      const kt = schema.knownTags[tagName];
      if (kt && !kt.collection) {
        schema.tags.push(Object.assign({}, kt, { default: false, test: void 0 }));
        return kt;
      }
      onError(tagToken, "TAG_RESOLVE_FAILED", `Unresolved tag: ${tagName}`, tagName !== "tag:yaml.org,2002:str");
      return schema[identity.SCALAR];
    }
    function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
      const tag = schema.tags.find((tag2) => (tag2.default === true || atKey && tag2.default === "key") && tag2.test?.test(value)) || schema[identity.SCALAR];
      if (schema.compat) {
        const compat = schema.compat.find((tag2) => tag2.default && tag2.test?.test(value)) ?? schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
          const ts = directives.tagString(tag.tag);
          const cs = directives.tagString(compat.tag);
          const msg = `Value may be parsed as either ${ts} or ${cs}`;
          onError(token, "TAG_RESOLVE_FAILED", msg, true);
        }
      }
      return tag;
    }
    exports.composeScalar = composeScalar;
  }
});

// node_modules/yaml/dist/compose/util-empty-scalar-position.js
var require_util_empty_scalar_position = __commonJS({
  "node_modules/yaml/dist/compose/util-empty-scalar-position.js"(exports) {
    "use strict";
    function emptyScalarPosition(offset, before2, pos) {
      if (before2) {
        pos ?? (pos = before2.length);
        for (let i = pos - 1; i >= 0; --i) {
          let st = before2[i];
          switch (st.type) {
            case "space":
            case "comment":
            case "newline":
              offset -= st.source.length;
              continue;
          }
          st = before2[++i];
          while (st?.type === "space") {
            offset += st.source.length;
            st = before2[++i];
          }
          break;
        }
      }
      return offset;
    }
    exports.emptyScalarPosition = emptyScalarPosition;
  }
});

// node_modules/yaml/dist/compose/compose-node.js
var require_compose_node = __commonJS({
  "node_modules/yaml/dist/compose/compose-node.js"(exports) {
    "use strict";
    var Alias = require_Alias();
    var identity = require_identity();
    var composeCollection = require_compose_collection();
    var composeScalar = require_compose_scalar();
    var resolveEnd = require_resolve_end();
    var utilEmptyScalarPosition = require_util_empty_scalar_position();
    var CN = { composeNode, composeEmptyNode };
    function composeNode(ctx, token, props, onError) {
      const atKey = ctx.atKey;
      const { spaceBefore, comment, anchor, tag } = props;
      let node;
      let isSrcToken = true;
      switch (token.type) {
        case "alias":
          node = composeAlias(ctx, token, onError);
          if (anchor || tag)
            onError(token, "ALIAS_PROPS", "An alias node must not specify any properties");
          break;
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "block-scalar":
          node = composeScalar.composeScalar(ctx, token, tag, onError);
          if (anchor)
            node.anchor = anchor.source.substring(1);
          break;
        case "block-map":
        case "block-seq":
        case "flow-collection":
          try {
            node = composeCollection.composeCollection(CN, ctx, token, props, onError);
            if (anchor)
              node.anchor = anchor.source.substring(1);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            onError(token, "RESOURCE_EXHAUSTION", message);
          }
          break;
        default: {
          const message = token.type === "error" ? token.message : `Unsupported token (type: ${token.type})`;
          onError(token, "UNEXPECTED_TOKEN", message);
          isSrcToken = false;
        }
      }
      node ?? (node = composeEmptyNode(ctx, token.offset, void 0, null, props, onError));
      if (anchor && node.anchor === "")
        onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      if (atKey && ctx.options.stringKeys && (!identity.isScalar(node) || typeof node.value !== "string" || node.tag && node.tag !== "tag:yaml.org,2002:str")) {
        const msg = "With stringKeys, all keys must be strings";
        onError(tag ?? token, "NON_STRING_KEY", msg);
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        if (token.type === "scalar" && token.source === "")
          node.comment = comment;
        else
          node.commentBefore = comment;
      }
      if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
      return node;
    }
    function composeEmptyNode(ctx, offset, before2, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
      const token = {
        type: "scalar",
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before2, pos),
        indent: -1,
        source: ""
      };
      const node = composeScalar.composeScalar(ctx, token, tag, onError);
      if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === "")
          onError(anchor, "BAD_ALIAS", "Anchor cannot be an empty string");
      }
      if (spaceBefore)
        node.spaceBefore = true;
      if (comment) {
        node.comment = comment;
        node.range[2] = end;
      }
      return node;
    }
    function composeAlias({ options }, { offset, source, end }, onError) {
      const alias = new Alias.Alias(source.substring(1));
      if (alias.source === "")
        onError(offset, "BAD_ALIAS", "Alias cannot be an empty string");
      if (alias.source.endsWith(":"))
        onError(offset + source.length - 1, "BAD_ALIAS", "Alias ending in : is ambiguous", true);
      const valueEnd = offset + source.length;
      const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
      alias.range = [offset, valueEnd, re.offset];
      if (re.comment)
        alias.comment = re.comment;
      return alias;
    }
    exports.composeEmptyNode = composeEmptyNode;
    exports.composeNode = composeNode;
  }
});

// node_modules/yaml/dist/compose/compose-doc.js
var require_compose_doc = __commonJS({
  "node_modules/yaml/dist/compose/compose-doc.js"(exports) {
    "use strict";
    var Document = require_Document();
    var composeNode = require_compose_node();
    var resolveEnd = require_resolve_end();
    var resolveProps = require_resolve_props();
    function composeDoc(options, directives, { offset, start, value, end }, onError) {
      const opts = Object.assign({ _directives: directives }, options);
      const doc = new Document.Document(void 0, opts);
      const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
      };
      const props = resolveProps.resolveProps(start, {
        indicator: "doc-start",
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
      });
      if (props.found) {
        doc.directives.docStart = true;
        if (value && (value.type === "block-map" || value.type === "block-seq") && !props.hasNewline)
          onError(props.end, "MISSING_CHAR", "Block collection cannot start on same line with directives-end marker");
      }
      doc.contents = value ? composeNode.composeNode(ctx, value, props, onError) : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
      const contentEnd2 = doc.contents.range[2];
      const re = resolveEnd.resolveEnd(end, contentEnd2, false, onError);
      if (re.comment)
        doc.comment = re.comment;
      doc.range = [offset, contentEnd2, re.offset];
      return doc;
    }
    exports.composeDoc = composeDoc;
  }
});

// node_modules/yaml/dist/compose/composer.js
var require_composer = __commonJS({
  "node_modules/yaml/dist/compose/composer.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var directives = require_directives();
    var Document = require_Document();
    var errors = require_errors();
    var identity = require_identity();
    var composeDoc = require_compose_doc();
    var resolveEnd = require_resolve_end();
    function getErrorPos(src) {
      if (typeof src === "number")
        return [src, src + 1];
      if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
      const { offset, source } = src;
      return [offset, offset + (typeof source === "string" ? source.length : 1)];
    }
    function parsePrelude(prelude) {
      let comment = "";
      let atComment = false;
      let afterEmptyLine = false;
      for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
          case "#":
            comment += (comment === "" ? "" : afterEmptyLine ? "\n\n" : "\n") + (source.substring(1) || " ");
            atComment = true;
            afterEmptyLine = false;
            break;
          case "%":
            if (prelude[i + 1]?.[0] !== "#")
              i += 1;
            atComment = false;
            break;
          default:
            if (!atComment)
              afterEmptyLine = true;
            atComment = false;
        }
      }
      return { comment, afterEmptyLine };
    }
    var Composer2 = class {
      constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code2, message, warning) => {
          const pos = getErrorPos(source);
          if (warning)
            this.warnings.push(new errors.YAMLWarning(pos, code2, message));
          else
            this.errors.push(new errors.YAMLParseError(pos, code2, message));
        };
        this.directives = new directives.Directives({ version: options.version || "1.2" });
        this.options = options;
      }
      decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        if (comment) {
          const dc = doc.contents;
          if (afterDoc) {
            doc.comment = doc.comment ? `${doc.comment}
${comment}` : comment;
          } else if (afterEmptyLine || doc.directives.docStart || !dc) {
            doc.commentBefore = comment;
          } else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
            let it = dc.items[0];
            if (identity.isPair(it))
              it = it.key;
            const cb = it.commentBefore;
            it.commentBefore = cb ? `${comment}
${cb}` : comment;
          } else {
            const cb = dc.commentBefore;
            dc.commentBefore = cb ? `${comment}
${cb}` : comment;
          }
        }
        if (afterDoc) {
          for (let i = 0; i < this.errors.length; ++i)
            doc.errors.push(this.errors[i]);
          for (let i = 0; i < this.warnings.length; ++i)
            doc.warnings.push(this.warnings[i]);
        } else {
          doc.errors = this.errors;
          doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
      }
      /**
       * Current stream status information.
       *
       * Mostly useful at the end of input for an empty stream.
       */
      streamInfo() {
        return {
          comment: parsePrelude(this.prelude).comment,
          directives: this.directives,
          errors: this.errors,
          warnings: this.warnings
        };
      }
      /**
       * Compose tokens into documents.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
          yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
      }
      /** Advance the composer by one CST token. */
      *next(token) {
        if (node_process.env.LOG_STREAM)
          console.dir(token, { depth: null });
        switch (token.type) {
          case "directive":
            this.directives.add(token.source, (offset, message, warning) => {
              const pos = getErrorPos(token);
              pos[0] += offset;
              this.onError(pos, "BAD_DIRECTIVE", message, warning);
            });
            this.prelude.push(token.source);
            this.atDirectives = true;
            break;
          case "document": {
            const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
            if (this.atDirectives && !doc.directives.docStart)
              this.onError(token, "MISSING_CHAR", "Missing directives-end/doc-start indicator line");
            this.decorate(doc, false);
            if (this.doc)
              yield this.doc;
            this.doc = doc;
            this.atDirectives = false;
            break;
          }
          case "byte-order-mark":
          case "space":
            break;
          case "comment":
          case "newline":
            this.prelude.push(token.source);
            break;
          case "error": {
            const msg = token.source ? `${token.message}: ${JSON.stringify(token.source)}` : token.message;
            const error = new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg);
            if (this.atDirectives || !this.doc)
              this.errors.push(error);
            else
              this.doc.errors.push(error);
            break;
          }
          case "doc-end": {
            if (!this.doc) {
              const msg = "Unexpected doc-end without preceding document";
              this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", msg));
              break;
            }
            this.doc.directives.docEnd = true;
            const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
            this.decorate(this.doc, true);
            if (end.comment) {
              const dc = this.doc.comment;
              this.doc.comment = dc ? `${dc}
${end.comment}` : end.comment;
            }
            this.doc.range[2] = end.offset;
            break;
          }
          default:
            this.errors.push(new errors.YAMLParseError(getErrorPos(token), "UNEXPECTED_TOKEN", `Unsupported token ${token.type}`));
        }
      }
      /**
       * Call at end of input to yield any remaining document.
       *
       * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
       * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
       */
      *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
          this.decorate(this.doc, true);
          yield this.doc;
          this.doc = null;
        } else if (forceDoc) {
          const opts = Object.assign({ _directives: this.directives }, this.options);
          const doc = new Document.Document(void 0, opts);
          if (this.atDirectives)
            this.onError(endOffset, "MISSING_CHAR", "Missing directives-end indicator line");
          doc.range = [0, endOffset, endOffset];
          this.decorate(doc, false);
          yield doc;
        }
      }
    };
    exports.Composer = Composer2;
  }
});

// node_modules/yaml/dist/parse/cst-scalar.js
var require_cst_scalar = __commonJS({
  "node_modules/yaml/dist/parse/cst-scalar.js"(exports) {
    "use strict";
    var resolveBlockScalar = require_resolve_block_scalar();
    var resolveFlowScalar = require_resolve_flow_scalar();
    var errors = require_errors();
    var stringifyString = require_stringifyString();
    function resolveAsScalar(token, strict = true, onError) {
      if (token) {
        const _onError = (pos, code2, message) => {
          const offset = typeof pos === "number" ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
          if (onError)
            onError(offset, code2, message);
          else
            throw new errors.YAMLParseError([offset, offset + 1], code2, message);
        };
        switch (token.type) {
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
          case "block-scalar":
            return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
      }
      return null;
    }
    function createScalarToken(value, context) {
      const { implicitKey = false, indent, inFlow = false, offset = -1, type = "PLAIN" } = context;
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      const end = context.end ?? [
        { type: "newline", offset: -1, indent, source: "\n" }
      ];
      switch (source[0]) {
        case "|":
        case ">": {
          const he = source.indexOf("\n");
          const head = source.substring(0, he);
          const body = source.substring(he + 1) + "\n";
          const props = [
            { type: "block-scalar-header", offset, indent, source: head }
          ];
          if (!addEndtoBlockProps(props, end))
            props.push({ type: "newline", offset: -1, indent, source: "\n" });
          return { type: "block-scalar", offset, indent, props, source: body };
        }
        case '"':
          return { type: "double-quoted-scalar", offset, indent, source, end };
        case "'":
          return { type: "single-quoted-scalar", offset, indent, source, end };
        default:
          return { type: "scalar", offset, indent, source, end };
      }
    }
    function setScalarValue(token, value, context = {}) {
      let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
      let indent = "indent" in token ? token.indent : null;
      if (afterKey && typeof indent === "number")
        indent += 2;
      if (!type)
        switch (token.type) {
          case "single-quoted-scalar":
            type = "QUOTE_SINGLE";
            break;
          case "double-quoted-scalar":
            type = "QUOTE_DOUBLE";
            break;
          case "block-scalar": {
            const header = token.props[0];
            if (header.type !== "block-scalar-header")
              throw new Error("Invalid block scalar header");
            type = header.source[0] === ">" ? "BLOCK_FOLDED" : "BLOCK_LITERAL";
            break;
          }
          default:
            type = "PLAIN";
        }
      const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? " ".repeat(indent) : "",
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
      });
      switch (source[0]) {
        case "|":
        case ">":
          setBlockScalarValue(token, source);
          break;
        case '"':
          setFlowScalarValue(token, source, "double-quoted-scalar");
          break;
        case "'":
          setFlowScalarValue(token, source, "single-quoted-scalar");
          break;
        default:
          setFlowScalarValue(token, source, "scalar");
      }
    }
    function setBlockScalarValue(token, source) {
      const he = source.indexOf("\n");
      const head = source.substring(0, he);
      const body = source.substring(he + 1) + "\n";
      if (token.type === "block-scalar") {
        const header = token.props[0];
        if (header.type !== "block-scalar-header")
          throw new Error("Invalid block scalar header");
        header.source = head;
        token.source = body;
      } else {
        const { offset } = token;
        const indent = "indent" in token ? token.indent : -1;
        const props = [
          { type: "block-scalar-header", offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, "end" in token ? token.end : void 0))
          props.push({ type: "newline", offset: -1, indent, source: "\n" });
        for (const key2 of Object.keys(token))
          if (key2 !== "type" && key2 !== "offset")
            delete token[key2];
        Object.assign(token, { type: "block-scalar", indent, props, source: body });
      }
    }
    function addEndtoBlockProps(props, end) {
      if (end)
        for (const st of end)
          switch (st.type) {
            case "space":
            case "comment":
              props.push(st);
              break;
            case "newline":
              props.push(st);
              return true;
          }
      return false;
    }
    function setFlowScalarValue(token, source, type) {
      switch (token.type) {
        case "scalar":
        case "double-quoted-scalar":
        case "single-quoted-scalar":
          token.type = type;
          token.source = source;
          break;
        case "block-scalar": {
          const end = token.props.slice(1);
          let oa = source.length;
          if (token.props[0].type === "block-scalar-header")
            oa -= token.props[0].source.length;
          for (const tok of end)
            tok.offset += oa;
          delete token.props;
          Object.assign(token, { type, source, end });
          break;
        }
        case "block-map":
        case "block-seq": {
          const offset = token.offset + source.length;
          const nl = { type: "newline", offset, indent: token.indent, source: "\n" };
          delete token.items;
          Object.assign(token, { type, source, end: [nl] });
          break;
        }
        default: {
          const indent = "indent" in token ? token.indent : -1;
          const end = "end" in token && Array.isArray(token.end) ? token.end.filter((st) => st.type === "space" || st.type === "comment" || st.type === "newline") : [];
          for (const key2 of Object.keys(token))
            if (key2 !== "type" && key2 !== "offset")
              delete token[key2];
          Object.assign(token, { type, indent, source, end });
        }
      }
    }
    exports.createScalarToken = createScalarToken;
    exports.resolveAsScalar = resolveAsScalar;
    exports.setScalarValue = setScalarValue;
  }
});

// node_modules/yaml/dist/parse/cst-stringify.js
var require_cst_stringify = __commonJS({
  "node_modules/yaml/dist/parse/cst-stringify.js"(exports) {
    "use strict";
    var stringify = (cst) => "type" in cst ? stringifyToken(cst) : stringifyItem(cst);
    function stringifyToken(token) {
      switch (token.type) {
        case "block-scalar": {
          let res = "";
          for (const tok of token.props)
            res += stringifyToken(tok);
          return res + token.source;
        }
        case "block-map":
        case "block-seq": {
          let res = "";
          for (const item of token.items)
            res += stringifyItem(item);
          return res;
        }
        case "flow-collection": {
          let res = token.start.source;
          for (const item of token.items)
            res += stringifyItem(item);
          for (const st of token.end)
            res += st.source;
          return res;
        }
        case "document": {
          let res = stringifyItem(token);
          if (token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
        default: {
          let res = token.source;
          if ("end" in token && token.end)
            for (const st of token.end)
              res += st.source;
          return res;
        }
      }
    }
    function stringifyItem({ start, key: key2, sep: sep2, value }) {
      let res = "";
      for (const st of start)
        res += st.source;
      if (key2)
        res += stringifyToken(key2);
      if (sep2)
        for (const st of sep2)
          res += st.source;
      if (value)
        res += stringifyToken(value);
      return res;
    }
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/parse/cst-visit.js
var require_cst_visit = __commonJS({
  "node_modules/yaml/dist/parse/cst-visit.js"(exports) {
    "use strict";
    var BREAK = /* @__PURE__ */ Symbol("break visit");
    var SKIP = /* @__PURE__ */ Symbol("skip children");
    var REMOVE = /* @__PURE__ */ Symbol("remove item");
    function visit(cst, visitor) {
      if ("type" in cst && cst.type === "document")
        cst = { start: cst.start, value: cst.value };
      _visit(Object.freeze([]), cst, visitor);
    }
    visit.BREAK = BREAK;
    visit.SKIP = SKIP;
    visit.REMOVE = REMOVE;
    visit.itemAtPath = (cst, path11) => {
      let item = cst;
      for (const [field, index] of path11) {
        const tok = item?.[field];
        if (tok && "items" in tok) {
          item = tok.items[index];
        } else
          return void 0;
      }
      return item;
    };
    visit.parentCollection = (cst, path11) => {
      const parent = visit.itemAtPath(cst, path11.slice(0, -1));
      const field = path11[path11.length - 1][0];
      const coll = parent?.[field];
      if (coll && "items" in coll)
        return coll;
      throw new Error("Parent collection not found");
    };
    function _visit(path11, item, visitor) {
      let ctrl = visitor(item, path11);
      if (typeof ctrl === "symbol")
        return ctrl;
      for (const field of ["key", "value"]) {
        const token = item[field];
        if (token && "items" in token) {
          for (let i = 0; i < token.items.length; ++i) {
            const ci = _visit(Object.freeze(path11.concat([[field, i]])), token.items[i], visitor);
            if (typeof ci === "number")
              i = ci - 1;
            else if (ci === BREAK)
              return BREAK;
            else if (ci === REMOVE) {
              token.items.splice(i, 1);
              i -= 1;
            }
          }
          if (typeof ctrl === "function" && field === "key")
            ctrl = ctrl(item, path11);
        }
      }
      return typeof ctrl === "function" ? ctrl(item, path11) : ctrl;
    }
    exports.visit = visit;
  }
});

// node_modules/yaml/dist/parse/cst.js
var require_cst = __commonJS({
  "node_modules/yaml/dist/parse/cst.js"(exports) {
    "use strict";
    var cstScalar = require_cst_scalar();
    var cstStringify = require_cst_stringify();
    var cstVisit = require_cst_visit();
    var BOM = "\uFEFF";
    var DOCUMENT = "";
    var FLOW_END = "";
    var SCALAR = "";
    var isCollection = (token) => !!token && "items" in token;
    var isScalar2 = (token) => !!token && (token.type === "scalar" || token.type === "single-quoted-scalar" || token.type === "double-quoted-scalar" || token.type === "block-scalar");
    function prettyToken(token) {
      switch (token) {
        case BOM:
          return "<BOM>";
        case DOCUMENT:
          return "<DOC>";
        case FLOW_END:
          return "<FLOW_END>";
        case SCALAR:
          return "<SCALAR>";
        default:
          return JSON.stringify(token);
      }
    }
    function tokenType(source) {
      switch (source) {
        case BOM:
          return "byte-order-mark";
        case DOCUMENT:
          return "doc-mode";
        case FLOW_END:
          return "flow-error-end";
        case SCALAR:
          return "scalar";
        case "---":
          return "doc-start";
        case "...":
          return "doc-end";
        case "":
        case "\n":
        case "\r\n":
          return "newline";
        case "-":
          return "seq-item-ind";
        case "?":
          return "explicit-key-ind";
        case ":":
          return "map-value-ind";
        case "{":
          return "flow-map-start";
        case "}":
          return "flow-map-end";
        case "[":
          return "flow-seq-start";
        case "]":
          return "flow-seq-end";
        case ",":
          return "comma";
      }
      switch (source[0]) {
        case " ":
        case "	":
          return "space";
        case "#":
          return "comment";
        case "%":
          return "directive-line";
        case "*":
          return "alias";
        case "&":
          return "anchor";
        case "!":
          return "tag";
        case "'":
          return "single-quoted-scalar";
        case '"':
          return "double-quoted-scalar";
        case "|":
        case ">":
          return "block-scalar-header";
      }
      return null;
    }
    exports.createScalarToken = cstScalar.createScalarToken;
    exports.resolveAsScalar = cstScalar.resolveAsScalar;
    exports.setScalarValue = cstScalar.setScalarValue;
    exports.stringify = cstStringify.stringify;
    exports.visit = cstVisit.visit;
    exports.BOM = BOM;
    exports.DOCUMENT = DOCUMENT;
    exports.FLOW_END = FLOW_END;
    exports.SCALAR = SCALAR;
    exports.isCollection = isCollection;
    exports.isScalar = isScalar2;
    exports.prettyToken = prettyToken;
    exports.tokenType = tokenType;
  }
});

// node_modules/yaml/dist/parse/lexer.js
var require_lexer = __commonJS({
  "node_modules/yaml/dist/parse/lexer.js"(exports) {
    "use strict";
    var cst = require_cst();
    function isEmpty(ch) {
      switch (ch) {
        case void 0:
        case " ":
        case "\n":
        case "\r":
        case "	":
          return true;
        default:
          return false;
      }
    }
    var hexDigits = new Set("0123456789ABCDEFabcdef");
    var tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
    var flowIndicatorChars = new Set(",[]{}");
    var invalidAnchorChars = new Set(" ,[]{}\n\r	");
    var isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
    var Lexer = class {
      constructor() {
        this.atEnd = false;
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        this.buffer = "";
        this.flowKey = false;
        this.flowLevel = 0;
        this.indentNext = 0;
        this.indentValue = 0;
        this.lineEndPos = null;
        this.next = null;
        this.pos = 0;
      }
      /**
       * Generate YAML tokens from the `source` string. If `incomplete`,
       * a part of the last line may be left as a buffer for the next call.
       *
       * @returns A generator of lexical tokens
       */
      *lex(source, incomplete = false) {
        if (source) {
          if (typeof source !== "string")
            throw TypeError("source is not a string");
          this.buffer = this.buffer ? this.buffer + source : source;
          this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? "stream";
        while (next && (incomplete || this.hasChars(1)))
          next = yield* this.parseNext(next);
      }
      atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === " " || ch === "	")
          ch = this.buffer[++i];
        if (!ch || ch === "#" || ch === "\n")
          return true;
        if (ch === "\r")
          return this.buffer[i + 1] === "\n";
        return false;
      }
      charAt(n) {
        return this.buffer[this.pos + n];
      }
      continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
          let indent = 0;
          while (ch === " ")
            ch = this.buffer[++indent + offset];
          if (ch === "\r") {
            const next = this.buffer[indent + offset + 1];
            if (next === "\n" || !next && !this.atEnd)
              return offset + indent + 1;
          }
          return ch === "\n" || indent >= this.indentNext || !ch && !this.atEnd ? offset + indent : -1;
        }
        if (ch === "-" || ch === ".") {
          const dt = this.buffer.substr(offset, 3);
          if ((dt === "---" || dt === "...") && isEmpty(this.buffer[offset + 3]))
            return -1;
        }
        return offset;
      }
      getLine() {
        let end = this.lineEndPos;
        if (typeof end !== "number" || end !== -1 && end < this.pos) {
          end = this.buffer.indexOf("\n", this.pos);
          this.lineEndPos = end;
        }
        if (end === -1)
          return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === "\r")
          end -= 1;
        return this.buffer.substring(this.pos, end);
      }
      hasChars(n) {
        return this.pos + n <= this.buffer.length;
      }
      setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
      }
      peek(n) {
        return this.buffer.substr(this.pos, n);
      }
      *parseNext(next) {
        switch (next) {
          case "stream":
            return yield* this.parseStream();
          case "line-start":
            return yield* this.parseLineStart();
          case "block-start":
            return yield* this.parseBlockStart();
          case "doc":
            return yield* this.parseDocument();
          case "flow":
            return yield* this.parseFlowCollection();
          case "quoted-scalar":
            return yield* this.parseQuotedScalar();
          case "block-scalar":
            return yield* this.parseBlockScalar();
          case "plain-scalar":
            return yield* this.parsePlainScalar();
        }
      }
      *parseStream() {
        let line = this.getLine();
        if (line === null)
          return this.setNext("stream");
        if (line[0] === cst.BOM) {
          yield* this.pushCount(1);
          line = line.substring(1);
        }
        if (line[0] === "%") {
          let dirEnd = line.length;
          let cs = line.indexOf("#");
          while (cs !== -1) {
            const ch = line[cs - 1];
            if (ch === " " || ch === "	") {
              dirEnd = cs - 1;
              break;
            } else {
              cs = line.indexOf("#", cs + 1);
            }
          }
          while (true) {
            const ch = line[dirEnd - 1];
            if (ch === " " || ch === "	")
              dirEnd -= 1;
            else
              break;
          }
          const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
          yield* this.pushCount(line.length - n);
          this.pushNewline();
          return "stream";
        }
        if (this.atLineEnd()) {
          const sp = yield* this.pushSpaces(true);
          yield* this.pushCount(line.length - sp);
          yield* this.pushNewline();
          return "stream";
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
      }
      *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
          return this.setNext("line-start");
        if (ch === "-" || ch === ".") {
          if (!this.atEnd && !this.hasChars(4))
            return this.setNext("line-start");
          const s = this.peek(3);
          if ((s === "---" || s === "...") && isEmpty(this.charAt(3))) {
            yield* this.pushCount(3);
            this.indentValue = 0;
            this.indentNext = 0;
            return s === "---" ? "doc" : "stream";
          }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
          this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
      }
      *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
          return this.setNext("block-start");
        if ((ch0 === "-" || ch0 === "?" || ch0 === ":") && isEmpty(ch1)) {
          const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
          this.indentNext = this.indentValue + 1;
          this.indentValue += n;
          return "block-start";
        }
        return "doc";
      }
      *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
          return this.setNext("doc");
        let n = yield* this.pushIndicators();
        switch (line[n]) {
          case "#":
            yield* this.pushCount(line.length - n);
          // fallthrough
          case void 0:
            yield* this.pushNewline();
            return yield* this.parseLineStart();
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel = 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            return "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "doc";
          case '"':
          case "'":
            return yield* this.parseQuotedScalar();
          case "|":
          case ">":
            n += yield* this.parseBlockScalarHeader();
            n += yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - n);
            yield* this.pushNewline();
            return yield* this.parseBlockScalar();
          default:
            return yield* this.parsePlainScalar();
        }
      }
      *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
          nl = yield* this.pushNewline();
          if (nl > 0) {
            sp = yield* this.pushSpaces(false);
            this.indentValue = indent = sp;
          } else {
            sp = 0;
          }
          sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
          return this.setNext("flow");
        if (indent !== -1 && indent < this.indentNext && line[0] !== "#" || indent === 0 && (line.startsWith("---") || line.startsWith("...")) && isEmpty(line[3])) {
          const atFlowEndMarker = indent === this.indentNext - 1 && this.flowLevel === 1 && (line[0] === "]" || line[0] === "}");
          if (!atFlowEndMarker) {
            this.flowLevel = 0;
            yield cst.FLOW_END;
            return yield* this.parseLineStart();
          }
        }
        let n = 0;
        while (line[n] === ",") {
          n += yield* this.pushCount(1);
          n += yield* this.pushSpaces(true);
          this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
          case void 0:
            return "flow";
          case "#":
            yield* this.pushCount(line.length - n);
            return "flow";
          case "{":
          case "[":
            yield* this.pushCount(1);
            this.flowKey = false;
            this.flowLevel += 1;
            return "flow";
          case "}":
          case "]":
            yield* this.pushCount(1);
            this.flowKey = true;
            this.flowLevel -= 1;
            return this.flowLevel ? "flow" : "doc";
          case "*":
            yield* this.pushUntil(isNotAnchorChar);
            return "flow";
          case '"':
          case "'":
            this.flowKey = true;
            return yield* this.parseQuotedScalar();
          case ":": {
            const next = this.charAt(1);
            if (this.flowKey || isEmpty(next) || next === ",") {
              this.flowKey = false;
              yield* this.pushCount(1);
              yield* this.pushSpaces(true);
              return "flow";
            }
          }
          // fallthrough
          default:
            this.flowKey = false;
            return yield* this.parsePlainScalar();
        }
      }
      *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
          while (end !== -1 && this.buffer[end + 1] === "'")
            end = this.buffer.indexOf("'", end + 2);
        } else {
          while (end !== -1) {
            let n = 0;
            while (this.buffer[end - 1 - n] === "\\")
              n += 1;
            if (n % 2 === 0)
              break;
            end = this.buffer.indexOf('"', end + 1);
          }
        }
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf("\n", this.pos);
        if (nl !== -1) {
          while (nl !== -1) {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = qb.indexOf("\n", cs);
          }
          if (nl !== -1) {
            end = nl - (qb[nl - 1] === "\r" ? 2 : 1);
          }
        }
        if (end === -1) {
          if (!this.atEnd)
            return this.setNext("quoted-scalar");
          end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? "flow" : "doc";
      }
      *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
          const ch = this.buffer[++i];
          if (ch === "+")
            this.blockScalarKeep = true;
          else if (ch > "0" && ch <= "9")
            this.blockScalarIndent = Number(ch) - 1;
          else if (ch !== "-")
            break;
        }
        return yield* this.pushUntil((ch) => isEmpty(ch) || ch === "#");
      }
      *parseBlockScalar() {
        let nl = this.pos - 1;
        let indent = 0;
        let ch;
        loop: for (let i2 = this.pos; ch = this.buffer[i2]; ++i2) {
          switch (ch) {
            case " ":
              indent += 1;
              break;
            case "\n":
              nl = i2;
              indent = 0;
              break;
            case "\r": {
              const next = this.buffer[i2 + 1];
              if (!next && !this.atEnd)
                return this.setNext("block-scalar");
              if (next === "\n")
                break;
            }
            // fallthrough
            default:
              break loop;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("block-scalar");
        if (indent >= this.indentNext) {
          if (this.blockScalarIndent === -1)
            this.indentNext = indent;
          else {
            this.indentNext = this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
          }
          do {
            const cs = this.continueScalar(nl + 1);
            if (cs === -1)
              break;
            nl = this.buffer.indexOf("\n", cs);
          } while (nl !== -1);
          if (nl === -1) {
            if (!this.atEnd)
              return this.setNext("block-scalar");
            nl = this.buffer.length;
          }
        }
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === " ")
          ch = this.buffer[++i];
        if (ch === "	") {
          while (ch === "	" || ch === " " || ch === "\r" || ch === "\n")
            ch = this.buffer[++i];
          nl = i - 1;
        } else if (!this.blockScalarKeep) {
          do {
            let i2 = nl - 1;
            let ch2 = this.buffer[i2];
            if (ch2 === "\r")
              ch2 = this.buffer[--i2];
            const lastChar = i2;
            while (ch2 === " ")
              ch2 = this.buffer[--i2];
            if (ch2 === "\n" && i2 >= this.pos && i2 + 1 + indent > lastChar)
              nl = i2;
            else
              break;
          } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
      }
      *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while (ch = this.buffer[++i]) {
          if (ch === ":") {
            const next = this.buffer[i + 1];
            if (isEmpty(next) || inFlow && flowIndicatorChars.has(next))
              break;
            end = i;
          } else if (isEmpty(ch)) {
            let next = this.buffer[i + 1];
            if (ch === "\r") {
              if (next === "\n") {
                i += 1;
                ch = "\n";
                next = this.buffer[i + 1];
              } else
                end = i;
            }
            if (next === "#" || inFlow && flowIndicatorChars.has(next))
              break;
            if (ch === "\n") {
              const cs = this.continueScalar(i + 1);
              if (cs === -1)
                break;
              i = Math.max(i, cs - 2);
            }
          } else {
            if (inFlow && flowIndicatorChars.has(ch))
              break;
            end = i;
          }
        }
        if (!ch && !this.atEnd)
          return this.setNext("plain-scalar");
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? "flow" : "doc";
      }
      *pushCount(n) {
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos += n;
          return n;
        }
        return 0;
      }
      *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
          yield s;
          this.pos += s.length;
          return s.length;
        } else if (allowEmpty)
          yield "";
        return 0;
      }
      *pushIndicators() {
        let n = 0;
        loop: while (true) {
          switch (this.charAt(0)) {
            case "!":
              n += yield* this.pushTag();
              n += yield* this.pushSpaces(true);
              continue loop;
            case "&":
              n += yield* this.pushUntil(isNotAnchorChar);
              n += yield* this.pushSpaces(true);
              continue loop;
            case "-":
            // this is an error
            case "?":
            // this is an error outside flow collections
            case ":": {
              const inFlow = this.flowLevel > 0;
              const ch1 = this.charAt(1);
              if (isEmpty(ch1) || inFlow && flowIndicatorChars.has(ch1)) {
                if (!inFlow)
                  this.indentNext = this.indentValue + 1;
                else if (this.flowKey)
                  this.flowKey = false;
                n += yield* this.pushCount(1);
                n += yield* this.pushSpaces(true);
                continue loop;
              }
            }
          }
          break loop;
        }
        return n;
      }
      *pushTag() {
        if (this.charAt(1) === "<") {
          let i = this.pos + 2;
          let ch = this.buffer[i];
          while (!isEmpty(ch) && ch !== ">")
            ch = this.buffer[++i];
          return yield* this.pushToIndex(ch === ">" ? i + 1 : i, false);
        } else {
          let i = this.pos + 1;
          let ch = this.buffer[i];
          while (ch) {
            if (tagChars.has(ch))
              ch = this.buffer[++i];
            else if (ch === "%" && hexDigits.has(this.buffer[i + 1]) && hexDigits.has(this.buffer[i + 2])) {
              ch = this.buffer[i += 3];
            } else
              break;
          }
          return yield* this.pushToIndex(i, false);
        }
      }
      *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === "\n")
          return yield* this.pushCount(1);
        else if (ch === "\r" && this.charAt(1) === "\n")
          return yield* this.pushCount(2);
        else
          return 0;
      }
      *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
          ch = this.buffer[++i];
        } while (ch === " " || allowTabs && ch === "	");
        const n = i - this.pos;
        if (n > 0) {
          yield this.buffer.substr(this.pos, n);
          this.pos = i;
        }
        return n;
      }
      *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
          ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
      }
    };
    exports.Lexer = Lexer;
  }
});

// node_modules/yaml/dist/parse/line-counter.js
var require_line_counter = __commonJS({
  "node_modules/yaml/dist/parse/line-counter.js"(exports) {
    "use strict";
    var LineCounter = class {
      constructor() {
        this.lineStarts = [];
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        this.linePos = (offset) => {
          let low = 0;
          let high = this.lineStarts.length;
          while (low < high) {
            const mid = low + high >> 1;
            if (this.lineStarts[mid] < offset)
              low = mid + 1;
            else
              high = mid;
          }
          if (this.lineStarts[low] === offset)
            return { line: low + 1, col: 1 };
          if (low === 0)
            return { line: 0, col: offset };
          const start = this.lineStarts[low - 1];
          return { line: low, col: offset - start + 1 };
        };
      }
    };
    exports.LineCounter = LineCounter;
  }
});

// node_modules/yaml/dist/parse/parser.js
var require_parser = __commonJS({
  "node_modules/yaml/dist/parse/parser.js"(exports) {
    "use strict";
    var node_process = __require("process");
    var cst = require_cst();
    var lexer = require_lexer();
    function includesToken(list, type) {
      for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
          return true;
      return false;
    }
    function findNonEmptyIndex(list) {
      for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
          case "space":
          case "comment":
          case "newline":
            break;
          default:
            return i;
        }
      }
      return -1;
    }
    function isFlowToken(token) {
      switch (token?.type) {
        case "alias":
        case "scalar":
        case "single-quoted-scalar":
        case "double-quoted-scalar":
        case "flow-collection":
          return true;
        default:
          return false;
      }
    }
    function getPrevProps(parent) {
      switch (parent.type) {
        case "document":
          return parent.start;
        case "block-map": {
          const it = parent.items[parent.items.length - 1];
          return it.sep ?? it.start;
        }
        case "block-seq":
          return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
          return [];
      }
    }
    function getFirstKeyStartProps(prev) {
      if (prev.length === 0)
        return [];
      let i = prev.length;
      loop: while (--i >= 0) {
        switch (prev[i].type) {
          case "doc-start":
          case "explicit-key-ind":
          case "map-value-ind":
          case "seq-item-ind":
          case "newline":
            break loop;
        }
      }
      while (prev[++i]?.type === "space") {
      }
      return prev.splice(i, prev.length);
    }
    function arrayPushArray(target, source) {
      if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
      else
        for (let i = 0; i < source.length; ++i)
          target.push(source[i]);
    }
    function fixFlowSeqItems(fc) {
      if (fc.start.type === "flow-seq-start") {
        for (const it of fc.items) {
          if (it.sep && !it.value && !includesToken(it.start, "explicit-key-ind") && !includesToken(it.sep, "map-value-ind")) {
            if (it.key)
              it.value = it.key;
            delete it.key;
            if (isFlowToken(it.value)) {
              if (it.value.end)
                arrayPushArray(it.value.end, it.sep);
              else
                it.value.end = it.sep;
            } else
              arrayPushArray(it.start, it.sep);
            delete it.sep;
          }
        }
      }
    }
    var Parser3 = class {
      /**
       * @param onNewLine - If defined, called separately with the start position of
       *   each new line (in `parse()`, including the start of input).
       */
      constructor(onNewLine) {
        this.atNewLine = true;
        this.atScalar = false;
        this.indent = 0;
        this.offset = 0;
        this.onKeyLine = false;
        this.stack = [];
        this.source = "";
        this.type = "";
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
      }
      /**
       * Parse `source` as a YAML stream.
       * If `incomplete`, a part of the last line may be left as a buffer for the next call.
       *
       * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
       *
       * @returns A generator of tokens representing each directive, document, and other structure.
       */
      *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
          this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
          yield* this.next(lexeme);
        if (!incomplete)
          yield* this.end();
      }
      /**
       * Advance the parser by the `source` of one lexical token.
       */
      *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
          console.log("|", cst.prettyToken(source));
        if (this.atScalar) {
          this.atScalar = false;
          yield* this.step();
          this.offset += source.length;
          return;
        }
        const type = cst.tokenType(source);
        if (!type) {
          const message = `Not a YAML token: ${source}`;
          yield* this.pop({ type: "error", offset: this.offset, message, source });
          this.offset += source.length;
        } else if (type === "scalar") {
          this.atNewLine = false;
          this.atScalar = true;
          this.type = "scalar";
        } else {
          this.type = type;
          yield* this.step();
          switch (type) {
            case "newline":
              this.atNewLine = true;
              this.indent = 0;
              if (this.onNewLine)
                this.onNewLine(this.offset + source.length);
              break;
            case "space":
              if (this.atNewLine && source[0] === " ")
                this.indent += source.length;
              break;
            case "explicit-key-ind":
            case "map-value-ind":
            case "seq-item-ind":
              if (this.atNewLine)
                this.indent += source.length;
              break;
            case "doc-mode":
            case "flow-error-end":
              return;
            default:
              this.atNewLine = false;
          }
          this.offset += source.length;
        }
      }
      /** Call at end of input to push out any remaining constructions */
      *end() {
        while (this.stack.length > 0)
          yield* this.pop();
      }
      get sourceToken() {
        const st = {
          type: this.type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
        return st;
      }
      *step() {
        const top = this.peek(1);
        if (this.type === "doc-end" && top?.type !== "doc-end") {
          while (this.stack.length > 0)
            yield* this.pop();
          this.stack.push({
            type: "doc-end",
            offset: this.offset,
            source: this.source
          });
          return;
        }
        if (!top)
          return yield* this.stream();
        switch (top.type) {
          case "document":
            return yield* this.document(top);
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return yield* this.scalar(top);
          case "block-scalar":
            return yield* this.blockScalar(top);
          case "block-map":
            return yield* this.blockMap(top);
          case "block-seq":
            return yield* this.blockSequence(top);
          case "flow-collection":
            return yield* this.flowCollection(top);
          case "doc-end":
            return yield* this.documentEnd(top);
        }
        yield* this.pop();
      }
      peek(n) {
        return this.stack[this.stack.length - n];
      }
      *pop(error) {
        const token = error ?? this.stack.pop();
        if (!token) {
          const message = "Tried to pop an empty stack";
          yield { type: "error", offset: this.offset, source: "", message };
        } else if (this.stack.length === 0) {
          yield token;
        } else {
          const top = this.peek(1);
          if (token.type === "block-scalar") {
            token.indent = "indent" in top ? top.indent : 0;
          } else if (token.type === "flow-collection" && top.type === "document") {
            token.indent = 0;
          }
          if (token.type === "flow-collection")
            fixFlowSeqItems(token);
          switch (top.type) {
            case "document":
              top.value = token;
              break;
            case "block-scalar":
              top.props.push(token);
              break;
            case "block-map": {
              const it = top.items[top.items.length - 1];
              if (it.value) {
                top.items.push({ start: [], key: token, sep: [] });
                this.onKeyLine = true;
                return;
              } else if (it.sep) {
                it.value = token;
              } else {
                Object.assign(it, { key: token, sep: [] });
                this.onKeyLine = !it.explicitKey;
                return;
              }
              break;
            }
            case "block-seq": {
              const it = top.items[top.items.length - 1];
              if (it.value)
                top.items.push({ start: [], value: token });
              else
                it.value = token;
              break;
            }
            case "flow-collection": {
              const it = top.items[top.items.length - 1];
              if (!it || it.value)
                top.items.push({ start: [], key: token, sep: [] });
              else if (it.sep)
                it.value = token;
              else
                Object.assign(it, { key: token, sep: [] });
              return;
            }
            /* istanbul ignore next should not happen */
            default:
              yield* this.pop();
              yield* this.pop(token);
          }
          if ((top.type === "document" || top.type === "block-map" || top.type === "block-seq") && (token.type === "block-map" || token.type === "block-seq")) {
            const last = token.items[token.items.length - 1];
            if (last && !last.sep && !last.value && last.start.length > 0 && findNonEmptyIndex(last.start) === -1 && (token.indent === 0 || last.start.every((st) => st.type !== "comment" || st.indent < token.indent))) {
              if (top.type === "document")
                top.end = last.start;
              else
                top.items.push({ start: last.start });
              token.items.splice(-1, 1);
            }
          }
        }
      }
      *stream() {
        switch (this.type) {
          case "directive-line":
            yield { type: "directive", offset: this.offset, source: this.source };
            return;
          case "byte-order-mark":
          case "space":
          case "comment":
          case "newline":
            yield this.sourceToken;
            return;
          case "doc-mode":
          case "doc-start": {
            const doc = {
              type: "document",
              offset: this.offset,
              start: []
            };
            if (this.type === "doc-start")
              doc.start.push(this.sourceToken);
            this.stack.push(doc);
            return;
          }
        }
        yield {
          type: "error",
          offset: this.offset,
          message: `Unexpected ${this.type} token in YAML stream`,
          source: this.source
        };
      }
      *document(doc) {
        if (doc.value)
          return yield* this.lineEnd(doc);
        switch (this.type) {
          case "doc-start": {
            if (findNonEmptyIndex(doc.start) !== -1) {
              yield* this.pop();
              yield* this.step();
            } else
              doc.start.push(this.sourceToken);
            return;
          }
          case "anchor":
          case "tag":
          case "space":
          case "comment":
          case "newline":
            doc.start.push(this.sourceToken);
            return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
          this.stack.push(bv);
        else {
          yield {
            type: "error",
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML document`,
            source: this.source
          };
        }
      }
      *scalar(scalar) {
        if (this.type === "map-value-ind") {
          const prev = getPrevProps(this.peek(2));
          const start = getFirstKeyStartProps(prev);
          let sep2;
          if (scalar.end) {
            sep2 = scalar.end;
            sep2.push(this.sourceToken);
            delete scalar.end;
          } else
            sep2 = [this.sourceToken];
          const map = {
            type: "block-map",
            offset: scalar.offset,
            indent: scalar.indent,
            items: [{ start, key: scalar, sep: sep2 }]
          };
          this.onKeyLine = true;
          this.stack[this.stack.length - 1] = map;
        } else
          yield* this.lineEnd(scalar);
      }
      *blockScalar(scalar) {
        switch (this.type) {
          case "space":
          case "comment":
          case "newline":
            scalar.props.push(this.sourceToken);
            return;
          case "scalar":
            scalar.source = this.source;
            this.atNewLine = true;
            this.indent = 0;
            if (this.onNewLine) {
              let nl = this.source.indexOf("\n") + 1;
              while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf("\n", nl) + 1;
              }
            }
            yield* this.pop();
            break;
          /* istanbul ignore next should not happen */
          default:
            yield* this.pop();
            yield* this.step();
        }
      }
      *blockMap(map) {
        const it = map.items[map.items.length - 1];
        switch (this.type) {
          case "newline":
            this.onKeyLine = false;
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              it.start.push(this.sourceToken);
            }
            return;
          case "space":
          case "comment":
            if (it.value) {
              map.items.push({ start: [this.sourceToken] });
            } else if (it.sep) {
              it.sep.push(this.sourceToken);
            } else {
              if (this.atIndentedComment(it.start, map.indent)) {
                const prev = map.items[map.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  map.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
        }
        if (this.indent >= map.indent) {
          const atMapIndent = !this.onKeyLine && this.indent === map.indent;
          const atNextItem = atMapIndent && (it.sep || it.explicitKey) && this.type !== "seq-item-ind";
          let start = [];
          if (atNextItem && it.sep && !it.value) {
            const nl = [];
            for (let i = 0; i < it.sep.length; ++i) {
              const st = it.sep[i];
              switch (st.type) {
                case "newline":
                  nl.push(i);
                  break;
                case "space":
                  break;
                case "comment":
                  if (st.indent > map.indent)
                    nl.length = 0;
                  break;
                default:
                  nl.length = 0;
              }
            }
            if (nl.length >= 2)
              start = it.sep.splice(nl[1]);
          }
          switch (this.type) {
            case "anchor":
            case "tag":
              if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start });
                this.onKeyLine = true;
              } else if (it.sep) {
                it.sep.push(this.sourceToken);
              } else {
                it.start.push(this.sourceToken);
              }
              return;
            case "explicit-key-ind":
              if (!it.sep && !it.explicitKey) {
                it.start.push(this.sourceToken);
                it.explicitKey = true;
              } else if (atNextItem || it.value) {
                start.push(this.sourceToken);
                map.items.push({ start, explicitKey: true });
              } else {
                this.stack.push({
                  type: "block-map",
                  offset: this.offset,
                  indent: this.indent,
                  items: [{ start: [this.sourceToken], explicitKey: true }]
                });
              }
              this.onKeyLine = true;
              return;
            case "map-value-ind":
              if (it.explicitKey) {
                if (!it.sep) {
                  if (includesToken(it.start, "newline")) {
                    Object.assign(it, { key: null, sep: [this.sourceToken] });
                  } else {
                    const start2 = getFirstKeyStartProps(it.start);
                    this.stack.push({
                      type: "block-map",
                      offset: this.offset,
                      indent: this.indent,
                      items: [{ start: start2, key: null, sep: [this.sourceToken] }]
                    });
                  }
                } else if (it.value) {
                  map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                  });
                } else if (isFlowToken(it.key) && !includesToken(it.sep, "newline")) {
                  const start2 = getFirstKeyStartProps(it.start);
                  const key2 = it.key;
                  const sep2 = it.sep;
                  sep2.push(this.sourceToken);
                  delete it.key;
                  delete it.sep;
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: start2, key: key2, sep: sep2 }]
                  });
                } else if (start.length > 0) {
                  it.sep = it.sep.concat(start, this.sourceToken);
                } else {
                  it.sep.push(this.sourceToken);
                }
              } else {
                if (!it.sep) {
                  Object.assign(it, { key: null, sep: [this.sourceToken] });
                } else if (it.value || atNextItem) {
                  map.items.push({ start, key: null, sep: [this.sourceToken] });
                } else if (includesToken(it.sep, "map-value-ind")) {
                  this.stack.push({
                    type: "block-map",
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [], key: null, sep: [this.sourceToken] }]
                  });
                } else {
                  it.sep.push(this.sourceToken);
                }
              }
              this.onKeyLine = true;
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (atNextItem || it.value) {
                map.items.push({ start, key: fs, sep: [] });
                this.onKeyLine = true;
              } else if (it.sep) {
                this.stack.push(fs);
              } else {
                Object.assign(it, { key: fs, sep: [] });
                this.onKeyLine = true;
              }
              return;
            }
            default: {
              const bv = this.startBlockValue(map);
              if (bv) {
                if (bv.type === "block-seq") {
                  if (!it.explicitKey && it.sep && !includesToken(it.sep, "newline")) {
                    yield* this.pop({
                      type: "error",
                      offset: this.offset,
                      message: "Unexpected block-seq-ind on same line with key",
                      source: this.source
                    });
                    return;
                  }
                } else if (atMapIndent) {
                  map.items.push({ start });
                }
                this.stack.push(bv);
                return;
              }
            }
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
          case "newline":
            if (it.value) {
              const end = "end" in it.value ? it.value.end : void 0;
              const last = Array.isArray(end) ? end[end.length - 1] : void 0;
              if (last?.type === "comment")
                end?.push(this.sourceToken);
              else
                seq.items.push({ start: [this.sourceToken] });
            } else
              it.start.push(this.sourceToken);
            return;
          case "space":
          case "comment":
            if (it.value)
              seq.items.push({ start: [this.sourceToken] });
            else {
              if (this.atIndentedComment(it.start, seq.indent)) {
                const prev = seq.items[seq.items.length - 2];
                const end = prev?.value?.end;
                if (Array.isArray(end)) {
                  arrayPushArray(end, it.start);
                  end.push(this.sourceToken);
                  seq.items.pop();
                  return;
                }
              }
              it.start.push(this.sourceToken);
            }
            return;
          case "anchor":
          case "tag":
            if (it.value || this.indent <= seq.indent)
              break;
            it.start.push(this.sourceToken);
            return;
          case "seq-item-ind":
            if (this.indent !== seq.indent)
              break;
            if (it.value || includesToken(it.start, "seq-item-ind"))
              seq.items.push({ start: [this.sourceToken] });
            else
              it.start.push(this.sourceToken);
            return;
        }
        if (this.indent > seq.indent) {
          const bv = this.startBlockValue(seq);
          if (bv) {
            this.stack.push(bv);
            return;
          }
        }
        yield* this.pop();
        yield* this.step();
      }
      *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === "flow-error-end") {
          let top;
          do {
            yield* this.pop();
            top = this.peek(1);
          } while (top?.type === "flow-collection");
        } else if (fc.end.length === 0) {
          switch (this.type) {
            case "comma":
            case "explicit-key-ind":
              if (!it || it.sep)
                fc.items.push({ start: [this.sourceToken] });
              else
                it.start.push(this.sourceToken);
              return;
            case "map-value-ind":
              if (!it || it.value)
                fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                Object.assign(it, { key: null, sep: [this.sourceToken] });
              return;
            case "space":
            case "comment":
            case "newline":
            case "anchor":
            case "tag":
              if (!it || it.value)
                fc.items.push({ start: [this.sourceToken] });
              else if (it.sep)
                it.sep.push(this.sourceToken);
              else
                it.start.push(this.sourceToken);
              return;
            case "alias":
            case "scalar":
            case "single-quoted-scalar":
            case "double-quoted-scalar": {
              const fs = this.flowScalar(this.type);
              if (!it || it.value)
                fc.items.push({ start: [], key: fs, sep: [] });
              else if (it.sep)
                this.stack.push(fs);
              else
                Object.assign(it, { key: fs, sep: [] });
              return;
            }
            case "flow-map-end":
            case "flow-seq-end":
              fc.end.push(this.sourceToken);
              return;
          }
          const bv = this.startBlockValue(fc);
          if (bv)
            this.stack.push(bv);
          else {
            yield* this.pop();
            yield* this.step();
          }
        } else {
          const parent = this.peek(2);
          if (parent.type === "block-map" && (this.type === "map-value-ind" && parent.indent === fc.indent || this.type === "newline" && !parent.items[parent.items.length - 1].sep)) {
            yield* this.pop();
            yield* this.step();
          } else if (this.type === "map-value-ind" && parent.type !== "flow-collection") {
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            fixFlowSeqItems(fc);
            const sep2 = fc.end.splice(1, fc.end.length);
            sep2.push(this.sourceToken);
            const map = {
              type: "block-map",
              offset: fc.offset,
              indent: fc.indent,
              items: [{ start, key: fc, sep: sep2 }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
          } else {
            yield* this.lineEnd(fc);
          }
        }
      }
      flowScalar(type) {
        if (this.onNewLine) {
          let nl = this.source.indexOf("\n") + 1;
          while (nl !== 0) {
            this.onNewLine(this.offset + nl);
            nl = this.source.indexOf("\n", nl) + 1;
          }
        }
        return {
          type,
          offset: this.offset,
          indent: this.indent,
          source: this.source
        };
      }
      startBlockValue(parent) {
        switch (this.type) {
          case "alias":
          case "scalar":
          case "single-quoted-scalar":
          case "double-quoted-scalar":
            return this.flowScalar(this.type);
          case "block-scalar-header":
            return {
              type: "block-scalar",
              offset: this.offset,
              indent: this.indent,
              props: [this.sourceToken],
              source: ""
            };
          case "flow-map-start":
          case "flow-seq-start":
            return {
              type: "flow-collection",
              offset: this.offset,
              indent: this.indent,
              start: this.sourceToken,
              items: [],
              end: []
            };
          case "seq-item-ind":
            return {
              type: "block-seq",
              offset: this.offset,
              indent: this.indent,
              items: [{ start: [this.sourceToken] }]
            };
          case "explicit-key-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            start.push(this.sourceToken);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, explicitKey: true }]
            };
          }
          case "map-value-ind": {
            this.onKeyLine = true;
            const prev = getPrevProps(parent);
            const start = getFirstKeyStartProps(prev);
            return {
              type: "block-map",
              offset: this.offset,
              indent: this.indent,
              items: [{ start, key: null, sep: [this.sourceToken] }]
            };
          }
        }
        return null;
      }
      atIndentedComment(start, indent) {
        if (this.type !== "comment")
          return false;
        if (this.indent <= indent)
          return false;
        return start.every((st) => st.type === "newline" || st.type === "space");
      }
      *documentEnd(docEnd) {
        if (this.type !== "doc-mode") {
          if (docEnd.end)
            docEnd.end.push(this.sourceToken);
          else
            docEnd.end = [this.sourceToken];
          if (this.type === "newline")
            yield* this.pop();
        }
      }
      *lineEnd(token) {
        switch (this.type) {
          case "comma":
          case "doc-start":
          case "doc-end":
          case "flow-seq-end":
          case "flow-map-end":
          case "map-value-ind":
            yield* this.pop();
            yield* this.step();
            break;
          case "newline":
            this.onKeyLine = false;
          // fallthrough
          case "space":
          case "comment":
          default:
            if (token.end)
              token.end.push(this.sourceToken);
            else
              token.end = [this.sourceToken];
            if (this.type === "newline")
              yield* this.pop();
        }
      }
    };
    exports.Parser = Parser3;
  }
});

// node_modules/yaml/dist/public-api.js
var require_public_api = __commonJS({
  "node_modules/yaml/dist/public-api.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var errors = require_errors();
    var log = require_log();
    var identity = require_identity();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    function parseOptions(options) {
      const prettyErrors = options.prettyErrors !== false;
      const lineCounter$1 = options.lineCounter || prettyErrors && new lineCounter.LineCounter() || null;
      return { lineCounter: lineCounter$1, prettyErrors };
    }
    function parseAllDocuments(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      const docs = Array.from(composer$1.compose(parser$1.parse(source)));
      if (prettyErrors && lineCounter2)
        for (const doc of docs) {
          doc.errors.forEach(errors.prettifyError(source, lineCounter2));
          doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
        }
      if (docs.length > 0)
        return docs;
      return Object.assign([], { empty: true }, composer$1.streamInfo());
    }
    function parseDocument(source, options = {}) {
      const { lineCounter: lineCounter2, prettyErrors } = parseOptions(options);
      const parser$1 = new parser.Parser(lineCounter2?.addNewLine);
      const composer$1 = new composer.Composer(options);
      let doc = null;
      for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
          doc = _doc;
        else if (doc.options.logLevel !== "silent") {
          doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), "MULTIPLE_DOCS", "Source contains multiple documents; please use YAML.parseAllDocuments()"));
          break;
        }
      }
      if (prettyErrors && lineCounter2) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter2));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter2));
      }
      return doc;
    }
    function parse2(src, reviver, options) {
      let _reviver = void 0;
      if (typeof reviver === "function") {
        _reviver = reviver;
      } else if (options === void 0 && reviver && typeof reviver === "object") {
        options = reviver;
      }
      const doc = parseDocument(src, options);
      if (!doc)
        return null;
      doc.warnings.forEach((warning) => log.warn(doc.options.logLevel, warning));
      if (doc.errors.length > 0) {
        if (doc.options.logLevel !== "silent")
          throw doc.errors[0];
        else
          doc.errors = [];
      }
      return doc.toJS(Object.assign({ reviver: _reviver }, options));
    }
    function stringify(value, replacer, options) {
      let _replacer = null;
      if (typeof replacer === "function" || Array.isArray(replacer)) {
        _replacer = replacer;
      } else if (options === void 0 && replacer) {
        options = replacer;
      }
      if (typeof options === "string")
        options = options.length;
      if (typeof options === "number") {
        const indent = Math.round(options);
        options = indent < 1 ? void 0 : indent > 8 ? { indent: 8 } : { indent };
      }
      if (value === void 0) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
          return void 0;
      }
      if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
      return new Document.Document(value, _replacer, options).toString(options);
    }
    exports.parse = parse2;
    exports.parseAllDocuments = parseAllDocuments;
    exports.parseDocument = parseDocument;
    exports.stringify = stringify;
  }
});

// node_modules/yaml/dist/index.js
var require_dist = __commonJS({
  "node_modules/yaml/dist/index.js"(exports) {
    "use strict";
    var composer = require_composer();
    var Document = require_Document();
    var Schema = require_Schema();
    var errors = require_errors();
    var Alias = require_Alias();
    var identity = require_identity();
    var Pair = require_Pair();
    var Scalar = require_Scalar();
    var YAMLMap = require_YAMLMap();
    var YAMLSeq = require_YAMLSeq();
    var cst = require_cst();
    var lexer = require_lexer();
    var lineCounter = require_line_counter();
    var parser = require_parser();
    var publicApi = require_public_api();
    var visit = require_visit();
    exports.Composer = composer.Composer;
    exports.Document = Document.Document;
    exports.Schema = Schema.Schema;
    exports.YAMLError = errors.YAMLError;
    exports.YAMLParseError = errors.YAMLParseError;
    exports.YAMLWarning = errors.YAMLWarning;
    exports.Alias = Alias.Alias;
    exports.isAlias = identity.isAlias;
    exports.isCollection = identity.isCollection;
    exports.isDocument = identity.isDocument;
    exports.isMap = identity.isMap;
    exports.isNode = identity.isNode;
    exports.isPair = identity.isPair;
    exports.isScalar = identity.isScalar;
    exports.isSeq = identity.isSeq;
    exports.Pair = Pair.Pair;
    exports.Scalar = Scalar.Scalar;
    exports.YAMLMap = YAMLMap.YAMLMap;
    exports.YAMLSeq = YAMLSeq.YAMLSeq;
    exports.CST = cst;
    exports.Lexer = lexer.Lexer;
    exports.LineCounter = lineCounter.LineCounter;
    exports.Parser = parser.Parser;
    exports.parse = publicApi.parse;
    exports.parseAllDocuments = publicApi.parseAllDocuments;
    exports.parseDocument = publicApi.parseDocument;
    exports.stringify = publicApi.stringify;
    exports.visit = visit.visit;
    exports.visitAsync = visit.visitAsync;
  }
});

// node_modules/ajv/dist/runtime/ucs2length.js
var require_ucs2length = __commonJS({
  "node_modules/ajv/dist/runtime/ucs2length.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    function ucs2length(str) {
      const len = str.length;
      let length = 0;
      let pos = 0;
      let value;
      while (pos < len) {
        length++;
        value = str.charCodeAt(pos++);
        if (value >= 55296 && value <= 56319 && pos < len) {
          value = str.charCodeAt(pos);
          if ((value & 64512) === 56320)
            pos++;
        }
      }
      return length;
    }
    exports.default = ucs2length;
    ucs2length.code = 'require("ajv/dist/runtime/ucs2length").default';
  }
});

// node_modules/ajv-formats/dist/formats.js
var require_formats = __commonJS({
  "node_modules/ajv-formats/dist/formats.js"(exports) {
    "use strict";
    Object.defineProperty(exports, "__esModule", { value: true });
    exports.formatNames = exports.fastFormats = exports.fullFormats = void 0;
    function fmtDef(validate, compare2) {
      return { validate, compare: compare2 };
    }
    exports.fullFormats = {
      // date: http://tools.ietf.org/html/rfc3339#section-5.6
      date: fmtDef(date, compareDate),
      // date-time: http://tools.ietf.org/html/rfc3339#section-5.6
      time: fmtDef(getTime(true), compareTime),
      "date-time": fmtDef(getDateTime(true), compareDateTime),
      "iso-time": fmtDef(getTime(), compareIsoTime),
      "iso-date-time": fmtDef(getDateTime(), compareIsoDateTime),
      // duration: https://tools.ietf.org/html/rfc3339#appendix-A
      duration: /^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,
      uri: uri2,
      "uri-reference": /^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,
      // uri-template: https://tools.ietf.org/html/rfc6570
      "uri-template": /^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,
      // For the source: https://gist.github.com/dperini/729294
      // For test cases: https://mathiasbynens.be/demo/url-regex
      url: /^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,
      email: /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,
      hostname: /^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,
      // optimized https://www.safaribooksonline.com/library/view/regular-expressions-cookbook/9780596802837/ch07s16.html
      ipv4: /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
      ipv6: /^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,
      regex,
      // uuid: http://tools.ietf.org/html/rfc4122
      uuid: /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,
      // JSON-pointer: https://tools.ietf.org/html/rfc6901
      // uri fragment: https://tools.ietf.org/html/rfc3986#appendix-A
      "json-pointer": /^(?:\/(?:[^~/]|~0|~1)*)*$/,
      "json-pointer-uri-fragment": /^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,
      // relative JSON-pointer: http://tools.ietf.org/html/draft-luff-relative-json-pointer-00
      "relative-json-pointer": /^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,
      // the following formats are used by the openapi specification: https://spec.openapis.org/oas/v3.0.0#data-types
      // byte: https://github.com/miguelmota/is-base64
      byte,
      // signed 32 bit integer
      int32: { type: "number", validate: validateInt32 },
      // signed 64 bit integer
      int64: { type: "number", validate: validateInt64 },
      // C-type float
      float: { type: "number", validate: validateNumber },
      // C-type double
      double: { type: "number", validate: validateNumber },
      // hint to the UI to hide input strings
      password: true,
      // unchecked string payload
      binary: true
    };
    exports.fastFormats = {
      ...exports.fullFormats,
      date: fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d$/, compareDate),
      time: fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareTime),
      "date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i, compareDateTime),
      "iso-time": fmtDef(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoTime),
      "iso-date-time": fmtDef(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i, compareIsoDateTime),
      // uri: https://github.com/mafintosh/is-my-json-valid/blob/master/formats.js
      uri: /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,
      "uri-reference": /^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,
      // email (sources from jsen validator):
      // http://stackoverflow.com/questions/201323/using-a-regular-expression-to-validate-an-email-address#answer-8829363
      // http://www.w3.org/TR/html5/forms.html#valid-e-mail-address (search for 'wilful violation')
      email: /^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i
    };
    exports.formatNames = Object.keys(exports.fullFormats);
    function isLeapYear(year) {
      return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    }
    var DATE = /^(\d\d\d\d)-(\d\d)-(\d\d)$/;
    var DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    function date(str) {
      const matches = DATE.exec(str);
      if (!matches)
        return false;
      const year = +matches[1];
      const month = +matches[2];
      const day = +matches[3];
      return month >= 1 && month <= 12 && day >= 1 && day <= (month === 2 && isLeapYear(year) ? 29 : DAYS[month]);
    }
    function compareDate(d1, d2) {
      if (!(d1 && d2))
        return void 0;
      if (d1 > d2)
        return 1;
      if (d1 < d2)
        return -1;
      return 0;
    }
    var TIME = /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;
    function getTime(strictTimeZone) {
      return function time(str) {
        const matches = TIME.exec(str);
        if (!matches)
          return false;
        const hr = +matches[1];
        const min = +matches[2];
        const sec = +matches[3];
        const tz = matches[4];
        const tzSign = matches[5] === "-" ? -1 : 1;
        const tzH = +(matches[6] || 0);
        const tzM = +(matches[7] || 0);
        if (tzH > 23 || tzM > 59 || strictTimeZone && !tz)
          return false;
        if (hr <= 23 && min <= 59 && sec < 60)
          return true;
        const utcMin = min - tzM * tzSign;
        const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
        return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
      };
    }
    function compareTime(s1, s2) {
      if (!(s1 && s2))
        return void 0;
      const t1 = (/* @__PURE__ */ new Date("2020-01-01T" + s1)).valueOf();
      const t2 = (/* @__PURE__ */ new Date("2020-01-01T" + s2)).valueOf();
      if (!(t1 && t2))
        return void 0;
      return t1 - t2;
    }
    function compareIsoTime(t1, t2) {
      if (!(t1 && t2))
        return void 0;
      const a1 = TIME.exec(t1);
      const a2 = TIME.exec(t2);
      if (!(a1 && a2))
        return void 0;
      t1 = a1[1] + a1[2] + a1[3];
      t2 = a2[1] + a2[2] + a2[3];
      if (t1 > t2)
        return 1;
      if (t1 < t2)
        return -1;
      return 0;
    }
    var DATE_TIME_SEPARATOR = /t|\s/i;
    function getDateTime(strictTimeZone) {
      const time = getTime(strictTimeZone);
      return function date_time(str) {
        const dateTime = str.split(DATE_TIME_SEPARATOR);
        return dateTime.length === 2 && date(dateTime[0]) && time(dateTime[1]);
      };
    }
    function compareDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const d1 = new Date(dt1).valueOf();
      const d2 = new Date(dt2).valueOf();
      if (!(d1 && d2))
        return void 0;
      return d1 - d2;
    }
    function compareIsoDateTime(dt1, dt2) {
      if (!(dt1 && dt2))
        return void 0;
      const [d1, t1] = dt1.split(DATE_TIME_SEPARATOR);
      const [d2, t2] = dt2.split(DATE_TIME_SEPARATOR);
      const res = compareDate(d1, d2);
      if (res === void 0)
        return void 0;
      return res || compareTime(t1, t2);
    }
    var NOT_URI_FRAGMENT = /\/|:/;
    var URI = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;
    function uri2(str) {
      return NOT_URI_FRAGMENT.test(str) && URI.test(str);
    }
    var BYTE = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;
    function byte(str) {
      BYTE.lastIndex = 0;
      return BYTE.test(str);
    }
    var MIN_INT32 = -(2 ** 31);
    var MAX_INT32 = 2 ** 31 - 1;
    function validateInt32(value) {
      return Number.isInteger(value) && value <= MAX_INT32 && value >= MIN_INT32;
    }
    function validateInt64(value) {
      return Number.isInteger(value);
    }
    function validateNumber() {
      return true;
    }
    var Z_ANCHOR = /[^\\]\\Z/;
    function regex(str) {
      if (Z_ANCHOR.test(str))
        return false;
      try {
        new RegExp(str);
        return true;
      } catch (e) {
        return false;
      }
    }
  }
});

// src/validate/formats.ts
var formats_exports = {};
__export(formats_exports, {
  uri: () => uri
});
function uri(value) {
  return SIMPLE_URI.test(value) || fullUri(value);
}
var import_formats, SIMPLE_URI, fullUri;
var init_formats = __esm({
  "src/validate/formats.ts"() {
    "use strict";
    import_formats = __toESM(require_formats(), 1);
    SIMPLE_URI = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[A-Za-z0-9._~-]*(?::[0-9]*)?(?:\/[A-Za-z0-9._~-]*)*$/;
    fullUri = import_formats.fullFormats.uri;
  }
});

// src/cli/main.ts
import { writeFileSync as writeFileSync3 } from "node:fs";

// src/dialect/dialect.ts
var DIALECT_CHOICES = ["auto", "native", "kong", "gateway-api", "aws"];
function compareKeys(a, b) {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = a[i] - b[i];
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

// src/paths/pattern.ts
var PARAM_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;
var MAX_SEGMENTS = 128;
var sharedLiterals = /* @__PURE__ */ new Map();
var sharedParams = /* @__PURE__ */ new Map();
var WILDCARD = Object.freeze({ kind: "wildcard" });
var MAX_SHARED_SEGMENTS = 1e5;
function shared(table, key2, make) {
  let segment = table.get(key2);
  if (!segment) {
    if (table.size >= MAX_SHARED_SEGMENTS) table.clear();
    segment = make();
    table.set(key2, segment);
  }
  return segment;
}
var literalSegment = (value) => shared(sharedLiterals, value, () => ({ kind: "literal", value }));
var paramSegment = (name) => shared(sharedParams, name, () => ({ kind: "param", name }));
function parsePattern(raw, options) {
  if (!raw.startsWith("/")) return { reason: `it must start with '/'` };
  if (/[?#]/.test(raw)) return { reason: `it contains '${/[?#]/.exec(raw)[0]}', but a query string or fragment is never part of the matched path` };
  if (/\s/.test(raw)) return { reason: "it contains white space" };
  const parts = raw.slice(1).split("/");
  if (parts.length > MAX_SEGMENTS) return { reason: `it has ${parts.length} segments, more than the ${MAX_SEGMENTS} gwlint analyses` };
  const segments = [];
  let paramNames;
  let tail = "none";
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    const isLast = i === parts.length - 1;
    if (part === "" && !isLast) return { reason: `it contains an empty segment ('//')` };
    if (part === "." || part === "..") return { reason: `it contains a '${part}' segment, which clients and proxies normalise away` };
    if (part === "**" || /^\{[^{}]*\+\}$/.test(part)) {
      if (!isLast) return { reason: `'${part}' must be the last segment` };
      if (part !== "**") {
        const name = part.slice(1, -2);
        if (!PARAM_NAME.test(name)) return { reason: `'${part}' is not a valid greedy parameter name` };
        segments.push(paramSegment(name));
      }
      tail = "rest";
      continue;
    }
    if (part === "*") {
      segments.push(WILDCARD);
      continue;
    }
    if (part.includes("*")) return { reason: `'*' must be a whole segment (in '${part}')` };
    if (part.startsWith("{") && part.endsWith("}") && part.indexOf("{", 1) === -1) {
      const name = part.slice(1, -1);
      if (name === "") return { reason: `it has an empty parameter '{}'` };
      if (!PARAM_NAME.test(name)) return { reason: `'${part}' is not a valid parameter name` };
      if (paramNames?.has(name)) return { reason: `it uses the parameter '{${name}}' twice` };
      (paramNames ??= /* @__PURE__ */ new Set()).add(name);
      segments.push(paramSegment(name));
      continue;
    }
    if (part.includes("{") && !part.includes("}")) return { reason: `it has an unclosed '{' in '${part}'` };
    if (part.includes("{") || part.includes("}")) return { reason: `a parameter must be a whole segment (in '${part}')` };
    segments.push(literalSegment(part));
  }
  if (options.ignoreTrailingSlash && tail === "none" && segments.length > 1) {
    const last = segments[segments.length - 1];
    if (last.kind === "literal" && last.value === "") segments.pop();
  }
  return { matcher: { kind: "pattern", segments, tail } };
}
function patternKey(matcher) {
  const body = matcher.segments.map((s) => s.kind === "literal" ? s.value : "{}").join("/");
  return `/${body}${matcher.tail === "rest" ? "/**" : ""}`;
}
function examplePath(matcher) {
  return `/${matcher.segments.map((s) => s.kind === "literal" ? s.value : s.kind === "param" ? "1" : "x").join("/")}`;
}
function hasTrailingSlash(matcher) {
  const last = matcher.segments[matcher.segments.length - 1];
  return matcher.tail === "none" && matcher.segments.length > 1 && last?.kind === "literal" && last.value === "";
}
function literalPattern(path11, tail) {
  return { kind: "pattern", segments: path11.slice(1).split("/").map(literalSegment), tail };
}
function matcherKey(matcher) {
  if (matcher.kind === "pattern") return patternKey(matcher);
  if (matcher.kind === "prefix") return `prefix:${matcher.value}`;
  return `regex:${matcher.mode}:${matcher.source}`;
}
function fixedPrefix(matcher) {
  if (matcher.kind === "prefix") return matcher.value;
  if (matcher.kind === "regex") return void 0;
  let prefix = "";
  for (const segment of matcher.segments) {
    prefix += "/";
    if (segment.kind !== "literal") return prefix;
    prefix += segment.value;
  }
  return prefix;
}

// src/analysis/routing-index.ts
var ANY_METHOD = "*";
var ANY_HOST = "";
var TrieNode = class {
  /** Created on first use: most nodes are leaves, and a configuration has hundreds of thousands. */
  literals;
  param;
  /** Paths whose pattern ends at this node with nothing after it. */
  end;
  /** Paths ending here with `/**`. */
  rest;
};
var HostRoot = class {
  trie = new TrieNode();
  prefixes;
  /** By matcher key, in insertion order: identical regexes share one slot. */
  regexes;
};
var ANY_HOST_KEYS = Object.freeze([ANY_HOST]);
var ANY_METHOD_KEYS = Object.freeze([ANY_METHOD]);
function hostKeysOf(route) {
  return route.hosts ? route.hosts.map((host) => host.value) : ANY_HOST_KEYS;
}
function methodKeysOf(route) {
  return route.methods ? route.methods.map((method) => method.value) : ANY_METHOD_KEYS;
}
function coveringHostKeys(host, hostPrecedence = "route-order") {
  if (host === ANY_HOST || hostPrecedence === "most-specific-host") return [host];
  const keys = [ANY_HOST, host];
  const labels = (host.startsWith("*.") ? host.slice(2) : host).split(".");
  for (let i = 1; i < labels.length; i++) keys.push(`*.${labels.slice(i).join(".")}`);
  return keys;
}
function consider(coverage2, query, byExample = false) {
  if (!coverage2) return;
  if (query.method !== ANY_METHOD) offer(coverage2.get(query.method), query.method, query, byExample);
  offer(coverage2.get(ANY_METHOD), ANY_METHOD, query, byExample);
}
function offer(winner, methodKey, query, byExample) {
  if (winner && (!query.best || earlier(winner, query.best.winner))) query.best = { winner, hostKey: query.hostKey, methodKey, byExample };
}
function walk(node, depth, matcher, query) {
  consider(node.rest, query);
  if (depth === matcher.segments.length) {
    if (matcher.tail === "none") consider(node.end, query);
    return;
  }
  const segment = matcher.segments[depth];
  if (segment.kind === "literal") {
    const child = node.literals?.get(segment.value);
    if (child) walk(child, depth + 1, matcher, query);
    if (segment.value !== "" && node.param) walk(node.param, depth + 1, matcher, query);
  } else if (node.param) {
    walk(node.param, depth + 1, matcher, query);
  }
}
function considerPrefixes(prefixes, matcher, query) {
  const start = fixedPrefix(matcher);
  if (start === void 0) return;
  for (let length = 1; length <= start.length; length++) consider(prefixes.get(start.slice(0, length)), query);
}
var FILLERS = ["1", "x", "item", "Ab9-_.~"];
var SUFFIXES = ["", "x", "x/y", "Ab9-_.~/Z"];
function examplePaths(matcher) {
  const concrete = matcher.tail === "none" && matcher.segments.every((segment) => segment.kind === "literal");
  const paths = [];
  for (const filler of concrete ? FILLERS.slice(0, 1) : FILLERS) {
    const base = `/${matcher.segments.map((segment) => segment.kind === "literal" ? segment.value : filler).join("/")}`;
    for (const suffix of matcher.tail === "rest" ? SUFFIXES : [""]) {
      paths.push(suffix === "" ? base : `${base}${base.endsWith("/") ? "" : "/"}${suffix}`);
    }
  }
  return paths;
}
function considerRegexes(regexes, matcher, query) {
  if (matcher.kind === "regex") {
    consider(regexes.get(matcherKey(matcher))?.coverage, query);
    return;
  }
  const examples = matcher.kind === "pattern" ? examplePaths(matcher) : void 0;
  for (const { matcher: stored, coverage: coverage2 } of regexes.values()) {
    if (matcher.kind === "prefix") {
      if (stored.mode === "prefix" && stored.regex.matches(matcher.value, "prefix") && stored.regex.matchesEveryExtensionOf(matcher.value)) consider(coverage2, query);
    } else if (examples.every((path11) => stored.regex.matches(path11, stored.mode))) {
      consider(coverage2, query, examples.length > 1);
    }
  }
}
var RoutingIndex = class {
  constructor(hostPrecedence = "route-order") {
    this.hostPrecedence = hostPrecedence;
  }
  hostPrecedence;
  roots = /* @__PURE__ */ new Map();
  hostKeyCache = /* @__PURE__ */ new Map();
  insert(entry) {
    for (const hostKey of hostKeysOf(entry.route)) {
      let root = this.roots.get(hostKey);
      if (!root) this.roots.set(hostKey, root = new HostRoot());
      const { matcher } = entry;
      if (matcher.kind === "prefix") {
        root.prefixes ??= /* @__PURE__ */ new Map();
        addTo(root.prefixes, matcher.value, entry);
        continue;
      }
      if (matcher.kind === "regex") {
        root.regexes ??= /* @__PURE__ */ new Map();
        const key2 = matcherKey(matcher);
        const slot = root.regexes.get(key2) ?? { matcher, coverage: /* @__PURE__ */ new Map() };
        root.regexes.set(key2, slot);
        addMethods(slot.coverage, entry);
        continue;
      }
      let node = root.trie;
      for (const segment of matcher.segments) {
        if (segment.kind === "literal") {
          node.literals ??= /* @__PURE__ */ new Map();
          let child = node.literals.get(segment.value);
          if (!child) node.literals.set(segment.value, child = new TrieNode());
          node = child;
        } else {
          node = node.param ??= new TrieNode();
        }
      }
      addMethods(node[matcher.tail === "none" ? "end" : "rest"] ??= /* @__PURE__ */ new Map(), entry);
    }
  }
  /**
   * For one host of the queried path and one of its methods, the earliest stored path that
   * matches all of those requests, or undefined. `method` is `*` for a route without methods:
   * then only paths that take every method cover it.
   */
  earliestCovering(matcher, host, method) {
    const query = { method, hostKey: ANY_HOST, best: void 0 };
    for (const hostKey of this.coveringKeys(host)) {
      const root = this.roots.get(hostKey);
      if (!root) continue;
      query.hostKey = hostKey;
      if (matcher.kind === "pattern") walk(root.trie, 0, matcher, query);
      if (root.prefixes) considerPrefixes(root.prefixes, matcher, query);
      if (root.regexes) considerRegexes(root.regexes, matcher, query);
    }
    return query.best;
  }
  /** The earliest stored path that one concrete request path goes to. */
  earliestMatching(path11, host, method) {
    return this.earliestCovering(literalPattern(path11, "none"), host, method);
  }
  /** Covering host keys are asked for once per route and host: many routes share a host. */
  coveringKeys(host) {
    let keys = this.hostKeyCache.get(host);
    if (!keys) this.hostKeyCache.set(host, keys = coveringHostKeys(host, this.hostPrecedence));
    return keys;
  }
};
function addMethods(coverage2, entry) {
  for (const methodKey of methodKeysOf(entry.route)) if (!coverage2.has(methodKey)) coverage2.set(methodKey, entry);
}
function addTo(prefixes, prefix, entry) {
  let coverage2 = prefixes.get(prefix);
  if (!coverage2) prefixes.set(prefix, coverage2 = /* @__PURE__ */ new Map());
  addMethods(coverage2, entry);
}
function earlier(a, b) {
  return compareKeys(a.precedence, b.precedence) < 0;
}

// src/analysis/request.ts
function exampleHost(hostKey) {
  if (hostKey === ANY_HOST) return "";
  return hostKey.startsWith("*.") ? `a.${hostKey.slice(2)}` : hostKey;
}
function describeRequest(method, hostKey, path11) {
  return `${method === ANY_METHOD ? "GET" : method} ${exampleHost(hostKey)}${path11}`;
}
function listNames(names, limit = 3) {
  const quoted = names.map((name) => `'${name}'`);
  if (quoted.length <= 1) return quoted.join("");
  if (quoted.length > limit) return `${quoted.slice(0, limit).join(", ")} and ${quoted.length - limit} more`;
  return `${quoted.slice(0, -1).join(", ")} and ${quoted[quoted.length - 1]}`;
}

// package.json
var package_default = {
  name: "gwlint",
  version: "0.1.0",
  description: "Static linter for API-gateway configuration: catches shadowed routes, CORS, timeout and auth mistakes before deploy",
  keywords: [
    "api-gateway",
    "linter",
    "kong",
    "gateway-api",
    "cors",
    "openapi"
  ],
  homepage: "https://github.com/gwlint/gwlint#readme",
  repository: {
    type: "git",
    url: "git+https://github.com/gwlint/gwlint.git"
  },
  license: "MIT",
  type: "module",
  bin: {
    gwlint: "dist/gwlint.js"
  },
  files: [
    "dist/gwlint.js",
    "schemas/",
    "README.md",
    "LICENSE"
  ],
  engines: {
    node: ">=20"
  },
  scripts: {
    build: "node scripts/build.mjs",
    typecheck: "tsc --noEmit -p .",
    test: "node scripts/build.mjs && tsc --noEmit -p . && vitest run",
    bench: "node scripts/build.mjs && node dist/bench.js"
  },
  devDependencies: {
    "@actions/core": "^3.0.1",
    "@microsoft/jest-sarif": "^1.0.0-beta.0",
    "@types/node": "^20.19.43",
    ajv: "^8.20.0",
    "ajv-draft-04": "^1.0.0",
    "ajv-formats": "^3.0.1",
    esbuild: "^0.28.2",
    "fast-check": "^4.10.2",
    minimatch: "^10.2.6",
    typescript: "^7.0.2",
    vitest: "^4.1.12",
    yaml: "^2.9.1"
  },
  allowScripts: {
    esbuild: false
  }
};

// src/meta.ts
var VERSION = package_default.version;
var REPOSITORY_URL = "https://github.com/gwlint/gwlint";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${ruleId}.md`;
}

// src/engine/rule.ts
var NO_OPTIONS_SCHEMA = { type: "object", additionalProperties: false };
function defineRule(definition) {
  const { check, ...meta } = definition;
  return { meta: { ...meta, docsUrl: ruleDocsUrl(meta.id) }, check };
}
function reportLoadProblems(ruleId) {
  return ({ loadProblems, report }) => {
    for (const problem2 of loadProblems) {
      if (problem2.ruleId === ruleId) report({ span: problem2.span, message: problem2.message, related: problem2.related });
    }
  };
}
function reportDialectFindings(ruleId) {
  return ({ model, report }) => {
    for (const finding of model.dialectFindings) {
      if (finding.ruleId !== ruleId) continue;
      report({
        span: finding.node,
        message: finding.message,
        severity: finding.severity,
        related: finding.related?.map((related) => ({ span: related.node, message: related.message }))
      });
    }
  };
}

// src/util/group.ts
function pushTo(groups, key2, value) {
  const list = groups.get(key2);
  if (list) list.push(value);
  else groups.set(key2, [value]);
}
function groupsSharingKey(items2, keyOf) {
  const first = /* @__PURE__ */ new Map();
  const groups = /* @__PURE__ */ new Map();
  for (const item of items2) {
    const key2 = keyOf(item);
    const seen = first.get(key2);
    if (seen === void 0) {
      first.set(key2, item);
      continue;
    }
    const group = groups.get(key2);
    if (group) group.push(item);
    else groups.set(key2, [seen, item]);
  }
  return [...groups.values()];
}

// rules/api-key-in-query.ts
function routesByPolicy(model) {
  const byPolicy = /* @__PURE__ */ new Map();
  for (const route of model.routes) {
    const auth = route.auth;
    if (auth && "target" in auth && auth.target) pushTo(byPolicy, auth.target, route.name);
  }
  return byPolicy;
}
var api_key_in_query_default = defineRule({
  id: "api-key-in-query",
  family: "auth",
  defaultSeverity: "warning",
  summary: "An API-key policy that accepts the key in the query string, where it ends up in access logs, browser history and Referer headers.",
  check({ model, report }) {
    let usage;
    for (const policy of model.authPolicies) {
      const inQuery = policy.apiKeyInQuery;
      if (!inQuery?.value) continue;
      usage ??= routesByPolicy(model);
      const users = usage.get(policy) ?? [];
      const how = inQuery.fromDefault ? "accepts the key in the query string by default (nothing turns it off)" : "accepts the key in the query string";
      report({
        span: inQuery.node,
        message: `API-key policy '${policy.name}' ${how}: URLs with keys are written to access logs, proxies, browser history and Referer headers, so keys leak to anyone who reads them. Accept the key in a header only.` + (users.length > 0 ? ` Used by ${users.length === 1 ? "route" : "routes"} ${listNames(users)}.` : "")
      });
    }
  }
});

// rules/cors-wildcard-credentials.ts
var ANY_ORIGIN = /^(?:\*|(?:https?:\/\/)\*)$/;
function routesByPolicy2(model) {
  const byPolicy = /* @__PURE__ */ new Map();
  for (const route of model.routes) if (route.cors?.target) pushTo(byPolicy, route.cors.target, route.name);
  return byPolicy;
}
var cors_wildcard_credentials_default = defineRule({
  id: "cors-wildcard-credentials",
  family: "cors",
  defaultSeverity: "error",
  summary: "A CORS policy that allows any origin together with credentials.",
  check({ model, report }) {
    let usage;
    for (const policy of model.corsPolicies) {
      const wildcard = policy.allowOrigins.find((origin) => ANY_ORIGIN.test(origin.value.trim()));
      if (!wildcard || policy.allowCredentials?.value !== true) continue;
      usage ??= routesByPolicy2(model);
      const users = usage.get(policy) ?? [];
      const usedBy = users.length > 0 ? ` Used by ${users.length === 1 ? "route" : "routes"} ${listNames(users)}.` : "";
      report({
        span: wildcard.node,
        message: `CORS policy '${policy.name}' allows any origin (${policy.anyOriginReason ?? `'${wildcard.value.trim()}'`}) together with allowCredentials: true. ` + (policy.rejectedBy ? `${policy.rejectedBy}, so nothing is deployed. List the allowed origins.${usedBy}` : `Browsers refuse credentialed responses with a wildcard origin, so cookie- or token-carrying calls fail; gateways that echo the request Origin instead let any website make authenticated calls. List the allowed origins.${usedBy}`),
        related: [{ span: policy.allowCredentials.node, message: "credentials allowed here" }]
      });
    }
  }
});

// rules/duplicate-key.ts
var duplicate_key_default = defineRule({
  id: "duplicate-key",
  family: "general",
  defaultSeverity: "error",
  summary: "The same key twice in one mapping: parsers disagree on which value the gateway gets.",
  check: reportLoadProblems("duplicate-key")
});

// src/load/source.ts
var lineTables = /* @__PURE__ */ new WeakMap();
function lineStarts(file) {
  let starts = lineTables.get(file);
  if (starts) return starts;
  const text = file.text;
  if (!text.includes("\r")) {
    let count = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count++;
    starts = new Int32Array(count);
    let line = 1;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) starts[line++] = at + 1;
  } else {
    const found = [0];
    for (let i = 0; i < text.length; i++) {
      const code2 = text.charCodeAt(i);
      if (code2 === 10) found.push(i + 1);
      else if (code2 === 13 && text.charCodeAt(i + 1) !== 10) found.push(i + 1);
    }
    starts = Int32Array.from(found);
  }
  lineTables.set(file, starts);
  return starts;
}
function positionAt(file, offset) {
  const starts = lineStarts(file);
  const clamped = Math.max(0, Math.min(offset, file.text.length));
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = low + high + 1 >> 1;
    if (starts[mid] <= clamped) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: clamped - starts[low] + 1 };
}
function lineBounds(file, line) {
  const starts = lineStarts(file);
  const index = Math.max(0, Math.min(line - 1, starts.length - 1));
  const start = starts[index];
  let end = index + 1 < starts.length ? starts[index + 1] : file.text.length;
  while (end > start && (file.text.charCodeAt(end - 1) === 10 || file.text.charCodeAt(end - 1) === 13)) end--;
  return { start, end };
}
function lineCount(file) {
  return lineStarts(file).length;
}

// src/engine/finding.ts
function regionOf(span2) {
  const start = positionAt(span2.file, span2.start);
  const end = positionAt(span2.file, Math.max(span2.end, span2.start));
  return { file: span2.file.displayPath, line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}
function relatedOf(location) {
  return { ...regionOf(location.span), message: location.message };
}
function shortLocation(span2) {
  return `${span2.file.displayPath}:${positionAt(span2.file, span2.start).line}`;
}
function compareFindings(a, b) {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}

// rules/duplicate-name.ts
var KIND_NAMES = {
  route: "route",
  upstream: "upstream",
  corsPolicy: "CORS policy",
  rateLimit: "rate limit",
  authPolicy: "auth policy",
  gateway: "gateway"
};
var duplicate_name_default = defineRule({
  id: "duplicate-name",
  family: "routing",
  defaultSeverity: "error",
  summary: "Two routes, upstreams or policies with the same name across files: references and logs become ambiguous.",
  check({ model, report }) {
    for (const duplicate of model.duplicates) {
      const first = shortLocation(duplicate.first);
      const scope = duplicate.scope ?? "names are global across files";
      const noun = duplicate.noun ?? KIND_NAMES[duplicate.kind];
      const message = duplicate.kind === "gateway" ? `A second 'gateway' section (the first is at ${first}): a configuration has one gateway, and this section is ignored.` : duplicate.kind === "route" ? `Route name '${duplicate.name}' is already used at ${first}: ${scope}, so logs, metrics and suppressions cannot tell the two routes apart.` : `A second ${noun} named '${duplicate.name}' (the first is at ${first}): ${scope}, so routes referring to '${duplicate.name}' get the first definition and this one is ignored.`;
      report({ span: duplicate.duplicate, message, related: [{ span: duplicate.first, message: `first '${duplicate.name}'` }] });
    }
  }
});

// src/analysis/shadowing.ts
var cache = /* @__PURE__ */ new WeakMap();
function analyseShadowing(model) {
  const cached = cache.get(model);
  if (cached) return cached;
  const result = /* @__PURE__ */ new Map();
  const byGateway = /* @__PURE__ */ new Map();
  for (const route of model.routes) {
    for (const path11 of route.paths) {
      if (!path11.matcher) continue;
      pushTo(byGateway, route.gateway.id, { route, path: path11, matcher: path11.matcher, precedence: path11.precedence });
    }
  }
  for (const entries of byGateway.values()) {
    entries.sort((a, b) => compareKeys(a.precedence, b.precedence));
    const index = new RoutingIndex(entries[0].route.gateway.dialect.hostPrecedence);
    for (const entry of entries) {
      recordLosses(entry, index, result);
      if (entry.route.headers.length === 0 && entry.route.queryParams.length === 0) index.insert(entry);
    }
  }
  cache.set(model, result);
  return result;
}
function lossesOf(route, result) {
  let reachability = result.get(route);
  if (!reachability) {
    const validPaths = route.paths.reduce((count, path11) => count + (path11.matcher ? 1 : 0), 0);
    reachability = { route, unitCount: validPaths * hostKeysOf(route).length * methodKeysOf(route).length, losses: [] };
    result.set(route, reachability);
  }
  return reachability.losses;
}
function recordLosses(entry, index, result) {
  const { route, matcher } = entry;
  const hosts = hostKeysOf(route);
  const methods = methodKeysOf(route);
  for (const host of hosts) {
    for (const method of methods) {
      const hit = index.earliestCovering(matcher, host, method);
      if (hit) {
        if (hit.winner.route === route) continue;
        const duplicate = hit.hostKey === host && hit.methodKey === method && matcherKey(hit.winner.matcher) === matcherKey(matcher) && sameRank(hit.winner.precedence, entry.precedence, route.gateway.dialect.tieBreakFrom);
        if (!duplicate && compareKeys(hit.winner.precedence, entry.precedence) === 0) continue;
        const witness = findWitness(index, matcher, host, method, hit);
        lossesOf(route, result).push({ path: entry.path, host, method, hit, duplicate, ownRequestOnly: false, witness });
        continue;
      }
      if (matcher.kind === "prefix") recordOwnRequestLoss(entry, matcher.value, host, method, index, result);
    }
  }
}
function sameRank(a, b, tieBreakFrom) {
  for (let i = 0; i < tieBreakFrom; i++) if (a[i] !== b[i]) return false;
  return true;
}
function recordOwnRequestLoss(entry, path11, host, method, index, result) {
  const hit = index.earliestMatching(path11, host, method);
  if (!hit || hit.winner.route === entry.route) return;
  const winner = hit.winner.matcher;
  if (winner.kind === "regex" && ![`${path11}/x`, `${path11}x`].some((longer) => winner.regex.matches(longer, winner.mode))) return;
  lossesOf(entry.route, result).push({
    path: entry.path,
    host,
    method,
    hit,
    duplicate: false,
    ownRequestOnly: true,
    witness: describeRequest(method, host, path11)
  });
}
function candidateRequests(matcher) {
  if (matcher.kind === "pattern") return examplePaths(matcher);
  if (matcher.kind === "prefix") return [matcher.value, `${matcher.value}${matcher.value.endsWith("/") ? "" : "/"}x`];
  const example = matcher.regex.example(matcher.mode);
  return example === void 0 ? [] : [example];
}
function findWitness(index, matcher, hostKey, method, hit) {
  const host = exampleHost(hostKey);
  const concreteMethod = method === ANY_METHOD ? "GET" : method;
  const candidates = candidateRequests(matcher);
  const confirmed = candidates.find((path11) => index.earliestMatching(path11, host, concreteMethod)?.winner.route === hit.winner.route);
  return describeRequest(concreteMethod, hostKey, confirmed ?? candidates[0] ?? "/");
}

// rules/duplicate-route.ts
var duplicate_route_default = defineRule({
  id: "duplicate-route",
  family: "routing",
  defaultSeverity: "error",
  summary: "Two routes with the same host, method and path pattern: the gateway silently picks one.",
  check({ model, report }) {
    for (const { route, losses } of analyseShadowing(model).values()) {
      const groups = /* @__PURE__ */ new Map();
      for (const loss of losses) {
        if (!loss.duplicate) continue;
        const key2 = `${route.paths.indexOf(loss.path)}\0${loss.hit.winner.route.order}`;
        pushTo(groups, key2, loss);
      }
      for (const group of groups.values()) {
        const first = group[0];
        const twin = first.hit.winner.route;
        const methods = [...new Set(group.map((loss) => loss.method))];
        const hosts = [...new Set(group.map((loss) => loss.host))];
        const what = [
          methods.includes(ANY_METHOD) ? "every method" : methods.join(", "),
          hosts.includes(ANY_HOST) ? "any host" : hosts.join(", ")
        ].join(" on ");
        const tie2 = route.gateway.dialect.describeTie(first.hit.winner, { route, path: first.path }, first.witness);
        report({
          span: first.path.node,
          message: `Route '${route.name}' repeats '${twin.name}' (${shortLocation(twin.node)}): same path '${first.path.value}', ${what}. ${tie2}.`,
          related: [{ span: first.hit.winner.path.node, message: `same route as '${twin.name}'` }]
        });
      }
    }
  }
});

// rules/invalid-path.ts
var invalid_path_default = defineRule({
  id: "invalid-path",
  family: "routing",
  defaultSeverity: "error",
  summary: "A path pattern the gateway would reject or misread: no leading '/', '//', dot segments, unclosed '{', '**' not at the end.",
  check({ model, report }) {
    for (const invalid of model.invalidPaths) {
      if (invalid.severity === "warning") {
        report({ span: invalid.node, severity: "warning", message: `Path '${invalid.path}' of route '${invalid.route}' is probably not what was meant: ${invalid.reason}.` });
        continue;
      }
      report({
        span: invalid.node,
        message: `Path '${invalid.path}' of route '${invalid.route}' is invalid (${invalid.reason}): the gateway rejects or misreads it, so requests to it get 404. It is left out of the routing checks.`
      });
    }
  }
});

// rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  family: "general",
  defaultSeverity: "error",
  summary: "A file that cannot be read or parsed as YAML or JSON; every other file is still linted.",
  check: reportLoadProblems("parse-error")
});

// rules/rate-limit-window-order.ts
var rate_limit_window_order_default = defineRule({
  id: "rate-limit-window-order",
  family: "rate-limit",
  defaultSeverity: "error",
  summary: "A rate limit whose longer window allows fewer requests than a shorter one (Kong rejects such a rate-limiting plugin).",
  check: reportDialectFindings("rate-limit-window-order")
});

// rules/schema.ts
var schema_default = defineRule({
  id: "schema",
  family: "general",
  defaultSeverity: "error",
  summary: "A document that breaks the JSON Schema of its format, or a value its gateway rejects (wrong type, unknown field, missing field, bad duration).",
  check(context) {
    for (const problem2 of context.schemaProblems) context.report({ span: problem2.span, message: problem2.message });
    reportDialectFindings("schema")(context);
  }
});

// rules/shadowed-route.ts
var shadowed_route_default = defineRule({
  id: "shadowed-route",
  family: "routing",
  defaultSeverity: "error",
  summary: "A route (or some of its methods or hosts) can never be reached because a route tried earlier matches its requests first.",
  check({ model, report }) {
    for (const { route, unitCount, losses } of analyseShadowing(model).values()) {
      const shadowed = losses.filter((loss) => !loss.duplicate && !loss.ownRequestOnly);
      const opaque = route.paths.some((path11) => !path11.matcher);
      if (shadowed.length > 0 && shadowed.length === unitCount && !opaque && shadowed.every((loss) => !loss.hit.byExample)) {
        reportUnreachable(route, shadowed, report);
        continue;
      }
      for (const [path11, pathLosses] of groupByPath(shadowed)) reportPartial(route, path11, pathLosses, report);
      const ownRequestLosses = /* @__PURE__ */ new Map();
      for (const loss of losses) if (loss.ownRequestOnly && !ownRequestLosses.has(loss.path)) ownRequestLosses.set(loss.path, loss);
      for (const loss of ownRequestLosses.values()) reportOwnRequest(route, loss, report);
    }
  }
});
function winnersOf(losses) {
  return [...new Set(losses.map((loss) => loss.hit.winner.route))];
}
function winnerPhrase(route, losses) {
  const winners = winnersOf(losses);
  const first = winners[0];
  const named = `'${first.name}' (${shortLocation(first.node)})`;
  if (winners.length > 1) return `${named} and ${listNames(winners.slice(1).map((w) => w.name))} are tried first`;
  const loss = losses.find((candidate) => candidate.hit.winner.route === first);
  const why = route.gateway.dialect.explainPrecedence(loss.hit.winner, { route, path: loss.path });
  return `${named} is tried first (${why})`;
}
function byExampleNote(losses) {
  return losses.some((loss) => loss.hit.byExample) ? " (found by example: its regex matches every example request gwlint tried)" : "";
}
function relatedOf2(winners) {
  return winners.map((winner) => ({ span: winner.node, message: `shadowing route '${winner.name}'` }));
}
function reportUnreachable(route, losses, report) {
  const winners = winnersOf(losses);
  report({
    span: route.node,
    message: `Route '${route.name}' is unreachable: ${winnerPhrase(route, losses)} and ${winners.length === 1 ? "matches" : "match"} every request it would match, e.g. ${losses[0].witness}. Its requests go to the wrong upstream or policy.`,
    related: relatedOf2(winners)
  });
}
function groupByPath(losses) {
  const groups = /* @__PURE__ */ new Map();
  for (const loss of losses) pushTo(groups, loss.path, loss);
  return groups;
}
function describeLost(route, losses) {
  const byHost = /* @__PURE__ */ new Map();
  for (const loss of losses) pushTo(byHost, loss.host, loss.method);
  return [...byHost].map(([host, methods]) => {
    const what = methods.includes(ANY_METHOD) ? "all requests" : methods.join(", ");
    return host !== ANY_HOST && (route.hosts?.length ?? 0) > 1 ? `${what} on ${host}` : what;
  }).join("; ");
}
function partialNode(route, path11, losses) {
  const hostCount = route.hosts?.length ?? 1;
  const methodCount = route.methods?.length ?? 1;
  const lostHosts = new Set(losses.map((loss) => loss.host));
  const lostMethods = new Set(losses.map((loss) => loss.method));
  if (route.paths.length === 1 && route.methods && lostHosts.size === hostCount && losses.length === lostMethods.size * hostCount) {
    return route.methods.find((method) => lostMethods.has(method.value)).node;
  }
  if (route.paths.length === 1 && route.hosts && lostMethods.size === methodCount && losses.length === lostHosts.size * methodCount) {
    return route.hosts.find((host) => lostHosts.has(host.value)).node;
  }
  return path11.node;
}
function reportPartial(route, path11, losses, report) {
  const winners = winnersOf(losses);
  const units = (route.hosts?.length ?? 1) * (route.methods?.length ?? 1);
  const example = losses[0].witness;
  if (losses.length === units) {
    report({
      span: path11.node,
      severity: "warning",
      message: `Path '${path11.value}' of route '${route.name}' is never reached: ${winnerPhrase(route, losses)} and ${winners.length === 1 ? "matches" : "match"} every request to it${byExampleNote(losses)}, e.g. ${example}.`,
      related: relatedOf2(winners)
    });
    return;
  }
  report({
    span: partialNode(route, path11, losses),
    severity: "warning",
    message: `Route '${route.name}' never receives ${describeLost(route, losses)} for '${path11.value}': ${winnerPhrase(route, losses)} and ${winners.length === 1 ? "takes" : "take"} those requests${byExampleNote(losses)}, e.g. ${example}.`,
    related: relatedOf2(winners)
  });
}
function reportOwnRequest(route, loss, report) {
  const winner = loss.hit.winner.route;
  report({
    span: loss.path.node,
    severity: "warning",
    message: `A request for the path of route '${route.name}' itself, ${loss.witness}, goes to '${winner.name}' (${shortLocation(winner.node)}), which is tried first (${route.gateway.dialect.explainPrecedence(loss.hit.winner, { route, path: loss.path })}); only longer paths under the prefix '${loss.path.value}' reach '${route.name}'.`,
    related: relatedOf2([winner])
  });
}

// rules/timeout-disabled.ts
var timeout_disabled_default = defineRule({
  id: "timeout-disabled",
  family: "upstream",
  defaultSeverity: "warning",
  summary: "A route timeout of 0, which turns the timeout off: a hung upstream holds the request forever.",
  check({ model, report }) {
    const reportedDefaults = /* @__PURE__ */ new Set();
    for (const route of model.routes) {
      const timeout = route.timeoutMs;
      if (!timeout || timeout.value !== 0) continue;
      if (timeout.fromDefault) {
        if (reportedDefaults.has(timeout.node)) continue;
        reportedDefaults.add(timeout.node);
      }
      const subject = timeout.fromDefault ? `The default route timeout is 0, which turns the timeout off for every route that inherits it (such as '${route.name}')` : `Route '${route.name}' has a timeout of 0, which turns its timeout off`;
      report({
        span: timeout.node,
        message: `${subject}: a hung or very slow upstream holds the client's request and a gateway connection until someone gives up, and slow requests pile up instead of failing fast. Set a timeout a little above the upstream's slowest legitimate answer.`
      });
    }
  }
});

// src/model/units.ts
var DURATION = /^(\d+(?:\.\d+)?)(ms|s|m|h)$/;
var DURATION_FACTOR = { ms: 1, s: 1e3, m: 6e4, h: 36e5 };
function parseDuration(value) {
  if (typeof value === "number") return finiteMilli(value);
  if (typeof value !== "string") return void 0;
  const match2 = DURATION.exec(value.trim());
  return match2 ? finiteMilli(Number(match2[1]) * DURATION_FACTOR[match2[2]]) : void 0;
}
function finiteMilli(value) {
  return Number.isFinite(value) && value >= 0 ? Math.round(value * 1e3) / 1e3 : void 0;
}
var SIZE = /^(\d+(?:\.\d+)?)\s*(b|kb|mb|gb)$/i;
var SIZE_FACTOR = { b: 1, kb: 1024, mb: 1024 ** 2, gb: 1024 ** 3 };
function parseSize(value) {
  if (typeof value === "number") return finiteMilli(value);
  if (typeof value !== "string") return void 0;
  const match2 = SIZE.exec(value.trim());
  return match2 ? finiteMilli(Number(match2[1]) * SIZE_FACTOR[match2[2].toLowerCase()]) : void 0;
}
function formatDuration(ms) {
  if (ms >= 36e5 && ms % 36e5 === 0) return `${ms / 36e5}h`;
  if (ms >= 12e4 && ms % 6e4 === 0) return `${ms / 6e4}m`;
  if (ms >= 1e3) return `${Number((ms / 1e3).toFixed(3))}s`;
  return `${ms}ms`;
}

// rules/timeout-exceeds-platform.ts
var timeout_exceeds_platform_default = defineRule({
  id: "timeout-exceeds-platform",
  family: "upstream",
  defaultSeverity: "error",
  summary: "A route timeout above what the gateway platform allows (gateway.maxTimeout, AWS's 29 s integration limit, Gateway API backendRequest above request).",
  optionsSchema: {
    type: "object",
    properties: {
      raisedMaxTimeout: {
        description: "The ceiling after a quota increase, for platform limits that can be raised (API Gateway REST APIs' 29 s): '60s', '2m', or milliseconds.",
        type: ["string", "number"]
      }
    },
    additionalProperties: false
  },
  check(context) {
    const raised = parseDuration(context.options.raisedMaxTimeout);
    const reportedDefaults = /* @__PURE__ */ new Set();
    for (const route of context.model.routes) {
      const limit = route.gateway.settings.maxTimeoutMs;
      if (!limit) continue;
      const ceiling = limit.raisable && raised !== void 0 ? { ...limit, value: raised, description: `the raised limit of ${formatDuration(raised)} (option raisedMaxTimeout)` } : limit;
      checkRoute(route, ceiling, reportedDefaults, context.report);
    }
    reportDialectFindings("timeout-exceeds-platform")(context);
  }
});
function describeLimit(limit) {
  if (limit.node) return `the gateway's maxTimeout of ${formatDuration(limit.value)} (${shortLocation(limit.node)})`;
  return limit.description ?? `the platform limit of ${formatDuration(limit.value)}`;
}
function checkRoute(route, limit, reportedDefaults, report) {
  const timeout = route.timeoutMs;
  if (!timeout || timeout.value <= limit.value) return;
  if (timeout.fromDefault) {
    if (reportedDefaults.has(timeout.node)) return;
    reportedDefaults.add(timeout.node);
  }
  const whose = timeout.fromDefault ? `The default route timeout of ${formatDuration(timeout.value)}` : `Route '${route.name}' has a ${formatDuration(timeout.value)} timeout, which`;
  report({
    span: timeout.node,
    message: `${whose} is above ${describeLimit(limit)}: the platform rejects the configuration or cuts requests off at ${formatDuration(limit.value)} with a 504, whatever the route says. Lower the timeout, or make the work asynchronous.`,
    related: limit.node ? [{ span: limit.node, message: "platform limit" }] : []
  });
}

// rules/timeout-upstream-gap.ts
var timeout_upstream_gap_default = defineRule({
  id: "timeout-upstream-gap",
  family: "upstream",
  defaultSeverity: "error",
  summary: "The gateway gives up before the upstream does: a route timeout below its upstream's, or retries that cannot fit in the route timeout.",
  check({ model, report }) {
    const gaps = /* @__PURE__ */ new Map();
    for (const route of model.routes) {
      const gap = upstreamGapKey(route);
      if (gap !== void 0) pushTo(gaps, gap, route);
      checkRetries(route, report);
    }
    for (const routes2 of gaps.values()) reportUpstreamGap(routes2, report);
  }
});
function routeTimeoutSource(route) {
  const timeout = route.timeoutMs;
  if (!timeout.fromDefault) return `a ${formatDuration(timeout.value)} timeout`;
  if (timeout.description) return `${timeout.description} of ${formatDuration(timeout.value)}`;
  return `the gateway default timeout of ${formatDuration(timeout.value)} (${shortLocation(timeout.node)})`;
}
function upstreamGapKey(route) {
  const upstream = route.upstream?.target;
  const routeTimeout = route.timeoutMs;
  const upstreamTimeout = upstream?.timeoutMs;
  if (!upstream || !routeTimeout || !upstreamTimeout || routeTimeout.value === 0 || routeTimeout.value >= upstreamTimeout.value) return void 0;
  if (!routeTimeout.description) return `route ${route.gateway.id} ${route.order}`;
  return `platform ${route.gateway.id} ${routeTimeout.value} upstream ${upstreamTimeout.node.file.path}:${upstreamTimeout.node.start}`;
}
function reportUpstreamGap(routes2, report) {
  const route = routes2[0];
  const upstream = route.upstream.target;
  const routeTimeout = route.timeoutMs;
  const upstreamTimeout = upstream.timeoutMs;
  const others = routes2.length > 1 ? ` (as do ${routes2.length - 1} more ${routes2.length === 2 ? "route" : "routes"} with the same upstream: ${listNames(routes2.slice(1).map((other) => other.name))})` : "";
  report({
    // Inherited timeouts have no node in the route: point at the reference that brings in the slow upstream.
    span: routeTimeout.fromDefault ? route.upstream.node : routeTimeout.node,
    message: `Route '${route.name}' has ${routeTimeoutSource(route)}${others}, but its upstream '${upstream.name}' may take up to ${formatDuration(upstreamTimeout.value)} (${shortLocation(upstreamTimeout.node)}): the gateway answers 504 while the upstream is still working. ` + advice(route, upstreamTimeout.value),
    related: [
      { span: upstreamTimeout.node, message: `timeout of upstream '${upstream.name}'` },
      ...routeTimeout.fromDefault && !routeTimeout.description ? [{ span: routeTimeout.node, message: "gateway default timeout" }] : []
    ]
  });
}
function advice(route, upstreamTimeout) {
  const ceiling = route.gateway.settings.maxTimeoutMs;
  if (ceiling && ceiling.value < upstreamTimeout) {
    return `The platform allows at most ${formatDuration(ceiling.value)}, so lower the upstream's timeout, or make the work asynchronous (answer 202 and let the client poll).`;
  }
  return `Give the route at least ${formatDuration(upstreamTimeout)}, or lower the upstream's timeout.`;
}
function checkRetries(route, report) {
  const retries = route.retries;
  const routeTimeout = route.timeoutMs;
  const perTry = retries?.perTryTimeoutMs;
  const attempts = retries?.attempts;
  if (!retries || !routeTimeout || !perTry || !attempts || attempts.value <= 1) return;
  if (routeTimeout.value === 0 || perTry.value === 0) return;
  const related = [{ span: routeTimeout.node, message: routeTimeout.fromDefault ? "gateway default timeout" : "route timeout" }];
  if (perTry.value >= routeTimeout.value) {
    report({
      span: perTry.node,
      message: `Route '${route.name}' gives each try ${formatDuration(perTry.value)}, no less than the route's whole timeout (${formatDuration(routeTimeout.value)}): a slow first try uses up the route timeout, so no retry can ever run.`,
      related
    });
    return;
  }
  const total = attempts.value * perTry.value;
  if (total <= routeTimeout.value) return;
  const fitting = Math.floor(routeTimeout.value / perTry.value);
  report({
    span: retries.node,
    message: `Route '${route.name}' allows ${attempts.value} attempts \xD7 ${formatDuration(perTry.value)} = ${formatDuration(total)}, more than its ${formatDuration(routeTimeout.value)} timeout: only ${fitting} slow ${fitting === 1 ? "try fits" : "tries fit"}, and the route times out (504) before the last retries run.`,
    related
  });
}

// rules/trailing-slash-mismatch.ts
var SIBLING_MAJORITY = 4;
var SIBLING_MINORITY_SHARE = 0.2;
var trailing_slash_mismatch_default = defineRule({
  id: "trailing-slash-mismatch",
  family: "routing",
  defaultSeverity: "warning",
  summary: "Paths that differ only by a trailing slash, a slash style unlike sibling routes, or a rewrite that adds or drops a slash.",
  check({ model, report }) {
    const byGateway = /* @__PURE__ */ new Map();
    for (const route of model.routes) pushTo(byGateway, route.gateway, route);
    for (const [gateway2, routes2] of byGateway) {
      const mode = gateway2.settings.trailingSlash.value;
      if (mode === "ignore") continue;
      const entries = literalEnded(routes2);
      const pairs = reportSlashTwins(entries, mode, report);
      if (mode === "strict") reportOddStyle(entries, pairs, report);
    }
    for (const route of model.routes) checkRewrite(route, report);
  }
});
function literalEnded(routes2) {
  const entries = [];
  for (const route of routes2) {
    for (const path11 of route.paths) {
      const matcher = path11.matcher;
      if (matcher?.kind === "pattern" && matcher.tail === "none" && !(matcher.segments.length === 1 && patternKey(matcher) === "/")) {
        entries.push({ route, path: path11, matcher, base: withoutTrailingSlash(matcher), slashed: hasTrailingSlash(matcher) });
      }
    }
  }
  return entries;
}
function withoutTrailingSlash(matcher) {
  const key2 = patternKey(matcher);
  return hasTrailingSlash(matcher) ? key2.slice(0, -1) : key2;
}
function overlaps(a, b) {
  const hostsA = hostKeysOf(a);
  const hostsB = hostKeysOf(b);
  const methodsA = methodKeysOf(a);
  const methodsB = methodKeysOf(b);
  const hostsMeet = hostsA.includes(ANY_HOST) || hostsB.includes(ANY_HOST) || hostsA.some((h) => hostsB.includes(h));
  const methodsMeet = methodsA.includes(ANY_METHOD) || methodsB.includes(ANY_METHOD) || methodsA.some((m) => methodsB.includes(m));
  return hostsMeet && methodsMeet;
}
function reportSlashTwins(entries, mode, report) {
  const reported = /* @__PURE__ */ new Set();
  for (const group of groupsSharingKey(entries, (entry) => entry.base)) {
    for (const later of group) {
      const twin = group.find(
        (earlier2) => earlier2.route.order < later.route.order && earlier2.slashed !== later.slashed && overlaps(earlier2.route, later.route) && !sameElement(earlier2.route, later.route)
      );
      if (!twin) continue;
      reported.add(later.path);
      reported.add(twin.path);
      const strictly = later.route.gateway.dialect.id === "native" ? "With trailingSlash: strict" : `In ${later.route.gateway.dialect.displayName}`;
      const consequence = mode === "strict" ? `${strictly} these are different paths, so a client that adds or drops the slash silently reaches the other route.` : "With trailingSlash: redirect the gateway answers one form with a redirect to the other, so one of these routes is never reached directly.";
      report({
        span: later.path.node,
        message: `Path '${later.path.value}' of route '${later.route.name}' differs from '${twin.path.value}' of route '${twin.route.name}' (${shortLocation(twin.path.node)}) only by a trailing slash. ${consequence}`,
        related: [{ span: twin.path.node, message: `'${twin.path.value}' of route '${twin.route.name}'` }]
      });
    }
  }
  return reported;
}
function sameElement(a, b) {
  return a.nameNode === b.nameNode && a.upstream?.target !== void 0 && a.upstream.target === b.upstream?.target;
}
function servesBothForms(entry) {
  return entry.route.paths.length > 1 && entry.route.paths.some(
    (other) => other !== entry.path && other.matcher?.kind === "pattern" && other.matcher.tail === "none" && withoutTrailingSlash(other.matcher) === entry.base
  );
}
function reportOddStyle(pathEntries, alreadyReported, report) {
  const byHost = /* @__PURE__ */ new Map();
  for (const entry of pathEntries) {
    if (servesBothForms(entry)) continue;
    for (const host of hostKeysOf(entry.route)) pushTo(byHost, host, entry);
  }
  const reported = new Set(alreadyReported);
  for (const [host, entries] of byHost) {
    const slashedCount = entries.reduce((count, entry) => count + (entry.slashed ? 1 : 0), 0);
    const minorityIsSlashed = slashedCount < entries.length - slashedCount;
    const minorityCount = minorityIsSlashed ? slashedCount : entries.length - slashedCount;
    const majorityCount = entries.length - minorityCount;
    if (minorityCount === 0 || majorityCount < SIBLING_MAJORITY || minorityCount > entries.length * SIBLING_MINORITY_SHARE) continue;
    const minority = entries.filter((entry) => entry.slashed === minorityIsSlashed);
    const majority = entries.filter((entry) => entry.slashed !== minorityIsSlashed);
    const style = minorityIsSlashed ? "without" : "with";
    const where = host === ANY_HOST ? "" : ` on ${host}`;
    for (const entry of minority) {
      if (reported.has(entry.path)) continue;
      reported.add(entry.path);
      const other = entry.slashed ? entry.path.value.slice(0, -1) : `${entry.path.value}/`;
      report({
        span: entry.path.node,
        message: `Path '${entry.path.value}' of route '${entry.route.name}' ${entry.slashed ? "ends" : "does not end"} with a slash, unlike the other ${majority.length} paths${where}, which are written ${style} one. With trailingSlash: strict, clients following that convention call '${other}' and get 404.`,
        related: [{ span: majority[0].path.node, message: `e.g. '${majority[0].path.value}' of route '${majority[0].route.name}'` }]
      });
    }
  }
}
function upstreamPathOf(requestPath, stripPrefix, basePath) {
  const base = basePath === "/" ? "" : basePath;
  const rest = stripPrefix && requestPath.startsWith(stripPrefix) ? requestPath.slice(stripPrefix.length) : requestPath;
  return base + rest;
}
function checkRewrite(route, report) {
  const upstream = route.upstream?.target;
  const strip = route.stripPrefix;
  const basePath = upstream?.basePath ?? "";
  const basePathBase = basePath === "/" ? "" : basePath;
  if (!strip && basePathBase === "") return;
  for (const path11 of route.paths) {
    if (path11.matcher?.kind !== "pattern") continue;
    const prefix = examplePath(path11.matcher);
    const request = path11.matcher.tail === "rest" ? `${prefix}${prefix.endsWith("/") ? "" : "/"}x` : prefix;
    const say = (problem2) => report({
      span: strip?.node ?? path11.node,
      message: `Route '${route.name}': ${problem2} The upstream sees a different path than intended and may answer 404 or a redirect.`,
      related: upstream?.url ? [{ span: upstream.url.node, message: `url of upstream '${upstream.name}'` }] : []
    });
    if (strip && !request.startsWith(strip.value) && `${request}/`.startsWith(strip.value)) {
      say(`stripPrefix '${strip.value}' never applies to '${request}' (they differ by a trailing slash), so the prefix reaches the upstream unstripped.`);
      return;
    }
    const forwarded = upstreamPathOf(request, strip?.value, basePath);
    const rest = forwarded.slice(basePathBase.length);
    if (strip && request.startsWith(strip.value) && rest !== "" && !rest.startsWith("/") && !basePathBase.endsWith("/")) {
      const cause = strip.value.endsWith("/") ? `stripPrefix '${strip.value}' takes the slash with it` : `stripPrefix '${strip.value}' ends inside a path segment`;
      const effect = basePathBase === "" ? "without a leading slash" : `fusing the upstream base path '${basePath}' with the next segment`;
      say(`a request to '${request}' is forwarded as '${forwarded}', ${effect} (${cause}).`);
      return;
    }
    if (forwarded.includes("//") && !request.includes("//")) {
      say(`a request to '${request}' is forwarded as '${forwarded}', with a double slash (the upstream base path '${basePath}' already ends with '/').`);
      return;
    }
    if (path11.matcher.tail === "none" && forwarded !== "" && forwarded !== "/" && request !== "/" && request.endsWith("/") !== forwarded.endsWith("/")) {
      say(`a request to '${request}' is forwarded as '${forwarded}': the rewrite ${forwarded.endsWith("/") ? "adds" : "drops"} a trailing slash.`);
      return;
    }
  }
}

// src/load/tree.ts
var YPair = class {
  constructor(file, keyText, keyStart, keyEnd, keyTag, value) {
    this.file = file;
    this.keyText = keyText;
    this.keyStart = keyStart;
    this.keyEnd = keyEnd;
    this.keyTag = keyTag;
    this.value = value;
  }
  file;
  keyText;
  keyStart;
  keyEnd;
  keyTag;
  value;
  keyNode = void 0;
  /** The key node, for positions; the same object every time. */
  get key() {
    if (this.keyNode === void 0) {
      const { file, keyText: value, keyStart: start, keyEnd: end, keyTag: tag } = this;
      this.keyNode = tag ? { kind: "scalar", value, file, start, end, tag } : { kind: "scalar", value, file, start, end };
    }
    return this.keyNode;
  }
};
function isMap(node) {
  return node?.kind === "map";
}
function isSeq(node) {
  return node?.kind === "seq";
}
function isScalar(node) {
  return node?.kind === "scalar";
}
function getPair(map, key2) {
  for (const pair of map.pairs) if (pair.keyText === key2) return pair;
  return void 0;
}
function get(node, key2) {
  return isMap(node) ? getPair(node, key2)?.value : void 0;
}
function stringValue(node) {
  return isScalar(node) && typeof node.value === "string" ? node.value : void 0;
}
function numberValue(node) {
  return isScalar(node) && typeof node.value === "number" && Number.isFinite(node.value) ? node.value : void 0;
}
function booleanValue(node) {
  return isScalar(node) && typeof node.value === "boolean" ? node.value : void 0;
}
function nodeAtPath(root, path11) {
  let node = root;
  for (const step of path11) {
    if (isMap(node)) node = getPair(node, String(step))?.value;
    else if (isSeq(node)) node = node.items[Number(step)];
    else return void 0;
  }
  return node;
}
function keyAtPath(root, path11) {
  if (path11.length === 0) return void 0;
  const parent = nodeAtPath(root, path11.slice(0, -1));
  return isMap(parent) ? getPair(parent, String(path11[path11.length - 1]))?.key : void 0;
}

// src/dialect/native.ts
var nativeDialect = {
  id: "native",
  displayName: "the native format",
  hostPrecedence: "route-order",
  // Two routes with the same path are reported as duplicates even when `priority` orders them.
  tieBreakFrom: 0,
  explainPrecedence({ route: first }, { route: second }) {
    if (first.priority !== second.priority) return `it has a higher priority (${first.priority} > ${second.priority})`;
    return "it is declared earlier";
  },
  describeTie({ route: first }, _second, witness) {
    return `The gateway silently sends every such request (e.g. ${witness}) to '${first.name}'`;
  }
};
function parseNativePath(raw, settings) {
  return parsePattern(raw, { ignoreTrailingSlash: settings.trailingSlash.value === "ignore" });
}
function nativePrecedence(route) {
  return [route.priority === 0 ? 0 : -route.priority, route.order];
}

// src/model/read.ts
function located(node, read) {
  if (!node) return void 0;
  const value = read(node);
  return value === void 0 ? void 0 : { value, node };
}
var durationAt = (node) => located(node, (n) => isScalar(n) ? parseDuration(n.value) : void 0);
var sizeAt = (node) => located(node, (n) => isScalar(n) ? parseSize(n.value) : void 0);
var stringAt = (node) => located(node, stringValue);
function stringList(node, transform) {
  const list = [];
  if (isScalar(node)) {
    if (typeof node.value === "string") list.push({ value: transform ? transform(node.value) : node.value, node });
  } else if (isSeq(node)) {
    for (const item of node.items) {
      if (isScalar(item) && typeof item.value === "string") list.push({ value: transform ? transform(item.value) : item.value, node: item });
    }
  }
  return list;
}
function urlPath(url) {
  return /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(url)?.[1] ?? "";
}
var NamedTable = class {
  constructor(kind, duplicates, wording = {}) {
    this.kind = kind;
    this.duplicates = duplicates;
    this.wording = wording;
  }
  kind;
  duplicates;
  wording;
  byName = /* @__PURE__ */ new Map();
  add(item) {
    const first = this.byName.get(item.name);
    if (first) this.duplicates.push({ kind: this.kind, name: item.name, duplicate: item.nameNode, first: first.nameNode, ...this.wording });
    else this.byName.set(item.name, item);
  }
  get values() {
    return [...this.byName.values()];
  }
};

// src/model/suggest.ts
function editDistance(a, b) {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let previous = Array.from({ length: t.length + 1 }, (_, i) => i);
  for (let i = 1; i <= s.length; i++) {
    const current = [i];
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[t.length];
}
function suggestNames(name, candidates) {
  const limit = Math.max(2, Math.floor(name.length / 3));
  return [...candidates].map((candidate) => ({ candidate, distance: editDistance(name, candidate) })).filter(({ distance }) => distance <= limit).sort((a, b) => a.distance - b.distance || a.candidate.localeCompare(b.candidate)).map(({ candidate }) => candidate);
}

// src/model/native.ts
var NATIVE_SECTIONS = ["gateway", "upstreams", "routes", "corsPolicies", "rateLimits", "authPolicies"];
function readSettings(node) {
  const trailing = stringAt(get(node, "trailingSlash"));
  const mode = trailing && ["strict", "ignore", "redirect"].includes(trailing.value) ? trailing.value : "strict";
  const defaults2 = get(node, "defaults");
  return {
    node,
    name: stringValue(get(node, "name")),
    trailingSlash: trailing && trailing.value === mode ? { value: mode, node: trailing.node } : { value: mode },
    maxTimeoutMs: durationAt(get(node, "maxTimeout")),
    defaults: {
      timeoutMs: durationAt(get(defaults2, "timeout")),
      auth: stringAt(get(defaults2, "auth")),
      cors: stringAt(get(defaults2, "cors")),
      rateLimit: stringAt(get(defaults2, "rateLimit"))
    }
  };
}
function readUpstream(name, nameNode, node) {
  const url = stringAt(get(node, "url"));
  return {
    name,
    nameNode,
    node,
    url,
    basePath: url ? urlPath(url.value) : "",
    timeoutMs: durationAt(get(node, "timeout")),
    connectTimeoutMs: durationAt(get(node, "connectTimeout")),
    keepAliveTimeoutMs: durationAt(get(node, "keepAliveTimeout")),
    maxBodyBytes: sizeAt(get(node, "maxBodySize"))
  };
}
function readCors(name, nameNode, node) {
  return {
    name,
    nameNode,
    node,
    allowOrigins: stringList(get(node, "allowOrigins")),
    allowOriginsNode: get(node, "allowOrigins"),
    allowMethods: stringList(get(node, "allowMethods")),
    allowHeaders: stringList(get(node, "allowHeaders")),
    allowCredentials: located(get(node, "allowCredentials"), booleanValue)
  };
}
function readRateLimit(name, nameNode, node) {
  return {
    name,
    nameNode,
    node,
    requestsPerSecond: located(get(node, "requestsPerSecond"), numberValue),
    burst: located(get(node, "burst"), numberValue),
    key: stringAt(get(node, "key"))
  };
}
function readAuth(name, nameNode, node) {
  const type = stringAt(get(node, "type"));
  const keyIn = stringAt(get(node, "in"));
  return {
    name,
    nameNode,
    node,
    type,
    apiKeyInQuery: type?.value === "apiKey" && keyIn ? { value: keyIn.value === "query", node: keyIn.node, fromDefault: false } : void 0
  };
}
function readHosts(hostNode) {
  if (!hostNode) return void 0;
  const hosts = stringList(hostNode).map(({ value, node }) => {
    const lower = value.toLowerCase();
    return { value: lower, node, wildcard: lower.startsWith("*.") };
  });
  return hosts.length > 0 ? hosts : void 0;
}
function readRetries(node) {
  if (!isMap(node)) return void 0;
  return { node, attempts: located(get(node, "attempts"), numberValue), perTryTimeoutMs: durationAt(get(node, "perTryTimeout")) };
}
var nativeAdapter = {
  dialect: "native",
  kinds: ["native"],
  read: (document) => isMap(document.root) ? document : void 0,
  build: (documents) => buildNativeModel(documents)
};
function buildNativeModel(documents) {
  const duplicates = [];
  const unresolved = [];
  const invalidPaths = [];
  const upstreams2 = new NamedTable("upstream", duplicates);
  const cors = new NamedTable("corsPolicy", duplicates);
  const rateLimits2 = new NamedTable("rateLimit", duplicates);
  const auth = new NamedTable("authPolicy", duplicates);
  const routeNodes = [];
  let gatewayNode;
  let gatewayKey;
  for (const document of documents) {
    const root = document.root;
    if (!isMap(root)) continue;
    for (const pair of root.pairs) {
      const section = pair.keyText;
      const value = pair.value;
      if (section === "gateway" && isMap(value)) {
        if (gatewayKey) duplicates.push({ kind: "gateway", name: "gateway", duplicate: pair.key, first: gatewayKey });
        else [gatewayNode, gatewayKey] = [value, pair.key];
      } else if (section === "routes" && isSeq(value)) {
        routeNodes.push(...value.items);
      } else if (isMap(value)) {
        const readers = {
          upstreams: (p) => upstreams2.add(readUpstream(p.keyText, p.key, p.value)),
          corsPolicies: (p) => cors.add(readCors(p.keyText, p.key, p.value)),
          rateLimits: (p) => rateLimits2.add(readRateLimit(p.keyText, p.key, p.value)),
          authPolicies: (p) => auth.add(readAuth(p.keyText, p.key, p.value))
        };
        const read = Object.hasOwn(readers, section) ? readers[section] : void 0;
        if (read) for (const entry of value.pairs) read(entry);
      }
    }
  }
  const settings = readSettings(gatewayNode);
  const gateway2 = { id: "native", dialect: nativeDialect, settings };
  const tables = { upstream: upstreams2, corsPolicy: cors, rateLimit: rateLimits2, authPolicy: auth };
  const resolve = (kind, ref, fromDefault, from) => {
    if (!ref) return void 0;
    const table = tables[kind];
    const target = table.byName.get(ref.value);
    if (!target && !fromDefault) {
      unresolved.push({ kind, name: ref.value, node: ref.node, candidates: suggestNames(ref.value, table.byName.keys()), from });
    }
    return { kind, value: ref.value, node: ref.node, fromDefault, target };
  };
  const defaultRefs = { cors: settings.defaults.cors, rateLimit: settings.defaults.rateLimit };
  if (settings.defaults.auth && settings.defaults.auth.value !== "none") resolve("authPolicy", settings.defaults.auth, false, "the gateway defaults");
  if (defaultRefs.cors) resolve("corsPolicy", defaultRefs.cors, false, "the gateway defaults");
  if (defaultRefs.rateLimit) resolve("rateLimit", defaultRefs.rateLimit, false, "the gateway defaults");
  const inherited = {
    cors: defaultReference("corsPolicy", settings.defaults.cors, tables.corsPolicy.byName),
    rateLimit: defaultReference("rateLimit", settings.defaults.rateLimit, tables.rateLimit.byName),
    auth: settings.defaults.auth?.value === "none" ? { value: "none", node: settings.defaults.auth.node, fromDefault: true } : defaultReference("authPolicy", settings.defaults.auth, tables.authPolicy.byName),
    timeoutMs: settings.defaults.timeoutMs && { ...settings.defaults.timeoutMs, fromDefault: true }
  };
  const routeTable = new NamedTable("route", duplicates);
  const routes2 = [];
  routeNodes.forEach((node, order) => {
    if (!isMap(node)) return;
    const fields = readRouteFields(node);
    const name = stringValue(fields.name) ?? `#${order + 1}`;
    const from = () => `route '${name}'`;
    const reference = (kind, own, fallback) => {
      const ref = stringAt(own);
      return ref ? resolve(kind, ref, false, from()) : fallback;
    };
    const ownAuth = stringAt(fields.auth);
    const ownTimeout = durationAt(fields.timeout);
    const priority = numberValue(fields.priority) ?? 0;
    const precedence = nativePrecedence({ priority, order });
    const paths = [];
    for (const { value, node: pathNode } of stringList(fields.paths)) {
      const parsed = parseNativePath(value, settings);
      const at = within(node, pathNode);
      if ("reason" in parsed) invalidPaths.push({ node: at, path: value, route: name, reason: parsed.reason });
      paths.push({ value, node: at, matcher: "reason" in parsed ? void 0 : parsed.matcher, precedence });
    }
    const methods = stringList(fields.methods, upperCase);
    const route = {
      name,
      nameNode: fields.name ? within(node, fields.name) : node,
      node,
      gateway: gateway2,
      order,
      hosts: readHosts(fields.hosts ?? fields.host),
      methods: methods.length > 0 ? methods : void 0,
      paths,
      headers: NO_CONDITIONS,
      queryParams: NO_CONDITIONS,
      priority,
      upstream: reference("upstream", fields.upstream, void 0),
      timeoutMs: ownTimeout ? { value: ownTimeout.value, node: ownTimeout.node, fromDefault: false } : inherited.timeoutMs,
      retries: readRetries(fields.retries),
      auth: !ownAuth ? inherited.auth : ownAuth.value === "none" ? { value: "none", node: ownAuth.node, fromDefault: false } : resolve("authPolicy", ownAuth, false, from()),
      cors: reference("corsPolicy", fields.cors, inherited.cors),
      rateLimit: reference("rateLimit", fields.rateLimit, inherited.rateLimit),
      stripPrefix: stringAt(fields.stripPrefix)
    };
    routeTable.add(route);
    routes2.push(route);
  });
  return {
    gateways: [gateway2],
    routes: routes2,
    upstreams: upstreams2.values,
    corsPolicies: cors.values,
    rateLimits: rateLimits2.values,
    authPolicies: auth.values,
    duplicates,
    unresolved,
    invalidPaths,
    dialectFindings: []
  };
}
var upperCase = (value) => value.toUpperCase();
var NO_CONDITIONS = Object.freeze([]);
var ROUTE_FIELDS = ["name", "host", "hosts", "paths", "methods", "upstream", "priority", "timeout", "retries", "auth", "cors", "rateLimit", "stripPrefix"];
function readRouteFields(node) {
  const fields = {};
  for (const { keyText, value } of node.pairs) {
    if (ROUTE_FIELDS.includes(keyText)) fields[keyText] = value;
  }
  return fields;
}
function within(route, inner) {
  return inner.file === route.file && inner.start >= route.start && inner.end <= route.end ? inner : route;
}
function defaultReference(kind, ref, byName) {
  return ref && { kind, value: ref.value, node: ref.node, fromDefault: true, target: byName.get(ref.value) };
}

// src/model/detect.ts
var FOREIGN_NAMES = {
  kong: "a Kong decK file without services, routes or plugins",
  kubernetes: "a Kubernetes manifest without Gateway API or Ingress objects",
  openapi: "an OpenAPI definition without x-amazon-apigateway-* extensions (gwlint reads OpenAPI files as AWS API Gateway definitions)",
  cloudformation: "an AWS CloudFormation/SAM template without API Gateway resources"
};
var KONG_KEYS = /* @__PURE__ */ new Set(["_format_version", "_info", "_workspace", "_konnect", "_transform", "_plugin_configs", "services", "consumers", "consumer_groups", "plugins", "certificates", "ca_certificates", "snis", "vaults", "key_sets", "keys", "custom_entities", "partials", "filter_chains", "licenses", "rbac_roles"]);
var NATIVE_ONLY_KEYS = /* @__PURE__ */ new Set(["gateway", "corsPolicies", "rateLimits", "authPolicies"]);
function detectDocument(root) {
  if (isSeq(root)) return root.items.length > 0 && root.items.every(isKubernetesObject) ? "kubernetes" : "unknown";
  if (!isMap(root)) return "unknown";
  if (isKubernetesObject(root) || isObjectListing(root)) return "kubernetes";
  const keys = root.pairs.map((pair) => pair.keyText);
  if (keys.some((key2) => KONG_KEYS.has(key2))) return "kong";
  if (isSeq(get(root, "upstreams")) && !keys.some((key2) => NATIVE_ONLY_KEYS.has(key2))) return "kong";
  if (get(root, "openapi") !== void 0 || get(root, "swagger") !== void 0) return "openapi";
  if (get(root, "AWSTemplateFormatVersion") !== void 0 || isMap(get(root, "Resources"))) return "cloudformation";
  const native = keys.some((key2) => NATIVE_SECTIONS.includes(key2));
  return native ? "native" : "unknown";
}
function describeForeignDocument(kind) {
  return kind === "native" || kind === "unknown" ? void 0 : FOREIGN_NAMES[kind];
}
function isKubernetesObject(node) {
  return stringValue(get(node, "apiVersion")) !== void 0 && stringValue(get(node, "kind")) !== void 0;
}
function isObjectListing(root) {
  return isMap(root) && root.pairs.some((pair) => isSeq(pair.value) && pair.value.items.length > 0 && pair.value.items.every(isKubernetesObject));
}

// rules/unknown-document.ts
var unknown_document_default = defineRule({
  id: "unknown-document",
  family: "general",
  defaultSeverity: "warning",
  summary: "A file named on the command line holds a document gwlint does not recognise as gateway configuration.",
  check({ unknownDocuments, report }) {
    for (const document of unknownDocuments) {
      const where = document.index > 0 ? `Document ${document.index + 1} of this file` : "This document";
      const foreign = describeForeignDocument(detectDocument(document.root));
      const what = foreign ? `is ${foreign}` : `is not gateway configuration gwlint understands (expected a mapping with ${NATIVE_SECTIONS.map((s) => `'${s}'`).join(", ")})`;
      report({
        // The first key shows which document it is without underlining all of it.
        span: document.root.kind === "map" && document.root.pairs.length > 0 ? document.root.pairs[0].key : document.root,
        message: `${where} ${what}, so nothing in it was checked.`
      });
    }
  }
});

// rules/unknown-reference.ts
var CONSEQUENCES = {
  upstream: { noun: "upstream", consequence: "the gateway has nowhere to send requests (the configuration is rejected, or requests fail with 502/503)" },
  authPolicy: { noun: "auth policy", consequence: "the gateway rejects the configuration, or serves requests without the authentication you meant" },
  corsPolicy: { noun: "CORS policy", consequence: "browser calls fail their CORS checks" },
  rateLimit: { noun: "rate limit", consequence: "requests run without the rate limit you meant" }
};
var unknown_reference_default = defineRule({
  id: "unknown-reference",
  family: "routing",
  defaultSeverity: "error",
  summary: "A route names an upstream, CORS, rate-limit or auth policy that does not exist.",
  check({ model, report }) {
    for (const reference of model.unresolved) {
      const { noun: modelNoun, consequence } = CONSEQUENCES[reference.kind];
      const noun = reference.noun ?? modelNoun;
      const hint = reference.candidates.length > 0 ? ` Did you mean '${reference.candidates[0]}'?` : "";
      report({
        span: reference.node,
        message: `${capitalise(noun)} '${reference.name}', referenced by ${reference.from}, is not defined: ${consequence}.${hint}`
      });
    }
  }
});
function capitalise(text) {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  id: "unused-suppression",
  family: "general",
  defaultSeverity: "info",
  summary: "A `# gwlint-disable\u2026` comment that suppresses nothing, or names a rule that does not exist.",
  runsAfterSuppression: true,
  check: ({ unusedSuppressions, report }) => {
    for (const unused of unusedSuppressions ?? []) report(unused);
  }
});

// rules/index.ts
var rules = [
  shadowed_route_default,
  trailing_slash_mismatch_default,
  duplicate_route_default,
  invalid_path_default,
  unknown_reference_default,
  duplicate_name_default,
  timeout_upstream_gap_default,
  timeout_exceeds_platform_default,
  timeout_disabled_default,
  cors_wildcard_credentials_default,
  api_key_in_query_default,
  rate_limit_window_order_default,
  schema_default,
  parse_error_default,
  duplicate_key_default,
  unknown_document_default,
  unused_suppression_default
];

// src/report/fingerprint.ts
import { createRequire } from "node:module";
var crypto;
function stableMessage(message) {
  return message.replace(/:\d+\b/g, ":").replace(/\bline \d+/g, "line");
}
function stableKey(finding) {
  return `${finding.ruleId}\0${finding.file}\0${stableMessage(finding.message)}`;
}
function sha256(text) {
  crypto ??= createRequire(import.meta.url)("node:crypto");
  return crypto.createHash("sha256").update(text).digest("hex");
}
function findingFingerprint(finding) {
  return sha256(stableKey(finding));
}
function fingerprints(findings) {
  const seen = /* @__PURE__ */ new Map();
  return findings.map((finding) => {
    const stable = stableKey(finding);
    const occurrence = (seen.get(stable) ?? 0) + 1;
    seen.set(stable, occurrence);
    return sha256(`${stable}\0${occurrence}`);
  });
}

// src/baseline/filter.ts
function applyBaseline(findings, baseline) {
  const remaining = new Map(baseline.entries.map((entry) => [entry.fingerprint, entry.count]));
  const fresh = [];
  let suppressed = 0;
  for (const finding of findings) {
    const fingerprint = findingFingerprint(finding);
    const left = remaining.get(fingerprint) ?? 0;
    if (left > 0) {
      remaining.set(fingerprint, left - 1);
      suppressed += 1;
    } else {
      fresh.push(finding);
    }
  }
  const stale = baseline.entries.flatMap((entry) => {
    const missing = remaining.get(entry.fingerprint) ?? 0;
    return missing > 0 ? [{ entry, missing }] : [];
  });
  return { findings: fresh, suppressed, stale };
}

// src/util/text.ts
function plural(count, one, many = `${one}s`) {
  return `${count} ${count === 1 ? one : many}`;
}
function errorMessage(error) {
  return error instanceof Error ? error.message.split("\n")[0] ?? "" : String(error);
}

// src/baseline/message.ts
var MAX_STALE_SHOWN = 20;
function baselineSummary(result, file) {
  const lines = [
    `gwlint: ${plural(result.suppressed, "finding")} suppressed by the baseline ${file}; ${plural(result.stale.length, "baseline entry is", "baseline entries are")} stale (fixed or changed)`,
    ...result.stale.slice(0, MAX_STALE_SHOWN).map(({ entry, missing }) => `  stale: ${entry.file} ${entry.ruleId}: ${entry.message}${missing < entry.count ? ` (${missing} of ${entry.count} gone)` : ""}`)
  ];
  if (result.stale.length > MAX_STALE_SHOWN) lines.push(`  \u2026 and ${result.stale.length - MAX_STALE_SHOWN} more; run --write-baseline to refresh the file`);
  return `${lines.join("\n")}
`;
}
function baselineWritten(count, file) {
  return `gwlint: wrote ${plural(count, "finding")} to ${file}
`;
}

// src/baseline/read.ts
import { readFileSync } from "node:fs";

// src/cli/usage-error.ts
var UsageError = class extends Error {
};

// src/baseline/format.ts
var BASELINE_VERSION = 1;
function compareText(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
function compareEntries(a, b) {
  return compareText(a.file, b.file) || compareText(a.ruleId, b.ruleId) || compareText(a.message, b.message) || compareText(a.fingerprint, b.fingerprint);
}
function createBaseline(findings) {
  const entries = /* @__PURE__ */ new Map();
  for (const finding of findings) {
    const fingerprint = findingFingerprint(finding);
    const known = entries.get(fingerprint);
    entries.set(
      fingerprint,
      known ? { ...known, count: known.count + 1 } : { fingerprint, ruleId: finding.ruleId, file: finding.file, message: stableMessage(finding.message), count: 1 }
    );
  }
  return { version: BASELINE_VERSION, tool: "gwlint", entries: [...entries.values()].sort(compareEntries) };
}
function serializeBaseline(baseline) {
  const entries = baseline.entries.map(({ fingerprint, ruleId, file, message, count }) => ({ fingerprint, ruleId, file, message, count }));
  return `${JSON.stringify({ version: baseline.version, tool: baseline.tool, entries }, null, 2)}
`;
}
function baselineSize(baseline) {
  return baseline.entries.reduce((total, entry) => total + entry.count, 0);
}

// src/baseline/read.ts
var FINGERPRINT = /^[0-9a-f]{64}$/;
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
function problemWith(value) {
  if (!isObject(value)) return "expected a JSON object";
  if (value.tool !== "gwlint") return `expected "tool": "gwlint"`;
  if (value.version !== BASELINE_VERSION) return `expected "version": ${BASELINE_VERSION}, got ${JSON.stringify(value.version)}`;
  if (!Array.isArray(value.entries)) return 'expected an "entries" array';
  const seen = /* @__PURE__ */ new Map();
  for (const [index, entry] of value.entries.entries()) {
    const where = `entries[${index}]`;
    if (!isObject(entry)) return `${where} is not an object`;
    if (typeof entry.fingerprint !== "string" || !FINGERPRINT.test(entry.fingerprint)) return `${where}.fingerprint is not a 64-digit hex fingerprint`;
    for (const key2 of ["ruleId", "file", "message"]) {
      if (typeof entry[key2] !== "string") return `${where}.${key2} is not a string`;
    }
    if (typeof entry.count !== "number" || !Number.isInteger(entry.count) || entry.count < 1) return `${where}.count is not a whole number of 1 or more`;
    const earlier2 = seen.get(entry.fingerprint);
    if (earlier2 !== void 0) return `${where} repeats the fingerprint of entries[${earlier2}]`;
    seen.set(entry.fingerprint, index);
  }
  return void 0;
}
function parseBaseline(text, file) {
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`--baseline ${file} is not a gwlint baseline: not valid JSON`);
  }
  const problem2 = problemWith(value);
  if (problem2) throw new UsageError(`--baseline ${file} is not a gwlint baseline: ${problem2}`);
  const entries = value.entries.map(({ fingerprint, ruleId, file: entryFile, message, count }) => ({
    fingerprint,
    ruleId,
    file: entryFile,
    message,
    count
  }));
  return { version: BASELINE_VERSION, tool: "gwlint", entries: entries.sort(compareEntries) };
}
function readBaseline(file) {
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    const code2 = error.code;
    if (code2 === "ENOENT") throw new UsageError(`--baseline ${file} does not exist (create it with --write-baseline ${file})`);
    throw new UsageError(`cannot read --baseline ${file} (${code2 ?? error.message})`);
  }
  return parseBaseline(text, file);
}

// src/baseline/write.ts
import { writeFileSync } from "node:fs";
function writeBaseline(file, findings) {
  const baseline = createBaseline(findings);
  try {
    writeFileSync(file, serializeBaseline(baseline));
  } catch (error) {
    throw new UsageError(`cannot write --write-baseline ${file} (${error.code ?? error.message})`);
  }
  return baselineSize(baseline);
}

// src/config/init.ts
import { existsSync as existsSync2, writeFileSync as writeFileSync2 } from "node:fs";
import path2 from "node:path";

// src/config/errors.ts
var ConfigError = class extends UsageError {
};

// src/config/find.ts
import { existsSync, statSync } from "node:fs";
import path from "node:path";
var CONFIG_FILE_NAMES = ["gwlint.config.yaml", ".gwlintrc.yaml", ".gwlintrc.json"];
function findConfigFile(start) {
  let folder = path.resolve(start);
  if (!isDirectory(folder)) folder = path.dirname(folder);
  for (; ; ) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(folder, name);
      if (isFile(candidate)) return candidate;
    }
    const parent = path.dirname(folder);
    if (parent === folder || existsSync(path.join(folder, ".git"))) return void 0;
    folder = parent;
  }
}
function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
function isFile(file) {
  try {
    return statSync(file).isFile();
  } catch {
    return false;
  }
}

// src/config/init.ts
var STARTER_FILE_NAME = "gwlint.config.yaml";
var CONFIG_SCHEMA_URL = `${REPOSITORY_URL.replace("https://github.com/", "https://raw.githubusercontent.com/")}/main/schemas/gwlint-config.schema.json`;
var STARTER_CONFIG = `# yaml-language-server: $schema=${CONFIG_SCHEMA_URL}
# gwlint settings; reference: ${REPOSITORY_URL}/blob/main/docs/configuration.md
# Globs below are relative to this file's folder.

# gwlint:recommended (every rule at its default severity), gwlint:strict (warnings become
# errors, infos warnings) or gwlint:all.
extends: gwlint:recommended

# Lint only these files when walking folders:
# include: ["gateway/**/*.{yaml,yml,json}"]

# Never lint these:
# ignore: ["**/generated/**"]

# Per rule: off, info, warning or error (\`gwlint rules\` lists the ids).
# rules:
#   trailing-slash-mismatch: error
#   unknown-document: off

# Other settings for some files; later overrides win.
# overrides:
#   - files: ["legacy/**"]
#     rules: { shadowed-route: warning }
`;
function writeStarterConfig(cwd) {
  const existing = CONFIG_FILE_NAMES.find((name) => name !== STARTER_FILE_NAME && existsSync2(path2.join(cwd, name)));
  if (existing) throw new ConfigError(`${existing} already exists here, and gwlint reads only one config file per folder; edit it instead`);
  const target = path2.join(cwd, STARTER_FILE_NAME);
  try {
    writeFileSync2(target, STARTER_CONFIG, { flag: "wx" });
  } catch (error) {
    const code2 = error.code;
    if (code2 === "EEXIST") throw new ConfigError(`${STARTER_FILE_NAME} already exists; edit it, or delete it to start over`);
    throw new ConfigError(`cannot write ${STARTER_FILE_NAME} (${code2 ?? String(error)})`);
  }
  return `Wrote ${STARTER_FILE_NAME}:

${STARTER_CONFIG}`;
}

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items2) {
  for (let i = 0; i < items2.length; i++) {
    target.push(items2[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next2 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next2;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/brace-expressions.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}", true],
  "[:alpha:]": ["\\p{L}\\p{Nl}", true],
  "[:ascii:]": ["\\x00-\\x7f", false],
  "[:blank:]": ["\\p{Zs}\\t", true],
  "[:cntrl:]": ["\\p{Cc}", true],
  "[:digit:]": ["\\p{Nd}", true],
  "[:graph:]": ["\\p{Z}\\p{C}", true, true],
  "[:lower:]": ["\\p{Ll}", true],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}", true],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f", true],
  "[:upper:]": ["\\p{Lu}", true],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}", true],
  "[:xdigit:]": ["A-Fa-f0-9", false]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var regexpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var rangesToString = (ranges) => ranges.join("");
var parseClass = (glob, position) => {
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let uflag = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = glob.charAt(i);
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, u, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return ["$.", false, glob.length - pos, true];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          uflag = uflag || u;
          continue WHILE;
        }
      }
    }
    escaping = false;
    if (rangeStart) {
      if (c > rangeStart) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(c));
      } else if (c === rangeStart) {
        ranges.push(braceEscape(c));
      }
      rangeStart = "";
      i++;
      continue;
    }
    if (glob.startsWith("-]", i + 1)) {
      ranges.push(braceEscape(c + "-"));
      i += 2;
      continue;
    }
    if (glob.startsWith("-", i + 1)) {
      rangeStart = c;
      i += 2;
      continue;
    }
    ranges.push(braceEscape(c));
    i++;
  }
  if (endPos < i) {
    return ["", false, 0, false];
  }
  if (!ranges.length && !negs.length) {
    return ["$.", false, glob.length - pos, true];
  }
  if (negs.length === 0 && ranges.length === 1 && /^\\?.$/.test(ranges[0]) && !negate) {
    const r = ranges[0].length === 2 ? ranges[0].slice(-1) : ranges[0];
    return [regexpEscape(r), false, endPos - pos, false];
  }
  const sranges = "[" + (negate ? "^" : "") + rangesToString(ranges) + "]";
  const snegs = "[" + (negate ? "" : "^") + rangesToString(negs) + "]";
  const comb = ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs;
  return [comb, uflag, endPos - pos, true];
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/ast.js
var _a;
var types = /* @__PURE__ */ new Set(["!", "?", "+", "*", "@"]);
var isExtglobType = (c) => types.has(c);
var isExtglobAST = (c) => isExtglobType(c.type);
var adoptionMap = /* @__PURE__ */ new Map([
  ["!", ["@"]],
  ["?", ["?", "@"]],
  ["@", ["@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@"]]
]);
var adoptionWithSpaceMap = /* @__PURE__ */ new Map([
  ["!", ["?"]],
  ["@", ["?"]],
  ["+", ["?", "*"]]
]);
var adoptionAnyMap = /* @__PURE__ */ new Map([
  ["!", ["?", "@"]],
  ["?", ["?", "@"]],
  ["@", ["?", "@"]],
  ["*", ["*", "+", "?", "@"]],
  ["+", ["+", "@", "?", "*"]]
]);
var usurpMap = /* @__PURE__ */ new Map([
  ["!", /* @__PURE__ */ new Map([["!", "@"]])],
  [
    "?",
    /* @__PURE__ */ new Map([
      ["*", "*"],
      ["+", "*"]
    ])
  ],
  [
    "@",
    /* @__PURE__ */ new Map([
      ["!", "!"],
      ["?", "?"],
      ["@", "@"],
      ["*", "*"],
      ["+", "+"]
    ])
  ],
  [
    "+",
    /* @__PURE__ */ new Map([
      ["?", "*"],
      ["*", "*"]
    ])
  ]
]);
var startNoTraversal = "(?!(?:^|/)\\.\\.?(?:$|/))";
var startNoDot = "(?!\\.)";
var addPatternStart = /* @__PURE__ */ new Set(["[", "."]);
var justDots = /* @__PURE__ */ new Set(["..", "."]);
var reSpecials = new Set("().*{}+?[]^$\\!");
var regExpEscape = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var qmark = "[^/]";
var star = qmark + "*?";
var starNoEmpty = qmark + "+?";
var ID = 0;
var AST = class {
  type;
  #root;
  #hasMagic;
  #uflag = false;
  #parts = [];
  #parent;
  #parentIndex;
  #negs;
  #filledNegs = false;
  #options;
  #toString;
  // set to true if it's an extglob with no children
  // (which really means one child of '')
  #emptyExt = false;
  id = ++ID;
  get depth() {
    return (this.#parent?.depth ?? -1) + 1;
  }
  [/* @__PURE__ */ Symbol.for("nodejs.util.inspect.custom")]() {
    return {
      "@@type": "AST",
      id: this.id,
      type: this.type,
      root: this.#root.id,
      parent: this.#parent?.id,
      depth: this.depth,
      partsLength: this.#parts.length,
      parts: this.#parts
    };
  }
  constructor(type, parent, options = {}) {
    this.type = type;
    if (type)
      this.#hasMagic = true;
    this.#parent = parent;
    this.#root = this.#parent ? this.#parent.#root : this;
    this.#options = this.#root === this ? options : this.#root.#options;
    this.#negs = this.#root === this ? [] : this.#root.#negs;
    if (type === "!" && !this.#root.#filledNegs)
      this.#negs.push(this);
    this.#parentIndex = this.#parent ? this.#parent.#parts.length : 0;
  }
  get hasMagic() {
    if (this.#hasMagic !== void 0)
      return this.#hasMagic;
    for (const p of this.#parts) {
      if (typeof p === "string")
        continue;
      if (p.type || p.hasMagic)
        return this.#hasMagic = true;
    }
    return this.#hasMagic;
  }
  // reconstructs the pattern
  toString() {
    return this.#toString !== void 0 ? this.#toString : !this.type ? this.#toString = this.#parts.map((p) => String(p)).join("") : this.#toString = this.type + "(" + this.#parts.map((p) => String(p)).join("|") + ")";
  }
  #fillNegs() {
    if (this !== this.#root)
      throw new Error("should only call on root");
    if (this.#filledNegs)
      return this;
    this.toString();
    this.#filledNegs = true;
    let n;
    while (n = this.#negs.pop()) {
      if (n.type !== "!")
        continue;
      let p = n;
      let pp = p.#parent;
      while (pp) {
        for (let i = p.#parentIndex + 1; !pp.type && i < pp.#parts.length; i++) {
          for (const part of n.#parts) {
            if (typeof part === "string") {
              throw new Error("string part in extglob AST??");
            }
            part.copyIn(pp.#parts[i]);
          }
        }
        p = pp;
        pp = p.#parent;
      }
    }
    return this;
  }
  push(...parts) {
    for (const p of parts) {
      if (p === "")
        continue;
      if (typeof p !== "string" && !(p instanceof _a && p.#parent === this)) {
        throw new Error("invalid part: " + p);
      }
      this.#parts.push(p);
    }
  }
  toJSON() {
    const ret = this.type === null ? this.#parts.slice().map((p) => typeof p === "string" ? p : p.toJSON()) : [this.type, ...this.#parts.map((p) => p.toJSON())];
    if (this.isStart() && !this.type)
      ret.unshift([]);
    if (this.isEnd() && (this === this.#root || this.#root.#filledNegs && this.#parent?.type === "!")) {
      ret.push({});
    }
    return ret;
  }
  isStart() {
    if (this.#root === this)
      return true;
    if (!this.#parent?.isStart())
      return false;
    if (this.#parentIndex === 0)
      return true;
    const p = this.#parent;
    for (let i = 0; i < this.#parentIndex; i++) {
      const pp = p.#parts[i];
      if (!(pp instanceof _a && pp.type === "!")) {
        return false;
      }
    }
    return true;
  }
  isEnd() {
    if (this.#root === this)
      return true;
    if (this.#parent?.type === "!")
      return true;
    if (!this.#parent?.isEnd())
      return false;
    if (!this.type)
      return this.#parent?.isEnd();
    const pl = this.#parent ? this.#parent.#parts.length : 0;
    return this.#parentIndex === pl - 1;
  }
  copyIn(part) {
    if (typeof part === "string")
      this.push(part);
    else
      this.push(part.clone(this));
  }
  clone(parent) {
    const c = new _a(this.type, parent);
    for (const p of this.#parts) {
      c.copyIn(p);
    }
    return c;
  }
  static #parseAST(str, ast, pos, opt, extDepth) {
    const maxDepth = opt.maxExtglobRecursion ?? 2;
    let escaping = false;
    let inBrace = false;
    let braceStart = -1;
    let braceNeg = false;
    if (ast.type === null) {
      let i2 = pos;
      let acc2 = "";
      while (i2 < str.length) {
        const c = str.charAt(i2++);
        if (escaping || c === "\\") {
          escaping = !escaping;
          acc2 += c;
          continue;
        }
        if (inBrace) {
          if (i2 === braceStart + 1) {
            if (c === "^" || c === "!") {
              braceNeg = true;
            }
          } else if (c === "]" && !(i2 === braceStart + 2 && braceNeg)) {
            inBrace = false;
          }
          acc2 += c;
          continue;
        } else if (c === "[") {
          inBrace = true;
          braceStart = i2;
          braceNeg = false;
          acc2 += c;
          continue;
        }
        const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i2) === "(" && extDepth <= maxDepth;
        if (doRecurse) {
          ast.push(acc2);
          acc2 = "";
          const ext2 = new _a(c, ast);
          i2 = _a.#parseAST(str, ext2, i2, opt, extDepth + 1);
          ast.push(ext2);
          continue;
        }
        acc2 += c;
      }
      ast.push(acc2);
      return i2;
    }
    let i = pos + 1;
    let part = new _a(null, ast);
    const parts = [];
    let acc = "";
    while (i < str.length) {
      const c = str.charAt(i++);
      if (escaping || c === "\\") {
        escaping = !escaping;
        acc += c;
        continue;
      }
      if (inBrace) {
        if (i === braceStart + 1) {
          if (c === "^" || c === "!") {
            braceNeg = true;
          }
        } else if (c === "]" && !(i === braceStart + 2 && braceNeg)) {
          inBrace = false;
        }
        acc += c;
        continue;
      } else if (c === "[") {
        inBrace = true;
        braceStart = i;
        braceNeg = false;
        acc += c;
        continue;
      }
      const doRecurse = !opt.noext && isExtglobType(c) && str.charAt(i) === "(" && /* c8 ignore start - the maxDepth is sufficient here */
      (extDepth <= maxDepth || ast && ast.#canAdoptType(c));
      if (doRecurse) {
        const depthAdd = ast && ast.#canAdoptType(c) ? 0 : 1;
        part.push(acc);
        acc = "";
        const ext2 = new _a(c, part);
        part.push(ext2);
        i = _a.#parseAST(str, ext2, i, opt, extDepth + depthAdd);
        continue;
      }
      if (c === "|") {
        part.push(acc);
        acc = "";
        parts.push(part);
        part = new _a(null, ast);
        continue;
      }
      if (c === ")") {
        if (acc === "" && ast.#parts.length === 0) {
          ast.#emptyExt = true;
        }
        part.push(acc);
        acc = "";
        ast.push(...parts, part);
        return i;
      }
      acc += c;
    }
    ast.type = null;
    ast.#hasMagic = void 0;
    ast.#parts = [str.substring(pos - 1)];
    return i;
  }
  #canAdoptWithSpace(child) {
    return this.#canAdopt(child, adoptionWithSpaceMap);
  }
  #canAdopt(child, map = adoptionMap) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canAdoptType(gc.type, map);
  }
  #canAdoptType(c, map = adoptionAnyMap) {
    return !!map.get(this.type)?.includes(c);
  }
  #adoptWithSpace(child, index) {
    const gc = child.#parts[0];
    const blank = new _a(null, gc, this.options);
    blank.#parts.push("");
    gc.push(blank);
    this.#adopt(child, index);
  }
  #adopt(child, index) {
    const gc = child.#parts[0];
    this.#parts.splice(index, 1, ...gc.#parts);
    for (const p of gc.#parts) {
      if (typeof p === "object")
        p.#parent = this;
    }
    this.#toString = void 0;
  }
  #canUsurpType(c) {
    const m = usurpMap.get(this.type);
    return !!m?.has(c);
  }
  #canUsurp(child) {
    if (!child || typeof child !== "object" || child.type !== null || child.#parts.length !== 1 || this.type === null || this.#parts.length !== 1) {
      return false;
    }
    const gc = child.#parts[0];
    if (!gc || typeof gc !== "object" || gc.type === null) {
      return false;
    }
    return this.#canUsurpType(gc.type);
  }
  #usurp(child) {
    const m = usurpMap.get(this.type);
    const gc = child.#parts[0];
    const nt = m?.get(gc.type);
    if (!nt)
      return false;
    this.#parts = gc.#parts;
    for (const p of this.#parts) {
      if (typeof p === "object") {
        p.#parent = this;
      }
    }
    this.type = nt;
    this.#toString = void 0;
    this.#emptyExt = false;
  }
  static fromGlob(pattern, options = {}) {
    const ast = new _a(null, void 0, options);
    _a.#parseAST(pattern, ast, 0, options, 0);
    return ast;
  }
  // returns the regular expression if there's magic, or the unescaped
  // string if not.
  toMMPattern() {
    if (this !== this.#root)
      return this.#root.toMMPattern();
    const glob = this.toString();
    const [re, body, hasMagic, uflag] = this.toRegExpSource();
    const anyMagic = hasMagic || this.#hasMagic || this.#options.nocase && !this.#options.nocaseMagicOnly && glob.toUpperCase() !== glob.toLowerCase();
    if (!anyMagic) {
      return body;
    }
    const flags = (this.#options.nocase ? "i" : "") + (uflag ? "u" : "");
    return Object.assign(new RegExp(`^${re}$`, flags), {
      _src: re,
      _glob: glob
    });
  }
  get options() {
    return this.#options;
  }
  // returns the string match, the regexp source, whether there's magic
  // in the regexp (so a regular expression is required) and whether or
  // not the uflag is needed for the regular expression (for posix classes)
  // TODO: instead of injecting the start/end at this point, just return
  // the BODY of the regexp, along with the start/end portions suitable
  // for binding the start/end in either a joined full-path makeRe context
  // (where we bind to (^|/), or a standalone matchPart context (where
  // we bind to ^, and not /).  Otherwise slashes get duped!
  //
  // In part-matching mode, the start is:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: ^(?!\.\.?$)
  // - if dots allowed or not possible: ^
  // - if dots possible and not allowed: ^(?!\.)
  // end is:
  // - if not isEnd(): nothing
  // - else: $
  //
  // In full-path matching mode, we put the slash at the START of the
  // pattern, so start is:
  // - if first pattern: same as part-matching mode
  // - if not isStart(): nothing
  // - if traversal possible, but not allowed: /(?!\.\.?(?:$|/))
  // - if dots allowed or not possible: /
  // - if dots possible and not allowed: /(?!\.)
  // end is:
  // - if last pattern, same as part-matching mode
  // - else nothing
  //
  // Always put the (?:$|/) on negated tails, though, because that has to be
  // there to bind the end of the negated pattern portion, and it's easier to
  // just stick it in now rather than try to inject it later in the middle of
  // the pattern.
  //
  // We can just always return the same end, and leave it up to the caller
  // to know whether it's going to be used joined or in parts.
  // And, if the start is adjusted slightly, can do the same there:
  // - if not isStart: nothing
  // - if traversal possible, but not allowed: (?:/|^)(?!\.\.?$)
  // - if dots allowed or not possible: (?:/|^)
  // - if dots possible and not allowed: (?:/|^)(?!\.)
  //
  // But it's better to have a simpler binding without a conditional, for
  // performance, so probably better to return both start options.
  //
  // Then the caller just ignores the end if it's not the first pattern,
  // and the start always gets applied.
  //
  // But that's always going to be $ if it's the ending pattern, or nothing,
  // so the caller can just attach $ at the end of the pattern when building.
  //
  // So the todo is:
  // - better detect what kind of start is needed
  // - return both flavors of starting pattern
  // - attach $ at the end of the pattern when creating the actual RegExp
  //
  // Ah, but wait, no, that all only applies to the root when the first pattern
  // is not an extglob. If the first pattern IS an extglob, then we need all
  // that dot prevention biz to live in the extglob portions, because eg
  // +(*|.x*) can match .xy but not .yx.
  //
  // So, return the two flavors if it's #root and the first child is not an
  // AST, otherwise leave it to the child AST to handle it, and there,
  // use the (?:^|/) style of start binding.
  //
  // Even simplified further:
  // - Since the start for a join is eg /(?!\.) and the start for a part
  // is ^(?!\.), we can just prepend (?!\.) to the pattern (either root
  // or start or whatever) and prepend ^ or / at the Regexp construction.
  toRegExpSource(allowDot) {
    const dot = allowDot ?? !!this.#options.dot;
    if (this.#root === this) {
      this.#flatten();
      this.#fillNegs();
    }
    if (!isExtglobAST(this)) {
      const noEmpty = this.isStart() && this.isEnd() && !this.#parts.some((s) => typeof s !== "string");
      const src = this.#parts.map((p) => {
        const [re, _, hasMagic, uflag] = typeof p === "string" ? _a.#parseGlob(p, this.#hasMagic, noEmpty) : p.toRegExpSource(allowDot);
        this.#hasMagic = this.#hasMagic || hasMagic;
        this.#uflag = this.#uflag || uflag;
        return re;
      }).join("");
      let start2 = "";
      if (this.isStart()) {
        if (typeof this.#parts[0] === "string") {
          const dotTravAllowed = this.#parts.length === 1 && justDots.has(this.#parts[0]);
          if (!dotTravAllowed) {
            const aps = addPatternStart;
            const needNoTrav = (
              // dots are allowed, and the pattern starts with [ or .
              dot && aps.has(src.charAt(0)) || // the pattern starts with \., and then [ or .
              src.startsWith("\\.") && aps.has(src.charAt(2)) || // the pattern starts with \.\., and then [ or .
              src.startsWith("\\.\\.") && aps.has(src.charAt(4))
            );
            const needNoDot = !dot && !allowDot && aps.has(src.charAt(0));
            start2 = needNoTrav ? startNoTraversal : needNoDot ? startNoDot : "";
          }
        }
      }
      let end = "";
      if (this.isEnd() && this.#root.#filledNegs && this.#parent?.type === "!") {
        end = "(?:$|\\/)";
      }
      const final2 = start2 + src + end;
      return [
        final2,
        unescape(src),
        this.#hasMagic = !!this.#hasMagic,
        this.#uflag
      ];
    }
    const repeated = this.type === "*" || this.type === "+";
    const start = this.type === "!" ? "(?:(?!(?:" : "(?:";
    let body = this.#partsToRegExp(dot);
    if (this.isStart() && this.isEnd() && !body && this.type !== "!") {
      const s = this.toString();
      const me = this;
      me.#parts = [s];
      me.type = null;
      me.#hasMagic = void 0;
      return [s, unescape(this.toString()), false, false];
    }
    let bodyDotAllowed = !repeated || allowDot || dot || !startNoDot ? "" : this.#partsToRegExp(true);
    if (bodyDotAllowed === body) {
      bodyDotAllowed = "";
    }
    if (bodyDotAllowed) {
      body = `(?:${body})(?:${bodyDotAllowed})*?`;
    }
    let final = "";
    if (this.type === "!" && this.#emptyExt) {
      final = (this.isStart() && !dot ? startNoDot : "") + starNoEmpty;
    } else {
      const close = this.type === "!" ? (
        // !() must match something,but !(x) can match ''
        "))" + (this.isStart() && !dot && !allowDot ? startNoDot : "") + star + ")"
      ) : this.type === "@" ? ")" : this.type === "?" ? ")?" : this.type === "+" && bodyDotAllowed ? ")" : this.type === "*" && bodyDotAllowed ? `)?` : `)${this.type}`;
      final = start + body + close;
    }
    return [
      final,
      unescape(body),
      this.#hasMagic = !!this.#hasMagic,
      this.#uflag
    ];
  }
  #flatten() {
    if (!isExtglobAST(this)) {
      for (const p of this.#parts) {
        if (typeof p === "object") {
          p.#flatten();
        }
      }
    } else {
      let iterations = 0;
      let done = false;
      do {
        done = true;
        for (let i = 0; i < this.#parts.length; i++) {
          const c = this.#parts[i];
          if (typeof c === "object") {
            c.#flatten();
            if (this.#canAdopt(c)) {
              done = false;
              this.#adopt(c, i);
            } else if (this.#canAdoptWithSpace(c)) {
              done = false;
              this.#adoptWithSpace(c, i);
            } else if (this.#canUsurp(c)) {
              done = false;
              this.#usurp(c);
            }
          }
        }
      } while (!done && ++iterations < 10);
    }
    this.#toString = void 0;
  }
  #partsToRegExp(dot) {
    return this.#parts.map((p) => {
      if (typeof p === "string") {
        throw new Error("string type in extglob ast??");
      }
      const [re, _, _hasMagic, uflag] = p.toRegExpSource(dot);
      this.#uflag = this.#uflag || uflag;
      return re;
    }).filter((p) => !(this.isStart() && this.isEnd()) || !!p).join("|");
  }
  static #parseGlob(glob, hasMagic, noEmpty = false) {
    let escaping = false;
    let re = "";
    let uflag = false;
    let inStar = false;
    for (let i = 0; i < glob.length; i++) {
      const c = glob.charAt(i);
      if (escaping) {
        escaping = false;
        re += (reSpecials.has(c) ? "\\" : "") + c;
        continue;
      }
      if (c === "*") {
        if (inStar)
          continue;
        inStar = true;
        re += noEmpty && /^[*]+$/.test(glob) ? starNoEmpty : star;
        hasMagic = true;
        continue;
      } else {
        inStar = false;
      }
      if (c === "\\") {
        if (i === glob.length - 1) {
          re += "\\\\";
        } else {
          escaping = true;
        }
        continue;
      }
      if (c === "[") {
        const [src, needUflag, consumed, magic] = parseClass(glob, i);
        if (consumed) {
          re += src;
          uflag = uflag || needUflag;
          i += consumed - 1;
          hasMagic = hasMagic || magic;
          continue;
        }
      }
      if (c === "?") {
        re += qmark;
        hasMagic = true;
        continue;
      }
      re += regExpEscape(c);
    }
    return [re, unescape(glob), !!hasMagic, uflag];
  }
};
_a = AST;

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&");
  }
  return windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
};

// node_modules/minimatch/dist/esm/index.js
var minimatch = (p, pattern, options = {}) => {
  assertValidPattern(pattern);
  if (!options.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return new Minimatch(pattern, options).match(p);
};
var starDotExtRE = /^\*+([^+@!?*[(]*)$/;
var starDotExtTest = (ext2) => (f) => !f.startsWith(".") && f.endsWith(ext2);
var starDotExtTestDot = (ext2) => (f) => f.endsWith(ext2);
var starDotExtTestNocase = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => !f.startsWith(".") && f.toLowerCase().endsWith(ext2);
};
var starDotExtTestNocaseDot = (ext2) => {
  ext2 = ext2.toLowerCase();
  return (f) => f.toLowerCase().endsWith(ext2);
};
var starDotStarRE = /^\*+\.\*+$/;
var starDotStarTest = (f) => !f.startsWith(".") && f.includes(".");
var starDotStarTestDot = (f) => f !== "." && f !== ".." && f.includes(".");
var dotStarRE = /^\.\*+$/;
var dotStarTest = (f) => f !== "." && f !== ".." && f.startsWith(".");
var starRE = /^\*+$/;
var starTest = (f) => f.length !== 0 && !f.startsWith(".");
var starTestDot = (f) => f.length !== 0 && f !== "." && f !== "..";
var qmarksRE = /^\?+([^+@!?*[(]*)?$/;
var qmarksTestNocase = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestNocaseDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  if (!ext2)
    return noext;
  ext2 = ext2.toLowerCase();
  return (f) => noext(f) && f.toLowerCase().endsWith(ext2);
};
var qmarksTestDot = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExtDot([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTest = ([$0, ext2 = ""]) => {
  const noext = qmarksTestNoExt([$0]);
  return !ext2 ? noext : (f) => noext(f) && f.endsWith(ext2);
};
var qmarksTestNoExt = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && !f.startsWith(".");
};
var qmarksTestNoExtDot = ([$0]) => {
  const len = $0.length;
  return (f) => f.length === len && f !== "." && f !== "..";
};
var defaultPlatform = typeof process === "object" && process ? typeof process.env === "object" && process.env && process.env.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path3 = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path3.win32.sep : path3.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var qmark2 = "[^/]";
var star2 = qmark2 + "*?";
var twoStarDot = "(?:(?!(?:\\/|^)(?:\\.{1,2})($|\\/)).)*?";
var twoStarNoDot = "(?:(?!(?:\\/|^)\\.).)*?";
var filter = (pattern, options = {}) => (p) => minimatch(p, pattern, options);
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    AST: class AST extends orig.AST {
      /* c8 ignore start */
      constructor(type, parent, options = {}) {
        super(type, parent, ext(def, options));
      }
      /* c8 ignore stop */
      static fromGlob(pattern, options = {}) {
        return orig.AST.fromGlob(pattern, ext(def, options));
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    makeRe: (pattern, options = {}) => orig.makeRe(pattern, ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  return expand(pattern, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var makeRe = (pattern, options = {}) => new Minimatch(pattern, options).makeRe();
minimatch.makeRe = makeRe;
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var regExpEscape2 = (s) => s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, "\\$&");
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  regexp;
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? 200;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    const awe = "allowWindowsEscape";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[awe] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.regexp = null;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.make();
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  debug(..._) {
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.braceExpand())];
    if (options.debug) {
      this.debug = (...args) => console.error(...args);
    }
    this.debug(this.pattern, this.globSet);
    const rawGlobParts = this.globSet.map((s) => this.slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.debug(this.pattern, this.globParts);
    let set2 = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && !globMagic.test(s[3]);
        const isDrive = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, 4),
            ...s.slice(4).map((ss) => this.parse(ss))
          ];
        } else if (isDrive) {
          return [s[0], ...s.slice(1).map((ss) => this.parse(ss))];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.debug(this.pattern, set2);
    this.set = set2.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && typeof p[3] === "string" && /^[a-z]:$/i.test(p[3])) {
          p[2] = "?";
        }
      }
    }
    this.debug(this.pattern, this.set);
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      parts = parts.reduce((set2, part) => {
        const prev = set2[set2.length - 1];
        if (part === "**" && prev === "**") {
          return set2;
        }
        if (part === "..") {
          if (prev && prev !== ".." && prev !== "." && prev !== "**") {
            set2.pop();
            return set2;
          }
        }
        set2.push(part);
        return set2;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  levelTwoFileOptimize(parts) {
    if (!Array.isArray(parts)) {
      parts = this.slashSplit(parts);
    }
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      let dd = 0;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**" && !(this.isWindows && /^[a-z]:$/i.test(p))) {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd -= 2;
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        let dd = 0;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd -= 2;
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/**/<rest>,<pre>/<rest>} -> <pre>/**/<rest>
  //
  // {<pre>/**/<rest>,<pre>/**/<p>/<rest>} -> <pre>/**/<rest>
  // ^-- not valid because ** doens't follow symlinks
  secondPhasePreProcess(globParts) {
    for (let i = 0; i < globParts.length - 1; i++) {
      for (let j = i + 1; j < globParts.length; j++) {
        const matched = this.partsMatch(globParts[i], globParts[j], !this.preserveMultipleSlashes);
        if (matched) {
          globParts[i] = [];
          globParts[j] = matched;
          break;
        }
      }
    }
    return globParts.filter((gs) => gs.length);
  }
  partsMatch(a, b, emptyGSMatch = false) {
    let ai = 0;
    let bi = 0;
    let result = [];
    let which = "";
    while (ai < a.length && bi < b.length) {
      if (a[ai] === b[bi]) {
        result.push(which === "b" ? b[bi] : a[ai]);
        ai++;
        bi++;
      } else if (emptyGSMatch && a[ai] === "**" && b[bi] === a[ai + 1]) {
        result.push(a[ai]);
        ai++;
      } else if (emptyGSMatch && b[bi] === "**" && a[ai] === b[bi + 1]) {
        result.push(b[bi]);
        bi++;
      } else if (a[ai] === "*" && b[bi] && (this.options.dot || !b[bi].startsWith(".")) && b[bi] !== "**") {
        if (which === "b")
          return false;
        which = "a";
        result.push(a[ai]);
        ai++;
        bi++;
      } else if (b[bi] === "*" && a[ai] && (this.options.dot || !a[ai].startsWith(".")) && a[ai] !== "**") {
        if (which === "a")
          return false;
        which = "b";
        result.push(b[bi]);
        ai++;
        bi++;
      } else {
        return false;
      }
    }
    return a.length === b.length && result;
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // set partial to true to test if, for example,
  // "/a/b" matches the start of "/*/b/*/d"
  // Partial means, if you run out of file before you run
  // out of pattern, then that's fine, as long as all
  // the parts match.
  matchOne(file, pattern, partial = false) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          pattern[pdi] = fd;
          patternStartIndex = pdi;
          fileStartIndex = fdi;
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      file = this.levelTwoFileOptimize(file);
    }
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const [head, body, tail] = partial ? [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1),
      []
    ] : [
      pattern.slice(patternIndex, firstgs),
      pattern.slice(firstgs + 1, lastgs),
      pattern.slice(lastgs + 1)
    ];
    if (head.length) {
      const fileHead = file.slice(fileIndex, fileIndex + head.length);
      if (!this.#matchOne(fileHead, head, partial, 0, 0)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i2 = fileIndex; i2 < file.length - fileTailMatch; i2++) {
        const f = String(file[i2]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    const bodySegments = [[[], 0]];
    let currentBody = bodySegments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        currentBody = [[], 0];
        bodySegments.push(currentBody);
      } else {
        currentBody[0].push(b);
        nonGsParts++;
      }
    }
    let i = bodySegments.length - 1;
    const fileLength = file.length - fileTailMatch;
    for (const b of bodySegments) {
      b[1] = fileLength - (nonGsPartsSums[i--] + b[0].length);
    }
    return !!this.#matchGlobStarBodySections(file, bodySegments, fileIndex, 0, partial, 0, !!fileTailMatch);
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileIndex, bodyIndex, partial, globStarDepth, sawTail) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      for (let i = fileIndex; i < file.length; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, after] = bs;
    while (fileIndex <= after) {
      const m = this.#matchOne(file.slice(0, fileIndex + body.length), body, partial, fileIndex, 0);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail);
        if (sub !== false) {
          return sub;
        }
      }
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = file.length, pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      this.debug("matchOne loop");
      let p = pattern[pi];
      let f = file[fi];
      this.debug(pattern, p, f);
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      let hit;
      if (typeof p === "string") {
        hit = f === p;
        this.debug("string match", p, f, hit);
      } else {
        hit = p.test(f);
        this.debug("pattern match", p, f, hit);
      }
      if (!hit)
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    let m;
    let fastTest = null;
    if (m = pattern.match(starRE)) {
      fastTest = options.dot ? starTestDot : starTest;
    } else if (m = pattern.match(starDotExtRE)) {
      fastTest = (options.nocase ? options.dot ? starDotExtTestNocaseDot : starDotExtTestNocase : options.dot ? starDotExtTestDot : starDotExtTest)(m[1]);
    } else if (m = pattern.match(qmarksRE)) {
      fastTest = (options.nocase ? options.dot ? qmarksTestNocaseDot : qmarksTestNocase : options.dot ? qmarksTestDot : qmarksTest)(m);
    } else if (m = pattern.match(starDotStarRE)) {
      fastTest = options.dot ? starDotStarTestDot : starDotStarTest;
    } else if (m = pattern.match(dotStarRE)) {
      fastTest = dotStarTest;
    }
    const re = AST.fromGlob(pattern, this.options).toMMPattern();
    if (fastTest && typeof re === "object") {
      Reflect.defineProperty(re, "test", { value: fastTest });
    }
    return re;
  }
  makeRe() {
    if (this.regexp || this.regexp === false)
      return this.regexp;
    const set2 = this.set;
    if (!set2.length) {
      this.regexp = false;
      return this.regexp;
    }
    const options = this.options;
    const twoStar = options.noglobstar ? star2 : options.dot ? twoStarDot : twoStarNoDot;
    const flags = new Set(options.nocase ? ["i"] : []);
    let re = set2.map((pattern) => {
      const pp = pattern.map((p) => {
        if (p instanceof RegExp) {
          for (const f of p.flags.split(""))
            flags.add(f);
        }
        return typeof p === "string" ? regExpEscape2(p) : p === GLOBSTAR ? GLOBSTAR : p._src;
      });
      pp.forEach((p, i) => {
        const next = pp[i + 1];
        const prev = pp[i - 1];
        if (p !== GLOBSTAR || prev === GLOBSTAR) {
          return;
        }
        if (prev === void 0) {
          if (next !== void 0 && next !== GLOBSTAR) {
            pp[i + 1] = "(?:\\/|" + twoStar + "\\/)?" + next;
          } else {
            pp[i] = twoStar;
          }
        } else if (next === void 0) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + ")?";
        } else if (next !== GLOBSTAR) {
          pp[i - 1] = prev + "(?:\\/|\\/" + twoStar + "\\/)" + next;
          pp[i + 1] = GLOBSTAR;
        }
      });
      const filtered = pp.filter((p) => p !== GLOBSTAR);
      if (this.partial && filtered.length >= 1) {
        const prefixes = [];
        for (let i = 1; i <= filtered.length; i++) {
          prefixes.push(filtered.slice(0, i).join("/"));
        }
        return "(?:" + prefixes.join("|") + ")";
      }
      return filtered.join("/");
    }).join("|");
    const [open, close] = set2.length > 1 ? ["(?:", ")"] : ["", ""];
    re = "^" + open + re + close + "$";
    if (this.partial) {
      re = "^(?:\\/|" + open + re.slice(1, -1) + close + ")$";
    }
    if (this.negate)
      re = "^(?!" + re + ").+$";
    try {
      this.regexp = new RegExp(re, [...flags].join(""));
    } catch {
      this.regexp = false;
    }
    return this.regexp;
  }
  slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    this.debug("match", f, this.pattern);
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    if (this.isWindows) {
      f = f.split("\\").join("/");
    }
    const ff = this.slashSplit(f);
    this.debug(this.pattern, "split", ff);
    const set2 = this.set;
    this.debug(this.pattern, "set", set2);
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (const pattern of set2) {
      let file = ff;
      if (options.matchBase && pattern.length === 1) {
        file = [filename];
      }
      const hit = this.matchOne(file, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.AST = AST;
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/config/print.ts
import path9 from "node:path";

// src/load/read.ts
import { isAscii } from "node:buffer";
import { readFileSync as readFileSync2, statSync as statSync2 } from "node:fs";
import path4 from "node:path";
var MAX_FILE_BYTES = 32 * 1024 * 1024;
function displayPathOf(absolutePath, cwd) {
  return path4.relative(cwd, absolutePath).split(path4.sep).join("/");
}
var utf8 = new TextDecoder("utf-8", { fatal: true });
function readSource(absolutePath, cwd) {
  const displayPath = displayPathOf(absolutePath, cwd);
  const fail = (message) => {
    const file = { path: absolutePath, displayPath, text: "" };
    return { ok: false, file, problem: { ruleId: "parse-error", span: { file, start: 0, end: 0 }, message } };
  };
  let bytes;
  try {
    const size = statSync2(absolutePath).size;
    if (size > MAX_FILE_BYTES) {
      return fail(
        `File is ${formatMiB(size)}, above gwlint's ${formatMiB(MAX_FILE_BYTES)} limit; it was not linted. Split it into smaller files.`
      );
    }
    bytes = readFileSync2(absolutePath);
  } catch (error) {
    const code2 = error.code ?? "error";
    return fail(`File could not be read (${code2}); it was not linted.`);
  }
  let text;
  if (isAscii(bytes)) {
    text = bytes.toString("latin1");
  } else {
    try {
      text = utf8.decode(bytes);
    } catch {
      return fail("File is not valid UTF-8 text; it was not linted. Gateways expect UTF-8 configuration.");
    }
  }
  if (text.includes("\0")) {
    return fail("File contains NUL characters, which YAML and JSON never allow: it is binary or corrupted, not configuration text; it was not linted.");
  }
  if (text.charCodeAt(0) === 65279) text = text.slice(1);
  if (text.includes("\r")) text = text.replace(/\r(?!\n)/g, "\n");
  return { ok: true, file: { path: absolutePath, displayPath, text } };
}
function formatMiB(bytes) {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}

// src/config/resolve.ts
import { statSync as statSync4 } from "node:fs";
import path8 from "node:path";

// src/discover/files.ts
import { readdirSync, realpathSync, statSync as statSync3 } from "node:fs";
import path5 from "node:path";
var PathNotFoundError = class extends Error {
};
var CONFIG_EXTENSION = /\.(ya?ml|json)$/i;
var SKIPPED_FOLDERS = /* @__PURE__ */ new Set(["node_modules"]);
function toSlashes(file) {
  return file.split(path5.sep).join("/");
}
function discoverFiles(paths, options) {
  const found = /* @__PURE__ */ new Map();
  const visitedFolders = /* @__PURE__ */ new Set();
  const { scope } = options;
  const inScope = (absolute) => toSlashes(path5.relative(scope.folder, absolute));
  const ignored = (absolute) => {
    const relative = toSlashes(path5.relative(options.cwd, absolute));
    if (scope && scope.ignore.some((pattern) => minimatch(inScope(absolute), pattern, { dot: true }))) return true;
    return options.ignorePatterns.some(
      (pattern) => minimatch(relative, pattern, { dot: true }) || minimatch(toSlashes(absolute), pattern, { dot: true })
    );
  };
  const wanted = (absolute) => {
    if (!scope) return true;
    if (scope.configFile === absolute) return false;
    return scope.include.length === 0 || scope.include.some((pattern) => minimatch(inScope(absolute), pattern, { dot: true }));
  };
  const walk2 = (folder) => {
    let real;
    try {
      real = realpathSync(folder);
    } catch {
      return;
    }
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    let entries;
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const child = path5.join(folder, entry.name);
      if (ignored(child)) continue;
      let isDirectory2 = entry.isDirectory();
      let isFile2 = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = statSync3(child);
          isDirectory2 = target.isDirectory();
          isFile2 = target.isFile();
        } catch {
          continue;
        }
      }
      if (isDirectory2) {
        if (entry.name.startsWith(".") || SKIPPED_FOLDERS.has(entry.name)) continue;
        walk2(child);
      } else if (isFile2 && CONFIG_EXTENSION.test(entry.name) && !found.has(child) && wanted(child)) {
        found.set(child, { path: child, explicit: false });
      }
    }
  };
  for (const given of paths) {
    const absolute = path5.resolve(options.cwd, given);
    let stats;
    try {
      stats = statSync3(absolute);
    } catch {
      throw new PathNotFoundError(`No such file or folder: ${given}`);
    }
    if (stats.isDirectory()) walk2(absolute);
    else if (!ignored(absolute)) found.set(absolute, { path: absolute, explicit: true });
  }
  return [...found.values()].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}

// src/config/load.ts
import path6 from "node:path";

// src/load/parse.ts
var import_yaml = __toESM(require_dist(), 1);

// src/load/assemble.ts
var MAX_ALIAS_EXPANSION = 1e5;
var AliasBudgetExceeded = class extends Error {
};
function makeScalar(file, value, start, end, tag) {
  return tag ? { kind: "scalar", value, file, start, end, tag } : { kind: "scalar", value, file, start, end };
}
function makeSeq(file, items2, start, end, tag) {
  return tag ? { kind: "seq", items: items2, file, start, end, tag } : { kind: "seq", items: items2, file, start, end };
}
function makeMap(file, pairs, start, end, tag) {
  return tag ? { kind: "map", pairs, file, start, end, tag } : { kind: "map", pairs, file, start, end };
}
var Anchors = class {
  constructor(file) {
    this.file = file;
  }
  file;
  nodes = /* @__PURE__ */ new Map();
  /** Expanded sizes of alias targets only: most documents have none, so no per-node bookkeeping. */
  targetWeights = /* @__PURE__ */ new Map();
  expanded = 0;
  define(name, node) {
    this.nodes.set(name, node);
  }
  /** Throws `AliasBudgetExceeded` once the document's aliases stand for too many nodes. */
  resolve(name, start, end) {
    const target = this.nodes.get(name);
    if (!target) {
      return makeScalar(this.file, `*${name}`, start, end, void 0);
    }
    this.expanded += this.weightOf(target);
    if (this.expanded > MAX_ALIAS_EXPANSION) throw new AliasBudgetExceeded();
    return { ...target, start, end };
  }
  /**
   * How many nodes a target stands for once its own aliases are expanded. Nested targets were
   * measured when their aliases were resolved, so each level costs its direct size only; counting
   * stops past the budget.
   */
  weightOf(node) {
    const known = this.targetWeights.get(node);
    if (known !== void 0) return known;
    let weight = 1;
    const children = node.kind === "map" ? node.pairs.map((pair) => pair.value) : node.kind === "seq" ? node.items : [];
    for (const child of children) {
      weight += 1 + this.weightOf(child);
      if (weight > MAX_ALIAS_EXPANSION) break;
    }
    this.targetWeights.set(node, weight);
    return weight;
  }
};
var INDEX_FROM = 12;
var PairCollector = class {
  constructor(file, problems) {
    this.file = file;
    this.problems = problems;
  }
  file;
  problems;
  pairs = [];
  index;
  merges;
  /**
   * The entry whose key is `keyText`, written at `[keyStart, keyEnd)` with tag `keyTag`.
   * `mergeKey`: the key is a plain, untagged `<<`, so the value's entries are merged in.
   */
  add(keyText, keyStart, keyEnd, keyTag, value, mergeKey) {
    if (mergeKey) {
      (this.merges ??= []).push(value);
      return;
    }
    const pair = new YPair(this.file, keyText, keyStart, keyEnd, keyTag, value);
    const previous = this.find(keyText);
    if (previous !== -1) {
      const first = this.pairs[previous];
      this.problems.push({
        ruleId: "duplicate-key",
        span: pair.key,
        message: `Duplicate key '${keyText}': it is also defined at line ${lineOf(first.key)}. Parsers disagree on which value wins (most keep the last, some reject the file), so the gateway may not see the value you expect.`,
        related: [{ span: first.key, message: `first '${keyText}'` }]
      });
      this.pairs[previous] = pair;
    } else {
      this.push(pair, keyText);
    }
  }
  /** The entries, merge sources applied: explicit keys win, then earlier merge sources. */
  finish() {
    for (const source of this.merges ?? []) {
      const sources = source.kind === "seq" ? source.items : [source];
      for (const item of sources) {
        if (item.kind !== "map") continue;
        for (const pair of item.pairs) {
          if (this.find(pair.keyText) === -1) this.push(pair, pair.keyText);
        }
      }
    }
    return this.pairs.slice();
  }
  find(keyText) {
    if (this.index) return this.index.get(keyText) ?? -1;
    const pairs = this.pairs;
    for (let i = 0; i < pairs.length; i++) if (pairs[i].keyText === keyText) return i;
    return -1;
  }
  push(pair, keyText) {
    const pairs = this.pairs;
    pairs.push(pair);
    if (this.index) this.index.set(keyText, pairs.length - 1);
    else if (pairs.length >= INDEX_FROM) {
      this.index = /* @__PURE__ */ new Map();
      for (let i = 0; i < pairs.length; i++) this.index.set(pairs[i].keyText, i);
    }
  }
};
function lineOf(span2) {
  return positionAt(span2.file, span2.start).line;
}
function isEmptyRoot(root) {
  return root.kind === "scalar" && root.value === null && root.tag === void 0;
}

// src/load/comments.ts
function collectComments(tokens) {
  const comments = [];
  const pending = [...tokens];
  while (pending.length > 0) {
    const value = pending.pop();
    if (Array.isArray(value)) {
      pending.push(...value);
      continue;
    }
    if (value === null || typeof value !== "object") continue;
    const token = value;
    if (token.type === "comment" && typeof token.offset === "number" && typeof token.source === "string") {
      comments.push({ offset: token.offset, source: token.source.replace(/\s+$/, "") });
      continue;
    }
    for (const child of Object.values(value)) if (child !== null && typeof child === "object") pending.push(child);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}

// src/load/depth.ts
var MAX_NESTING = 256;
var CR = 13;
var DOUBLE_QUOTE = 34;
var HASH = 35;
var SINGLE_QUOTE = 39;
var DASH = 45;
var BRACKET_OPEN = 91;
var BACKSLASH = 92;
var BRACKET_CLOSE = 93;
var BRACE_OPEN = 123;
var BRACE_CLOSE = 125;
function findExcessiveNesting(text, limit = MAX_NESTING) {
  const indents = [];
  let flowDepth = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let i = lineStart;
    while (i < lineEnd && text.charCodeAt(i) === 32) i++;
    const first = text.charCodeAt(i);
    const blank = i === lineEnd || first === HASH || first === CR;
    if (!blank && flowDepth === 0) {
      const indent = i - lineStart;
      while (indents.length > 0 && indents[indents.length - 1] >= indent) indents.pop();
      indents.push(indent);
      let dashes = 0;
      while (i + 1 < lineEnd && text.charCodeAt(i) === DASH && text.charCodeAt(i + 1) === 32) {
        dashes++;
        i += 2;
        while (i < lineEnd && text.charCodeAt(i) === 32) i++;
      }
      if (indents.length + dashes > limit) return { offset: i };
    }
    const scanned = scanFlow(text, i, lineEnd, flowDepth, indents.length, limit);
    if (typeof scanned === "object") return scanned;
    flowDepth = scanned;
    lineStart = lineEnd + 1;
  }
  return void 0;
}
function scanFlow(text, from, to, flowDepth, blockDepth, limit) {
  let depth = flowDepth;
  let quote = 0;
  for (let i = from; i < to; i++) {
    const code2 = text.charCodeAt(i);
    if (quote !== 0) {
      if (code2 === BACKSLASH && quote === DOUBLE_QUOTE) i++;
      else if (code2 === quote) quote = 0;
      continue;
    }
    if (code2 === DOUBLE_QUOTE || code2 === SINGLE_QUOTE && (i === from || /[\s,[{:]/.test(text[i - 1]))) quote = code2;
    else if (code2 === HASH && (i === from || /\s/.test(text[i - 1]))) break;
    else if (code2 === BRACKET_OPEN || code2 === BRACE_OPEN) {
      depth++;
      if (blockDepth + depth > limit) return { offset: i };
    } else if ((code2 === BRACKET_CLOSE || code2 === BRACE_CLOSE) && depth > 0) depth--;
  }
  return depth;
}

// src/load/fast/chars.ts
var TAB = 9;
var LF = 10;
var CR2 = 13;
var SPACE = 32;
var BANG = 33;
var QUOTE_DOUBLE = 34;
var HASH2 = 35;
var AMPERSAND = 38;
var QUOTE_SINGLE = 39;
var ASTERISK = 42;
var PLUS = 43;
var COMMA = 44;
var DASH2 = 45;
var DOT = 46;
var COLON = 58;
var GREATER = 62;
var QUESTION = 63;
var BRACKET_OPEN2 = 91;
var BACKSLASH2 = 92;
var BRACKET_CLOSE2 = 93;
var BRACE_OPEN2 = 123;
var PIPE = 124;
var BRACE_CLOSE2 = 125;
function isFlowIndicator(code2) {
  return code2 === COMMA || code2 === BRACKET_OPEN2 || code2 === BRACKET_CLOSE2 || code2 === BRACE_OPEN2 || code2 === BRACE_CLOSE2;
}
function isBlank(code2) {
  return code2 === SPACE || code2 === LF || code2 === TAB || code2 === CR2 || code2 !== code2;
}
function isBreak(code2) {
  return code2 === LF || code2 === CR2;
}
var NOT_PLAIN_START = new Uint8Array(128);
for (const char of ",#&*!|>'\"%@`[]{}") NOT_PLAIN_START[char.charCodeAt(0)] = 1;
function canStartPlain(code2, next, inFlow) {
  if (code2 === DASH2 || code2 === COLON || code2 === QUESTION) return !isBlank(next) && !(inFlow && isFlowIndicator(next));
  return code2 < 128 ? NOT_PLAIN_START[code2] === 0 && code2 > SPACE : true;
}
var NAME_CHAR = new Uint8Array(128);
for (let code2 = 0; code2 < 128; code2++) {
  const char = String.fromCharCode(code2);
  if (/[A-Za-z0-9_.-]/.test(char)) NAME_CHAR[code2] = 1;
}
function isNameChar(code2) {
  return code2 < 128 && NAME_CHAR[code2] === 1;
}

// src/load/fast/cursor.ts
var TEXT_CACHE_SIZE = 4096;
var Declined = class _Declined {
  constructor() {
  }
  static instance = new _Declined();
};
var Cursor = class {
  constructor(file, problems, comments) {
    this.file = file;
    this.problems = problems;
    this.comments = comments;
    this.text = file.text;
    this.length = file.text.length;
    this.anchors = new Anchors(file);
  }
  file;
  problems;
  comments;
  text;
  length;
  pos = 0;
  /** Where the current line starts. */
  lineStart = 0;
  /**
   * After `toContentLine`: the indentation of the line `pos` is on (at its first character), or
   * -1 at the end of the text or on a `---` / `...` document marker.
   */
  indent = 0;
  /** How the last `scanPlainLine` stopped (`STOP_…` in `tokens.ts`). */
  stop = 0;
  /** Whether the last `scanQuoted` found no escape, line break or doubled quote. */
  verbatim = false;
  /** Comments passed so far, recorded or not. */
  commentCount = 0;
  /** The current document's anchors. */
  anchors;
  /** Where the key just read starts and ends (out-parameters, so a key costs no object of its own). */
  keyStart = 0;
  keyEnd = 0;
  /** How many collections enclose `pos`; past `MAX_NESTING` the fast path declines. */
  depth = 0;
  /**
   * Items of the sequences being read, innermost last (`items[0, itemCount)`): each sequence
   * takes an exact-size copy of its own at its end, so no array grows item by item. The array
   * itself never shrinks, which would make the engine give its storage back and take it again.
   */
  items = [];
  itemCount = 0;
  /** Recently seen short texts, by a hash of their characters: keys and values repeat a lot. */
  texts = new Array(TEXT_CACHE_SIZE).fill(void 0);
  /**
   * `text.slice(start, end)`, the same string for the same short text: the tree holds one copy
   * of `name`, `GET` or `upstream-a` however often they occur.
   */
  slice(start, end) {
    const length = end - start;
    if (length > 48 || length === 0) return this.text.slice(start, end);
    const text = this.text;
    const mix = length * 40503 + text.charCodeAt(start) * 945 + text.charCodeAt(end - 1) * 31 + text.charCodeAt(start + (length >> 1)) * 7;
    const hash = mix & TEXT_CACHE_SIZE - 1;
    const known = this.texts[hash];
    if (known !== void 0 && known.length === length && text.startsWith(known, start)) return known;
    const sliced = text.slice(start, end);
    this.texts[hash] = sliced;
    return sliced;
  }
  pushItem(item) {
    this.items[this.itemCount++] = item;
  }
  /** The items pushed since `itemCount` was `base`, which it is again afterwards. */
  takeItems(base) {
    const items2 = this.items.slice(base, this.itemCount);
    this.itemCount = base;
    return items2;
  }
  decline() {
    throw Declined.instance;
  }
  /**
   * Called as a collection starts (`leave` as it ends). The fast path reads nesting by recursion,
   * so it declines past the limit, and the full path reports the nesting without recursing
   * (`depth.ts`).
   */
  enter() {
    if (++this.depth > MAX_NESTING) this.decline();
  }
  leave() {
    this.depth--;
  }
  code(at = this.pos) {
    return this.text.charCodeAt(at);
  }
  /** Records the comment starting at `at` (its `#`) and moves to the end of its line. */
  comment(at) {
    this.commentCount++;
    let end = this.text.indexOf("\n", at);
    if (end === -1) end = this.length;
    if (this.comments) this.comments.push({ offset: at, source: this.text.slice(at, end).replace(/\s+$/, "") });
    this.pos = end;
  }
  skipSpaces() {
    const start = this.pos;
    while (this.text.charCodeAt(this.pos) === SPACE) this.pos++;
    return this.pos - start;
  }
  /**
   * After a node: the rest of its line may hold spaces and a comment (after a space) only. Moves
   * to the next content line.
   */
  endLine() {
    this.skipSpaces();
    let code2 = this.text.charCodeAt(this.pos);
    if (code2 === HASH2) {
      if (this.text.charCodeAt(this.pos - 1) !== SPACE) this.decline();
      this.comment(this.pos);
      code2 = this.text.charCodeAt(this.pos);
    }
    if (isBreak(code2)) {
      this.pos = this.afterBreak(this.pos);
    } else if (this.pos < this.length) {
      this.decline();
    }
    this.toContentLine();
  }
  /**
   * From the start of a line, skips blank and comment lines; stops at the first character of a
   * content line and sets `indent`.
   */
  toContentLine() {
    const text = this.text;
    for (; ; ) {
      const lineStart = this.pos;
      this.lineStart = lineStart;
      let pos = lineStart;
      while (text.charCodeAt(pos) === SPACE) pos++;
      this.pos = pos;
      if (pos >= this.length) {
        this.indent = -1;
        return;
      }
      const code2 = text.charCodeAt(pos);
      if (isBreak(code2)) {
        this.pos = this.afterBreak(pos);
        continue;
      }
      if (code2 === HASH2) {
        this.comment(pos);
        if (this.pos < this.length) this.pos++;
        continue;
      }
      if (code2 === TAB) this.decline();
      this.indent = pos === lineStart && this.isDocumentMarker(pos) ? -1 : pos - lineStart;
      return;
    }
  }
  /** Where the next line starts, given the line break at `at`. */
  afterBreak(at) {
    return this.text.charCodeAt(at) === CR2 ? at + 2 : at + 1;
  }
  /** `---` or `...` at the start of a line, followed by white space or the end. */
  isDocumentMarker(at) {
    const text = this.text;
    const code2 = text.charCodeAt(at);
    if (code2 !== DASH2 && code2 !== DOT) return false;
    if (text.charCodeAt(at + 1) !== code2 || text.charCodeAt(at + 2) !== code2) return false;
    const after = text.charCodeAt(at + 3);
    return after === SPACE || isBreak(after) || after === TAB || at + 3 >= this.length;
  }
};
function trimmedEnd(text, start, end) {
  let e = end;
  while (e > start) {
    const code2 = text.charCodeAt(e - 1);
    if (code2 === SPACE || code2 === TAB || code2 === LF || code2 === CR2) e--;
    else break;
  }
  return e;
}

// src/load/fast/block-scalar.ts
var CLIP = 0;
var STRIP = 1;
var KEEP = 2;
function readBlockScalar(c, parent, tag) {
  const text = c.text;
  const start = c.pos;
  const literal2 = text.charCodeAt(start) === PIPE;
  let pos = start + 1;
  let chomp = CLIP;
  const indicator = text.charCodeAt(pos);
  if (indicator === DASH2) chomp = STRIP;
  else if (indicator === PLUS) chomp = KEEP;
  if (chomp !== CLIP) pos++;
  c.pos = pos;
  const spaces = c.skipSpaces();
  if (c.code() === HASH2 && spaces > 0) c.comment(c.pos);
  const headerEnd = c.code();
  if (!isBreak(headerEnd) && c.pos < c.length) c.decline();
  const contentStart = Math.min(c.afterBreak(c.pos), c.length);
  const sourceEnd = contentEnd(c, contentStart, parent + 1, chomp === KEEP);
  const source = text.slice(contentStart, sourceEnd);
  if (source.includes("	")) c.decline();
  const value = blockValue(c, source, literal2, chomp);
  c.pos = sourceEnd;
  c.toContentLine();
  return makeScalar(c.file, value, start, trimmedEnd(text, start, sourceEnd), tag);
}
function contentEnd(c, from, minIndent, keep) {
  const text = c.text;
  const length = c.length;
  let lineBreak = from - 1;
  let indent = 0;
  for (let i = from; i < length; i++) {
    const code2 = text.charCodeAt(i);
    if (code2 === SPACE) indent++;
    else if (code2 === LF) {
      lineBreak = i;
      indent = 0;
    } else if (code2 !== CR2) break;
  }
  if (indent >= minIndent) {
    do {
      let k2 = lineBreak + 1;
      while (text.charCodeAt(k2) === SPACE) k2++;
      if (!isBreak(text.charCodeAt(k2)) && k2 - (lineBreak + 1) < indent) break;
      lineBreak = text.indexOf("\n", k2);
    } while (lineBreak !== -1);
    if (lineBreak === -1) lineBreak = length;
  }
  let k = lineBreak + 1;
  while (text.charCodeAt(k) === SPACE) k++;
  if (text.charCodeAt(k) === TAB) c.decline();
  if (!keep) {
    for (; ; ) {
      let i = lineBreak - 1;
      if (text.charCodeAt(i) === CR2) i--;
      const lastChar = i;
      while (text.charCodeAt(i) === SPACE) i--;
      if (text.charCodeAt(i) === LF && i >= from && i + 1 + indent > lastChar) lineBreak = i;
      else break;
    }
  }
  return Math.min(lineBreak + 1, length);
}
function splitLines(source) {
  const lines = [];
  let lineStart = 0;
  for (; ; ) {
    let lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd === -1) lineEnd = source.length;
    let contentStart = lineStart;
    while (source.charCodeAt(contentStart) === SPACE && contentStart < lineEnd) contentStart++;
    const contentEnd2 = source.charCodeAt(lineEnd - 1) === CR2 && lineEnd > contentStart ? lineEnd - 1 : lineEnd;
    lines.push([source.slice(lineStart, contentStart), source.slice(contentStart, contentEnd2)]);
    if (lineEnd === source.length) return lines;
    lineStart = lineEnd + 1;
  }
}
function blockValue(c, source, literal2, chomp) {
  const lines = source ? splitLines(source) : [];
  let chompStart = lines.length;
  while (chompStart > 0 && lines[chompStart - 1][1] === "") chompStart--;
  if (chompStart === 0) return chomp === KEEP && lines.length > 0 ? "\n".repeat(Math.max(1, lines.length - 1)) : "";
  let contentStart = 0;
  while (lines[contentStart][1] === "") contentStart++;
  const indent = lines[contentStart][0].length;
  for (let i = 0; i < contentStart; i++) if (lines[i][0].length > indent) c.decline();
  for (let i = lines.length - 1; i >= chompStart; i--) {
    if (lines[i][0].length > indent) {
      chompStart = i + 1;
      break;
    }
  }
  let value = "";
  for (let i = 0; i < contentStart; i++) value += `${lines[i][0].slice(indent)}
`;
  let separator = "";
  let previousMoreIndented = false;
  for (let i = contentStart; i < chompStart; i++) {
    const [spaces, content] = lines[i];
    if (literal2) {
      value += separator + spaces.slice(indent) + content;
      separator = "\n";
    } else if (spaces.length > indent) {
      if (separator === " ") separator = "\n";
      else if (!previousMoreIndented && separator === "\n") separator = "\n\n";
      value += separator + spaces.slice(indent) + content;
      separator = "\n";
      previousMoreIndented = true;
    } else if (content === "") {
      if (separator === "\n") value += "\n";
      else separator = "\n";
    } else {
      value += separator + content;
      separator = " ";
      previousMoreIndented = false;
    }
  }
  if (chomp === KEEP) {
    for (let i = chompStart; i < lines.length; i++) value += `
${lines[i][0].slice(indent)}`;
    if (!value.endsWith("\n")) value += "\n";
  } else if (chomp === CLIP) {
    value += "\n";
  }
  return value;
}

// src/load/fast/scalars.ts
var INT_OCTAL = /^0o[0-7]+$/;
var INT = /^[-+]?[0-9]+$/;
var INT_HEX = /^0x[0-9a-fA-F]+$/;
var FLOAT_SPECIAL = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
var FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
var NUMERIC_START = new Uint8Array(128);
for (const char of "+-.0123456789") NUMERIC_START[char.charCodeAt(0)] = 1;
function resolvePlain(source) {
  const first = source.charCodeAt(0);
  if (first < 128 && NUMERIC_START[first] === 1) return resolveNumeric(source, first);
  switch (source) {
    case "":
    case "~":
    case "null":
    case "Null":
    case "NULL":
      return null;
    case "true":
    case "True":
    case "TRUE":
      return true;
    case "false":
    case "False":
    case "FALSE":
      return false;
    default:
      return source;
  }
}
var NUMERIC_END = new Uint8Array(128);
for (const char of "0123456789.abcdefABCDEFnN") NUMERIC_END[char.charCodeAt(0)] = 1;
function resolveNumeric(source, first) {
  const last = source.charCodeAt(source.length - 1);
  if (!(last < 128 && NUMERIC_END[last] === 1)) return source;
  if (INT_OCTAL.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_SPECIAL.test(source)) {
    if (source.slice(-3).toLowerCase() === "nan") return Number.NaN;
    return first === DASH2 ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT.test(source)) return parseFloat(source);
  return source;
}
function isSpaceOrTab(char) {
  return char === " " || char === "	";
}
function trimStart(line) {
  let start = 0;
  while (isSpaceOrTab(line[start])) start++;
  return start === 0 ? line : line.slice(start);
}
function trimEnd(line) {
  let end = line.length;
  while (end > 0 && isSpaceOrTab(line[end - 1])) end--;
  return end === line.length ? line : line.slice(0, end);
}
function unfold(source) {
  let lineEnd = source.indexOf("\n");
  if (lineEnd === -1) return source;
  let result = trimEnd(source.slice(0, withoutCr(source, lineEnd)));
  let separator = " ";
  let lineStart = lineEnd + 1;
  for (; ; ) {
    lineEnd = source.indexOf("\n", lineStart);
    if (lineEnd === -1) break;
    const line = trimEnd(trimStart(source.slice(lineStart, withoutCr(source, lineEnd))));
    if (line === "") {
      if (separator === "\n") result += separator;
      else separator = "\n";
    } else {
      result += separator + line;
      separator = " ";
    }
    lineStart = lineEnd + 1;
  }
  return result + separator + trimStart(source.slice(lineStart));
}
function withoutCr(source, lineEnd) {
  return source.charCodeAt(lineEnd - 1) === CR2 ? lineEnd - 1 : lineEnd;
}
function singleQuotedValue(source) {
  const inner = source.slice(1, -1);
  const unfolded = inner.includes("\n") ? unfold(inner) : inner;
  return unfolded.includes("''") ? unfolded.replace(/''/g, "'") : unfolded;
}
var ESCAPES = Object.assign(/* @__PURE__ */ Object.create(null), {
  "0": "\0",
  a: "\x07",
  b: "\b",
  e: "\x1B",
  f: "\f",
  n: "\n",
  r: "\r",
  t: "	",
  v: "\v",
  N: "\x85",
  _: "\xA0",
  L: "\u2028",
  P: "\u2029",
  " ": " ",
  '"': '"',
  "/": "/",
  "\\": "\\",
  "	": "	"
});
var HEX = /^[0-9a-fA-F]+$/;
function doubleQuotedValue(source) {
  const last = source.length - 1;
  if (source.indexOf("\\") === -1 && source.indexOf("\n") === -1) return source.slice(1, last);
  let result = "";
  for (let i = 1; i < last; i++) {
    const char = source[i];
    if (char === "\n") {
      let breaks = "";
      let next = source[i + 1];
      while (next === " " || next === "	" || next === "\n") {
        if (next === "\n") breaks += "\n";
        i++;
        next = source[i + 1];
      }
      result += breaks || " ";
    } else if (char === "\\") {
      const next = source[++i];
      const escaped = ESCAPES[next];
      if (escaped !== void 0) {
        result += escaped;
      } else if (next === "\n") {
        while (isSpaceOrTab(source[i + 1])) i++;
      } else if (next === "x" || next === "u" || next === "U") {
        const length = next === "x" ? 2 : next === "u" ? 4 : 8;
        const hex = source.substr(i + 1, length);
        if (hex.length !== length || !HEX.test(hex)) return void 0;
        const code2 = parseInt(hex, 16);
        if (code2 > 1114111) return void 0;
        result += String.fromCodePoint(code2);
        i += length;
      } else {
        return void 0;
      }
    } else if (char === " " || char === "	") {
      const start = i;
      while (isSpaceOrTab(source[i + 1])) i++;
      if (source[i + 1] !== "\n") result += source.slice(start, i + 1);
    } else {
      result += char;
    }
  }
  return result;
}
function quotedValue(c, start, end) {
  if (c.verbatim) return c.slice(start + 1, end - 1);
  const source = c.text.slice(start, end);
  return c.text.charCodeAt(start) === QUOTE_DOUBLE ? doubleQuotedValue(source) : singleQuotedValue(source);
}
function plainValue(c, start, end) {
  return resolvePlain(c.slice(start, end));
}
function plainKey(c, start, end) {
  const value = resolvePlain(c.slice(start, end));
  return value === null ? "" : String(value);
}

// src/load/fast/tokens.ts
var STOP_EOL = 0;
var STOP_COLON = 1;
var STOP_COMMENT = 2;
var STOP_FLOW = 3;
function scanPlainLine(c, from, inFlow) {
  const text = c.text;
  let i = from;
  let end = from;
  for (; ; ) {
    const code2 = text.charCodeAt(i);
    if (code2 === COLON) {
      const next = text.charCodeAt(i + 1);
      if (isBlank(next) || inFlow && isFlowIndicator(next)) {
        c.stop = STOP_COLON;
        break;
      }
      end = ++i;
    } else if (code2 === SPACE || code2 === TAB) {
      const next = text.charCodeAt(i + 1);
      if (next === HASH2) {
        c.stop = STOP_COMMENT;
        break;
      }
      if (inFlow && isFlowIndicator(next)) {
        c.stop = STOP_FLOW;
        break;
      }
      i++;
    } else if (code2 === LF || code2 === CR2 || code2 !== code2) {
      c.stop = STOP_EOL;
      break;
    } else if (inFlow && isFlowIndicator(code2)) {
      c.stop = STOP_FLOW;
      break;
    } else {
      end = ++i;
    }
  }
  c.pos = i;
  return end;
}
function scanQuoted(c, minIndent) {
  const text = c.text;
  const quote = text.charCodeAt(c.pos);
  let i = c.pos + 1;
  c.verbatim = true;
  for (; ; ) {
    const code2 = text.charCodeAt(i);
    if (code2 === quote) {
      if (quote === QUOTE_SINGLE && text.charCodeAt(i + 1) === QUOTE_SINGLE) {
        c.verbatim = false;
        i += 2;
        continue;
      }
      c.pos = i + 1;
      return i + 1;
    }
    if (code2 === BACKSLASH2 && quote === QUOTE_DOUBLE) {
      c.verbatim = false;
      i += text.charCodeAt(i + 1) === LF ? 1 : 2;
    } else if (code2 === CR2) {
      c.decline();
    } else if (code2 === LF) {
      c.verbatim = false;
      if (minIndent < 1) c.decline();
      let k = i + 1;
      while (text.charCodeAt(k) === SPACE) k++;
      if (text.charCodeAt(k) !== LF && k - (i + 1) < minIndent) c.decline();
      i++;
    } else if (code2 !== code2) {
      c.decline();
    } else {
      i++;
    }
  }
}
function readProps(c) {
  const props = { anchor: void 0, tag: void 0 };
  for (; ; ) {
    const code2 = c.code();
    if (code2 === AMPERSAND && props.anchor === void 0) props.anchor = readName(c, c.pos + 1);
    else if (code2 === BANG && props.tag === void 0) props.tag = `!${readName(c, c.pos + 1)}`;
    else return props;
    const after = c.code();
    if (after !== SPACE) {
      if (after === LF || after === CR2 || after !== after) return props;
      c.decline();
    }
    c.skipSpaces();
  }
}
function readAlias(c) {
  if (c.code() !== ASTERISK) c.decline();
  return readName(c, c.pos + 1);
}
function readName(c, from) {
  let end = from;
  while (isNameChar(c.text.charCodeAt(end))) end++;
  if (end === from) c.decline();
  c.pos = end;
  return c.text.slice(from, end);
}
function isMergeKey(c, keyStart, keyEnd) {
  return keyEnd - keyStart === 2 && c.text.startsWith("<<", keyStart);
}

// src/load/fast/flow.ts
var MAX_KEY_LENGTH = 1e3;
function readFlow(c, parent, tag) {
  c.enter();
  const start = c.pos;
  const isMap2 = c.code() === BRACE_OPEN2;
  const close = isMap2 ? BRACE_CLOSE2 : BRACKET_CLOSE2;
  const base = c.itemCount;
  const entries = isMap2 ? new PairCollector(c.file, c.problems) : void 0;
  c.pos++;
  for (; ; ) {
    skipSpace(c, parent);
    let code2 = c.code();
    if (code2 === close) break;
    if (entries) {
      const key2 = readKey(c);
      const keyStart = c.keyStart;
      const keyEnd = c.keyEnd;
      skipSpace(c, parent);
      code2 = c.code();
      if (code2 === COMMA || code2 === close) c.decline();
      entries.add(key2, keyStart, keyEnd, void 0, readNode(c, parent), isMergeKey(c, keyStart, keyEnd));
    } else {
      c.pushItem(readNode(c, parent));
    }
    skipSpace(c, parent);
    code2 = c.code();
    if (code2 === COMMA) c.pos++;
    else if (code2 === close) break;
    else c.decline();
  }
  c.pos++;
  c.leave();
  return entries ? makeMap(c.file, entries.finish(), start, c.pos, tag) : makeSeq(c.file, c.takeItems(base), start, c.pos, tag);
}
function skipSpace(c, parent) {
  const text = c.text;
  for (; ; ) {
    const code2 = text.charCodeAt(c.pos);
    if (code2 === SPACE || code2 === TAB || code2 === CR2) {
      c.pos++;
    } else if (code2 === LF) {
      const lineStart = c.pos + 1;
      let k = lineStart;
      while (text.charCodeAt(k) === SPACE) k++;
      const next = text.charCodeAt(k);
      if (!isBreak(next) && next === next && (k - lineStart <= parent || k === lineStart && c.isDocumentMarker(k))) c.decline();
      c.lineStart = lineStart;
      c.pos = k;
    } else if (code2 === HASH2) {
      const before2 = text.charCodeAt(c.pos - 1);
      if (before2 !== SPACE && before2 !== TAB) c.decline();
      c.comment(c.pos);
    } else {
      return;
    }
  }
}
function readKey(c) {
  const text = c.text;
  const start = c.pos;
  const code2 = c.code();
  let key2;
  let end;
  if (code2 === QUOTE_DOUBLE || code2 === QUOTE_SINGLE) {
    end = scanQuoted(c, 0);
    const value = quotedValue(c, start, end);
    if (value === void 0) c.decline();
    while (c.code() === SPACE || c.code() === TAB) c.pos++;
    if (c.code() !== COLON) c.decline();
    key2 = value;
  } else if (canStartPlain(code2, text.charCodeAt(start + 1), true)) {
    end = scanPlainLine(c, start, true);
    if (c.stop !== STOP_COLON) c.decline();
    key2 = plainKey(c, start, end);
  } else {
    return c.decline();
  }
  if (end - start > MAX_KEY_LENGTH) c.decline();
  c.pos++;
  c.keyStart = start;
  c.keyEnd = end;
  return key2;
}
function readNode(c, parent) {
  const text = c.text;
  let code2 = c.code();
  let anchor;
  let tag;
  if (code2 === AMPERSAND || code2 === BANG) {
    ({ anchor, tag } = readProps(c));
    code2 = c.code();
  }
  const start = c.pos;
  let node;
  if (code2 === BRACKET_OPEN2 || code2 === BRACE_OPEN2) {
    node = readFlow(c, parent, tag);
  } else if (code2 === QUOTE_DOUBLE || code2 === QUOTE_SINGLE) {
    const end = scanQuoted(c, 0);
    const value = quotedValue(c, start, end);
    if (value === void 0) c.decline();
    node = makeScalar(c.file, value, start, end, tag);
  } else if (code2 === ASTERISK) {
    if (anchor !== void 0 || tag !== void 0) c.decline();
    const name = readAlias(c);
    const after = c.code();
    const ends = after === SPACE || after === TAB || isBreak(after) || after === COMMA || after === BRACKET_CLOSE2 || after === BRACE_CLOSE2;
    if (!ends) c.decline();
    return c.anchors.resolve(name, start, c.pos);
  } else if (canStartPlain(code2, text.charCodeAt(start + 1), true)) {
    const end = scanPlainLine(c, start, true);
    if (c.stop === STOP_EOL) endsAtLineBreak(c);
    node = makeScalar(c.file, tag === void 0 ? plainValue(c, start, end) : c.slice(start, end), start, end, tag);
  } else {
    return c.decline();
  }
  if (anchor !== void 0) c.anchors.define(anchor, node);
  return node;
}
function endsAtLineBreak(c) {
  const text = c.text;
  let k = c.pos;
  for (; ; ) {
    const code2 = text.charCodeAt(k);
    if (isBreak(code2) || code2 === SPACE || code2 === TAB) k++;
    else if (code2 === HASH2 || isFlowIndicator(code2)) return;
    else c.decline();
  }
}

// src/load/fast/block.ts
var LINE = 0;
var AFTER_DASH = 1;
var AFTER_COLON = 2;
var BlockReader = class {
  constructor(c) {
    this.c = c;
  }
  c;
  /**
   * The node at `c.pos` (column `column`) inside a block collection at column `parent` (-1 at
   * the root): continuation lines must be indented more than `parent`.
   */
  node(parent, column, place) {
    const c = this.c;
    const code2 = c.code();
    if (code2 !== AMPERSAND && code2 !== BANG) return this.bare(parent, column, place, void 0, false);
    const { anchor, tag } = readProps(c);
    let node;
    const after = c.code();
    if (isBreak(after) || after === HASH2 || c.pos >= c.length) {
      c.endLine();
      const sequenceHere = c.indent === parent && place === AFTER_COLON && this.atSequenceEntry();
      if (c.indent <= parent && !sequenceHere) c.decline();
      node = this.bare(parent, c.indent, LINE, tag, false);
      if (node.kind === "scalar" || !this.isBlockCollection(node)) c.decline();
    } else {
      node = this.bare(parent, c.pos - c.lineStart, AFTER_COLON, tag, true);
    }
    if (anchor !== void 0) c.anchors.define(anchor, node);
    return node;
  }
  /** Not a flow collection, nor an alias (which may not have properties). */
  isBlockCollection(node) {
    const code2 = this.c.text.charCodeAt(node.start);
    return code2 !== BRACKET_OPEN2 && code2 !== BRACE_OPEN2 && code2 !== ASTERISK;
  }
  atSequenceEntry() {
    const c = this.c;
    return c.code() === DASH2 && isBlank(c.code(c.pos + 1));
  }
  /** A node without properties, or after them (`hasProps`; `tag` is one of them). */
  bare(parent, column, place, tag, hasProps) {
    const c = this.c;
    const text = c.text;
    const start = c.pos;
    const code2 = c.code();
    if (code2 === DASH2 && isBlank(c.code(start + 1))) {
      if (place === AFTER_COLON) c.decline();
      return this.sequence(column, tag);
    }
    if (code2 === BRACKET_OPEN2 || code2 === BRACE_OPEN2) {
      const flow = readFlow(c, parent, tag);
      c.skipSpaces();
      if (c.code() === COLON) c.decline();
      c.endLine();
      return flow;
    }
    if (code2 === ASTERISK) {
      if (hasProps) c.decline();
      const name = readAlias(c);
      const end2 = c.pos;
      const after = c.code();
      if (after !== SPACE && !isBreak(after) && c.pos < c.length) c.decline();
      c.skipSpaces();
      if (c.code() === COLON) c.decline();
      c.endLine();
      return c.anchors.resolve(name, start, end2);
    }
    if (code2 === QUOTE_DOUBLE || code2 === QUOTE_SINGLE) {
      const end2 = scanQuoted(c, parent + 1);
      c.skipSpaces();
      if (c.code() === COLON && isBlank(c.code(c.pos + 1))) {
        if (place === AFTER_COLON || hasProps) c.decline();
        c.pos = start;
        return this.mapping(column, tag);
      }
      const value2 = quotedValue(c, start, end2);
      if (value2 === void 0) c.decline();
      c.endLine();
      return makeScalar(c.file, value2, start, end2, tag);
    }
    if (code2 === PIPE || code2 === GREATER) {
      if (place === LINE) c.decline();
      return readBlockScalar(c, parent, tag);
    }
    if (!canStartPlain(code2, c.code(start + 1), false)) c.decline();
    let end = scanPlainLine(c, start, false);
    if (c.stop === STOP_COLON) {
      if (place === AFTER_COLON || hasProps) c.decline();
      c.pos = start;
      return this.mapping(column, tag);
    }
    let multiLine = false;
    if (c.stop === STOP_EOL && parent >= 0) {
      const last = this.continuePlain(parent, end);
      multiLine = last !== end;
      end = last;
    }
    let value;
    if (multiLine) {
      const source = unfold(text.slice(start, end));
      value = tag === void 0 ? resolvePlain(source) : source;
    } else {
      value = tag === void 0 ? plainValue(c, start, end) : c.slice(start, end);
    }
    c.endLine();
    return makeScalar(c.file, value, start, end, tag);
  }
  /**
   * A plain scalar goes on over the following lines indented more than `parent`, up to a
   * comment. From the line break after its first line; returns where its text ends and leaves
   * `c.pos` at the end of its last line (or at the space before a comment there).
   */
  continuePlain(parent, firstEnd) {
    const c = this.c;
    const text = c.text;
    let end = firstEnd;
    for (; ; ) {
      let k = c.afterBreak(c.pos);
      let lineStart = k;
      for (; ; ) {
        const code3 = text.charCodeAt(k);
        if (code3 === SPACE) k++;
        else if (isBreak(code3)) lineStart = k = c.afterBreak(k);
        else break;
      }
      const code2 = text.charCodeAt(k);
      if (k >= c.length || code2 === HASH2 || k - lineStart <= parent) return end;
      if (code2 === TAB) c.decline();
      c.lineStart = lineStart;
      end = scanPlainLine(c, k, false);
      if (c.stop === STOP_COLON) c.decline();
      if (c.stop === STOP_COMMENT) return end;
    }
  }
  /**
   * A key at `c.pos`, a plain or quoted scalar on one line: its text, with its span in
   * `c.keyStart` and `c.keyEnd`; `c.pos` ends after its `:`.
   */
  key() {
    const c = this.c;
    const start = c.pos;
    const code2 = c.code();
    let end;
    let value;
    if (code2 === QUOTE_DOUBLE || code2 === QUOTE_SINGLE) {
      end = scanQuoted(c, 0);
      const quoted = quotedValue(c, start, end);
      if (quoted === void 0) c.decline();
      value = quoted;
      c.skipSpaces();
      if (c.code() !== COLON || !isBlank(c.code(c.pos + 1))) c.decline();
    } else if (canStartPlain(code2, c.code(start + 1), false)) {
      end = scanPlainLine(c, start, false);
      if (c.stop !== STOP_COLON) c.decline();
      value = plainKey(c, start, end);
    } else {
      return c.decline();
    }
    if (end - start > MAX_KEY_LENGTH) c.decline();
    c.pos++;
    c.keyStart = start;
    c.keyEnd = end;
    return value;
  }
  /**
   * Where a collection whose last entry is the null of `key:` or `-` with nothing after it
   * ends: the null stands after the spaces that follow the indicator, and the full path ends
   * the collection there too if a comment follows before the next node (the parser keeps it
   * with the entry), before the spaces otherwise.
   */
  endAfterEmpty(at, spaces, commentsBefore) {
    return spaces > 0 && this.c.commentCount === commentsBefore ? at - spaces : at;
  }
  /** A block mapping whose first key is at `c.pos`, column `column`. */
  mapping(column, tag) {
    const c = this.c;
    c.enter();
    const start = c.pos;
    const entries = new PairCollector(c.file, c.problems);
    let end = start;
    for (; ; ) {
      const key2 = this.key();
      const keyStart = c.keyStart;
      const keyEnd = c.keyEnd;
      const spaces = c.skipSpaces();
      const code2 = c.code();
      let value;
      if (isBreak(code2) || code2 === HASH2 || c.pos >= c.length) {
        const emptyAt = c.pos;
        const comments = c.commentCount;
        c.endLine();
        if (c.indent > column || c.indent === column && this.atSequenceEntry()) {
          value = c.indent > column ? this.node(column, c.indent, LINE) : this.sequence(column, void 0);
          end = value.end;
        } else {
          value = makeScalar(c.file, null, emptyAt, emptyAt, void 0);
          end = this.endAfterEmpty(emptyAt, spaces, comments);
        }
      } else {
        value = this.node(column, c.pos - c.lineStart, AFTER_COLON);
        end = value.end;
      }
      entries.add(key2, keyStart, keyEnd, void 0, value, isMergeKey(c, keyStart, keyEnd));
      if (c.indent !== column) break;
    }
    if (c.indent > column) c.decline();
    c.leave();
    return makeMap(c.file, entries.finish(), start, end, tag);
  }
  /** A block sequence whose first `-` is at `c.pos`, column `column`. */
  sequence(column, tag) {
    const c = this.c;
    c.enter();
    const start = c.pos;
    const base = c.itemCount;
    let end = start;
    for (; ; ) {
      c.pos++;
      const spaces = c.skipSpaces();
      const code2 = c.code();
      let item;
      if (isBreak(code2) || code2 === HASH2 || c.pos >= c.length) {
        const emptyAt = c.pos;
        const comments = c.commentCount;
        c.endLine();
        if (c.indent > column) {
          item = this.node(column, c.indent, LINE);
          end = item.end;
        } else {
          item = makeScalar(c.file, null, emptyAt, emptyAt, void 0);
          end = this.endAfterEmpty(emptyAt, spaces, comments);
        }
      } else {
        item = this.node(column, c.pos - c.lineStart, AFTER_DASH);
        end = item.end;
      }
      c.pushItem(item);
      if (c.indent !== column || !this.atSequenceEntry()) break;
    }
    if (c.indent > column) c.decline();
    c.leave();
    return makeSeq(c.file, c.takeItems(base), start, end, tag);
  }
};

// src/load/fast/parse-fast.ts
var UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
function parseFast(file) {
  if (UNSUPPORTED.test(file.text)) return void 0;
  const problems = [];
  const comments = wantsComments(file) ? [] : void 0;
  const cursor = new Cursor(file, problems, comments);
  let documents;
  try {
    documents = readDocuments(cursor);
  } catch (error) {
    if (error === Declined.instance || error instanceof AliasBudgetExceeded || error instanceof RangeError) return void 0;
    throw error;
  }
  return completeParse(file, documents, problems, comments ?? []);
}
function readDocuments(c) {
  const documents = [];
  const reader = new BlockReader(c);
  let index = -1;
  let open = false;
  c.toContentLine();
  while (c.pos < c.length) {
    if (c.indent === -1) {
      if (c.code() === DASH2) {
        index++;
        open = true;
      } else {
        if (!open) index++;
        open = false;
      }
      c.pos += 3;
      c.endLine();
      continue;
    }
    if (!open) {
      index++;
      open = true;
    }
    c.anchors = new Anchors(c.file);
    const root = reader.node(-1, c.indent, LINE);
    if (c.indent !== -1) c.decline();
    if (!isEmptyRoot(root)) documents.push({ file: c.file, index, root });
  }
  return documents;
}

// src/load/json-syntax.ts
var Stop = class extends Error {
  constructor(error) {
    super(error.reason);
    this.error = error;
  }
  error;
};
var NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
var STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;
function findJsonSyntaxError(text) {
  let i = 0;
  const fail = (reason, at = i) => {
    throw new Stop({ offset: at, reason });
  };
  const skipSpace2 = () => {
    while (i < text.length && " 	\n\r".includes(text[i])) i++;
    if (text[i] === "/" || text[i] === "#") fail("a comment (JSON has none)");
  };
  const describeHere = () => {
    if (i >= text.length) return "the end of the file";
    const char = text[i];
    if (char === "'") return "a single-quoted string (JSON needs double quotes)";
    if (/[A-Za-z_]/.test(char)) return `the bare word '${/[A-Za-z_][\w.-]*/.exec(text.slice(i))[0]}' (JSON strings need double quotes)`;
    return `'${char}'`;
  };
  const string = () => {
    i++;
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') fail(i >= text.length ? "an unterminated string" : "a control character or bad escape in a string");
    i++;
  };
  const value = () => {
    skipSpace2();
    const char = text[i];
    if (char === "{") return container("}", true);
    if (char === "[") return container("]", false);
    if (char === '"') return string();
    for (const word of ["true", "false", "null"]) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) {
      i = NUMBER.lastIndex;
      return;
    }
    fail(`found ${describeHere()} where a value should be`);
  };
  const container = (close, isObject2) => {
    i++;
    skipSpace2();
    if (text[i] === close) {
      i++;
      return;
    }
    for (; ; ) {
      if (isObject2) {
        skipSpace2();
        if (text[i] !== '"') fail(`expected a double-quoted key, found ${describeHere()}`);
        string();
        skipSpace2();
        if (text[i] !== ":") fail(`expected ':' after a key, found ${describeHere()}`);
        i++;
      }
      value();
      skipSpace2();
      if (text[i] === close) {
        i++;
        return;
      }
      if (text[i] !== ",") fail(`expected ',' or '${close}', found ${describeHere()}`);
      const comma = i;
      i++;
      skipSpace2();
      if (text[i] === close) fail("a trailing comma", comma);
    }
  };
  try {
    value();
    skipSpace2();
    if (i < text.length) fail(`found ${describeHere()} after the end of the JSON value`);
    return void 0;
  } catch (error) {
    if (error instanceof Stop) return error.error;
    throw error;
  }
}

// src/load/parse.ts
function parseSource(file) {
  return parseFast(file) ?? parseChecked(file);
}
function parseChecked(file) {
  const excess = findExcessiveNesting(file.text);
  if (excess) {
    const problem2 = {
      ruleId: "parse-error",
      span: { file, start: excess.offset, end: excess.offset + 1 },
      message: `Nesting goes deeper than ${MAX_NESTING} levels here; no gateway configuration needs that, so the file was not parsed or linted.`
    };
    return { file, documents: [], problems: [problem2], comments: [] };
  }
  return parseFull(file);
}
function wantsComments(file) {
  return !isJsonFile(file) && file.text.includes("gwlint-");
}
function isJsonFile(file) {
  return /\.json$/i.test(file.path);
}
function completeParse(file, documents, problems, comments) {
  const parsed = !problems.some((problem2) => problem2.ruleId === "parse-error");
  const strictJsonProblem = parsed && isJsonFile(file) ? checkStrictJson(file) : void 0;
  return { file, documents, problems, comments, ...strictJsonProblem ? { strictJsonProblem } : {} };
}
function parseFull(file) {
  const problems = [];
  const documents = [];
  const tokens = Array.from(new import_yaml.Parser().parse(file.text));
  const comments = wantsComments(file) ? collectComments(tokens) : [];
  const composer = new import_yaml.Composer({ uniqueKeys: false, merge: false, keepSourceTokens: false });
  const list = Array.from(composer.compose(tokens));
  list.forEach((document, index) => {
    if (document.errors.length > 0) {
      for (const error of document.errors) {
        const [start, end] = error.pos;
        problems.push({
          ruleId: "parse-error",
          span: { file, start, end: Math.max(end, start) },
          message: `${describeYamlError(error.message)}${flowBraceHint(file.text, start)}; the document was not linted.`
        });
      }
      return;
    }
    if (document.contents === null) return;
    try {
      const root = new TreeBuilder(file, problems).build(document);
      if (!isEmptyRoot(root)) documents.push({ file, index, root });
    } catch (error) {
      if (!(error instanceof AliasBudgetExceeded)) throw error;
      const start = document.contents.range?.[0] ?? 0;
      problems.push({
        ruleId: "parse-error",
        span: { file, start, end: start },
        message: `Aliases in this document expand to more than ${MAX_ALIAS_EXPANSION.toLocaleString("en-US")} extra nodes (an "alias bomb"); the document was not linted.`
      });
    }
  });
  return completeParse(file, documents, problems, comments);
}
function describeYamlError(message) {
  const firstLine = message.split("\n")[0] ?? message;
  return firstLine.replace(/ at line \d+, column \d+:?\s*$/, "").replace(/\.$/, "");
}
function flowBraceHint(text, offset) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  const line = text.slice(lineStart, lineEnd === -1 ? void 0 : lineEnd);
  return /\[[^\]'"]*\/\{/.test(line) ? ` (inside [ ], '{' starts a mapping: quote paths with parameters, e.g. ["/v1/orders/{id}"])` : "";
}
function checkStrictJson(file) {
  try {
    JSON.parse(file.text);
    return void 0;
  } catch {
  }
  const error = findJsonSyntaxError(file.text);
  if (!error) return void 0;
  return {
    ruleId: "parse-error",
    span: { file, start: error.offset, end: Math.min(error.offset + 1, file.text.length) },
    message: `Invalid JSON: ${error.reason}; gateways reading this file as JSON will reject it.`
  };
}
function trimmedEnd2(text, start, end) {
  let e = end;
  while (e > start) {
    const c = text.charCodeAt(e - 1);
    if (c === 32 || c === 9 || c === 10 || c === 13) e--;
    else break;
  }
  return e;
}
var TreeBuilder = class {
  constructor(file, problems) {
    this.file = file;
    this.problems = problems;
    this.anchors = new Anchors(file);
  }
  file;
  problems;
  anchors;
  build(document) {
    return this.convert(document.contents);
  }
  span(node) {
    const range2 = node.range;
    if (!range2) return { start: 0, end: 0 };
    return { start: range2[0], end: trimmedEnd2(this.file.text, range2[0], range2[1]) };
  }
  convert(node, fallbackOffset = 0) {
    if (node === null || node === void 0) return makeScalar(this.file, null, fallbackOffset, fallbackOffset, void 0);
    if ((0, import_yaml.isAlias)(node)) {
      const { start, end } = this.span(node);
      return this.anchors.resolve(node.source, start, end);
    }
    let converted;
    if ((0, import_yaml.isMap)(node)) converted = this.convertMap(node);
    else if ((0, import_yaml.isSeq)(node)) converted = this.convertSeq(node);
    else if ((0, import_yaml.isScalar)(node)) converted = this.scalar(toScalarValue(node.value), this.span(node), node.tag);
    else converted = this.scalar(null, this.span(node), void 0);
    if (node.anchor) this.anchors.define(node.anchor, converted);
    return converted;
  }
  scalar(value, range2, tag) {
    return makeScalar(this.file, value, range2.start, range2.end, tag);
  }
  convertSeq(node) {
    const items2 = node.items.map((item) => this.convert(item));
    const span2 = this.collectionSpan(node, items2[items2.length - 1]?.end);
    return makeSeq(this.file, items2, span2.start, span2.end, node.tag);
  }
  /**
   * A block collection ends where its last entry ends: the parser's range also takes in a comment
   * after it. A flow collection ends at its closing bracket, which the range has right.
   */
  collectionSpan(node, lastEntryEnd) {
    const span2 = this.span(node);
    if (node.flow || lastEntryEnd === void 0 || lastEntryEnd <= span2.start) return span2;
    return { start: span2.start, end: Math.min(span2.end, lastEntryEnd) };
  }
  convertMap(node) {
    let lastEntryEnd;
    const entries = new PairCollector(this.file, this.problems);
    for (const item of node.items) {
      if (!(0, import_yaml.isPair)(item)) continue;
      const key2 = this.convertKey(item.key);
      const value = this.convert(item.value, key2.end);
      lastEntryEnd = Math.max(key2.end, value.end);
      const mergeKey = key2.value === "<<" && key2.tag === void 0 && (0, import_yaml.isScalar)(item.key) && item.key.type === "PLAIN";
      entries.add(String(key2.value), key2.start, key2.end, key2.tag, value, mergeKey);
    }
    const span2 = this.collectionSpan(node, lastEntryEnd);
    return makeMap(this.file, entries.finish(), span2.start, span2.end, node.tag);
  }
  convertKey(key2) {
    if (key2 === null) return this.scalar("", { start: 0, end: 0 }, void 0);
    if ((0, import_yaml.isScalar)(key2)) {
      const value = key2.value === null ? "" : String(key2.value);
      return this.scalar(value, this.span(key2), key2.tag);
    }
    const range2 = this.span(key2);
    return this.scalar(this.file.text.slice(range2.start, range2.end), range2, void 0);
  }
};
function toScalarValue(value) {
  if (value === null || value === void 0) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "bigint") return Number(value);
  if (value instanceof Date) return value.toISOString();
  return String(value);
}

// src/validate/validators.ts
var gateway = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/gateway.schema.json", "title": "gateway", "description": "Gateway-wide settings (the value of the top-level `gateway` key). At most one in the whole configuration.", "type": "object", "additionalProperties": false, "properties": { "name": { "$ref": "definitions.schema.json#/$defs/name", "description": "The gateway's name, used in reports." }, "trailingSlash": { "description": "How /a and /a/ relate: strict (default) treats them as different paths, ignore makes them equal for matching, redirect answers the other form with a redirect.", "type": "string", "enum": ["strict", "ignore", "redirect"], "default": "strict" }, "maxTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The platform's ceiling for any route timeout (29s on AWS REST APIs)." }, "requestId": { "description": "The correlation id carried to upstreams and logs.", "type": "object", "additionalProperties": false, "properties": { "header": { "$ref": "definitions.schema.json#/$defs/headerName", "description": "The header that carries the correlation id, e.g. x-request-id." }, "generate": { "description": "Create an id when the client sends none.", "type": "boolean" } } }, "accessLog": { "description": "Whether the gateway writes access logs.", "type": "boolean" }, "defaults": { "description": "Values applied to routes that do not set the field themselves.", "type": "object", "additionalProperties": false, "properties": { "timeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The default gateway timeout for routes." }, "auth": { "$ref": "definitions.schema.json#/$defs/authRef", "description": 'The default auth policy name, or "none".' }, "cors": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The default CORS policy name (a corsPolicies key)." }, "rateLimit": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The default rate limit name (a rateLimits key)." }, "maxBodySize": { "$ref": "definitions.schema.json#/$defs/size", "description": "The default largest request body the gateway accepts." } } } } };
var schema33 = { "description": "A name, unique within its kind across all files of the configuration.", "type": "string", "minLength": 1 };
var schema34 = { "description": 'A duration: a number of milliseconds, or a number with a unit ms, s, m or h ("1500ms", "30s", "2m").', "type": ["number", "string"], "minimum": 0, "pattern": "^\\d+(\\.\\d+)?(ms|s|m|h)$", "examples": ["30s", "1500ms", "2m"], "errorMessage": "must be a duration such as 30s, 1500ms or 2m" };
var schema35 = { "description": "An HTTP header name.", "type": "string", "pattern": "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "examples": ["Authorization", "Content-Type", "x-api-key", "x-request-id"], "errorMessage": "must be a header name such as Authorization or x-api-key" };
var schema37 = { "description": 'The name of an auth policy, or "none" to make the route explicitly public.', "type": "string", "minLength": 1, "examples": ["none"] };
var schema38 = { "description": "The name of a policy defined in the configuration.", "type": "string", "minLength": 1 };
var schema40 = { "description": "A size: a number of bytes, or a number with a unit B, KB, MB or GB (powers of 1024, any case).", "type": ["number", "string"], "minimum": 0, "pattern": "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$", "examples": ["1MB", "512KB", "10MB"], "errorMessage": "must be a size such as 1MB, 512KB or 100B" };
var func1 = require_ucs2length().default;
var pattern4 = new RegExp("^\\d+(\\.\\d+)?(ms|s|m|h)$", "u");
var pattern5 = new RegExp("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", "u");
var pattern7 = new RegExp("^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$", "u");
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "name" || key0 === "trailingSlash" || key0 === "maxTimeout" || key0 === "requestId" || key0 === "accessLog" || key0 === "defaults")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err1 = { instancePath: instancePath + "/name", schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/name", schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.trailingSlash !== void 0) {
      let data1 = data.trailingSlash;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/trailingSlash", schemaPath: "#/properties/trailingSlash/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.trailingSlash.type, parentSchema: schema31.properties.trailingSlash, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "strict" || data1 === "ignore" || data1 === "redirect")) {
        const err4 = { instancePath: instancePath + "/trailingSlash", schemaPath: "#/properties/trailingSlash/enum", keyword: "enum", params: { allowedValues: schema31.properties.trailingSlash.enum }, message: "must be equal to one of the allowed values", schema: schema31.properties.trailingSlash.enum, parentSchema: schema31.properties.trailingSlash, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.maxTimeout !== void 0) {
      let data2 = data.maxTimeout;
      if (!(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "string") {
        const err5 = { instancePath: instancePath + "/maxTimeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err6 = { instancePath: instancePath + "/maxTimeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err7 = { instancePath: instancePath + "/maxTimeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.requestId !== void 0) {
      let data3 = data.requestId;
      if (data3 && typeof data3 == "object" && !Array.isArray(data3)) {
        for (const key1 in data3) {
          if (!(key1 === "header" || key1 === "generate")) {
            const err8 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.requestId, data: data3 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data3.header !== void 0) {
          let data4 = data3.header;
          if (typeof data4 === "string") {
            if (!pattern5.test(data4)) {
              const err9 = { instancePath: instancePath + "/requestId/header", schemaPath: "definitions.schema.json#/$defs/headerName/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema35, data: data4 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/requestId/header", schemaPath: "definitions.schema.json#/$defs/headerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data4 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data3.generate !== void 0) {
          let data5 = data3.generate;
          if (typeof data5 !== "boolean") {
            const err11 = { instancePath: instancePath + "/requestId/generate", schemaPath: "#/properties/requestId/properties/generate/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.requestId.properties.generate.type, parentSchema: schema31.properties.requestId.properties.generate, data: data5 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/requestId", schemaPath: "#/properties/requestId/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.requestId.type, parentSchema: schema31.properties.requestId, data: data3 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.accessLog !== void 0) {
      let data6 = data.accessLog;
      if (typeof data6 !== "boolean") {
        const err13 = { instancePath: instancePath + "/accessLog", schemaPath: "#/properties/accessLog/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.accessLog.type, parentSchema: schema31.properties.accessLog, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.defaults !== void 0) {
      let data7 = data.defaults;
      if (data7 && typeof data7 == "object" && !Array.isArray(data7)) {
        for (const key2 in data7) {
          if (!(key2 === "timeout" || key2 === "auth" || key2 === "cors" || key2 === "rateLimit" || key2 === "maxBodySize")) {
            const err14 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31.properties.defaults, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data7.timeout !== void 0) {
          let data8 = data7.timeout;
          if (!(typeof data8 == "number" && isFinite(data8)) && typeof data8 !== "string") {
            const err15 = { instancePath: instancePath + "/defaults/timeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data8 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err16 = { instancePath: instancePath + "/defaults/timeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err17 = { instancePath: instancePath + "/defaults/timeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          }
        }
        if (data7.auth !== void 0) {
          let data9 = data7.auth;
          if (typeof data9 === "string") {
            if (func1(data9) < 1) {
              const err18 = { instancePath: instancePath + "/defaults/auth", schemaPath: "definitions.schema.json#/$defs/authRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data9 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/defaults/auth", schemaPath: "definitions.schema.json#/$defs/authRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data7.cors !== void 0) {
          let data10 = data7.cors;
          if (typeof data10 === "string") {
            if (func1(data10) < 1) {
              const err20 = { instancePath: instancePath + "/defaults/cors", schemaPath: "definitions.schema.json#/$defs/policyRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data10 };
              if (vErrors === null) {
                vErrors = [err20];
              } else {
                vErrors.push(err20);
              }
              errors++;
            }
          } else {
            const err21 = { instancePath: instancePath + "/defaults/cors", schemaPath: "definitions.schema.json#/$defs/policyRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data10 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
        if (data7.rateLimit !== void 0) {
          let data11 = data7.rateLimit;
          if (typeof data11 === "string") {
            if (func1(data11) < 1) {
              const err22 = { instancePath: instancePath + "/defaults/rateLimit", schemaPath: "definitions.schema.json#/$defs/policyRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data11 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          } else {
            const err23 = { instancePath: instancePath + "/defaults/rateLimit", schemaPath: "definitions.schema.json#/$defs/policyRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data11 };
            if (vErrors === null) {
              vErrors = [err23];
            } else {
              vErrors.push(err23);
            }
            errors++;
          }
        }
        if (data7.maxBodySize !== void 0) {
          let data12 = data7.maxBodySize;
          if (!(typeof data12 == "number" && isFinite(data12)) && typeof data12 !== "string") {
            const err24 = { instancePath: instancePath + "/defaults/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/type", keyword: "type", params: { type: schema40.type }, message: "must be number,string", schema: schema40.type, parentSchema: schema40, data: data12 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err25 = { instancePath: instancePath + "/defaults/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data12 };
              if (vErrors === null) {
                vErrors = [err25];
              } else {
                vErrors.push(err25);
              }
              errors++;
            }
          }
          if (typeof data12 === "string") {
            if (!pattern7.test(data12)) {
              const err26 = { instancePath: instancePath + "/defaults/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$"', schema: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$", parentSchema: schema40, data: data12 };
              if (vErrors === null) {
                vErrors = [err26];
              } else {
                vErrors.push(err26);
              }
              errors++;
            }
          }
        }
      } else {
        const err27 = { instancePath: instancePath + "/defaults", schemaPath: "#/properties/defaults/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.properties.defaults.type, parentSchema: schema31.properties.defaults, data: data7 };
        if (vErrors === null) {
          vErrors = [err27];
        } else {
          vErrors.push(err27);
        }
        errors++;
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var upstreams = validate22;
var schema41 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/upstreams.schema.json", "title": "upstreams", "description": "The services routes proxy to (the value of the top-level `upstreams` key): a mapping of upstream name to upstream.", "type": "object", "propertyNames": { "$ref": "definitions.schema.json#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/upstream" }, "$defs": { "upstream": { "title": "upstream", "description": "An upstream service; routes refer to it by its name.", "type": "object", "required": ["url"], "additionalProperties": false, "properties": { "url": { "$ref": "definitions.schema.json#/$defs/httpUrl", "description": "Where requests go: an http:// or https:// URL, optionally with a base path." }, "timeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The upstream's own deadline: how long it may take to answer." }, "connectTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the gateway waits to open a connection to the upstream." }, "keepAliveTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the upstream server keeps an idle keep-alive connection open." }, "tls": { "description": "TLS settings for connections to the upstream.", "type": "object", "additionalProperties": false, "properties": { "verify": { "description": "Verify the upstream's certificate; false disables certificate checks.", "type": "boolean", "default": true } } }, "healthCheck": { "description": "An active health check the gateway runs against the upstream.", "type": "object", "additionalProperties": false, "properties": { "path": { "$ref": "definitions.schema.json#/$defs/absolutePath", "description": "The path the gateway requests to check health, e.g. /healthz." }, "interval": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How often the check runs." } } }, "maxBodySize": { "$ref": "definitions.schema.json#/$defs/size", "description": "The largest request body the upstream accepts." } } } } };
var schema43 = { "title": "upstream", "description": "An upstream service; routes refer to it by its name.", "type": "object", "required": ["url"], "additionalProperties": false, "properties": { "url": { "$ref": "definitions.schema.json#/$defs/httpUrl", "description": "Where requests go: an http:// or https:// URL, optionally with a base path." }, "timeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The upstream's own deadline: how long it may take to answer." }, "connectTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the gateway waits to open a connection to the upstream." }, "keepAliveTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the upstream server keeps an idle keep-alive connection open." }, "tls": { "description": "TLS settings for connections to the upstream.", "type": "object", "additionalProperties": false, "properties": { "verify": { "description": "Verify the upstream's certificate; false disables certificate checks.", "type": "boolean", "default": true } } }, "healthCheck": { "description": "An active health check the gateway runs against the upstream.", "type": "object", "additionalProperties": false, "properties": { "path": { "$ref": "definitions.schema.json#/$defs/absolutePath", "description": "The path the gateway requests to check health, e.g. /healthz." }, "interval": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How often the check runs." } } }, "maxBodySize": { "$ref": "definitions.schema.json#/$defs/size", "description": "The largest request body the upstream accepts." } } };
var schema44 = { "description": "An absolute http:// or https:// URL.", "type": "string", "format": "uri", "pattern": "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$", "errorMessage": "must be an http:// or https:// URL" };
var schema48 = { "description": "A URL path starting with /.", "type": "string", "pattern": "^/", "errorMessage": "must be a path starting with /" };
var formats0 = (init_formats(), __toCommonJS(formats_exports)).uri;
var pattern8 = new RegExp("^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$", "u");
var pattern12 = new RegExp("^/", "u");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.url === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "url" }, message: "must have required property 'url'", schema: schema43.required, parentSchema: schema43, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "url" || key0 === "timeout" || key0 === "connectTimeout" || key0 === "keepAliveTimeout" || key0 === "tls" || key0 === "healthCheck" || key0 === "maxBodySize")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.url !== void 0) {
      let data0 = data.url;
      if (typeof data0 === "string") {
        if (!pattern8.test(data0)) {
          const err2 = { instancePath: instancePath + "/url", schemaPath: "definitions.schema.json#/$defs/httpUrl/pattern", keyword: "pattern", params: { pattern: "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$" }, message: 'must match pattern "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$"', schema: "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
        if (!formats0(data0)) {
          const err3 = { instancePath: instancePath + "/url", schemaPath: "definitions.schema.json#/$defs/httpUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema44, data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      } else {
        const err4 = { instancePath: instancePath + "/url", schemaPath: "definitions.schema.json#/$defs/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data1 = data.timeout;
      if (!(typeof data1 == "number" && isFinite(data1)) && typeof data1 !== "string") {
        const err5 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (typeof data1 == "number" && isFinite(data1)) {
        if (data1 < 0 || isNaN(data1)) {
          const err6 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      }
      if (typeof data1 === "string") {
        if (!pattern4.test(data1)) {
          const err7 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data1 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
    if (data.connectTimeout !== void 0) {
      let data2 = data.connectTimeout;
      if (!(typeof data2 == "number" && isFinite(data2)) && typeof data2 !== "string") {
        const err8 = { instancePath: instancePath + "/connectTimeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data2 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (typeof data2 == "number" && isFinite(data2)) {
        if (data2 < 0 || isNaN(data2)) {
          const err9 = { instancePath: instancePath + "/connectTimeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      }
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err10 = { instancePath: instancePath + "/connectTimeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data2 };
          if (vErrors === null) {
            vErrors = [err10];
          } else {
            vErrors.push(err10);
          }
          errors++;
        }
      }
    }
    if (data.keepAliveTimeout !== void 0) {
      let data3 = data.keepAliveTimeout;
      if (!(typeof data3 == "number" && isFinite(data3)) && typeof data3 !== "string") {
        const err11 = { instancePath: instancePath + "/keepAliveTimeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data3 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 < 0 || isNaN(data3)) {
          const err12 = { instancePath: instancePath + "/keepAliveTimeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
      }
      if (typeof data3 === "string") {
        if (!pattern4.test(data3)) {
          const err13 = { instancePath: instancePath + "/keepAliveTimeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data3 };
          if (vErrors === null) {
            vErrors = [err13];
          } else {
            vErrors.push(err13);
          }
          errors++;
        }
      }
    }
    if (data.tls !== void 0) {
      let data4 = data.tls;
      if (data4 && typeof data4 == "object" && !Array.isArray(data4)) {
        for (const key1 in data4) {
          if (!(key1 === "verify")) {
            const err14 = { instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.tls, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data4.verify !== void 0) {
          let data5 = data4.verify;
          if (typeof data5 !== "boolean") {
            const err15 = { instancePath: instancePath + "/tls/verify", schemaPath: "#/properties/tls/properties/verify/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema43.properties.tls.properties.verify.type, parentSchema: schema43.properties.tls.properties.verify, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      } else {
        const err16 = { instancePath: instancePath + "/tls", schemaPath: "#/properties/tls/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.tls.type, parentSchema: schema43.properties.tls, data: data4 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
    if (data.healthCheck !== void 0) {
      let data6 = data.healthCheck;
      if (data6 && typeof data6 == "object" && !Array.isArray(data6)) {
        for (const key2 in data6) {
          if (!(key2 === "path" || key2 === "interval")) {
            const err17 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/properties/healthCheck/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema43.properties.healthCheck, data: data6 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
        if (data6.path !== void 0) {
          let data7 = data6.path;
          if (typeof data7 === "string") {
            if (!pattern12.test(data7)) {
              const err18 = { instancePath: instancePath + "/healthCheck/path", schemaPath: "definitions.schema.json#/$defs/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema48, data: data7 };
              if (vErrors === null) {
                vErrors = [err18];
              } else {
                vErrors.push(err18);
              }
              errors++;
            }
          } else {
            const err19 = { instancePath: instancePath + "/healthCheck/path", schemaPath: "definitions.schema.json#/$defs/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data7 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
        if (data6.interval !== void 0) {
          let data8 = data6.interval;
          if (!(typeof data8 == "number" && isFinite(data8)) && typeof data8 !== "string") {
            const err20 = { instancePath: instancePath + "/healthCheck/interval", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data8 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
          if (typeof data8 == "number" && isFinite(data8)) {
            if (data8 < 0 || isNaN(data8)) {
              const err21 = { instancePath: instancePath + "/healthCheck/interval", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err21];
              } else {
                vErrors.push(err21);
              }
              errors++;
            }
          }
          if (typeof data8 === "string") {
            if (!pattern4.test(data8)) {
              const err22 = { instancePath: instancePath + "/healthCheck/interval", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data8 };
              if (vErrors === null) {
                vErrors = [err22];
              } else {
                vErrors.push(err22);
              }
              errors++;
            }
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/healthCheck", schemaPath: "#/properties/healthCheck/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.properties.healthCheck.type, parentSchema: schema43.properties.healthCheck, data: data6 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.maxBodySize !== void 0) {
      let data9 = data.maxBodySize;
      if (!(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "string") {
        const err24 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/type", keyword: "type", params: { type: schema40.type }, message: "must be number,string", schema: schema40.type, parentSchema: schema40, data: data9 };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err25 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data9 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
      if (typeof data9 === "string") {
        if (!pattern7.test(data9)) {
          const err26 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$"', schema: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$", parentSchema: schema40, data: data9 };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
  } else {
    const err27 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema43.type, parentSchema: schema43, data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) < 1) {
          const err0 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema41.propertyNames, parentSchema: schema41, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate23(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema41.type, parentSchema: schema41, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate22.errors = vErrors;
  return errors === 0;
}
validate22.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var routes = validate25;
var schema51 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/routes.schema.json", "title": "routes", "description": "The gateway's routes (the value of the top-level `routes` key). Order matters: routes are tried by priority (higher first), then in declaration order; the first match wins.", "type": "array", "items": { "$ref": "#/$defs/route" }, "$defs": { "route": { "title": "route", "description": "A route: which requests (host, methods, paths) go to which upstream, and the policies applied to them.", "type": "object", "required": ["name", "paths", "upstream"], "additionalProperties": false, "properties": { "name": { "$ref": "definitions.schema.json#/$defs/name", "description": "The route's name, unique across the configuration." }, "host": { "$ref": "definitions.schema.json#/$defs/host", "description": 'The host this route serves; "*.example.com" matches any subdomain. Absent (with no hosts) means any host. Use either host or hosts.' }, "hosts": { "description": 'The hosts this route serves; "*.example.com" matches any subdomain. Absent (with no host) means any host. Use either host or hosts.', "type": "array", "minItems": 1, "items": { "$ref": "definitions.schema.json#/$defs/host" } }, "paths": { "description": "The path patterns this route serves: /v1/orders (exact), {name} or * (one segment), a trailing /** (the rest of the path), {proxy+}.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "methods": { "description": "The HTTP methods this route serves, in upper case. Absent means every method.", "type": "array", "minItems": 1, "items": { "$ref": "definitions.schema.json#/$defs/method" } }, "upstream": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of the upstream requests go to (an upstreams key)." }, "priority": { "description": "Routes with a higher priority are tried first; equal priorities keep declaration order. Default 0.", "type": "integer", "default": 0 }, "timeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the gateway waits for the upstream on this route before answering 504." }, "retries": { "description": "How the gateway retries failed upstream requests.", "type": "object", "additionalProperties": false, "properties": { "attempts": { "description": "How many times the gateway tries the request.", "type": "integer", "minimum": 0 }, "perTryTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The timeout of each attempt." } } }, "auth": { "$ref": "definitions.schema.json#/$defs/authRef", "description": 'The name of an auth policy (an authPolicies key), or "none" to make the route explicitly public.' }, "cors": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of a CORS policy (a corsPolicies key)." }, "rateLimit": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of a rate limit (a rateLimits key)." }, "maxBodySize": { "$ref": "definitions.schema.json#/$defs/size", "description": "The largest request body the gateway accepts on this route." }, "contentTypes": { "description": "The request media types this route accepts.", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/mediaType" } }, "stripPrefix": { "$ref": "definitions.schema.json#/$defs/absolutePath", "description": "A path prefix removed before the request is proxied." } }, "dependentSchemas": { "host": { "properties": { "hosts": false } } } } } };
var schema52 = { "title": "route", "description": "A route: which requests (host, methods, paths) go to which upstream, and the policies applied to them.", "type": "object", "required": ["name", "paths", "upstream"], "additionalProperties": false, "properties": { "name": { "$ref": "definitions.schema.json#/$defs/name", "description": "The route's name, unique across the configuration." }, "host": { "$ref": "definitions.schema.json#/$defs/host", "description": 'The host this route serves; "*.example.com" matches any subdomain. Absent (with no hosts) means any host. Use either host or hosts.' }, "hosts": { "description": 'The hosts this route serves; "*.example.com" matches any subdomain. Absent (with no host) means any host. Use either host or hosts.', "type": "array", "minItems": 1, "items": { "$ref": "definitions.schema.json#/$defs/host" } }, "paths": { "description": "The path patterns this route serves: /v1/orders (exact), {name} or * (one segment), a trailing /** (the rest of the path), {proxy+}.", "type": "array", "minItems": 1, "items": { "type": "string", "minLength": 1 } }, "methods": { "description": "The HTTP methods this route serves, in upper case. Absent means every method.", "type": "array", "minItems": 1, "items": { "$ref": "definitions.schema.json#/$defs/method" } }, "upstream": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of the upstream requests go to (an upstreams key)." }, "priority": { "description": "Routes with a higher priority are tried first; equal priorities keep declaration order. Default 0.", "type": "integer", "default": 0 }, "timeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long the gateway waits for the upstream on this route before answering 504." }, "retries": { "description": "How the gateway retries failed upstream requests.", "type": "object", "additionalProperties": false, "properties": { "attempts": { "description": "How many times the gateway tries the request.", "type": "integer", "minimum": 0 }, "perTryTimeout": { "$ref": "definitions.schema.json#/$defs/duration", "description": "The timeout of each attempt." } } }, "auth": { "$ref": "definitions.schema.json#/$defs/authRef", "description": 'The name of an auth policy (an authPolicies key), or "none" to make the route explicitly public.' }, "cors": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of a CORS policy (a corsPolicies key)." }, "rateLimit": { "$ref": "definitions.schema.json#/$defs/policyRef", "description": "The name of a rate limit (a rateLimits key)." }, "maxBodySize": { "$ref": "definitions.schema.json#/$defs/size", "description": "The largest request body the gateway accepts on this route." }, "contentTypes": { "description": "The request media types this route accepts.", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/mediaType" } }, "stripPrefix": { "$ref": "definitions.schema.json#/$defs/absolutePath", "description": "A path prefix removed before the request is proxied." } }, "dependentSchemas": { "host": { "properties": { "hosts": false } } } };
var schema54 = { "description": 'A host name such as api.example.com; a leading "*." label ("*.example.com") matches any subdomain.', "type": "string", "pattern": "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "examples": ["api.example.com", "*.example.com"], "errorMessage": "must be a host name such as api.example.com or *.example.com" };
var schema56 = { "description": "An HTTP method in upper case: GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE, CONNECT, or any other upper-case method token.", "type": "string", "pattern": "^[A-Z][A-Z0-9_-]*$", "examples": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "CONNECT"], "errorMessage": "must be an upper-case HTTP method such as GET or POST" };
var schema64 = { "description": 'A media type such as application/json; parameters ("; charset=utf-8") and wildcards ("text/*") are allowed.', "type": "string", "pattern": "^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\\s*;.*)?$", "examples": ["application/json", "application/x-www-form-urlencoded", "multipart/form-data"], "errorMessage": "must be a media type such as application/json" };
var func6 = Object.prototype.hasOwnProperty;
var pattern15 = new RegExp("^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", "u");
var pattern17 = new RegExp("^[A-Z][A-Z0-9_-]*$", "u");
var pattern21 = new RegExp("^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\\s*;.*)?$", "u");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.name === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "name" }, message: "must have required property 'name'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.paths === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "paths" }, message: "must have required property 'paths'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    if (data.upstream === void 0) {
      const err2 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "upstream" }, message: "must have required property 'upstream'", schema: schema52.required, parentSchema: schema52, data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema52.properties, key0)) {
        const err3 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52, data };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data0 = data.name;
      if (typeof data0 === "string") {
        if (func1(data0) < 1) {
          const err4 = { instancePath: instancePath + "/name", schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/name", schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      let data1 = data.host;
      if (typeof data1 === "string") {
        if (!pattern15.test(data1)) {
          const err6 = { instancePath: instancePath + "/host", schemaPath: "definitions.schema.json#/$defs/host/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$" }, message: 'must match pattern "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"', schema: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", parentSchema: schema54, data: data1 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/host", schemaPath: "definitions.schema.json#/$defs/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data1 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.hosts !== void 0) {
      let data2 = data.hosts;
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.hosts, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (!pattern15.test(data3)) {
              const err9 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "definitions.schema.json#/$defs/host/pattern", keyword: "pattern", params: { pattern: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$" }, message: 'must match pattern "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$"', schema: "^(\\*\\.)?[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$", parentSchema: schema54, data: data3 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/hosts/" + i0, schemaPath: "definitions.schema.json#/$defs/host/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema54.type, parentSchema: schema54, data: data3 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      } else {
        const err11 = { instancePath: instancePath + "/hosts", schemaPath: "#/properties/hosts/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.hosts.type, parentSchema: schema52.properties.hosts, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.paths !== void 0) {
      let data4 = data.paths;
      if (Array.isArray(data4)) {
        if (data4.length < 1) {
          const err12 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.paths, data: data4 };
          if (vErrors === null) {
            vErrors = [err12];
          } else {
            vErrors.push(err12);
          }
          errors++;
        }
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (func1(data5) < 1) {
              const err13 = { instancePath: instancePath + "/paths/" + i1, schemaPath: "#/properties/paths/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema52.properties.paths.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/paths/" + i1, schemaPath: "#/properties/paths/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema52.properties.paths.items.type, parentSchema: schema52.properties.paths.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/paths", schemaPath: "#/properties/paths/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.paths.type, parentSchema: schema52.properties.paths, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.methods !== void 0) {
      let data6 = data.methods;
      if (Array.isArray(data6)) {
        if (data6.length < 1) {
          const err16 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema52.properties.methods, data: data6 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
        const len2 = data6.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data7 = data6[i2];
          if (typeof data7 === "string") {
            if (!pattern17.test(data7)) {
              const err17 = { instancePath: instancePath + "/methods/" + i2, schemaPath: "definitions.schema.json#/$defs/method/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_-]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_-]*$"', schema: "^[A-Z][A-Z0-9_-]*$", parentSchema: schema56, data: data7 };
              if (vErrors === null) {
                vErrors = [err17];
              } else {
                vErrors.push(err17);
              }
              errors++;
            }
          } else {
            const err18 = { instancePath: instancePath + "/methods/" + i2, schemaPath: "definitions.schema.json#/$defs/method/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema56.type, parentSchema: schema56, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      } else {
        const err19 = { instancePath: instancePath + "/methods", schemaPath: "#/properties/methods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.methods.type, parentSchema: schema52.properties.methods, data: data6 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
    }
    if (data.upstream !== void 0) {
      let data8 = data.upstream;
      if (typeof data8 === "string") {
        if (func1(data8) < 1) {
          const err20 = { instancePath: instancePath + "/upstream", schemaPath: "definitions.schema.json#/$defs/policyRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data8 };
          if (vErrors === null) {
            vErrors = [err20];
          } else {
            vErrors.push(err20);
          }
          errors++;
        }
      } else {
        const err21 = { instancePath: instancePath + "/upstream", schemaPath: "definitions.schema.json#/$defs/policyRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data8 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
    }
    if (data.priority !== void 0) {
      let data9 = data.priority;
      if (!(typeof data9 == "number" && (!(data9 % 1) && !isNaN(data9)) && isFinite(data9))) {
        const err22 = { instancePath: instancePath + "/priority", schemaPath: "#/properties/priority/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.priority.type, parentSchema: schema52.properties.priority, data: data9 };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
    }
    if (data.timeout !== void 0) {
      let data10 = data.timeout;
      if (!(typeof data10 == "number" && isFinite(data10)) && typeof data10 !== "string") {
        const err23 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data10 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (typeof data10 == "number" && isFinite(data10)) {
        if (data10 < 0 || isNaN(data10)) {
          const err24 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data10 };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
      if (typeof data10 === "string") {
        if (!pattern4.test(data10)) {
          const err25 = { instancePath: instancePath + "/timeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data10 };
          if (vErrors === null) {
            vErrors = [err25];
          } else {
            vErrors.push(err25);
          }
          errors++;
        }
      }
    }
    if (data.retries !== void 0) {
      let data11 = data.retries;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          if (!(key1 === "attempts" || key1 === "perTryTimeout")) {
            const err26 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema52.properties.retries, data: data11 };
            if (vErrors === null) {
              vErrors = [err26];
            } else {
              vErrors.push(err26);
            }
            errors++;
          }
        }
        if (data11.attempts !== void 0) {
          let data12 = data11.attempts;
          if (!(typeof data12 == "number" && (!(data12 % 1) && !isNaN(data12)) && isFinite(data12))) {
            const err27 = { instancePath: instancePath + "/retries/attempts", schemaPath: "#/properties/retries/properties/attempts/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema52.properties.retries.properties.attempts.type, parentSchema: schema52.properties.retries.properties.attempts, data: data12 };
            if (vErrors === null) {
              vErrors = [err27];
            } else {
              vErrors.push(err27);
            }
            errors++;
          }
          if (typeof data12 == "number" && isFinite(data12)) {
            if (data12 < 0 || isNaN(data12)) {
              const err28 = { instancePath: instancePath + "/retries/attempts", schemaPath: "#/properties/retries/properties/attempts/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema52.properties.retries.properties.attempts, data: data12 };
              if (vErrors === null) {
                vErrors = [err28];
              } else {
                vErrors.push(err28);
              }
              errors++;
            }
          }
        }
        if (data11.perTryTimeout !== void 0) {
          let data13 = data11.perTryTimeout;
          if (!(typeof data13 == "number" && isFinite(data13)) && typeof data13 !== "string") {
            const err29 = { instancePath: instancePath + "/retries/perTryTimeout", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data13 };
            if (vErrors === null) {
              vErrors = [err29];
            } else {
              vErrors.push(err29);
            }
            errors++;
          }
          if (typeof data13 == "number" && isFinite(data13)) {
            if (data13 < 0 || isNaN(data13)) {
              const err30 = { instancePath: instancePath + "/retries/perTryTimeout", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data13 };
              if (vErrors === null) {
                vErrors = [err30];
              } else {
                vErrors.push(err30);
              }
              errors++;
            }
          }
          if (typeof data13 === "string") {
            if (!pattern4.test(data13)) {
              const err31 = { instancePath: instancePath + "/retries/perTryTimeout", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data13 };
              if (vErrors === null) {
                vErrors = [err31];
              } else {
                vErrors.push(err31);
              }
              errors++;
            }
          }
        }
      } else {
        const err32 = { instancePath: instancePath + "/retries", schemaPath: "#/properties/retries/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.properties.retries.type, parentSchema: schema52.properties.retries, data: data11 };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
    }
    if (data.auth !== void 0) {
      let data14 = data.auth;
      if (typeof data14 === "string") {
        if (func1(data14) < 1) {
          const err33 = { instancePath: instancePath + "/auth", schemaPath: "definitions.schema.json#/$defs/authRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema37, data: data14 };
          if (vErrors === null) {
            vErrors = [err33];
          } else {
            vErrors.push(err33);
          }
          errors++;
        }
      } else {
        const err34 = { instancePath: instancePath + "/auth", schemaPath: "definitions.schema.json#/$defs/authRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data14 };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
    }
    if (data.cors !== void 0) {
      let data15 = data.cors;
      if (typeof data15 === "string") {
        if (func1(data15) < 1) {
          const err35 = { instancePath: instancePath + "/cors", schemaPath: "definitions.schema.json#/$defs/policyRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data15 };
          if (vErrors === null) {
            vErrors = [err35];
          } else {
            vErrors.push(err35);
          }
          errors++;
        }
      } else {
        const err36 = { instancePath: instancePath + "/cors", schemaPath: "definitions.schema.json#/$defs/policyRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data15 };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
    }
    if (data.rateLimit !== void 0) {
      let data16 = data.rateLimit;
      if (typeof data16 === "string") {
        if (func1(data16) < 1) {
          const err37 = { instancePath: instancePath + "/rateLimit", schemaPath: "definitions.schema.json#/$defs/policyRef/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema38, data: data16 };
          if (vErrors === null) {
            vErrors = [err37];
          } else {
            vErrors.push(err37);
          }
          errors++;
        }
      } else {
        const err38 = { instancePath: instancePath + "/rateLimit", schemaPath: "definitions.schema.json#/$defs/policyRef/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema38.type, parentSchema: schema38, data: data16 };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    if (data.maxBodySize !== void 0) {
      let data17 = data.maxBodySize;
      if (!(typeof data17 == "number" && isFinite(data17)) && typeof data17 !== "string") {
        const err39 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/type", keyword: "type", params: { type: schema40.type }, message: "must be number,string", schema: schema40.type, parentSchema: schema40, data: data17 };
        if (vErrors === null) {
          vErrors = [err39];
        } else {
          vErrors.push(err39);
        }
        errors++;
      }
      if (typeof data17 == "number" && isFinite(data17)) {
        if (data17 < 0 || isNaN(data17)) {
          const err40 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema40, data: data17 };
          if (vErrors === null) {
            vErrors = [err40];
          } else {
            vErrors.push(err40);
          }
          errors++;
        }
      }
      if (typeof data17 === "string") {
        if (!pattern7.test(data17)) {
          const err41 = { instancePath: instancePath + "/maxBodySize", schemaPath: "definitions.schema.json#/$defs/size/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$" }, message: 'must match pattern "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$"', schema: "^\\d+(\\.\\d+)?\\s*([bB]|[kKmMgG][bB])$", parentSchema: schema40, data: data17 };
          if (vErrors === null) {
            vErrors = [err41];
          } else {
            vErrors.push(err41);
          }
          errors++;
        }
      }
    }
    if (data.contentTypes !== void 0) {
      let data18 = data.contentTypes;
      if (Array.isArray(data18)) {
        const len3 = data18.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data19 = data18[i3];
          if (typeof data19 === "string") {
            if (!pattern21.test(data19)) {
              const err42 = { instancePath: instancePath + "/contentTypes/" + i3, schemaPath: "definitions.schema.json#/$defs/mediaType/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\\s*;.*)?$" }, message: 'must match pattern "^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\\s*;.*)?$"', schema: "^[A-Za-z0-9!#$&^_.+*-]+/[A-Za-z0-9!#$&^_.+*-]+(\\s*;.*)?$", parentSchema: schema64, data: data19 };
              if (vErrors === null) {
                vErrors = [err42];
              } else {
                vErrors.push(err42);
              }
              errors++;
            }
          } else {
            const err43 = { instancePath: instancePath + "/contentTypes/" + i3, schemaPath: "definitions.schema.json#/$defs/mediaType/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema64.type, parentSchema: schema64, data: data19 };
            if (vErrors === null) {
              vErrors = [err43];
            } else {
              vErrors.push(err43);
            }
            errors++;
          }
        }
      } else {
        const err44 = { instancePath: instancePath + "/contentTypes", schemaPath: "#/properties/contentTypes/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema52.properties.contentTypes.type, parentSchema: schema52.properties.contentTypes, data: data18 };
        if (vErrors === null) {
          vErrors = [err44];
        } else {
          vErrors.push(err44);
        }
        errors++;
      }
    }
    if (data.stripPrefix !== void 0) {
      let data20 = data.stripPrefix;
      if (typeof data20 === "string") {
        if (!pattern12.test(data20)) {
          const err45 = { instancePath: instancePath + "/stripPrefix", schemaPath: "definitions.schema.json#/$defs/absolutePath/pattern", keyword: "pattern", params: { pattern: "^/" }, message: 'must match pattern "^/"', schema: "^/", parentSchema: schema48, data: data20 };
          if (vErrors === null) {
            vErrors = [err45];
          } else {
            vErrors.push(err45);
          }
          errors++;
        }
      } else {
        const err46 = { instancePath: instancePath + "/stripPrefix", schemaPath: "definitions.schema.json#/$defs/absolutePath/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.type, parentSchema: schema48, data: data20 };
        if (vErrors === null) {
          vErrors = [err46];
        } else {
          vErrors.push(err46);
        }
        errors++;
      }
    }
    if (data.host !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.hosts !== void 0) {
          const err47 = { instancePath: instancePath + "/hosts", schemaPath: "#/dependentSchemas/host/properties/hosts/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema52.dependentSchemas.host.properties.hosts, data: data.hosts };
          if (vErrors === null) {
            vErrors = [err47];
          } else {
            vErrors.push(err47);
          }
          errors++;
        }
      }
    }
  } else {
    const err48 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data };
    if (vErrors === null) {
      vErrors = [err48];
    } else {
      vErrors.push(err48);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      if (!validate26(data[i0], { instancePath: instancePath + "/" + i0, parentData: data, parentDataProperty: i0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema51.type, parentSchema: schema51, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
var corsPolicies = validate28;
var schema66 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/cors-policies.schema.json", "title": "corsPolicies", "description": "CORS policies (the value of the top-level `corsPolicies` key): a mapping of policy name to policy.", "type": "object", "propertyNames": { "$ref": "definitions.schema.json#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/corsPolicy" }, "$defs": { "corsPolicy": { "title": "CORS policy", "description": "Which browser origins may call the routes that use this policy, and how.", "type": "object", "additionalProperties": false, "properties": { "allowOrigins": { "description": 'Origins allowed to call, such as https://app.example.com; "*" means any origin.', "type": "array", "items": { "type": "string", "minLength": 1 } }, "allowMethods": { "description": "Methods allowed in cross-origin requests (Access-Control-Allow-Methods).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/corsMethod" } }, "allowHeaders": { "description": "Request headers allowed in cross-origin requests (Access-Control-Allow-Headers).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/headerName" } }, "exposeHeaders": { "description": "Response headers the browser lets scripts read (Access-Control-Expose-Headers).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/headerName" } }, "allowCredentials": { "description": "Allow cookies and Authorization in cross-origin requests (Access-Control-Allow-Credentials).", "type": "boolean" }, "maxAge": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long browsers may cache a preflight answer (Access-Control-Max-Age)." } } } } };
var schema68 = { "title": "CORS policy", "description": "Which browser origins may call the routes that use this policy, and how.", "type": "object", "additionalProperties": false, "properties": { "allowOrigins": { "description": 'Origins allowed to call, such as https://app.example.com; "*" means any origin.', "type": "array", "items": { "type": "string", "minLength": 1 } }, "allowMethods": { "description": "Methods allowed in cross-origin requests (Access-Control-Allow-Methods).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/corsMethod" } }, "allowHeaders": { "description": "Request headers allowed in cross-origin requests (Access-Control-Allow-Headers).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/headerName" } }, "exposeHeaders": { "description": "Response headers the browser lets scripts read (Access-Control-Expose-Headers).", "type": "array", "items": { "$ref": "definitions.schema.json#/$defs/headerName" } }, "allowCredentials": { "description": "Allow cookies and Authorization in cross-origin requests (Access-Control-Allow-Credentials).", "type": "boolean" }, "maxAge": { "$ref": "definitions.schema.json#/$defs/duration", "description": "How long browsers may cache a preflight answer (Access-Control-Max-Age)." } } };
var schema69 = { "description": 'An HTTP method in upper case, or "*" for any method.', "type": "string", "pattern": "^(\\*|[A-Z][A-Z0-9_-]*)$", "examples": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "*"], "errorMessage": "must be * or an upper-case HTTP method such as GET or POST" };
var pattern23 = new RegExp("^(\\*|[A-Z][A-Z0-9_-]*)$", "u");
function validate29(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate29.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "allowOrigins" || key0 === "allowMethods" || key0 === "allowHeaders" || key0 === "exposeHeaders" || key0 === "allowCredentials" || key0 === "maxAge")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema68, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.allowOrigins !== void 0) {
      let data0 = data.allowOrigins;
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 === "string") {
            if (func1(data1) < 1) {
              const err1 = { instancePath: instancePath + "/allowOrigins/" + i0, schemaPath: "#/properties/allowOrigins/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema68.properties.allowOrigins.items, data: data1 };
              if (vErrors === null) {
                vErrors = [err1];
              } else {
                vErrors.push(err1);
              }
              errors++;
            }
          } else {
            const err2 = { instancePath: instancePath + "/allowOrigins/" + i0, schemaPath: "#/properties/allowOrigins/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema68.properties.allowOrigins.items.type, parentSchema: schema68.properties.allowOrigins.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err2];
            } else {
              vErrors.push(err2);
            }
            errors++;
          }
        }
      } else {
        const err3 = { instancePath: instancePath + "/allowOrigins", schemaPath: "#/properties/allowOrigins/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.allowOrigins.type, parentSchema: schema68.properties.allowOrigins, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.allowMethods !== void 0) {
      let data2 = data.allowMethods;
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 === "string") {
            if (!pattern23.test(data3)) {
              const err4 = { instancePath: instancePath + "/allowMethods/" + i1, schemaPath: "definitions.schema.json#/$defs/corsMethod/pattern", keyword: "pattern", params: { pattern: "^(\\*|[A-Z][A-Z0-9_-]*)$" }, message: 'must match pattern "^(\\*|[A-Z][A-Z0-9_-]*)$"', schema: "^(\\*|[A-Z][A-Z0-9_-]*)$", parentSchema: schema69, data: data3 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/allowMethods/" + i1, schemaPath: "definitions.schema.json#/$defs/corsMethod/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema69.type, parentSchema: schema69, data: data3 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/allowMethods", schemaPath: "#/properties/allowMethods/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.allowMethods.type, parentSchema: schema68.properties.allowMethods, data: data2 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.allowHeaders !== void 0) {
      let data4 = data.allowHeaders;
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 === "string") {
            if (!pattern5.test(data5)) {
              const err7 = { instancePath: instancePath + "/allowHeaders/" + i2, schemaPath: "definitions.schema.json#/$defs/headerName/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema35, data: data5 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/allowHeaders/" + i2, schemaPath: "definitions.schema.json#/$defs/headerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/allowHeaders", schemaPath: "#/properties/allowHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.allowHeaders.type, parentSchema: schema68.properties.allowHeaders, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.exposeHeaders !== void 0) {
      let data6 = data.exposeHeaders;
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 === "string") {
            if (!pattern5.test(data7)) {
              const err10 = { instancePath: instancePath + "/exposeHeaders/" + i3, schemaPath: "definitions.schema.json#/$defs/headerName/pattern", keyword: "pattern", params: { pattern: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$" }, message: 'must match pattern "^[!#$%&\'*+.^_`|~0-9A-Za-z-]+$"', schema: "^[!#$%&'*+.^_`|~0-9A-Za-z-]+$", parentSchema: schema35, data: data7 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/exposeHeaders/" + i3, schemaPath: "definitions.schema.json#/$defs/headerName/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema35.type, parentSchema: schema35, data: data7 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/exposeHeaders", schemaPath: "#/properties/exposeHeaders/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema68.properties.exposeHeaders.type, parentSchema: schema68.properties.exposeHeaders, data: data6 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.allowCredentials !== void 0) {
      let data8 = data.allowCredentials;
      if (typeof data8 !== "boolean") {
        const err13 = { instancePath: instancePath + "/allowCredentials", schemaPath: "#/properties/allowCredentials/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema68.properties.allowCredentials.type, parentSchema: schema68.properties.allowCredentials, data: data8 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
    if (data.maxAge !== void 0) {
      let data9 = data.maxAge;
      if (!(typeof data9 == "number" && isFinite(data9)) && typeof data9 !== "string") {
        const err14 = { instancePath: instancePath + "/maxAge", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data9 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (typeof data9 == "number" && isFinite(data9)) {
        if (data9 < 0 || isNaN(data9)) {
          const err15 = { instancePath: instancePath + "/maxAge", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data9 };
          if (vErrors === null) {
            vErrors = [err15];
          } else {
            vErrors.push(err15);
          }
          errors++;
        }
      }
      if (typeof data9 === "string") {
        if (!pattern4.test(data9)) {
          const err16 = { instancePath: instancePath + "/maxAge", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data9 };
          if (vErrors === null) {
            vErrors = [err16];
          } else {
            vErrors.push(err16);
          }
          errors++;
        }
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema68.type, parentSchema: schema68, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate29.errors = vErrors;
  return errors === 0;
}
validate29.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate28(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate28.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) < 1) {
          const err0 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema66.propertyNames, parentSchema: schema66, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate29(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate29.errors : vErrors.concat(validate29.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema66.type, parentSchema: schema66, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate28.errors = vErrors;
  return errors === 0;
}
validate28.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var rateLimits = validate31;
var schema73 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/rate-limits.schema.json", "title": "rateLimits", "description": "Rate limits (the value of the top-level `rateLimits` key): a mapping of limit name to limit.", "type": "object", "propertyNames": { "$ref": "definitions.schema.json#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/rateLimit" }, "$defs": { "rateLimit": { "title": "rate limit", "description": "A token-bucket rate limit: set exactly one of requestsPerSecond or requestsPerMinute.", "type": "object", "additionalProperties": false, "properties": { "requestsPerSecond": { "description": "The sustained rate, in requests per second. Use either requestsPerSecond or requestsPerMinute.", "type": "number", "exclusiveMinimum": 0 }, "requestsPerMinute": { "description": "The sustained rate, in requests per minute. Use either requestsPerSecond or requestsPerMinute.", "type": "number", "exclusiveMinimum": 0 }, "burst": { "description": "The bucket size: how many requests may arrive at once. Absent means equal to the rate.", "type": "number", "minimum": 0 }, "key": { "description": "What the limit counts by: consumerId, ip, apiKey, header:<name> or jwtClaim:<name>.", "type": "string", "pattern": "^(consumerId|ip|apiKey|header:[!#$%&'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$", "examples": ["consumerId", "ip", "apiKey", "header:x-api-key", "jwtClaim:sub"], "errorMessage": "must be one of consumerId, ip, apiKey, header:<name>, jwtClaim:<name>" }, "retryAfter": { "description": "Send a Retry-After header with 429 answers.", "type": "boolean" } }, "dependentSchemas": { "requestsPerSecond": { "properties": { "requestsPerMinute": false } } }, "anyOf": [{ "required": ["requestsPerSecond"] }, { "required": ["requestsPerMinute"] }] } } };
var schema75 = { "title": "rate limit", "description": "A token-bucket rate limit: set exactly one of requestsPerSecond or requestsPerMinute.", "type": "object", "additionalProperties": false, "properties": { "requestsPerSecond": { "description": "The sustained rate, in requests per second. Use either requestsPerSecond or requestsPerMinute.", "type": "number", "exclusiveMinimum": 0 }, "requestsPerMinute": { "description": "The sustained rate, in requests per minute. Use either requestsPerSecond or requestsPerMinute.", "type": "number", "exclusiveMinimum": 0 }, "burst": { "description": "The bucket size: how many requests may arrive at once. Absent means equal to the rate.", "type": "number", "minimum": 0 }, "key": { "description": "What the limit counts by: consumerId, ip, apiKey, header:<name> or jwtClaim:<name>.", "type": "string", "pattern": "^(consumerId|ip|apiKey|header:[!#$%&'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$", "examples": ["consumerId", "ip", "apiKey", "header:x-api-key", "jwtClaim:sub"], "errorMessage": "must be one of consumerId, ip, apiKey, header:<name>, jwtClaim:<name>" }, "retryAfter": { "description": "Send a Retry-After header with 429 answers.", "type": "boolean" } }, "dependentSchemas": { "requestsPerSecond": { "properties": { "requestsPerMinute": false } } }, "anyOf": [{ "required": ["requestsPerSecond"] }, { "required": ["requestsPerMinute"] }] };
var pattern27 = new RegExp("^(consumerId|ip|apiKey|header:[!#$%&'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$", "u");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) < 1) {
          const err0 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema73.propertyNames, parentSchema: schema73, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      let data0 = data[key1];
      const _errs8 = errors;
      let valid4 = false;
      const _errs9 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.requestsPerSecond === void 0) {
          const err3 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rateLimit/anyOf/0/required", keyword: "required", params: { missingProperty: "requestsPerSecond" }, message: "must have required property 'requestsPerSecond'", schema: schema75.anyOf[0].required, parentSchema: schema75.anyOf[0], data: data0 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
      }
      var _valid0 = _errs9 === errors;
      valid4 = valid4 || _valid0;
      const _errs10 = errors;
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        if (data0.requestsPerMinute === void 0) {
          const err4 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rateLimit/anyOf/1/required", keyword: "required", params: { missingProperty: "requestsPerMinute" }, message: "must have required property 'requestsPerMinute'", schema: schema75.anyOf[1].required, parentSchema: schema75.anyOf[1], data: data0 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      }
      var _valid0 = _errs10 === errors;
      valid4 = valid4 || _valid0;
      if (!valid4) {
        const err5 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rateLimit/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema75.anyOf, parentSchema: schema75, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs8;
        if (vErrors !== null) {
          if (_errs8) {
            vErrors.length = _errs8;
          } else {
            vErrors = null;
          }
        }
      }
      if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
        for (const key2 in data0) {
          if (!(key2 === "requestsPerSecond" || key2 === "requestsPerMinute" || key2 === "burst" || key2 === "key" || key2 === "retryAfter")) {
            const err6 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rateLimit/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key2 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data: data0 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
        if (data0.requestsPerSecond !== void 0) {
          let data1 = data0.requestsPerSecond;
          if (typeof data1 == "number" && isFinite(data1)) {
            if (data1 <= 0 || isNaN(data1)) {
              const err7 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/requestsPerSecond", schemaPath: "#/$defs/rateLimit/properties/requestsPerSecond/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema75.properties.requestsPerSecond, data: data1 };
              if (vErrors === null) {
                vErrors = [err7];
              } else {
                vErrors.push(err7);
              }
              errors++;
            }
          } else {
            const err8 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/requestsPerSecond", schemaPath: "#/$defs/rateLimit/properties/requestsPerSecond/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema75.properties.requestsPerSecond.type, parentSchema: schema75.properties.requestsPerSecond, data: data1 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
        if (data0.requestsPerMinute !== void 0) {
          let data2 = data0.requestsPerMinute;
          if (typeof data2 == "number" && isFinite(data2)) {
            if (data2 <= 0 || isNaN(data2)) {
              const err9 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/requestsPerMinute", schemaPath: "#/$defs/rateLimit/properties/requestsPerMinute/exclusiveMinimum", keyword: "exclusiveMinimum", params: { comparison: ">", limit: 0 }, message: "must be > 0", schema: 0, parentSchema: schema75.properties.requestsPerMinute, data: data2 };
              if (vErrors === null) {
                vErrors = [err9];
              } else {
                vErrors.push(err9);
              }
              errors++;
            }
          } else {
            const err10 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/requestsPerMinute", schemaPath: "#/$defs/rateLimit/properties/requestsPerMinute/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema75.properties.requestsPerMinute.type, parentSchema: schema75.properties.requestsPerMinute, data: data2 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
        if (data0.burst !== void 0) {
          let data3 = data0.burst;
          if (typeof data3 == "number" && isFinite(data3)) {
            if (data3 < 0 || isNaN(data3)) {
              const err11 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/burst", schemaPath: "#/$defs/rateLimit/properties/burst/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema75.properties.burst, data: data3 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
          } else {
            const err12 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/burst", schemaPath: "#/$defs/rateLimit/properties/burst/type", keyword: "type", params: { type: "number" }, message: "must be number", schema: schema75.properties.burst.type, parentSchema: schema75.properties.burst, data: data3 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
        if (data0.key !== void 0) {
          let data4 = data0.key;
          if (typeof data4 === "string") {
            if (!pattern27.test(data4)) {
              const err13 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/$defs/rateLimit/properties/key/pattern", keyword: "pattern", params: { pattern: "^(consumerId|ip|apiKey|header:[!#$%&'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$" }, message: 'must match pattern "^(consumerId|ip|apiKey|header:[!#$%&\'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$"', schema: "^(consumerId|ip|apiKey|header:[!#$%&'*+.^_`|~0-9A-Za-z-]+|jwtClaim:\\S+)$", parentSchema: schema75.properties.key, data: data4 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/key", schemaPath: "#/$defs/rateLimit/properties/key/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema75.properties.key.type, parentSchema: schema75.properties.key, data: data4 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
        if (data0.retryAfter !== void 0) {
          let data5 = data0.retryAfter;
          if (typeof data5 !== "boolean") {
            const err15 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/retryAfter", schemaPath: "#/$defs/rateLimit/properties/retryAfter/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema75.properties.retryAfter.type, parentSchema: schema75.properties.retryAfter, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
        if (data0.requestsPerSecond !== void 0) {
          if (data0 && typeof data0 == "object" && !Array.isArray(data0)) {
            if (data0.requestsPerMinute !== void 0) {
              const err16 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/requestsPerMinute", schemaPath: "#/$defs/rateLimit/dependentSchemas/requestsPerSecond/properties/requestsPerMinute/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema75.dependentSchemas.requestsPerSecond.properties.requestsPerMinute, data: data0.requestsPerMinute };
              if (vErrors === null) {
                vErrors = [err16];
              } else {
                vErrors.push(err16);
              }
              errors++;
            }
          }
        }
      } else {
        const err17 = { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/rateLimit/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data: data0 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
    }
  } else {
    const err18 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema73.type, parentSchema: schema73, data };
    if (vErrors === null) {
      vErrors = [err18];
    } else {
      vErrors.push(err18);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var authPolicies = validate32;
var schema76 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/auth-policies.schema.json", "title": "authPolicies", "description": 'Auth policies (the value of the top-level `authPolicies` key): a mapping of policy name to policy. Routes name a policy, or "none" to be explicitly public.', "type": "object", "propertyNames": { "$ref": "definitions.schema.json#/$defs/name" }, "additionalProperties": { "$ref": "#/$defs/authPolicy" }, "$defs": { "authPolicy": { "title": "auth policy", "description": "How callers of a route authenticate. Which fields apply depends on `type`: jwt and oauth2 use issuer, audiences, algorithms, jwksUri, clockSkew, requiredClaims and scopes; apiKey uses in, name and plan; basic uses plan; iam uses scopes.", "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "description": "The kind of authentication: jwt (signed bearer tokens checked by the gateway), oauth2 (OAuth 2.0 access tokens), apiKey (a key in a header or query parameter), basic (HTTP Basic credentials), iam (cloud IAM request signing, such as AWS SigV4).", "type": "string", "enum": ["jwt", "oauth2", "apiKey", "basic", "iam"] }, "issuer": { "description": "jwt, oauth2: the token issuer (iss claim) the gateway accepts.", "type": "string", "minLength": 1 }, "audiences": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: the audiences (aud claim) the gateway accepts." }, "algorithms": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: the signature algorithms accepted, such as RS256 or ES256.", "examples": [["RS256"], ["ES256"]] }, "jwksUri": { "$ref": "definitions.schema.json#/$defs/httpUrl", "description": "jwt, oauth2: where the issuer publishes its signing keys (JWKS)." }, "clockSkew": { "$ref": "definitions.schema.json#/$defs/duration", "description": "jwt, oauth2: how much clock difference is tolerated when checking exp and nbf." }, "requiredClaims": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: claims every token must carry, such as exp." }, "scopes": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2, iam: scopes or permissions the caller must have." }, "in": { "description": "apiKey: where the key is sent, header or query.", "type": "string", "enum": ["header", "query"] }, "name": { "description": "apiKey: the header or query parameter that carries the key, e.g. x-api-key.", "type": "string", "minLength": 1 }, "plan": { "$ref": "definitions.schema.json#/$defs/name", "description": "apiKey, basic: the plan or consumer group the credentials are bound to." } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["jwt", "oauth2"] } }, "required": ["type"] }, "then": { "properties": { "in": false, "name": false, "plan": false } } }, { "if": { "properties": { "type": { "const": "apiKey" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "scopes": false } } }, { "if": { "properties": { "type": { "const": "basic" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "scopes": false, "in": false, "name": false } } }, { "if": { "properties": { "type": { "const": "iam" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "in": false, "name": false, "plan": false } } }] } } };
var schema78 = { "title": "auth policy", "description": "How callers of a route authenticate. Which fields apply depends on `type`: jwt and oauth2 use issuer, audiences, algorithms, jwksUri, clockSkew, requiredClaims and scopes; apiKey uses in, name and plan; basic uses plan; iam uses scopes.", "type": "object", "required": ["type"], "additionalProperties": false, "properties": { "type": { "description": "The kind of authentication: jwt (signed bearer tokens checked by the gateway), oauth2 (OAuth 2.0 access tokens), apiKey (a key in a header or query parameter), basic (HTTP Basic credentials), iam (cloud IAM request signing, such as AWS SigV4).", "type": "string", "enum": ["jwt", "oauth2", "apiKey", "basic", "iam"] }, "issuer": { "description": "jwt, oauth2: the token issuer (iss claim) the gateway accepts.", "type": "string", "minLength": 1 }, "audiences": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: the audiences (aud claim) the gateway accepts." }, "algorithms": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: the signature algorithms accepted, such as RS256 or ES256.", "examples": [["RS256"], ["ES256"]] }, "jwksUri": { "$ref": "definitions.schema.json#/$defs/httpUrl", "description": "jwt, oauth2: where the issuer publishes its signing keys (JWKS)." }, "clockSkew": { "$ref": "definitions.schema.json#/$defs/duration", "description": "jwt, oauth2: how much clock difference is tolerated when checking exp and nbf." }, "requiredClaims": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2: claims every token must carry, such as exp." }, "scopes": { "$ref": "definitions.schema.json#/$defs/stringList", "description": "jwt, oauth2, iam: scopes or permissions the caller must have." }, "in": { "description": "apiKey: where the key is sent, header or query.", "type": "string", "enum": ["header", "query"] }, "name": { "description": "apiKey: the header or query parameter that carries the key, e.g. x-api-key.", "type": "string", "minLength": 1 }, "plan": { "$ref": "definitions.schema.json#/$defs/name", "description": "apiKey, basic: the plan or consumer group the credentials are bound to." } }, "allOf": [{ "if": { "properties": { "type": { "enum": ["jwt", "oauth2"] } }, "required": ["type"] }, "then": { "properties": { "in": false, "name": false, "plan": false } } }, { "if": { "properties": { "type": { "const": "apiKey" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "scopes": false } } }, { "if": { "properties": { "type": { "const": "basic" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "scopes": false, "in": false, "name": false } } }, { "if": { "properties": { "type": { "const": "iam" } }, "required": ["type"] }, "then": { "properties": { "issuer": false, "audiences": false, "algorithms": false, "jwksUri": false, "clockSkew": false, "requiredClaims": false, "in": false, "name": false, "plan": false } } }] };
var schema79 = { "description": "A list of non-empty strings.", "type": "array", "items": { "type": "string", "minLength": 1 } };
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.type === void 0 && (missing0 = "type")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        let data0 = data.type;
        if (!(data0 === "jwt" || data0 === "oauth2")) {
          const err1 = {};
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      }
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (_valid0) {
    const _errs5 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.in !== void 0) {
        const err2 = { instancePath: instancePath + "/in", schemaPath: "#/allOf/0/then/properties/in/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[0].then.properties.in, data: data.in };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (data.name !== void 0) {
        const err3 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/0/then/properties/name/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[0].then.properties.name, data: data.name };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (data.plan !== void 0) {
        const err4 = { instancePath: instancePath + "/plan", schemaPath: "#/allOf/0/then/properties/plan/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[0].then.properties.plan, data: data.plan };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid0 = _errs5 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.in = true;
      props0.name = true;
      props0.plan = true;
      props0.type = true;
    }
  }
  if (!valid1) {
    const err5 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema78.allOf[0].if, parentSchema: schema78.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  const _errs7 = errors;
  let valid4 = true;
  const _errs8 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.type === void 0 && (missing1 = "type")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("apiKey" !== data.type) {
          const err7 = {};
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      }
    }
  }
  var _valid1 = _errs8 === errors;
  errors = _errs7;
  if (vErrors !== null) {
    if (_errs7) {
      vErrors.length = _errs7;
    } else {
      vErrors = null;
    }
  }
  if (_valid1) {
    const _errs10 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.issuer !== void 0) {
        const err8 = { instancePath: instancePath + "/issuer", schemaPath: "#/allOf/1/then/properties/issuer/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.issuer, data: data.issuer };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (data.audiences !== void 0) {
        const err9 = { instancePath: instancePath + "/audiences", schemaPath: "#/allOf/1/then/properties/audiences/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.audiences, data: data.audiences };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (data.algorithms !== void 0) {
        const err10 = { instancePath: instancePath + "/algorithms", schemaPath: "#/allOf/1/then/properties/algorithms/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.algorithms, data: data.algorithms };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (data.jwksUri !== void 0) {
        const err11 = { instancePath: instancePath + "/jwksUri", schemaPath: "#/allOf/1/then/properties/jwksUri/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.jwksUri, data: data.jwksUri };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (data.clockSkew !== void 0) {
        const err12 = { instancePath: instancePath + "/clockSkew", schemaPath: "#/allOf/1/then/properties/clockSkew/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.clockSkew, data: data.clockSkew };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
      if (data.requiredClaims !== void 0) {
        const err13 = { instancePath: instancePath + "/requiredClaims", schemaPath: "#/allOf/1/then/properties/requiredClaims/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.requiredClaims, data: data.requiredClaims };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (data.scopes !== void 0) {
        const err14 = { instancePath: instancePath + "/scopes", schemaPath: "#/allOf/1/then/properties/scopes/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[1].then.properties.scopes, data: data.scopes };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    var _valid1 = _errs10 === errors;
    valid4 = _valid1;
    if (valid4) {
      var props1 = {};
      props1.issuer = true;
      props1.audiences = true;
      props1.algorithms = true;
      props1.jwksUri = true;
      props1.clockSkew = true;
      props1.requiredClaims = true;
      props1.scopes = true;
      props1.type = true;
    }
  }
  if (!valid4) {
    const err15 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema78.allOf[1].if, parentSchema: schema78.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err15];
    } else {
      vErrors.push(err15);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs12 = errors;
  let valid7 = true;
  const _errs13 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.type === void 0 && (missing2 = "type")) {
      const err16 = {};
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("basic" !== data.type) {
          const err17 = {};
          if (vErrors === null) {
            vErrors = [err17];
          } else {
            vErrors.push(err17);
          }
          errors++;
        }
      }
    }
  }
  var _valid2 = _errs13 === errors;
  errors = _errs12;
  if (vErrors !== null) {
    if (_errs12) {
      vErrors.length = _errs12;
    } else {
      vErrors = null;
    }
  }
  if (_valid2) {
    const _errs15 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.issuer !== void 0) {
        const err18 = { instancePath: instancePath + "/issuer", schemaPath: "#/allOf/2/then/properties/issuer/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.issuer, data: data.issuer };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (data.audiences !== void 0) {
        const err19 = { instancePath: instancePath + "/audiences", schemaPath: "#/allOf/2/then/properties/audiences/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.audiences, data: data.audiences };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (data.algorithms !== void 0) {
        const err20 = { instancePath: instancePath + "/algorithms", schemaPath: "#/allOf/2/then/properties/algorithms/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.algorithms, data: data.algorithms };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (data.jwksUri !== void 0) {
        const err21 = { instancePath: instancePath + "/jwksUri", schemaPath: "#/allOf/2/then/properties/jwksUri/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.jwksUri, data: data.jwksUri };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (data.clockSkew !== void 0) {
        const err22 = { instancePath: instancePath + "/clockSkew", schemaPath: "#/allOf/2/then/properties/clockSkew/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.clockSkew, data: data.clockSkew };
        if (vErrors === null) {
          vErrors = [err22];
        } else {
          vErrors.push(err22);
        }
        errors++;
      }
      if (data.requiredClaims !== void 0) {
        const err23 = { instancePath: instancePath + "/requiredClaims", schemaPath: "#/allOf/2/then/properties/requiredClaims/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.requiredClaims, data: data.requiredClaims };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
      if (data.scopes !== void 0) {
        const err24 = { instancePath: instancePath + "/scopes", schemaPath: "#/allOf/2/then/properties/scopes/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.scopes, data: data.scopes };
        if (vErrors === null) {
          vErrors = [err24];
        } else {
          vErrors.push(err24);
        }
        errors++;
      }
      if (data.in !== void 0) {
        const err25 = { instancePath: instancePath + "/in", schemaPath: "#/allOf/2/then/properties/in/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.in, data: data.in };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
      if (data.name !== void 0) {
        const err26 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/2/then/properties/name/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[2].then.properties.name, data: data.name };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    var _valid2 = _errs15 === errors;
    valid7 = _valid2;
    if (valid7) {
      var props2 = {};
      props2.issuer = true;
      props2.audiences = true;
      props2.algorithms = true;
      props2.jwksUri = true;
      props2.clockSkew = true;
      props2.requiredClaims = true;
      props2.scopes = true;
      props2.in = true;
      props2.name = true;
      props2.type = true;
    }
  }
  if (!valid7) {
    const err27 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema78.allOf[2].if, parentSchema: schema78.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err27];
    } else {
      vErrors.push(err27);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  const _errs17 = errors;
  let valid10 = true;
  const _errs18 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing3;
    if (data.type === void 0 && (missing3 = "type")) {
      const err28 = {};
      if (vErrors === null) {
        vErrors = [err28];
      } else {
        vErrors.push(err28);
      }
      errors++;
    } else {
      if (data.type !== void 0) {
        if ("iam" !== data.type) {
          const err29 = {};
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
  }
  var _valid3 = _errs18 === errors;
  errors = _errs17;
  if (vErrors !== null) {
    if (_errs17) {
      vErrors.length = _errs17;
    } else {
      vErrors = null;
    }
  }
  if (_valid3) {
    const _errs20 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.issuer !== void 0) {
        const err30 = { instancePath: instancePath + "/issuer", schemaPath: "#/allOf/3/then/properties/issuer/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.issuer, data: data.issuer };
        if (vErrors === null) {
          vErrors = [err30];
        } else {
          vErrors.push(err30);
        }
        errors++;
      }
      if (data.audiences !== void 0) {
        const err31 = { instancePath: instancePath + "/audiences", schemaPath: "#/allOf/3/then/properties/audiences/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.audiences, data: data.audiences };
        if (vErrors === null) {
          vErrors = [err31];
        } else {
          vErrors.push(err31);
        }
        errors++;
      }
      if (data.algorithms !== void 0) {
        const err32 = { instancePath: instancePath + "/algorithms", schemaPath: "#/allOf/3/then/properties/algorithms/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.algorithms, data: data.algorithms };
        if (vErrors === null) {
          vErrors = [err32];
        } else {
          vErrors.push(err32);
        }
        errors++;
      }
      if (data.jwksUri !== void 0) {
        const err33 = { instancePath: instancePath + "/jwksUri", schemaPath: "#/allOf/3/then/properties/jwksUri/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.jwksUri, data: data.jwksUri };
        if (vErrors === null) {
          vErrors = [err33];
        } else {
          vErrors.push(err33);
        }
        errors++;
      }
      if (data.clockSkew !== void 0) {
        const err34 = { instancePath: instancePath + "/clockSkew", schemaPath: "#/allOf/3/then/properties/clockSkew/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.clockSkew, data: data.clockSkew };
        if (vErrors === null) {
          vErrors = [err34];
        } else {
          vErrors.push(err34);
        }
        errors++;
      }
      if (data.requiredClaims !== void 0) {
        const err35 = { instancePath: instancePath + "/requiredClaims", schemaPath: "#/allOf/3/then/properties/requiredClaims/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.requiredClaims, data: data.requiredClaims };
        if (vErrors === null) {
          vErrors = [err35];
        } else {
          vErrors.push(err35);
        }
        errors++;
      }
      if (data.in !== void 0) {
        const err36 = { instancePath: instancePath + "/in", schemaPath: "#/allOf/3/then/properties/in/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.in, data: data.in };
        if (vErrors === null) {
          vErrors = [err36];
        } else {
          vErrors.push(err36);
        }
        errors++;
      }
      if (data.name !== void 0) {
        const err37 = { instancePath: instancePath + "/name", schemaPath: "#/allOf/3/then/properties/name/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.name, data: data.name };
        if (vErrors === null) {
          vErrors = [err37];
        } else {
          vErrors.push(err37);
        }
        errors++;
      }
      if (data.plan !== void 0) {
        const err38 = { instancePath: instancePath + "/plan", schemaPath: "#/allOf/3/then/properties/plan/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.allOf[3].then.properties.plan, data: data.plan };
        if (vErrors === null) {
          vErrors = [err38];
        } else {
          vErrors.push(err38);
        }
        errors++;
      }
    }
    var _valid3 = _errs20 === errors;
    valid10 = _valid3;
    if (valid10) {
      var props3 = {};
      props3.issuer = true;
      props3.audiences = true;
      props3.algorithms = true;
      props3.jwksUri = true;
      props3.clockSkew = true;
      props3.requiredClaims = true;
      props3.in = true;
      props3.name = true;
      props3.plan = true;
      props3.type = true;
    }
  }
  if (!valid10) {
    const err39 = { instancePath, schemaPath: "#/allOf/3/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema78.allOf[3].if, parentSchema: schema78.allOf[3], data };
    if (vErrors === null) {
      vErrors = [err39];
    } else {
      vErrors.push(err39);
    }
    errors++;
  }
  if (props0 !== true && props3 !== void 0) {
    if (props3 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props3);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.type === void 0) {
      const err40 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "type" }, message: "must have required property 'type'", schema: schema78.required, parentSchema: schema78, data };
      if (vErrors === null) {
        vErrors = [err40];
      } else {
        vErrors.push(err40);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func6.call(schema78.properties, key0)) {
        const err41 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
        if (vErrors === null) {
          vErrors = [err41];
        } else {
          vErrors.push(err41);
        }
        errors++;
      }
    }
    if (data.type !== void 0) {
      let data32 = data.type;
      if (typeof data32 !== "string") {
        const err42 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.type.type, parentSchema: schema78.properties.type, data: data32 };
        if (vErrors === null) {
          vErrors = [err42];
        } else {
          vErrors.push(err42);
        }
        errors++;
      }
      if (!(data32 === "jwt" || data32 === "oauth2" || data32 === "apiKey" || data32 === "basic" || data32 === "iam")) {
        const err43 = { instancePath: instancePath + "/type", schemaPath: "#/properties/type/enum", keyword: "enum", params: { allowedValues: schema78.properties.type.enum }, message: "must be equal to one of the allowed values", schema: schema78.properties.type.enum, parentSchema: schema78.properties.type, data: data32 };
        if (vErrors === null) {
          vErrors = [err43];
        } else {
          vErrors.push(err43);
        }
        errors++;
      }
    }
    if (data.issuer !== void 0) {
      let data33 = data.issuer;
      if (typeof data33 === "string") {
        if (func1(data33) < 1) {
          const err44 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema78.properties.issuer, data: data33 };
          if (vErrors === null) {
            vErrors = [err44];
          } else {
            vErrors.push(err44);
          }
          errors++;
        }
      } else {
        const err45 = { instancePath: instancePath + "/issuer", schemaPath: "#/properties/issuer/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.issuer.type, parentSchema: schema78.properties.issuer, data: data33 };
        if (vErrors === null) {
          vErrors = [err45];
        } else {
          vErrors.push(err45);
        }
        errors++;
      }
    }
    if (data.audiences !== void 0) {
      let data34 = data.audiences;
      if (Array.isArray(data34)) {
        const len0 = data34.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data35 = data34[i0];
          if (typeof data35 === "string") {
            if (func1(data35) < 1) {
              const err46 = { instancePath: instancePath + "/audiences/" + i0, schemaPath: "definitions.schema.json#/$defs/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.items, data: data35 };
              if (vErrors === null) {
                vErrors = [err46];
              } else {
                vErrors.push(err46);
              }
              errors++;
            }
          } else {
            const err47 = { instancePath: instancePath + "/audiences/" + i0, schemaPath: "definitions.schema.json#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.items.type, parentSchema: schema79.items, data: data35 };
            if (vErrors === null) {
              vErrors = [err47];
            } else {
              vErrors.push(err47);
            }
            errors++;
          }
        }
      } else {
        const err48 = { instancePath: instancePath + "/audiences", schemaPath: "definitions.schema.json#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.type, parentSchema: schema79, data: data34 };
        if (vErrors === null) {
          vErrors = [err48];
        } else {
          vErrors.push(err48);
        }
        errors++;
      }
    }
    if (data.algorithms !== void 0) {
      let data36 = data.algorithms;
      if (Array.isArray(data36)) {
        const len1 = data36.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data37 = data36[i1];
          if (typeof data37 === "string") {
            if (func1(data37) < 1) {
              const err49 = { instancePath: instancePath + "/algorithms/" + i1, schemaPath: "definitions.schema.json#/$defs/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.items, data: data37 };
              if (vErrors === null) {
                vErrors = [err49];
              } else {
                vErrors.push(err49);
              }
              errors++;
            }
          } else {
            const err50 = { instancePath: instancePath + "/algorithms/" + i1, schemaPath: "definitions.schema.json#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.items.type, parentSchema: schema79.items, data: data37 };
            if (vErrors === null) {
              vErrors = [err50];
            } else {
              vErrors.push(err50);
            }
            errors++;
          }
        }
      } else {
        const err51 = { instancePath: instancePath + "/algorithms", schemaPath: "definitions.schema.json#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.type, parentSchema: schema79, data: data36 };
        if (vErrors === null) {
          vErrors = [err51];
        } else {
          vErrors.push(err51);
        }
        errors++;
      }
    }
    if (data.jwksUri !== void 0) {
      let data38 = data.jwksUri;
      if (typeof data38 === "string") {
        if (!pattern8.test(data38)) {
          const err52 = { instancePath: instancePath + "/jwksUri", schemaPath: "definitions.schema.json#/$defs/httpUrl/pattern", keyword: "pattern", params: { pattern: "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$" }, message: 'must match pattern "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$"', schema: "^[hH][tT][tT][pP][sS]?://[^/?#\\s]+([/?#]\\S*)?$", parentSchema: schema44, data: data38 };
          if (vErrors === null) {
            vErrors = [err52];
          } else {
            vErrors.push(err52);
          }
          errors++;
        }
        if (!formats0(data38)) {
          const err53 = { instancePath: instancePath + "/jwksUri", schemaPath: "definitions.schema.json#/$defs/httpUrl/format", keyword: "format", params: { format: "uri" }, message: 'must match format "uri"', schema: "uri", parentSchema: schema44, data: data38 };
          if (vErrors === null) {
            vErrors = [err53];
          } else {
            vErrors.push(err53);
          }
          errors++;
        }
      } else {
        const err54 = { instancePath: instancePath + "/jwksUri", schemaPath: "definitions.schema.json#/$defs/httpUrl/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema44.type, parentSchema: schema44, data: data38 };
        if (vErrors === null) {
          vErrors = [err54];
        } else {
          vErrors.push(err54);
        }
        errors++;
      }
    }
    if (data.clockSkew !== void 0) {
      let data39 = data.clockSkew;
      if (!(typeof data39 == "number" && isFinite(data39)) && typeof data39 !== "string") {
        const err55 = { instancePath: instancePath + "/clockSkew", schemaPath: "definitions.schema.json#/$defs/duration/type", keyword: "type", params: { type: schema34.type }, message: "must be number,string", schema: schema34.type, parentSchema: schema34, data: data39 };
        if (vErrors === null) {
          vErrors = [err55];
        } else {
          vErrors.push(err55);
        }
        errors++;
      }
      if (typeof data39 == "number" && isFinite(data39)) {
        if (data39 < 0 || isNaN(data39)) {
          const err56 = { instancePath: instancePath + "/clockSkew", schemaPath: "definitions.schema.json#/$defs/duration/minimum", keyword: "minimum", params: { comparison: ">=", limit: 0 }, message: "must be >= 0", schema: 0, parentSchema: schema34, data: data39 };
          if (vErrors === null) {
            vErrors = [err56];
          } else {
            vErrors.push(err56);
          }
          errors++;
        }
      }
      if (typeof data39 === "string") {
        if (!pattern4.test(data39)) {
          const err57 = { instancePath: instancePath + "/clockSkew", schemaPath: "definitions.schema.json#/$defs/duration/pattern", keyword: "pattern", params: { pattern: "^\\d+(\\.\\d+)?(ms|s|m|h)$" }, message: 'must match pattern "^\\d+(\\.\\d+)?(ms|s|m|h)$"', schema: "^\\d+(\\.\\d+)?(ms|s|m|h)$", parentSchema: schema34, data: data39 };
          if (vErrors === null) {
            vErrors = [err57];
          } else {
            vErrors.push(err57);
          }
          errors++;
        }
      }
    }
    if (data.requiredClaims !== void 0) {
      let data40 = data.requiredClaims;
      if (Array.isArray(data40)) {
        const len2 = data40.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data41 = data40[i2];
          if (typeof data41 === "string") {
            if (func1(data41) < 1) {
              const err58 = { instancePath: instancePath + "/requiredClaims/" + i2, schemaPath: "definitions.schema.json#/$defs/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.items, data: data41 };
              if (vErrors === null) {
                vErrors = [err58];
              } else {
                vErrors.push(err58);
              }
              errors++;
            }
          } else {
            const err59 = { instancePath: instancePath + "/requiredClaims/" + i2, schemaPath: "definitions.schema.json#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.items.type, parentSchema: schema79.items, data: data41 };
            if (vErrors === null) {
              vErrors = [err59];
            } else {
              vErrors.push(err59);
            }
            errors++;
          }
        }
      } else {
        const err60 = { instancePath: instancePath + "/requiredClaims", schemaPath: "definitions.schema.json#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.type, parentSchema: schema79, data: data40 };
        if (vErrors === null) {
          vErrors = [err60];
        } else {
          vErrors.push(err60);
        }
        errors++;
      }
    }
    if (data.scopes !== void 0) {
      let data42 = data.scopes;
      if (Array.isArray(data42)) {
        const len3 = data42.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data43 = data42[i3];
          if (typeof data43 === "string") {
            if (func1(data43) < 1) {
              const err61 = { instancePath: instancePath + "/scopes/" + i3, schemaPath: "definitions.schema.json#/$defs/stringList/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema79.items, data: data43 };
              if (vErrors === null) {
                vErrors = [err61];
              } else {
                vErrors.push(err61);
              }
              errors++;
            }
          } else {
            const err62 = { instancePath: instancePath + "/scopes/" + i3, schemaPath: "definitions.schema.json#/$defs/stringList/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema79.items.type, parentSchema: schema79.items, data: data43 };
            if (vErrors === null) {
              vErrors = [err62];
            } else {
              vErrors.push(err62);
            }
            errors++;
          }
        }
      } else {
        const err63 = { instancePath: instancePath + "/scopes", schemaPath: "definitions.schema.json#/$defs/stringList/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema79.type, parentSchema: schema79, data: data42 };
        if (vErrors === null) {
          vErrors = [err63];
        } else {
          vErrors.push(err63);
        }
        errors++;
      }
    }
    if (data.in !== void 0) {
      let data44 = data.in;
      if (typeof data44 !== "string") {
        const err64 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.in.type, parentSchema: schema78.properties.in, data: data44 };
        if (vErrors === null) {
          vErrors = [err64];
        } else {
          vErrors.push(err64);
        }
        errors++;
      }
      if (!(data44 === "header" || data44 === "query")) {
        const err65 = { instancePath: instancePath + "/in", schemaPath: "#/properties/in/enum", keyword: "enum", params: { allowedValues: schema78.properties.in.enum }, message: "must be equal to one of the allowed values", schema: schema78.properties.in.enum, parentSchema: schema78.properties.in, data: data44 };
        if (vErrors === null) {
          vErrors = [err65];
        } else {
          vErrors.push(err65);
        }
        errors++;
      }
    }
    if (data.name !== void 0) {
      let data45 = data.name;
      if (typeof data45 === "string") {
        if (func1(data45) < 1) {
          const err66 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema78.properties.name, data: data45 };
          if (vErrors === null) {
            vErrors = [err66];
          } else {
            vErrors.push(err66);
          }
          errors++;
        }
      } else {
        const err67 = { instancePath: instancePath + "/name", schemaPath: "#/properties/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema78.properties.name.type, parentSchema: schema78.properties.name, data: data45 };
        if (vErrors === null) {
          vErrors = [err67];
        } else {
          vErrors.push(err67);
        }
        errors++;
      }
    }
    if (data.plan !== void 0) {
      let data46 = data.plan;
      if (typeof data46 === "string") {
        if (func1(data46) < 1) {
          const err68 = { instancePath: instancePath + "/plan", schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: data46 };
          if (vErrors === null) {
            vErrors = [err68];
          } else {
            vErrors.push(err68);
          }
          errors++;
        }
      } else {
        const err69 = { instancePath: instancePath + "/plan", schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data46 };
        if (vErrors === null) {
          vErrors = [err69];
        } else {
          vErrors.push(err69);
        }
        errors++;
      }
    }
  } else {
    const err70 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
      vErrors = [err70];
    } else {
      vErrors.push(err70);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate32(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate32.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const _errs1 = errors;
      if (typeof key0 === "string") {
        if (func1(key0) < 1) {
          const err0 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema33, data: key0, propertyName: key0 };
          if (vErrors === null) {
            vErrors = [err0];
          } else {
            vErrors.push(err0);
          }
          errors++;
        }
      } else {
        const err1 = { instancePath, schemaPath: "definitions.schema.json#/$defs/name/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: key0, propertyName: key0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      var valid0 = _errs1 === errors;
      if (!valid0) {
        const err2 = { instancePath, schemaPath: "#/propertyNames", keyword: "propertyNames", params: { propertyName: key0 }, message: "property name must be valid", schema: schema76.propertyNames, parentSchema: schema76, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    for (const key1 in data) {
      if (!validate33(data[key1], { instancePath: instancePath + "/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key1, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema76.type, parentSchema: schema76, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate32.errors = vErrors;
  return errors === 0;
}
validate32.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var config = validate35;
var schema86 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://gwlint.dev/schemas/gwlint-config.schema.json", "title": "gwlint config file", "description": "Settings for gwlint itself (`gwlint.config.yaml`, `.gwlintrc.yaml` or `.gwlintrc.json`), found upward from the first linted path. Paths and globs are relative to the folder of this file. Reference: docs/configuration.md.", "type": "object", "additionalProperties": false, "properties": { "extends": { "description": "The preset the settings below start from. gwlint:recommended: every rule at its default severity (the default). gwlint:strict: every rule on, warnings raised to error and infos to warning. gwlint:all: every rule on at its default severity (the same as recommended until gwlint has opt-in rules).", "type": "string", "enum": ["gwlint:recommended", "gwlint:strict", "gwlint:all"] }, "dialect": { "description": "Which gateway's configuration the files are. auto: detect each document's dialect (the default); native, kong, gateway-api or aws: read every document as that dialect. envoy is reserved for a dialect to come and is rejected for now.", "type": "string", "enum": ["auto", "native", "kong", "gateway-api", "aws", "envoy"] }, "include": { "description": "Minimatch globs, relative to this file's folder: when given, files found by walking a folder are linted only when one of these matches. Files named on the command line are always linted (unless ignored).", "$ref": "#/$defs/globs" }, "ignore": { "description": "Minimatch globs, relative to this file's folder: matching files and folders are never linted, not even when named on the command line.", "$ref": "#/$defs/globs" }, "rules": { "description": "Per rule id (see `gwlint rules`): off, info, warning or error, or [severity, { options }].", "$ref": "#/$defs/ruleSettings" }, "overrides": { "description": "Rule settings for some files only. Every override whose `files` match a file applies to it, later ones winning over earlier ones and over `rules`.", "type": "array", "items": { "description": "Rule settings for the files matching `files`.", "type": "object", "required": ["files", "rules"], "additionalProperties": false, "properties": { "files": { "description": "Minimatch globs, relative to this file's folder, of the files these settings apply to.", "$ref": "#/$defs/globs", "type": "array", "minItems": 1 }, "rules": { "description": "Rule settings for the matching files, as in the top-level `rules`.", "$ref": "#/$defs/ruleSettings" } } } } }, "$defs": { "globs": { "description": 'A list of minimatch globs such as "**/generated/**".', "type": "array", "items": { "description": "A minimatch glob.", "type": "string", "minLength": 1 } }, "severity": { "description": "off turns the rule off; info, warning and error set the severity of its findings.", "type": "string", "enum": ["off", "info", "warning", "error"] }, "ruleSettings": { "description": "Rule id to setting.", "type": "object", "additionalProperties": { "$ref": "#/$defs/ruleSetting" } }, "options": { "description": "The rule's options; each rule's docs page lists them, and gwlint checks them against the rule's own schema.", "type": "object", "additionalProperties": true }, "ruleSetting": { "description": "A severity, or a list of a severity and the rule's options.", "errorMessage": "must be off, info, warning or error, or [severity, { options }]", "anyOf": [{ "$ref": "#/$defs/severity" }, { "description": "[severity].", "type": "array", "minItems": 1, "maxItems": 1, "prefixItems": [{ "$ref": "#/$defs/severity" }] }, { "description": "[severity, { options }].", "type": "array", "minItems": 2, "maxItems": 2, "prefixItems": [{ "$ref": "#/$defs/severity" }, { "$ref": "#/$defs/options" }] }] } } };
var schema87 = { "description": 'A list of minimatch globs such as "**/generated/**".', "type": "array", "items": { "description": "A minimatch glob.", "type": "string", "minLength": 1 } };
var schema89 = { "description": "Rule id to setting.", "type": "object", "additionalProperties": { "$ref": "#/$defs/ruleSetting" } };
var schema90 = { "description": "A severity, or a list of a severity and the rule's options.", "errorMessage": "must be off, info, warning or error, or [severity, { options }]", "anyOf": [{ "$ref": "#/$defs/severity" }, { "description": "[severity].", "type": "array", "minItems": 1, "maxItems": 1, "prefixItems": [{ "$ref": "#/$defs/severity" }] }, { "description": "[severity, { options }].", "type": "array", "minItems": 2, "maxItems": 2, "prefixItems": [{ "$ref": "#/$defs/severity" }, { "$ref": "#/$defs/options" }] }] };
var schema91 = { "description": "off turns the rule off; info, warning and error set the severity of its findings.", "type": "string", "enum": ["off", "info", "warning", "error"] };
var schema94 = { "description": "The rule's options; each rule's docs page lists them, and gwlint checks them against the rule's own schema.", "type": "object", "additionalProperties": true };
function validate37(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate37.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (typeof data !== "string") {
    const err0 = { instancePath, schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.type, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (!(data === "off" || data === "info" || data === "warning" || data === "error")) {
    const err1 = { instancePath, schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema91.enum }, message: "must be equal to one of the allowed values", schema: schema91.enum, parentSchema: schema91, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs4 = errors;
  if (Array.isArray(data)) {
    if (data.length > 1) {
      const err2 = { instancePath, schemaPath: "#/anyOf/1/maxItems", keyword: "maxItems", params: { limit: 1 }, message: "must NOT have more than 1 items", schema: 1, parentSchema: schema90.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err2];
      } else {
        vErrors.push(err2);
      }
      errors++;
    }
    if (data.length < 1) {
      const err3 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema90.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    const len0 = data.length;
    if (len0 > 0) {
      let data0 = data[0];
      if (typeof data0 !== "string") {
        const err4 = { instancePath: instancePath + "/0", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.type, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      if (!(data0 === "off" || data0 === "info" || data0 === "warning" || data0 === "error")) {
        const err5 = { instancePath: instancePath + "/0", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema91.enum }, message: "must be equal to one of the allowed values", schema: schema91.enum, parentSchema: schema91, data: data0 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
  } else {
    const err6 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema90.anyOf[1].type, parentSchema: schema90.anyOf[1], data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  }
  var _valid0 = _errs4 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var items0 = 1;
  }
  const _errs9 = errors;
  if (Array.isArray(data)) {
    if (data.length > 2) {
      const err7 = { instancePath, schemaPath: "#/anyOf/2/maxItems", keyword: "maxItems", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: 2, parentSchema: schema90.anyOf[2], data };
      if (vErrors === null) {
        vErrors = [err7];
      } else {
        vErrors.push(err7);
      }
      errors++;
    }
    if (data.length < 2) {
      const err8 = { instancePath, schemaPath: "#/anyOf/2/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema90.anyOf[2], data };
      if (vErrors === null) {
        vErrors = [err8];
      } else {
        vErrors.push(err8);
      }
      errors++;
    }
    const len1 = data.length;
    if (len1 > 0) {
      let data1 = data[0];
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/0", schemaPath: "#/$defs/severity/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema91.type, parentSchema: schema91, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data1 === "off" || data1 === "info" || data1 === "warning" || data1 === "error")) {
        const err10 = { instancePath: instancePath + "/0", schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema91.enum }, message: "must be equal to one of the allowed values", schema: schema91.enum, parentSchema: schema91, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (len1 > 1) {
      let data2 = data[1];
      if (data2 && typeof data2 == "object" && !Array.isArray(data2)) {
      } else {
        const err11 = { instancePath: instancePath + "/1", schemaPath: "#/$defs/options/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema94.type, parentSchema: schema94, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
  } else {
    const err12 = { instancePath, schemaPath: "#/anyOf/2/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema90.anyOf[2].type, parentSchema: schema90.anyOf[2], data };
    if (vErrors === null) {
      vErrors = [err12];
    } else {
      vErrors.push(err12);
    }
    errors++;
  }
  var _valid0 = _errs9 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    if (items0 !== true) {
      items0 = items0 > 2 ? items0 : 2;
    }
  }
  if (!valid0) {
    const err13 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema90.anyOf, parentSchema: schema90, data };
    if (vErrors === null) {
      vErrors = [err13];
    } else {
      vErrors.push(err13);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate37.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
validate37.evaluated = { "dynamicProps": false, "dynamicItems": true };
function validate36(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate36.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate37(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema89.type, parentSchema: schema89, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate36.errors = vErrors;
  return errors === 0;
}
validate36.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "extends" || key0 === "dialect" || key0 === "include" || key0 === "ignore" || key0 === "rules" || key0 === "overrides")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data0 = data.extends;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.extends.type, parentSchema: schema86.properties.extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
      if (!(data0 === "gwlint:recommended" || data0 === "gwlint:strict" || data0 === "gwlint:all")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/enum", keyword: "enum", params: { allowedValues: schema86.properties.extends.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.extends.enum, parentSchema: schema86.properties.extends, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.dialect !== void 0) {
      let data1 = data.dialect;
      if (typeof data1 !== "string") {
        const err3 = { instancePath: instancePath + "/dialect", schemaPath: "#/properties/dialect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema86.properties.dialect.type, parentSchema: schema86.properties.dialect, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (!(data1 === "auto" || data1 === "native" || data1 === "kong" || data1 === "gateway-api" || data1 === "aws" || data1 === "envoy")) {
        const err4 = { instancePath: instancePath + "/dialect", schemaPath: "#/properties/dialect/enum", keyword: "enum", params: { allowedValues: schema86.properties.dialect.enum }, message: "must be equal to one of the allowed values", schema: schema86.properties.dialect.enum, parentSchema: schema86.properties.dialect, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data2 = data.include;
      if (Array.isArray(data2)) {
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data3 = data2[i0];
          if (typeof data3 === "string") {
            if (func1(data3) < 1) {
              const err5 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87.items, data: data3 };
              if (vErrors === null) {
                vErrors = [err5];
              } else {
                vErrors.push(err5);
              }
              errors++;
            }
          } else {
            const err6 = { instancePath: instancePath + "/include/" + i0, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.items.type, parentSchema: schema87.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      } else {
        const err7 = { instancePath: instancePath + "/include", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema87.type, parentSchema: schema87, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data4 = data.ignore;
      if (Array.isArray(data4)) {
        const len1 = data4.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data5 = data4[i1];
          if (typeof data5 === "string") {
            if (func1(data5) < 1) {
              const err8 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87.items, data: data5 };
              if (vErrors === null) {
                vErrors = [err8];
              } else {
                vErrors.push(err8);
              }
              errors++;
            }
          } else {
            const err9 = { instancePath: instancePath + "/ignore/" + i1, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.items.type, parentSchema: schema87.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err9];
            } else {
              vErrors.push(err9);
            }
            errors++;
          }
        }
      } else {
        const err10 = { instancePath: instancePath + "/ignore", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema87.type, parentSchema: schema87, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate36(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
        errors = vErrors.length;
      }
    }
    if (data.overrides !== void 0) {
      let data7 = data.overrides;
      if (Array.isArray(data7)) {
        const len2 = data7.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data8 = data7[i2];
          if (data8 && typeof data8 == "object" && !Array.isArray(data8)) {
            if (data8.files === void 0) {
              const err11 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema86.properties.overrides.items.required, parentSchema: schema86.properties.overrides.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err11];
              } else {
                vErrors.push(err11);
              }
              errors++;
            }
            if (data8.rules === void 0) {
              const err12 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/required", keyword: "required", params: { missingProperty: "rules" }, message: "must have required property 'rules'", schema: schema86.properties.overrides.items.required, parentSchema: schema86.properties.overrides.items, data: data8 };
              if (vErrors === null) {
                vErrors = [err12];
              } else {
                vErrors.push(err12);
              }
              errors++;
            }
            for (const key1 in data8) {
              if (!(key1 === "files" || key1 === "rules")) {
                const err13 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key1 }, message: "must NOT have additional properties", schema: false, parentSchema: schema86.properties.overrides.items, data: data8 };
                if (vErrors === null) {
                  vErrors = [err13];
                } else {
                  vErrors.push(err13);
                }
                errors++;
              }
            }
            if (data8.files !== void 0) {
              let data9 = data8.files;
              if (Array.isArray(data9)) {
                const len3 = data9.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data10 = data9[i3];
                  if (typeof data10 === "string") {
                    if (func1(data10) < 1) {
                      const err14 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/minLength", keyword: "minLength", params: { limit: 1 }, message: "must NOT have fewer than 1 characters", schema: 1, parentSchema: schema87.items, data: data10 };
                      if (vErrors === null) {
                        vErrors = [err14];
                      } else {
                        vErrors.push(err14);
                      }
                      errors++;
                    }
                  } else {
                    const err15 = { instancePath: instancePath + "/overrides/" + i2 + "/files/" + i3, schemaPath: "#/$defs/globs/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema87.items.type, parentSchema: schema87.items, data: data10 };
                    if (vErrors === null) {
                      vErrors = [err15];
                    } else {
                      vErrors.push(err15);
                    }
                    errors++;
                  }
                }
              } else {
                const err16 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/$defs/globs/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema87.type, parentSchema: schema87, data: data9 };
                if (vErrors === null) {
                  vErrors = [err16];
                } else {
                  vErrors.push(err16);
                }
                errors++;
              }
              if (Array.isArray(data9)) {
                if (data9.length < 1) {
                  const err17 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema86.properties.overrides.items.properties.files, data: data9 };
                  if (vErrors === null) {
                    vErrors = [err17];
                  } else {
                    vErrors.push(err17);
                  }
                  errors++;
                }
              } else {
                const err18 = { instancePath: instancePath + "/overrides/" + i2 + "/files", schemaPath: "#/properties/overrides/items/properties/files/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.overrides.items.properties.files.type, parentSchema: schema86.properties.overrides.items.properties.files, data: data9 };
                if (vErrors === null) {
                  vErrors = [err18];
                } else {
                  vErrors.push(err18);
                }
                errors++;
              }
            }
            if (data8.rules !== void 0) {
              if (!validate36(data8.rules, { instancePath: instancePath + "/overrides/" + i2 + "/rules", parentData: data8, parentDataProperty: "rules", rootData, dynamicAnchors })) {
                vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
                errors = vErrors.length;
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/overrides/" + i2, schemaPath: "#/properties/overrides/items/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.properties.overrides.items.type, parentSchema: schema86.properties.overrides.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema86.properties.overrides.type, parentSchema: schema86.properties.overrides, data: data7 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
  } else {
    const err21 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema86.type, parentSchema: schema86, data };
    if (vErrors === null) {
      vErrors = [err21];
    } else {
      vErrors.push(err21);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options0 = validate41;
var schema96 = { "type": "object", "additionalProperties": false };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema96, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  } else {
    const err1 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema96.type, parentSchema: schema96, data };
    if (vErrors === null) {
      vErrors = [err1];
    } else {
      vErrors.push(err1);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var options1 = validate42;
var schema97 = { "type": "object", "properties": { "raisedMaxTimeout": { "description": "The ceiling after a quota increase, for platform limits that can be raised (API Gateway REST APIs' 29 s): '60s', '2m', or milliseconds.", "type": ["string", "number"] } }, "additionalProperties": false };
function validate42(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate42.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "raisedMaxTimeout")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema97, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.raisedMaxTimeout !== void 0) {
      let data0 = data.raisedMaxTimeout;
      if (typeof data0 !== "string" && !(typeof data0 == "number" && isFinite(data0))) {
        const err1 = { instancePath: instancePath + "/raisedMaxTimeout", schemaPath: "#/properties/raisedMaxTimeout/type", keyword: "type", params: { type: schema97.properties.raisedMaxTimeout.type }, message: "must be string,number", schema: schema97.properties.raisedMaxTimeout.type, parentSchema: schema97.properties.raisedMaxTimeout, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
  } else {
    const err2 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema97.type, parentSchema: schema97, data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  validate42.errors = vErrors;
  return errors === 0;
}
validate42.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var gwlintValidators = { gateway, upstreams, routes, corsPolicies, rateLimits, authPolicies, config };
function validator(name) {
  const validate = gwlintValidators[name];
  if (!validate) throw new Error(`no precompiled ${name} validator`);
  return validate;
}
var gwlintOptionsValidators = /* @__PURE__ */ new Map([
  ['{"type":"object","additionalProperties":false}', options0],
  [`{"type":"object","properties":{"raisedMaxTimeout":{"description":"The ceiling after a quota increase, for platform limits that can be raised (API Gateway REST APIs' 29 s): '60s', '2m', or milliseconds.","type":["string","number"]}},"additionalProperties":false}`, options1]
]);
function optionsValidator(schema) {
  const validate = gwlintOptionsValidators.get(JSON.stringify(schema));
  if (!validate) throw new Error(`no precompiled validator for the options schema ${JSON.stringify(schema)}`);
  return validate;
}

// src/validate/to-value.ts
function toValue(node, shared2 = /* @__PURE__ */ new Map()) {
  if (node.kind === "scalar") return node.value;
  const entries = node.kind === "seq" ? node.items : node.pairs;
  const known = shared2.get(entries);
  if (known !== void 0) return known;
  let value;
  if (node.kind === "seq") {
    const items2 = new Array(node.items.length);
    for (let i = 0; i < items2.length; i++) items2[i] = toValue(node.items[i], shared2);
    value = items2;
  } else {
    const object = /* @__PURE__ */ Object.create(null);
    for (const pair of node.pairs) object[pair.keyText] = toValue(pair.value, shared2);
    value = object;
  }
  shared2.set(entries, value);
  return value;
}

// src/config/presets.ts
var DEFAULT_PRESET = "gwlint:recommended";
var RAISED = { info: "warning", warning: "error", error: "error" };
function presetSetting(preset, rule) {
  return preset === "gwlint:strict" ? RAISED[rule.meta.defaultSeverity] : void 0;
}

// src/config/load.ts
var SUPPORTED_DIALECTS = DIALECT_CHOICES;
function defaultConfig(cwd) {
  return { file: void 0, folder: cwd, extends: DEFAULT_PRESET, dialect: "auto", include: [], ignore: [], rules: /* @__PURE__ */ new Map(), overrides: [] };
}
function loadConfig(file, cwd, rules2) {
  const absolute = path6.resolve(cwd, file);
  const shown = displayPathOf(absolute, cwd) || file;
  const fail = (message) => {
    throw new ConfigError(`${shown}: ${message}`);
  };
  const read = readSource(absolute, cwd);
  if (!read.ok) {
    const reason = /\(([A-Z]+)\)/.exec(read.problem.message)?.[1];
    throw new ConfigError(`cannot read config file ${shown}${reason ? ` (${reason})` : `: ${read.problem.message}`}`);
  }
  const parsed = parseSource(read.file);
  const problem2 = parsed.problems[0];
  if (problem2) {
    const { line, column } = positionAt(read.file, problem2.span.start);
    throw new ConfigError(`${shown}:${line}:${column}: the config file does not parse: ${problem2.message.split(/; |\. /)[0]}`);
  }
  if (parsed.documents.length > 1) fail(`a config file holds one document, found ${parsed.documents.length}`);
  const raw = parsed.documents[0] ? toValue(parsed.documents[0].root) : {};
  const validate = configValidator();
  if (!validate(raw)) fail(explain(validate.errors ?? []));
  const config2 = raw;
  if (config2.dialect !== void 0 && !SUPPORTED_DIALECTS.includes(config2.dialect)) {
    fail(`dialect '${config2.dialect}' is not supported${config2.dialect === "envoy" ? " yet" : ""}; use one of ${SUPPORTED_DIALECTS.join(", ")}`);
  }
  const ruleEntries = (settings, where) => {
    const entries = /* @__PURE__ */ new Map();
    for (const [id, setting] of Object.entries(settings ?? {})) {
      const rule = rules2.find((candidate) => candidate.meta.id === id);
      if (!rule) {
        const [suggestion] = suggestNames(id, rules2.map((candidate) => candidate.meta.id));
        fail(`${where}unknown rule '${id}'${suggestion ? `; did you mean '${suggestion}'?` : ""} (see 'gwlint rules')`);
      }
      const [severity, options = {}] = typeof setting === "string" ? [setting] : setting;
      const problem3 = checkOptions(rule, options);
      if (problem3) fail(`${where}${problem3}`);
      entries.set(id, { severity, options });
    }
    return entries;
  };
  return {
    file: absolute,
    folder: path6.dirname(absolute),
    extends: config2.extends ?? DEFAULT_PRESET,
    dialect: config2.dialect ?? "auto",
    include: config2.include ?? [],
    ignore: config2.ignore ?? [],
    rules: ruleEntries(config2.rules, ""),
    overrides: (config2.overrides ?? []).map((override, index) => ({
      files: override.files,
      rules: ruleEntries(override.rules, `overrides[${index}]: `)
    }))
  };
}
function configValidator() {
  return validator("config");
}
function checkOptions(rule, options) {
  const validate = optionsValidator(rule.meta.optionsSchema ?? NO_OPTIONS_SCHEMA);
  if (validate(options)) return void 0;
  const error = validate.errors[0];
  const id = rule.meta.id;
  if (error.keyword === "additionalProperties") {
    const option = String(error.params["additionalProperty"]);
    const known = Object.keys(error.parentSchema?.properties ?? {});
    const [suggestion] = suggestNames(option, known);
    const hint = suggestion ? `; did you mean '${suggestion}'?` : known.length === 0 && error.instancePath === "" ? "; it takes no options" : "";
    return `rule '${id}' has no option '${labelOf(parsePointer(error.instancePath).concat(option))}'${hint}`;
  }
  const at = parsePointer(error.instancePath);
  return at.length === 0 ? `the options of rule '${id}' ${error.message ?? "are not valid"}` : `option '${labelOf(at)}' of rule '${id}' ${error.message ?? "is not valid"}, got ${describeValue(error.data)}`;
}
var TYPE_NOUNS = { string: "a string", number: "a number", integer: "an integer", boolean: "true or false", array: "a list", object: "a mapping", null: "empty" };
function explain(errors) {
  const summarised = errors.filter((error2) => error2.keyword === "anyOf" && hasErrorMessage(error2));
  const kept = errors.filter(
    (error2) => summarised.includes(error2) || !summarised.some((alternative) => isAtOrUnder(error2.instancePath, alternative.instancePath))
  );
  const error = kept.find((candidate) => candidate.keyword === "additionalProperties") ?? kept[0];
  const at = parsePointer(error.instancePath);
  const subject = at.length === 0 ? "the config file" : labelOf(at);
  const got = `got ${describeValue(error.data)}`;
  const params = error.params;
  switch (error.keyword) {
    case "anyOf": {
      const custom = error.parentSchema.errorMessage;
      const [suggestion] = typeof error.data === "string" ? suggestNames(error.data, ["off", "info", "warning", "error"]) : [];
      return `${subject} ${custom}, ${got}${suggestion ? `; did you mean '${suggestion}'?` : ""}`;
    }
    case "additionalProperties": {
      const key2 = String(params["additionalProperty"]);
      const known = Object.keys(error.parentSchema?.properties ?? {});
      const [suggestion] = suggestNames(key2, known);
      const hint = suggestion ? `did you mean '${suggestion}'?` : `expected ${known.join(", ")}`;
      return `unknown key '${key2}'${at.length === 0 ? "" : ` in ${subject}`}; ${hint}`;
    }
    case "required":
      return `${subject} is missing '${String(params["missingProperty"])}'`;
    case "type": {
      const types2 = [].concat(params["type"]).map((type) => TYPE_NOUNS[String(type)] ?? String(type));
      return `${subject} must be ${types2.join(" or ")}, ${got}`;
    }
    case "enum": {
      const allowed = params["allowedValues"].map(String);
      const [suggestion] = typeof error.data === "string" ? suggestNames(error.data, allowed) : [];
      return `${subject} must be one of ${allowed.join(", ")}, ${got}${suggestion ? `; did you mean '${suggestion}'?` : ""}`;
    }
    case "minItems":
    case "minLength":
      return `${subject} must not be empty`;
  }
  return `${subject} ${error.message ?? "is not valid"}, ${got}`;
}
function hasErrorMessage(error) {
  return typeof error.parentSchema?.errorMessage === "string";
}
function isAtOrUnder(pointer, parent) {
  return pointer === parent || pointer.startsWith(`${parent}/`);
}
function parsePointer(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map((step) => step.replace(/~1/g, "/").replace(/~0/g, "~"));
}
function labelOf(steps) {
  return steps.reduce((label, step) => /^\d+$/.test(step) ? `${label}[${step}]` : label === "" ? step : `${label}.${step}`, "");
}
function describeValue(value) {
  if (Array.isArray(value)) return "a list";
  if (value === null || value === void 0) return "an empty value";
  if (typeof value === "object") return "a mapping";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}\u2026` : value);
  return String(value);
}

// src/config/settings.ts
import path7 from "node:path";
function matchesFiles(config2, globs, file) {
  const relative = path7.relative(config2.folder, file).split(path7.sep).join("/");
  return globs.some((glob) => minimatch(relative, glob, { dot: true }));
}
function effectiveSetting(config2, rule, file) {
  const id = rule.meta.id;
  const preset = presetSetting(config2.extends, rule);
  let effective = { setting: preset, options: {}, source: preset === void 0 ? "default" : "extends" };
  const base = config2.rules.get(id);
  if (base) effective = { setting: base.severity, options: base.options, source: "rules" };
  config2.overrides.forEach((override, index) => {
    const entry = override.rules.get(id);
    if (entry && matchesFiles(config2, override.files, file)) {
      effective = { setting: entry.severity, options: entry.options, source: `overrides[${index}]` };
    }
  });
  return effective;
}
function configRuleSettings(config2, rules2) {
  const byId = new Map(rules2.map((rule) => [rule.meta.id, rule]));
  const cache2 = /* @__PURE__ */ new Map();
  return {
    severity(ruleId, file) {
      const rule = byId.get(ruleId);
      if (!rule) return void 0;
      const key2 = `${ruleId}\0${file}`;
      if (!cache2.has(key2)) cache2.set(key2, effectiveSetting(config2, rule, file).setting);
      return cache2.get(key2);
    },
    runs(ruleId) {
      const rule = byId.get(ruleId);
      if (!rule) return true;
      const base = config2.rules.get(ruleId)?.severity ?? presetSetting(config2.extends, rule);
      if (base !== "off") return true;
      return config2.overrides.some((override) => {
        const setting = override.rules.get(ruleId)?.severity;
        return setting !== void 0 && setting !== "off";
      });
    }
  };
}
function severityOf(rule, setting) {
  return setting ?? rule.meta.defaultSeverity;
}

// src/config/resolve.ts
function resolveConfig(explicit, start, cwd, rules2) {
  if (explicit !== void 0) return loadConfig(explicit, cwd, rules2);
  const found = findConfigFile(path8.resolve(cwd, start));
  return found ? loadConfig(found, cwd, rules2) : defaultConfig(cwd);
}
function configLintOptions(explicit, paths, cwd, rules2) {
  const config2 = resolveConfig(explicit, paths[0] ?? ".", cwd, rules2);
  const ruleOptions = new Map([...config2.rules].map(([id, entry]) => [id, entry.options]));
  return {
    settings: configRuleSettings(config2, rules2),
    scope: scopeOf(config2),
    dialect: config2.dialect,
    ruleOptions,
    configFolder: config2.file ? config2.folder : void 0
  };
}
function scopeOf(config2) {
  if (!config2.file) return void 0;
  return { folder: config2.folder, configFile: config2.file, include: config2.include, ignore: config2.ignore };
}
function mustExist(given, cwd) {
  const absolute = path8.resolve(cwd, given);
  try {
    statSync4(absolute);
  } catch {
    throw new PathNotFoundError(`No such file or folder: ${given}`);
  }
  return absolute;
}

// src/config/print.ts
function formatPrintConfig(config2, file, cwd, rules2, commandLine) {
  const relative = path9.relative(config2.folder, file).split(path9.sep).join("/");
  const printed = {};
  for (const rule of rules2) {
    const fixed = commandLine.get(rule.meta.id);
    if (fixed !== void 0) {
      printed[rule.meta.id] = { severity: fixed, source: "--rule" };
      continue;
    }
    const { setting, options, source } = effectiveSetting(config2, rule, file);
    printed[rule.meta.id] = { severity: severityOf(rule, setting), ...Object.keys(options).length > 0 ? { options } : {}, source };
  }
  const effective = {
    file: displayPathOf(file, cwd),
    configFile: config2.file ? displayPathOf(config2.file, cwd) : null,
    extends: config2.extends,
    dialect: config2.dialect,
    include: config2.include,
    ignore: config2.ignore,
    ignored: config2.ignore.some((pattern) => minimatch(relative, pattern, { dot: true })),
    rules: printed
  };
  return `${JSON.stringify(effective, null, 2)}
`;
}
function printConfig(file, explicitConfig, cwd, rules2, commandLine) {
  const absolute = mustExist(file, cwd);
  return formatPrintConfig(resolveConfig(explicitConfig, absolute, cwd, rules2), absolute, cwd, rules2, commandLine);
}

// src/config/staged.ts
import path10 from "node:path";
function configForFiles(paths, cwd) {
  const files = paths.map((given) => path10.resolve(cwd, given));
  if (files.length === 0 || !files.every(isFile)) return void 0;
  for (const file of files) {
    const found = findConfigFile(path10.dirname(file));
    if (found) return found;
  }
  return void 0;
}
function stagedRun(paths, configFolder, cwd) {
  if (!configFolder || paths.length === 0) return void 0;
  const files = paths.map((given) => path10.resolve(cwd, given));
  if (!files.every(isFile)) return void 0;
  const insideRoot = (file) => !path10.relative(configFolder, file).startsWith("..");
  return { root: configFolder, files: new Set(files.filter(insideRoot)) };
}
function onStagedFiles(findings, run, cwd) {
  const given = (file) => run.files.has(path10.resolve(cwd, file));
  return findings.filter((finding) => given(finding.file) || finding.related.some((place) => given(place.file)));
}

// src/engine/suppress.ts
var UNUSED_SUPPRESSION = "unused-suppression";
var DIRECTIVE = /^gwlint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)(.*)$/s;
var InlineSuppressions = class {
  constructor(files, knownRules) {
    this.knownRules = knownRules;
    for (const file of files) this.addFile(file);
  }
  knownRules;
  covers = /* @__PURE__ */ new Map();
  directives = [];
  /**
   * Splits findings into those still reported and those a directive covers. Findings of
   * `unused-suppression` (phase `unused`) are only suppressed by directives that name it, so an
   * unused `gwlint-disable-file` cannot hide its own report.
   */
  apply(findings, phase = "rules") {
    const kept = [];
    const suppressed = [];
    for (const finding of findings) {
      let justification;
      let matched = false;
      for (const cover of this.covers.get(finding.file) ?? []) {
        if (!covers(cover, finding, phase)) continue;
        matched = true;
        cover.directive.usedRules.add(finding.ruleId);
        justification ??= cover.directive.justification;
      }
      if (!matched) kept.push(finding);
      else suppressed.push({ ...finding, suppression: { kind: "inline", ...justification !== void 0 ? { justification } : {} } });
    }
    return { kept, suppressed };
  }
  /**
   * Directives that suppressed nothing, as findings at their comment. Rules that did not run
   * (turned off) are not held against a directive, nor is `unused-suppression` itself.
   */
  unused(ran) {
    const reports = [];
    for (const directive of this.directives) {
      const name = `gwlint-${directive.kind}`;
      for (const id of directive.unknownRules) {
        reports.push({ span: directive.span, message: `Unknown rule '${id}' in this ${name} comment: it suppresses nothing ('gwlint rules' lists the rule ids).` });
      }
      if (directive.kind === "enable") {
        if (directive.endsNothing) reports.push({ span: directive.span, message: `This ${name} comment ends no gwlint-disable region; remove it.` });
        continue;
      }
      if (directive.rules === null) {
        if (directive.usedRules.size === 0) reports.push({ span: directive.span, message: `Unused ${name} comment: no finding is reported where it applies; remove it.` });
        continue;
      }
      const unused = directive.rules.filter((id) => id !== UNUSED_SUPPRESSION && ran.has(id) && !directive.usedRules.has(id));
      if (unused.length > 0) {
        const list = unused.map((id) => `'${id}'`).join(", ");
        reports.push({ span: directive.span, message: `Unused ${name} comment for ${list}: no such finding is reported where it applies; remove ${unused.length === 1 ? "it" : "them"}.` });
      }
    }
    return reports;
  }
  addFile({ file, comments, roots }) {
    const fileCovers = [];
    const add = (directive, rule, start, end) => {
      fileCovers.push({ directive, rule, start: positionAt(file, start), end: positionAt(file, end) });
    };
    const addAll = (directive, start, end) => {
      for (const rule of directive.rules ?? [null]) add(directive, rule, start, end);
    };
    const commentOffsets = new Set(comments.map((comment) => comment.offset));
    let entryEnds;
    const open = [];
    for (const comment of comments) {
      const directive = this.parse(file, comment);
      if (!directive) continue;
      this.directives.push(directive);
      const line = positionAt(file, comment.offset).line;
      switch (directive.kind) {
        case "disable-file":
          addAll(directive, 0, file.text.length);
          break;
        case "disable-line": {
          const bounds = lineBounds(file, line);
          addAll(directive, bounds.start, bounds.end);
          break;
        }
        case "disable-next-line": {
          const next = nextCodeLine(file, line, commentOffsets);
          if (next === void 0) break;
          entryEnds ??= entryEndsByLine(file, roots);
          const bounds = lineBounds(file, next);
          addAll(directive, bounds.start, Math.max(bounds.end, entryEnds.get(next) ?? bounds.end));
          break;
        }
        case "disable":
          for (const rule of directive.rules ?? [null]) open.push({ directive, rule, start: comment.offset });
          break;
        case "enable": {
          const ending = open.filter((region2) => directive.rules === null || region2.rule !== null && directive.rules.includes(region2.rule));
          if (ending.length === 0 && directive.unknownRules.length === 0) directive.endsNothing = true;
          for (const region2 of ending) {
            add(region2.directive, region2.rule, region2.start, comment.offset);
            open.splice(open.indexOf(region2), 1);
          }
          break;
        }
      }
    }
    for (const region2 of open) add(region2.directive, region2.rule, region2.start, file.text.length);
    if (fileCovers.length > 0) this.covers.set(file.displayPath, fileCovers);
  }
  parse(file, comment) {
    const match2 = DIRECTIVE.exec(comment.source.slice(1).trim());
    if (!match2) return void 0;
    const kind = match2[1];
    let rest = match2[2] ?? "";
    let justification;
    const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
    if (separator) {
      justification = rest.slice(separator.index + separator[0].length).trim() || void 0;
      rest = rest.slice(0, separator.index);
    }
    const names = rest.split(/[\s,]+/).filter((name) => name !== "");
    const known = names.filter((name) => this.knownRules.has(name));
    return {
      kind,
      rules: names.length === 0 ? null : [...new Set(known)],
      unknownRules: names.filter((name) => !this.knownRules.has(name)),
      ...justification !== void 0 ? { justification } : {},
      span: { file, start: comment.offset, end: comment.offset + comment.source.length },
      usedRules: /* @__PURE__ */ new Set()
    };
  }
};
function covers(cover, finding, phase) {
  if (phase === "unused" ? cover.rule !== UNUSED_SUPPRESSION : cover.rule !== null && cover.rule !== finding.ruleId) return false;
  if (phase === "unused" && finding.ruleId !== UNUSED_SUPPRESSION) return false;
  const at = { line: finding.line, column: finding.column };
  return compare(cover.start, at) <= 0 && compare(at, cover.end) <= 0;
}
function compare(a, b) {
  return a.line - b.line || a.column - b.column;
}
function nextCodeLine(file, line, commentOffsets) {
  const last = lineCount(file);
  for (let next = line + 1; next <= last; next++) {
    const { start, end } = lineBounds(file, next);
    const text = file.text.slice(start, end);
    const indent = text.search(/\S/);
    if (indent === -1 || commentOffsets.has(start + indent)) continue;
    return next;
  }
  return void 0;
}
function entryEndsByLine(file, roots) {
  const ends = /* @__PURE__ */ new Map();
  const note = (start, end) => {
    const line = positionAt(file, start).line;
    ends.set(line, Math.max(ends.get(line) ?? end, end));
  };
  const seen = /* @__PURE__ */ new Set();
  const pending = [...roots];
  while (pending.length > 0) {
    const node = pending.pop();
    if (seen.has(node) || node.file !== file) continue;
    seen.add(node);
    if (node.kind === "map") {
      for (const { key: key2, value } of node.pairs) {
        if (key2.file === file) note(key2.start, Math.max(key2.end, value.end));
        pending.push(value);
      }
    } else if (node.kind === "seq") {
      for (const item of node.items) {
        note(item.start, item.end);
        pending.push(item);
      }
    }
  }
  return ends;
}

// src/engine/run.ts
function runRules(rules2, input, severities, settings) {
  const failures = [];
  const ran = /* @__PURE__ */ new Set();
  const run = (rule, context, findings2) => {
    const { id } = rule.meta;
    const fixed = severities.get(id);
    if (fixed === "off" || fixed === void 0 && settings && !settings.runs(id)) return;
    ran.add(id);
    const report = (descriptor) => {
      const configured = fixed ?? settings?.severity(id, descriptor.span.file.path);
      if (configured === "off") return;
      findings2.push({
        ruleId: id,
        severity: configured ?? descriptor.severity ?? rule.meta.defaultSeverity,
        message: descriptor.message,
        ...regionOf(descriptor.span),
        related: (descriptor.related ?? []).map(relatedOf),
        docs: rule.meta.docsUrl
      });
    };
    try {
      rule.check({ ...context, report, options: context.ruleOptions?.get(id) ?? {} });
    } catch (error) {
      failures.push({ ruleId: id, error });
    }
  };
  const found = [];
  for (const rule of rules2) if (!rule.meta.runsAfterSuppression) run(rule, input, found);
  const suppressions = new InlineSuppressions(input.commentedFiles ?? [], new Set(rules2.map((rule) => rule.meta.id)));
  const { kept, suppressed } = suppressions.apply(found);
  const later = [];
  const afterInput = { ...input, unusedSuppressions: suppressions.unused(ran) };
  for (const rule of rules2) if (rule.meta.runsAfterSuppression) run(rule, afterInput, later);
  const second = suppressions.apply(later, "unused");
  const findings = [...kept, ...second.kept].sort(compareFindings);
  return { findings, failures, inlineSuppressed: [...suppressed, ...second.suppressed].sort(compareFindings) };
}

// src/model/adapter.ts
function emptyPart() {
  return {
    gateways: [],
    routes: [],
    upstreams: [],
    corsPolicies: [],
    rateLimits: [],
    authPolicies: [],
    duplicates: [],
    unresolved: [],
    invalidPaths: [],
    dialectFindings: []
  };
}
function mergeParts(parts) {
  if (parts.length === 1) return parts[0];
  const merged = emptyPart();
  for (const part of parts) {
    for (const key2 of Object.keys(merged)) merged[key2].push(...part[key2]);
  }
  return merged;
}

// src/adapters/aws/dialect.ts
var DEFAULT_ROUTE = "$default";
var LITERAL = 0;
var PARAMETER = 1;
var GREEDY = 2;
var END = 3;
function segmentRank(matcher, index) {
  const segment = matcher.segments[index];
  if (segment.kind === "literal") return LITERAL;
  return matcher.tail === "rest" && index === matcher.segments.length - 1 ? GREEDY : PARAMETER;
}
function awsPrecedence(matcher, isDefaultRoute, anyMethod, order) {
  if (isDefaultRoute || !matcher) return [1, anyMethod ? 1 : 0, order];
  const ranks2 = matcher.segments.map((_, index) => segmentRank(matcher, index));
  return [0, ...ranks2, END, anyMethod ? 1 : 0, order];
}
function describeSegment(matcher, index) {
  const segment = matcher.segments[index];
  if (segment.kind === "literal") return `the literal '${segment.value}'`;
  if (segment.kind === "wildcard") return `the wildcard '*'`;
  return segmentRank(matcher, index) === GREEDY ? `the greedy variable '{${segment.name}+}'` : `the path variable '{${segment.name}}'`;
}
function explain2(first, second) {
  const a = first.path.matcher;
  const b = second.path.matcher;
  const aDefault = first.path.value === DEFAULT_ROUTE;
  const bDefault = second.path.value === DEFAULT_ROUTE;
  if (!aDefault && bDefault) return `API Gateway sends a request to the '${DEFAULT_ROUTE}' route only when no other route matches it`;
  if (a?.kind === "pattern" && b?.kind === "pattern" && !aDefault && !bDefault) {
    const length = Math.min(a.segments.length, b.segments.length);
    for (let i = 0; i < length; i++) {
      const rankA = segmentRank(a, i);
      const rankB = segmentRank(b, i);
      if (rankA !== rankB) {
        return `API Gateway picks the most specific match: at segment ${i + 1}, ${describeSegment(a, i)} is more specific than ${describeSegment(b, i)}`;
      }
    }
  }
  if (first.route.methods && !second.route.methods) {
    return `API Gateway picks a route for the request's own method (${first.route.methods.map((m) => m.value).join(", ")}) before an ANY route on the same path`;
  }
  return "it is declared earlier";
}
function tie(kind) {
  return (first, second) => {
    if (first.path.value === DEFAULT_ROUTE && second.path.value === DEFAULT_ROUTE) {
      return `An API has a single '${DEFAULT_ROUTE}' route: API Gateway (or SAM) rejects the second one`;
    }
    const sameResource = first.path.value !== second.path.value ? ` ('${first.path.value}' and '${second.path.value}' are the same resource: path variable names do not tell routes apart)` : "";
    return kind === "rest" ? `API Gateway (or SAM) rejects the deployment: a method can be defined only once per path${sameResource}` : `API Gateway (or SAM) rejects the deployment: a route key (method and path) can be defined only once per API${sameResource}`;
  };
}
var awsRestDialect = {
  id: "aws",
  displayName: "AWS API Gateway (REST API)",
  hostPrecedence: "route-order",
  // Only declaration order follows the path and method ranks: identical routes are duplicates.
  tieBreakFrom: 0,
  explainPrecedence: explain2,
  describeTie: tie("rest")
};
var awsHttpDialect = {
  id: "aws",
  displayName: "AWS API Gateway (HTTP API)",
  hostPrecedence: "route-order",
  // Only declaration order follows the path and method ranks: identical routes are duplicates.
  tieBreakFrom: 0,
  explainPrecedence: explain2,
  describeTie: tie("http")
};
function dialectFor(kind) {
  return kind === "rest" ? awsRestDialect : awsHttpDialect;
}
function maxTimeout(kind, endpoint) {
  if (kind === "http") return { value: 3e4, description: "the 30 s maximum integration timeout of HTTP APIs", raisable: false };
  if (endpoint === "EDGE") {
    return { value: 29e3, description: "API Gateway's 29 s integration timeout limit for edge-optimized REST APIs (the default endpoint type), which no quota increase raises", raisable: false };
  }
  return {
    value: 29e3,
    description: "API Gateway's default 29 s integration timeout limit for REST APIs (raisable by quota request for Regional and private APIs)",
    raisable: true
  };
}
var MIN_TIMEOUT_MS = 50;

// src/adapters/aws/api.ts
var HTTP_METHODS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"];
var CATCH_ALL = { kind: "pattern", segments: [], tail: "rest" };
var REST_PATH_PART = /^(?:[A-Za-z0-9._:-]+|\{[A-Za-z0-9._:-]+\+?\})$/;
var ApiBuilder = class {
  constructor(kind, id, label, routePrefix, node, sink, endpoint = "unknown") {
    this.kind = kind;
    this.routePrefix = routePrefix;
    this.node = node;
    this.sink = sink;
    this.gateway = {
      id,
      label,
      dialect: dialectFor(kind),
      settings: { node, name: label, trailingSlash: { value: "strict" }, maxTimeoutMs: maxTimeout(kind, endpoint), defaults: {} }
    };
  }
  kind;
  routePrefix;
  node;
  sink;
  gateway;
  drafts = [];
  upstreams = /* @__PURE__ */ new Map();
  authPolicies = /* @__PURE__ */ new Map();
  corsPolicies = [];
  /** The API-wide CORS configuration (SAM `Cors`, `x-amazon-apigateway-cors`). */
  cors;
  /** The API-wide default authorizer (SAM `Auth.DefaultAuthorizer`, OpenAPI root `security`). */
  defaultAuth;
  routeName(method, path11) {
    const key2 = path11 === DEFAULT_ROUTE ? path11 : `${method ?? "ANY"} ${path11}`;
    return this.routePrefix ? `${this.routePrefix} ${key2}` : key2;
  }
  /** The operation already defined for this exact path and method, if any. */
  find(path11, method) {
    return this.drafts.find((draft) => draft.path.value === path11 && draft.method?.value === method);
  }
  add(draft) {
    this.drafts.push(draft);
  }
  /** The upstream of a name, made once per API. */
  upstream(name, make) {
    let upstream = this.upstreams.get(name);
    if (!upstream) {
      upstream = make();
      this.upstreams.set(name, upstream);
    }
    return upstream;
  }
  addAuthPolicy(policy) {
    if (!this.authPolicies.has(policy.name)) this.authPolicies.set(policy.name, policy);
  }
  /** Reports an authorizer name that names nothing (SAM and API Gateway reject it). */
  resolveAuth(choice, from) {
    if (choice.kind === "none") return { value: "none", node: choice.node, fromDefault: choice.fromDefault };
    const target = this.authPolicies.get(choice.name);
    if (!target && !choice.fromDefault) {
      this.sink.unresolved.push({ kind: "authPolicy", name: choice.name, node: choice.node, candidates: suggestNames(choice.name, this.authPolicies.keys()), from });
    }
    return { kind: "authPolicy", value: choice.name, node: choice.node, fromDefault: choice.fromDefault, target };
  }
  /** Checks the API-wide default authorizer once, not once per route that inherits it. */
  checkDefaultAuth(from) {
    if (this.defaultAuth?.kind === "policy") this.resolveAuth({ ...this.defaultAuth, fromDefault: false }, from);
  }
  finish() {
    const routes2 = [];
    const parsed = this.drafts.map((draft) => this.parsePath(draft));
    const anyMethods = this.methodsOfAny(parsed);
    this.drafts.forEach((draft, order) => {
      const matcher = parsed[order];
      const isDefault = draft.path.value === DEFAULT_ROUTE;
      const precedence = awsPrecedence(matcher, isDefault, draft.method === void 0, order);
      const path11 = { value: draft.path.value, node: draft.path.node, matcher, precedence };
      const from = `route '${draft.name}'`;
      const authChoice = draft.auth ?? this.defaultAuth;
      const cors = draft.cors ?? this.cors;
      const upstream = draft.upstream && {
        kind: "upstream",
        value: draft.upstream.upstream.name,
        node: draft.upstream.node,
        fromDefault: false,
        target: draft.upstream.upstream
      };
      routes2.push({
        name: draft.name,
        nameNode: draft.nameNode,
        node: draft.node,
        gateway: this.gateway,
        order,
        hosts: void 0,
        methods: draft.method ? [draft.method] : anyMethods.get(draft),
        paths: [path11],
        headers: [],
        queryParams: [],
        priority: 0,
        upstream,
        timeoutMs: this.timeoutOf(draft),
        auth: authChoice && this.resolveAuth(authChoice, from),
        cors: cors && { kind: "corsPolicy", value: cors.name, node: cors.nameNode, fromDefault: !draft.cors, target: cors }
      });
    });
    if (this.kind === "rest") this.checkVariableSiblings(parsed);
    return {
      gateway: this.gateway,
      routes: routes2,
      upstreams: [...this.upstreams.values()],
      corsPolicies: this.corsPolicies,
      authPolicies: [...this.authPolicies.values()]
    };
  }
  /**
   * "The ANY method matches all methods that you haven't defined for a resource": next to a `GET`
   * on the same path, an ANY route serves the other methods only (API Gateway supports seven). An
   * ANY route alone keeps `methods` undefined: every method.
   */
  methodsOfAny(parsed) {
    const resourceOf = (index) => {
      const matcher = parsed[index];
      return this.drafts[index].path.value === DEFAULT_ROUTE ? DEFAULT_ROUTE : matcher && patternKey(matcher);
    };
    const defined = /* @__PURE__ */ new Map();
    this.drafts.forEach((draft, index) => {
      const resource = resourceOf(index);
      if (!draft.method || resource === void 0) return;
      const methods = defined.get(resource) ?? /* @__PURE__ */ new Set();
      methods.add(draft.method.value);
      defined.set(resource, methods);
    });
    const result = /* @__PURE__ */ new Map();
    this.drafts.forEach((draft, index) => {
      const resource = resourceOf(index);
      const taken = resource === void 0 ? void 0 : defined.get(resource);
      if (draft.method || !taken) return;
      const node = draft.anyNode ?? draft.nameNode;
      result.set(
        draft,
        HTTP_METHODS.filter((method) => !taken.has(method)).map((value) => ({ value, node }))
      );
    });
    return result;
  }
  timeoutOf(draft) {
    if (draft.timeout === "unknown") return void 0;
    if (draft.timeout) {
      if (draft.timeout.value < MIN_TIMEOUT_MS) {
        this.sink.findings.push({
          ruleId: "schema",
          node: draft.timeout.node,
          message: `Integration timeout ${draft.timeout.value} ms of route '${draft.name}' is below ${MIN_TIMEOUT_MS} ms: API Gateway rejects integration timeouts below ${MIN_TIMEOUT_MS} ms.`
        });
      }
      return { ...draft.timeout, fromDefault: false };
    }
    return { value: this.gateway.settings.maxTimeoutMs.value, node: draft.timeoutAnchor, fromDefault: true, description: "API Gateway's default integration timeout" };
  }
  parsePath(draft) {
    const raw = draft.path.value;
    if (raw === DEFAULT_ROUTE) return CATCH_ALL;
    const invalid = (reason) => {
      this.sink.invalidPaths.push({ node: draft.path.node, path: raw, route: draft.name, reason });
      return void 0;
    };
    const parts = raw.slice(1).split("/");
    const star3 = parts.find((part) => part.includes("*"));
    if (raw.startsWith("/") && star3 !== void 0) {
      return invalid(`'*' is not a wildcard in API Gateway paths; a greedy path variable such as '{proxy+}' matches the rest of the path`);
    }
    const result = parsePattern(raw, { ignoreTrailingSlash: false });
    if ("reason" in result) return invalid(result.reason);
    if (this.kind === "rest" && raw !== "/") {
      const bad = parts.find((part, index) => !(index === parts.length - 1 && part === "") && !REST_PATH_PART.test(part));
      if (bad !== void 0) {
        return invalid(`REST API path parts allow only a-zA-Z0-9._-: and a '{variable}' or greedy '{variable+}' as a whole part, not '${bad}'`);
      }
    }
    return result.matcher;
  }
  /**
   * A REST API resource may have only one variable child: `/pets/{id}` and `/pets/{petId}/toys`
   * cannot both exist ("A sibling ({id}) of this resource already has a variable path part -- only
   * one is allowed"). Identical routes that differ only by variable names are `duplicate-route`s.
   */
  checkVariableSiblings(parsed) {
    const firstVariable = /* @__PURE__ */ new Map();
    const reported = /* @__PURE__ */ new Set();
    this.drafts.forEach((draft, index) => {
      if (!parsed[index] || draft.path.value === DEFAULT_ROUTE) return;
      const parts = draft.path.value.slice(1).split("/");
      for (let i = 0; i < parts.length; i++) {
        const part = parts[i];
        if (!part.startsWith("{")) continue;
        const parent = `/${parts.slice(0, i).join("/")}`;
        const first = firstVariable.get(parent);
        if (!first) {
          firstVariable.set(parent, { part, draft, index });
          continue;
        }
        if (first.part === part) continue;
        const twin = parsed[first.index];
        const sameRoute = patternKey(twin) === patternKey(parsed[index]) && this.drafts.some((other, j) => parsed[j] && other.path.value === first.draft.path.value && sameMethod(other, draft));
        const key2 = `${parent}\0${part}\0${draft.path.value}`;
        if (sameRoute || reported.has(key2)) break;
        reported.add(key2);
        const greedy = part.endsWith("+}") || first.part.endsWith("+}");
        const fix = greedy ? "Move the specific routes under a literal segment of their own, or use an HTTP API" : "Use the same variable name in both paths";
        this.sink.findings.push({
          ruleId: "schema",
          node: draft.path.node,
          message: `Path '${draft.path.value}' of route '${draft.name}' has the path variable '${part}' under '${parent}', where route '${first.draft.name}' already has '${first.part}': a REST API resource can have only one variable child, so API Gateway rejects the deployment ("A sibling (${first.part}) of this resource already has a variable path part -- only one is allowed"). ${fix}.`,
          related: [{ node: first.draft.path.node, message: `'${first.part}' is defined here` }]
        });
        break;
      }
    });
  }
};
function sameMethod(a, b) {
  return a.method?.value === b.method?.value;
}

// src/adapters/aws/values.ts
function hasIntrinsicTag(node) {
  return node.tag !== void 0 && node.tag.startsWith("!") && !node.tag.startsWith("!!");
}
function isIntrinsic(node) {
  if (!node) return false;
  if (hasIntrinsicTag(node)) return true;
  if (!isMap(node) || node.pairs.length !== 1) return false;
  const key2 = node.pairs[0].keyText;
  return key2 === "Ref" || key2 === "Condition" || key2.startsWith("Fn::");
}
function plainString(node) {
  return isScalar(node) && !hasIntrinsicTag(node) && typeof node.value === "string" ? node.value : void 0;
}
function plainStringAt(node) {
  const value = plainString(node);
  return value === void 0 ? void 0 : { value, node };
}
function plainNumber(node) {
  if (!isScalar(node) || hasIntrinsicTag(node)) return void 0;
  if (typeof node.value === "number") return Number.isFinite(node.value) ? node.value : void 0;
  if (typeof node.value === "string" && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return void 0;
}
function plainBoolean(node) {
  if (!isScalar(node) || hasIntrinsicTag(node)) return void 0;
  if (typeof node.value === "boolean") return node.value;
  if (typeof node.value === "string" && /^(true|false)$/i.test(node.value)) return node.value.toLowerCase() === "true";
  return void 0;
}
function plainStrings(node) {
  if (isScalar(node)) {
    const value = plainString(node);
    return value === void 0 ? [] : [{ value, node }];
  }
  if (!isSeq(node) || hasIntrinsicTag(node)) return [];
  return node.items.flatMap((item) => {
    const value = plainString(item);
    return value === void 0 ? [] : [{ value, node: item }];
  });
}
function referencedId(node, plainIsId = false) {
  if (!node) return void 0;
  if (isScalar(node)) {
    if (typeof node.value !== "string") return void 0;
    if (node.tag === "!Ref") return node.value;
    if (node.tag === "!GetAtt") return node.value.split(".")[0];
    return !hasIntrinsicTag(node) && plainIsId ? node.value : void 0;
  }
  if (isSeq(node) && node.tag === "!GetAtt") return plainString(node.items[0]);
  if (!isMap(node) || node.pairs.length !== 1) return void 0;
  const ref = get(node, "Ref");
  if (ref) return plainString(ref);
  const getAtt = get(node, "Fn::GetAtt");
  if (isSeq(getAtt)) return plainString(getAtt.items[0]);
  const text = plainString(getAtt);
  return text?.split(".")[0];
}
function getAttAttribute(node) {
  if (isScalar(node) && node.tag === "!GetAtt" && typeof node.value === "string") return node.value.split(".").slice(1).join(".");
  if (isSeq(node) && node.tag === "!GetAtt") return plainString(node.items[1]);
  const getAtt = isMap(node) && node.pairs.length === 1 ? get(node, "Fn::GetAtt") : void 0;
  if (isSeq(getAtt)) return plainString(getAtt.items[1]);
  return plainString(getAtt)?.split(".").slice(1).join(".");
}
function subText(node) {
  if (!node) return void 0;
  if (isScalar(node) && typeof node.value === "string" && (node.tag === "!Sub" || !hasIntrinsicTag(node))) return node.value;
  if (isSeq(node) && node.tag === "!Sub") return plainString(node.items[0]);
  const sub = isMap(node) && node.pairs.length === 1 ? get(node, "Fn::Sub") : void 0;
  if (isSeq(sub)) return plainString(sub.items[0]);
  return plainString(sub);
}
function lambdaFunctionId(uri2) {
  const text = subText(uri2);
  if (text !== void 0) {
    const match2 = /functions\/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}\/invocations/.exec(text);
    if (match2) return match2[1];
  }
  return getAttAttribute(uri2) === "Arn" ? referencedId(uri2) : void 0;
}
function unquoteHeaderValue(value) {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'") ? trimmed.slice(1, -1) : trimmed;
}
function unknownKeys(map, known, describe2) {
  const findings = [];
  for (const pair of map.pairs) {
    const key2 = pair.keyText;
    if (known.includes(key2)) continue;
    const suggestion = suggestNames(key2, known)[0];
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : ` Known keys: ${known.join(", ")}.`;
    findings.push({ ruleId: "schema", node: pair.key, message: `${describe2(key2)}${hint}` });
  }
  return findings;
}
var MergedProperty = class {
  constructor(own, global) {
    this.own = own;
    this.global = global;
  }
  own;
  global;
  /** The value that applies when the property is not merged key by key. */
  get value() {
    return this.own ?? this.global;
  }
  get isMerged() {
    return isMap(this.own) && !isIntrinsic(this.own) && isMap(this.global) && !isIntrinsic(this.global);
  }
  /** One key of a mapping value, with the resource's own mapping first. */
  pair(key2) {
    if (this.isMerged) return getPair(this.own, key2) ?? getPair(this.global, key2);
    const value = this.value;
    return isMap(value) ? getPair(value, key2) : void 0;
  }
  get(key2) {
    return this.pair(key2)?.value;
  }
  /** Every mapping whose keys apply (the resource's own, then the global one). */
  get maps() {
    if (this.isMerged) return [this.own, this.global];
    const value = this.value;
    return isMap(value) && !isIntrinsic(value) ? [value] : [];
  }
};

// src/adapters/aws/openapi.ts
var ANY_METHOD_KEY = "x-amazon-apigateway-any-method";
var INTEGRATION = "x-amazon-apigateway-integration";
function hasApiGatewayExtensions(node, budget = { left: 2e5 }) {
  if (--budget.left < 0) return false;
  if (isMap(node)) {
    return node.pairs.some((pair) => pair.keyText.startsWith("x-amazon-apigateway-") || hasApiGatewayExtensions(pair.value, budget));
  }
  return isSeq(node) && node.items.some((item) => hasApiGatewayExtensions(item, budget));
}
function guessApiKind(root) {
  if (get(root, "swagger") !== void 0 && get(root, "openapi") === void 0) return "rest";
  if (get(root, "x-amazon-apigateway-cors") !== void 0) return "http";
  if (isMap(get(get(root, "paths"), DEFAULT_ROUTE))) return "http";
  const text = JSON.stringify(toPlain(root, { left: 2e4 }));
  return /"payloadFormatVersion"|"type":"jwt"|"x-amazon-apigateway-importexport-version"/i.test(text) ? "http" : "rest";
}
function toPlain(node, budget) {
  if (--budget.left < 0) return null;
  if (isMap(node)) return Object.fromEntries(node.pairs.map((pair) => [pair.keyText, toPlain(pair.value, budget)]));
  if (isSeq(node)) return node.items.map((item) => toPlain(item, budget));
  return node.value;
}
function readSecuritySchemes(root, api) {
  const schemes = get(root, "securityDefinitions") ?? get(get(root, "components"), "securitySchemes");
  if (!isMap(schemes)) return;
  for (const pair of schemes.pairs) {
    if (!isMap(pair.value)) continue;
    api.addAuthPolicy(readScheme(pair.keyText, pair.key, pair.value));
  }
}
function readScheme(name, nameNode, node) {
  const authorizer = get(node, "x-amazon-apigateway-authorizer");
  const authType = plainString(get(node, "x-amazon-apigateway-authtype"))?.toLowerCase();
  const authorizerType = plainString(get(authorizer, "type"))?.toLowerCase();
  const typeNode = get(node, "type");
  const type = plainString(typeNode);
  const at = (value, where = typeNode) => ({ value, node: where ?? node });
  if (authType === "awssigv4") return { name, nameNode, node, type: at("iam") };
  if (authorizerType === "token" || authorizerType === "request" || authType === "custom") return { name, nameNode, node, type: at("lambda", get(authorizer, "type")) };
  if (authorizerType === "cognito_user_pools" || authType === "cognito_user_pools" || authorizerType === "jwt") {
    return { name, nameNode, node, type: at("jwt", get(authorizer, "type")) };
  }
  if (type === "apiKey") {
    return { name, nameNode, node, type: at("apiKey"), apiKeyInQuery: { value: false, node: get(node, "in") ?? node, fromDefault: true } };
  }
  return { name, nameNode, node, type: type ? at(type) : void 0 };
}
function readSecurity(node, fromDefault) {
  if (!isSeq(node) || isIntrinsic(node)) return void 0;
  const first = node.items[0];
  if (!first) return { kind: "none", node, fromDefault };
  if (!isMap(first)) return void 0;
  const pair = first.pairs[0];
  if (!pair) return { kind: "none", node: first, fromDefault };
  return { kind: "policy", name: pair.keyText, node: pair.key, fromDefault };
}
function readHttpCors(root, api) {
  const node = get(root, "x-amazon-apigateway-cors");
  if (!isMap(node)) return;
  const policy = {
    name: api.routePrefix ? `${api.routePrefix} x-amazon-apigateway-cors` : "x-amazon-apigateway-cors",
    nameNode: node,
    node,
    allowOrigins: plainStrings(get(node, "allowOrigins")),
    allowOriginsNode: get(node, "allowOrigins"),
    allowMethods: plainStrings(get(node, "allowMethods")),
    allowHeaders: plainStrings(get(node, "allowHeaders")),
    allowCredentials: locatedBoolean(get(node, "allowCredentials"))
  };
  api.corsPolicies.push(policy);
  api.cors = policy;
}
function locatedBoolean(node) {
  const value = plainBoolean(node);
  return value === void 0 ? void 0 : { value, node };
}
function readPreflightCors(path11, operation, api) {
  const responses = get(get(operation, INTEGRATION), "responses");
  if (!isMap(responses)) return void 0;
  for (const response of responses.pairs) {
    const parameters = get(response.value, "responseParameters");
    const origin = get(parameters, "method.response.header.Access-Control-Allow-Origin");
    if (!origin) continue;
    const header = (name) => plainStrings(get(parameters, `method.response.header.Access-Control-Allow-${name}`)).flatMap(
      ({ value, node }) => unquoteHeaderValue(value).split(",").map((item) => item.trim()).filter((item) => item !== "").map((item) => ({ value: item, node }))
    );
    const credentials = plainStringAt(get(parameters, "method.response.header.Access-Control-Allow-Credentials"));
    const originValue = plainString(origin);
    const policy = {
      name: api.routeName("OPTIONS", path11),
      nameNode: origin,
      node: operation,
      allowOrigins: originValue === void 0 ? [] : [{ value: unquoteHeaderValue(originValue), node: origin }],
      allowOriginsNode: origin,
      allowMethods: header("Methods"),
      allowHeaders: header("Headers"),
      allowCredentials: credentials && { value: unquoteHeaderValue(credentials.value).toLowerCase() === "true", node: credentials.node }
    };
    api.corsPolicies.push(policy);
    return policy;
  }
  return void 0;
}
function methodOfKey(key2) {
  const lower = key2.toLowerCase();
  if (lower === ANY_METHOD_KEY || lower === "any") return void 0;
  const upper = key2.toUpperCase();
  return HTTP_METHODS.includes(upper) ? upper : null;
}
function applyIntegration(draft, integration, api, lambdaUpstream) {
  if (!isMap(integration)) return;
  draft.hasIntegration = true;
  draft.timeoutAnchor = integration;
  const timeoutNode = get(integration, "timeoutInMillis");
  if (timeoutNode) {
    const value = plainNumber(timeoutNode);
    draft.timeout = value === void 0 ? "unknown" : { value, node: timeoutNode };
  }
  const type = plainString(get(integration, "type"))?.toLowerCase();
  const uriNode = get(integration, "uri");
  if (!uriNode) return;
  if (type === "http" || type === "http_proxy") {
    const uri2 = plainStringAt(uriNode);
    if (!uri2) return;
    draft.upstream = { upstream: api.upstream(uri2.value, () => ({ name: uri2.value, nameNode: uri2.node, node: integration, url: uri2, basePath: "" })), node: uri2.node };
    return;
  }
  const functionId = lambdaFunctionId(uriNode) ?? lambdaNameFromArn(plainString(uriNode));
  if (functionId) draft.upstream = { upstream: lambdaUpstream(functionId, uriNode), node: uriNode };
}
function lambdaNameFromArn(uri2) {
  return uri2 ? /:function:([^:/]+)(?::[^/]*)?\/invocations/.exec(uri2)?.[1] : void 0;
}
function readDefinition(root, api, options) {
  readSecuritySchemes(root, api);
  const rootSecurity = readSecurity(get(root, "security"), true);
  if (api.kind === "http" && !options.corsFromTemplate) readHttpCors(root, api);
  const paths = get(root, "paths");
  if (!isMap(paths) || isIntrinsic(paths)) return;
  for (const pathPair of paths.pairs) {
    const path11 = String(pathPair.key.value);
    const item = pathPair.value;
    if (!isMap(item) || isIntrinsic(item)) {
      if (!isIntrinsic(item)) {
        api.sink.findings.push({
          ruleId: "schema",
          node: pathPair.key,
          message: `The path item of '${path11}' must be a mapping of operations (get, post, ${ANY_METHOD_KEY} \u2026): API Gateway and SAM reject the definition.`
        });
      }
      continue;
    }
    const drafts = [];
    let preflightCors;
    for (const operationPair of item.pairs) {
      const key2 = String(operationPair.key.value);
      const method = methodOfKey(key2);
      const operation = operationPair.value;
      if (method === null || !isMap(operation)) continue;
      const methodNode = operationPair.key;
      const draft = {
        name: api.routeName(method, path11),
        nameNode: methodNode,
        node: operation,
        path: { value: path11, node: pathPair.key },
        method: method === void 0 ? void 0 : { value: method, node: methodNode },
        anyNode: methodNode,
        source: "definition",
        hasIntegration: false,
        timeoutAnchor: operation
      };
      applyIntegration(draft, get(operation, INTEGRATION), api, options.lambdaUpstream);
      const security = readSecurity(get(operation, "security"), false) ?? rootSecurity;
      if (security) draft.auth = security;
      if (method === "OPTIONS" && api.kind === "rest" && !options.corsFromTemplate) preflightCors = readPreflightCors(path11, operation, api);
      drafts.push(draft);
      api.add(draft);
    }
    if (preflightCors) for (const draft of drafts) draft.cors = preflightCors;
  }
}
function definitionTitle(root) {
  const title = get(get(root, "info"), "title");
  return isScalar(title) ? plainString(title) : void 0;
}

// src/adapters/aws/template.ts
var REST_CORS_KEYS = ["AllowMethods", "AllowHeaders", "AllowOrigin", "MaxAge", "AllowCredentials"];
var HTTP_CORS_KEYS = ["AllowOrigins", "AllowCredentials", "AllowHeaders", "AllowMethods", "ExposeHeaders", "MaxAge"];
var USAGE_PLAN_KEYS = ["CreateUsagePlan", "UsagePlanId", "UsagePlanName", "Description", "Quota", "Tags", "Throttle"];
var IMPLICIT = { rest: "ServerlessRestApi", http: "ServerlessHttpApi" };
var IAM = "AWS_IAM";
var API_KEY = "api_key";
function isCloudFormation(root) {
  return isMap(root) && (isMap(get(root, "Resources")) || get(root, "AWSTemplateFormatVersion") !== void 0 || plainString(get(root, "Transform"))?.startsWith("AWS::Serverless") === true);
}
function readTemplate(root, document, sink) {
  return new TemplateReader(root, document, sink).read();
}
var TemplateReader = class {
  constructor(root, document, sink) {
    this.document = document;
    this.sink = sink;
    this.globals = get(root, "Globals");
    const resources = get(root, "Resources");
    if (isMap(resources)) {
      for (const pair of resources.pairs) {
        if (!isMap(pair.value)) continue;
        const type = plainString(get(pair.value, "Type"));
        if (type) this.resources.set(pair.keyText, { id: pair.keyText, keyNode: pair.key, node: pair.value, type, props: get(pair.value, "Properties") });
      }
    }
  }
  document;
  sink;
  resources = /* @__PURE__ */ new Map();
  apis = /* @__PURE__ */ new Map();
  order = [];
  globals;
  /** Mappings already checked for unknown keys (a `Globals` mapping applies to several APIs). */
  checked = /* @__PURE__ */ new Set();
  /** CORS policies made from `Globals` alone, shared by the APIs they apply to. */
  sharedCors = /* @__PURE__ */ new Map();
  listed = /* @__PURE__ */ new Set();
  read() {
    for (const resource of this.resources.values()) {
      if (resource.type === "AWS::Serverless::Api") this.readSamApi(resource, "rest");
      else if (resource.type === "AWS::Serverless::HttpApi") this.readSamApi(resource, "http");
      else if (resource.type === "AWS::ApiGateway::RestApi") this.readPlainApi(resource, "rest", "Body", "BodyS3Location");
      else if (resource.type === "AWS::ApiGatewayV2::Api" && plainString(get(resource.props, "ProtocolType"))?.toUpperCase() !== "WEBSOCKET") {
        this.readPlainApi(resource, "http", "Body", "BodyS3Location");
      }
    }
    for (const resource of this.resources.values()) if (resource.type === "AWS::Serverless::Function") this.readEvents(resource);
    for (const resource of this.resources.values()) {
      if (resource.type === "AWS::ApiGateway::Method") this.readMethodResource(resource);
      else if (resource.type === "AWS::ApiGatewayV2::Route") this.readRouteResource(resource);
    }
    for (const entry of this.order) this.addPreflights(entry);
    return this.order.map((entry) => entry.builder);
  }
  newBuilder(kind, id, node, implicit, endpoint) {
    const what = kind === "rest" ? "REST API" : "HTTP API";
    const label = `${what} '${id}'${implicit ? " (implicit)" : ""}`;
    return new ApiBuilder(kind, `aws:${this.document.file.path}#${this.document.index}:${id}`, label, id, node, this.sink, endpoint);
  }
  /**
   * `EndpointConfiguration` of a REST API: SAM's `REGIONAL` or `{Type: REGIONAL}`, CloudFormation's
   * `{Types: [REGIONAL]}`. Unset means API Gateway's default, edge-optimized.
   */
  endpointType(node) {
    if (node === void 0) return "EDGE";
    if (isIntrinsic(node)) return "unknown";
    const types2 = plainStrings(get(node, "Types"));
    const text = plainString(node) ?? plainString(get(node, "Type")) ?? (types2.length === 1 ? types2[0].value : void 0);
    const type = text?.toUpperCase();
    return type === "EDGE" || type === "REGIONAL" || type === "PRIVATE" ? type : "unknown";
  }
  register(id, entry) {
    this.apis.set(id, entry);
    this.order.push(entry);
    return entry;
  }
  // ---- Lambda functions as upstreams ----
  /** A function's own timeout (seconds in the template), from the function or `Globals.Function`. */
  functionTimeout(resource) {
    if (!resource) return void 0;
    const own = get(resource.props, "Timeout");
    const node = own ?? (resource.type === "AWS::Serverless::Function" ? get(get(this.globals, "Function"), "Timeout") : void 0);
    const seconds = plainNumber(node);
    return seconds === void 0 || seconds <= 0 ? void 0 : { value: seconds * 1e3, node };
  }
  lambdaUpstream(builder) {
    return (functionId, referenceNode) => builder.upstream(functionId, () => {
      const resource = this.resources.get(functionId);
      const isFunction = resource?.type === "AWS::Serverless::Function" || resource?.type === "AWS::Lambda::Function";
      return {
        name: functionId,
        nameNode: isFunction ? resource.keyNode : referenceNode,
        node: isFunction ? resource.node : referenceNode,
        basePath: "",
        timeoutMs: isFunction ? this.functionTimeout(resource) : void 0
      };
    });
  }
  // ---- APIs ----
  readPlainApi(resource, kind, bodyKey, s3Key) {
    const body = get(resource.props, bodyKey);
    const builder = this.newBuilder(kind, resource.id, resource.node, false, this.endpointType(get(resource.props, "EndpointConfiguration")));
    const definition = isMap(body) && !isIntrinsic(body) ? "inline" : body || get(resource.props, s3Key) ? "unreadable" : "resources";
    this.register(resource.id, { builder, definition, sam: false, preflightAuth: false });
    if (definition === "inline") readDefinition(body, builder, { lambdaUpstream: this.lambdaUpstream(builder), corsFromTemplate: false });
  }
  readSamApi(resource, kind) {
    const id = resource?.id ?? IMPLICIT[kind];
    const globalSection = get(this.globals, kind === "rest" ? "Api" : "HttpApi");
    const prop = (key2) => new MergedProperty(get(resource?.props, key2), get(globalSection, key2));
    const body = get(resource?.props, "DefinitionBody");
    const definitionUri = prop("DefinitionUri").value;
    const definition = !resource ? "generated" : isMap(body) && !isIntrinsic(body) ? "inline" : body || definitionUri ? "unreadable" : "generated";
    const builder = this.newBuilder(kind, id, resource?.node ?? globalSection, !resource, this.endpointType(prop("EndpointConfiguration").value));
    const entry = this.register(id, { builder, definition, sam: true, preflightAuth: true, mergeDefinitions: plainBoolean(prop("MergeDefinitions").value) === true });
    this.readSamAuth(prop("Auth"), entry, kind);
    const cors = prop(kind === "rest" ? "Cors" : "CorsConfiguration");
    if (cors.value !== void 0) {
      entry.corsNode = cors.own ?? cors.global;
      if (definition === "unreadable" && !body) {
        this.sink.findings.push({
          ruleId: "schema",
          node: entry.corsNode,
          message: `${builder.gateway.label} sets ${kind === "rest" ? "Cors" : "CorsConfiguration"}${cors.own ? "" : " (from Globals)"}, but its definition is not inline: SAM applies CORS only to an inline OpenAPI definition in 'DefinitionBody' and rejects the template.`
        });
      } else if (definition !== "unreadable") {
        const policy = kind === "rest" ? this.readRestCors(cors, id) : this.readHttpCors(cors, id);
        if (policy) {
          if (!this.listed.has(policy)) builder.corsPolicies.push(policy);
          this.listed.add(policy);
          builder.cors = policy;
        }
      }
    }
    if (definition === "inline") {
      readDefinition(body, builder, { lambdaUpstream: this.lambdaUpstream(builder), corsFromTemplate: cors.value !== void 0 });
    }
    builder.checkDefaultAuth(`the Auth of ${builder.gateway.label}`);
    return entry;
  }
  checkKeys(map, known, describe2) {
    if (this.checked.has(map)) return;
    this.checked.add(map);
    this.sink.findings.push(...unknownKeys(map, known, describe2));
  }
  /**
   * REST API `Cors`: a quoted origin (`"'*'"`), or a mapping of quoted header values. SAM's
   * default origin is `'*'`, so `AllowCredentials: true` without `AllowOrigin` allows any origin.
   */
  readRestCors(cors, apiId) {
    const value = cors.value;
    if (!value || isIntrinsic(value)) return void 0;
    const shared2 = cors.own === void 0 ? this.sharedCors.get(value) : void 0;
    if (shared2) return shared2;
    const name = cors.own === void 0 ? "Globals.Api.Cors" : `${apiId} Cors`;
    const headerList = (node) => plainStrings(node).flatMap(
      ({ value: text, node: at }) => unquoteHeaderValue(text).split(",").map((item) => item.trim()).filter((item) => item !== "").map((item) => ({ value: item, node: at }))
    );
    let policy;
    if (isScalar(value)) {
      const origin = plainString(value);
      if (origin === void 0) return void 0;
      policy = { name, nameNode: value, node: value, allowOrigins: [{ value: unquoteHeaderValue(origin), node: value }], allowOriginsNode: value, allowMethods: [], allowHeaders: [] };
    } else if (isMap(value)) {
      for (const map of cors.maps) this.checkKeys(map, REST_CORS_KEYS, (key2) => `Invalid key '${key2}' for the 'Cors' property: SAM rejects the template.`);
      const originPair = cors.pair("AllowOrigin");
      let allowOrigins;
      if (!originPair) {
        allowOrigins = [{ value: "*", node: value }];
      } else {
        const text = plainString(originPair.value);
        allowOrigins = text === void 0 ? [] : [{ value: unquoteHeaderValue(text), node: originPair.value }];
        if (text !== void 0 && unquoteHeaderValue(text) === "") {
          this.sink.findings.push({ ruleId: "schema", node: originPair.value, message: `Value for AllowOrigin is required: an empty origin makes SAM reject the template.` });
          allowOrigins = [];
        }
      }
      policy = {
        name,
        nameNode: value,
        node: value,
        allowOrigins,
        allowOriginsNode: originPair?.value ?? value,
        allowMethods: headerList(cors.get("AllowMethods")),
        allowHeaders: headerList(cors.get("AllowHeaders")),
        allowCredentials: locatedBoolean(cors.get("AllowCredentials")),
        ...originPair ? {} : { anyOriginReason: "AllowOrigin is not set, and SAM's default is '*'" },
        rejectedBy: `SAM rejects the template ("'AllowCredentials' can not be true when 'AllowOrigin' is "'*'" or not set")`
      };
    }
    if (policy && cors.own === void 0) this.sharedCors.set(value, policy);
    return policy;
  }
  /** HTTP API `CorsConfiguration`: `true` (any origin) or a mapping of lists; lists from `Globals` are added. */
  readHttpCors(cors, apiId) {
    const value = cors.value;
    if (!value || isIntrinsic(value)) return void 0;
    const shared2 = cors.own === void 0 ? this.sharedCors.get(value) : void 0;
    if (shared2) return shared2;
    const name = cors.own === void 0 ? "Globals.HttpApi.CorsConfiguration" : `${apiId} CorsConfiguration`;
    let policy;
    if (plainBoolean(value) === true) {
      policy = { name, nameNode: value, node: value, allowOrigins: [{ value: "*", node: value }], allowOriginsNode: value, allowMethods: [], allowHeaders: [] };
    } else if (isMap(value)) {
      for (const map of cors.maps) this.checkKeys(map, HTTP_CORS_KEYS, (key2) => `Invalid key '${key2}' for the 'CorsConfiguration' property: SAM rejects the template.`);
      const lists = (key2) => cors.maps.flatMap((map) => plainStrings(get(map, key2)));
      policy = {
        name,
        nameNode: value,
        node: value,
        allowOrigins: lists("AllowOrigins"),
        allowOriginsNode: cors.get("AllowOrigins"),
        allowMethods: lists("AllowMethods"),
        allowHeaders: lists("AllowHeaders"),
        allowCredentials: locatedBoolean(cors.get("AllowCredentials"))
      };
    }
    if (policy && cors.own === void 0) this.sharedCors.set(value, policy);
    return policy;
  }
  /** SAM `Auth`: authorizers, the default authorizer, API keys; `UsagePlan` keys are checked. */
  readSamAuth(auth, entry, kind) {
    const builder = entry.builder;
    for (const map of auth.maps) {
      const authorizers = get(map, "Authorizers");
      if (isMap(authorizers) && !isIntrinsic(authorizers)) {
        for (const pair of authorizers.pairs) {
          if (!isMap(pair.value)) continue;
          const jwt = get(pair.value, "UserPoolArn") ?? get(pair.value, "JwtConfiguration");
          const lambda = get(pair.value, "FunctionArn");
          const type = jwt ? { value: "jwt", node: jwt } : lambda ? { value: "lambda", node: lambda } : void 0;
          builder.addAuthPolicy({ name: pair.keyText, nameNode: pair.key, node: pair.value, type });
        }
      }
      const usagePlan = get(map, "UsagePlan");
      if (isMap(usagePlan) && !isIntrinsic(usagePlan)) {
        this.checkKeys(usagePlan, USAGE_PLAN_KEYS, (key2) => `Invalid property '${key2}' for 'UsagePlan': SAM rejects the template.`);
      }
    }
    if (kind === "http" && plainBoolean(auth.get("EnableIamAuthorizer")) === true) this.iamPolicy(builder, auth.get("EnableIamAuthorizer"));
    const preflight = plainBoolean(auth.get("AddDefaultAuthorizerToCorsPreflight"));
    if (preflight === false) entry.preflightAuth = false;
    const defaultNode = auth.get("DefaultAuthorizer");
    const defaultName = plainString(defaultNode);
    if (defaultName !== void 0 && defaultNode) {
      if (defaultName === IAM) this.iamPolicy(builder, defaultNode);
      builder.defaultAuth = defaultName === "NONE" ? { kind: "none", node: defaultNode, fromDefault: true } : { kind: "policy", name: defaultName, node: defaultNode, fromDefault: true };
    }
    const apiKeyNode = auth.get("ApiKeyRequired");
    if (plainBoolean(apiKeyNode) === true) {
      this.apiKeyPolicy(builder, apiKeyNode);
      builder.defaultAuth ??= { kind: "policy", name: API_KEY, node: apiKeyNode, fromDefault: true };
    }
  }
  iamPolicy(builder, node) {
    builder.addAuthPolicy({ name: IAM, nameNode: node, node, type: { value: "iam", node } });
  }
  /** API Gateway API keys are read from the `x-api-key` header, never from the query string. */
  apiKeyPolicy(builder, node) {
    const policy = { name: API_KEY, nameNode: node, node, type: { value: "apiKey", node }, apiKeyInQuery: { value: false, node, fromDefault: true } };
    builder.addAuthPolicy(policy);
  }
  // ---- SAM function events ----
  readEvents(fn) {
    const events = get(fn.props, "Events");
    if (!isMap(events) || isIntrinsic(events)) return;
    for (const pair of events.pairs) {
      const event = pair.value;
      const type = plainString(get(event, "Type"));
      if (type !== "Api" && type !== "HttpApi") continue;
      const kind = type === "Api" ? "rest" : "http";
      const props = get(event, "Properties");
      const apiRef = get(props, kind === "rest" ? "RestApiId" : "ApiId");
      let entry;
      if (apiRef) {
        const id = referencedId(apiRef, true);
        entry = id === void 0 ? void 0 : this.apis.get(id);
        if (!entry?.sam) continue;
      } else {
        entry = this.apis.get(IMPLICIT[kind]) ?? this.readSamApi(void 0, kind);
      }
      if (entry.definition === "unreadable") continue;
      this.addEvent(fn, pair.key, event, props, entry);
    }
  }
  addEvent(fn, eventKey, event, props, entry) {
    const builder = entry.builder;
    const pathNode = get(props, "Path");
    const methodNode = get(props, "Method");
    let path11;
    let method;
    if (builder.kind === "http" && pathNode === void 0 && methodNode === void 0) {
      path11 = { value: DEFAULT_ROUTE, node: eventKey };
    } else {
      const pathText = plainString(pathNode);
      const methodText = plainString(methodNode);
      if (pathText === void 0 || methodText === void 0) return;
      path11 = { value: pathText, node: pathNode };
      method = methodText.toLowerCase() === "any" ? void 0 : { value: methodText.toUpperCase(), node: methodNode };
    }
    const upstream = { upstream: this.lambdaUpstream(builder)(fn.id, eventKey), node: eventKey };
    const timeoutNode = get(props, "TimeoutInMillis");
    const timeoutValue = plainNumber(timeoutNode);
    const timeout = timeoutNode === void 0 ? void 0 : timeoutValue === void 0 ? "unknown" : { value: timeoutValue, node: timeoutNode };
    const auth = this.eventAuth(get(props, "Auth"), builder);
    const existing = builder.drafts.find((draft) => draft.source === "definition" && draft.path.value === path11.value && draft.method?.value === method?.value);
    if (existing && (builder.kind === "http" || !existing.hasIntegration || entry.mergeDefinitions)) {
      if (!existing.hasIntegration || entry.mergeDefinitions) {
        existing.upstream = upstream;
        existing.hasIntegration = true;
      }
      if (timeout) existing.timeout = timeout;
      if (auth) existing.auth = auth;
      return;
    }
    builder.add({
      name: `${fn.id}.${String(eventKey.value)}`,
      nameNode: eventKey,
      node: event,
      path: path11,
      method,
      anyNode: methodNode ?? eventKey,
      source: "event",
      hasIntegration: true,
      upstream,
      timeout,
      timeoutAnchor: event,
      auth
    });
  }
  /** An event's `Auth`: `Authorizer` (a name, `NONE` or `AWS_IAM`) and `ApiKeyRequired`. */
  eventAuth(auth, builder) {
    const authorizerNode = get(auth, "Authorizer");
    const authorizer = plainString(authorizerNode);
    if (authorizer !== void 0 && authorizerNode) {
      if (authorizer === "NONE") {
        const apiKey2 = get(auth, "ApiKeyRequired");
        if (plainBoolean(apiKey2) === true) {
          this.apiKeyPolicy(builder, apiKey2);
          return { kind: "policy", name: API_KEY, node: apiKey2, fromDefault: false };
        }
        return { kind: "none", node: authorizerNode, fromDefault: false };
      }
      if (authorizer === IAM) this.iamPolicy(builder, authorizerNode);
      return { kind: "policy", name: authorizer, node: authorizerNode, fromDefault: false };
    }
    const apiKey = get(auth, "ApiKeyRequired");
    if (plainBoolean(apiKey) === true) {
      this.apiKeyPolicy(builder, apiKey);
      return { kind: "policy", name: API_KEY, node: apiKey, fromDefault: false };
    }
    return void 0;
  }
  /**
   * SAM's `Cors` on a REST API adds an OPTIONS method (a mock integration answering the preflight)
   * to every path that has none, with the default authorizer unless
   * `AddDefaultAuthorizerToCorsPreflight: false`.
   */
  addPreflights(entry) {
    const builder = entry.builder;
    if (!entry.sam || builder.kind !== "rest" || !entry.corsNode || !builder.cors || entry.definition === "unreadable") return;
    const corsNode = entry.corsNode;
    const resource = (path11) => path11.replace(/\{[^/}]*?(\+?)\}/g, "{$1}");
    const seen = new Set(builder.drafts.filter((draft) => draft.method?.value === "OPTIONS").map((draft) => resource(draft.path.value)));
    for (const draft of [...builder.drafts]) {
      const path11 = draft.path.value;
      if (path11 === DEFAULT_ROUTE || seen.has(resource(path11))) continue;
      seen.add(resource(path11));
      const auth = entry.preflightAuth && builder.defaultAuth ? builder.defaultAuth : { kind: "none", node: corsNode, fromDefault: true };
      builder.add({
        name: `${builder.routeName("OPTIONS", path11)} (CORS preflight)`,
        nameNode: corsNode,
        node: corsNode,
        path: draft.path,
        method: { value: "OPTIONS", node: corsNode },
        source: "preflight",
        hasIntegration: true,
        timeoutAnchor: corsNode,
        auth,
        cors: builder.cors
      });
    }
  }
  // ---- AWS::ApiGateway::Method and AWS::ApiGatewayV2::Route ----
  /** The path of an `AWS::ApiGateway::Resource` (or of the root resource), built from its parents. */
  resourcePath(node, depth = 0) {
    if (depth > 64 || !node) return void 0;
    if (getAttAttribute(node) === "RootResourceId") return "/";
    const id = referencedId(node);
    const resource = id === void 0 ? void 0 : this.resources.get(id);
    if (resource?.type !== "AWS::ApiGateway::Resource") return void 0;
    const parent = this.resourcePath(get(resource.props, "ParentId"), depth + 1);
    const part = plainString(get(resource.props, "PathPart"));
    if (parent === void 0 || part === void 0) return void 0;
    return parent === "/" ? `/${part}` : `${parent}/${part}`;
  }
  readMethodResource(resource) {
    const props = resource.props;
    const apiId = referencedId(get(props, "RestApiId"));
    const entry = apiId === void 0 ? void 0 : this.apis.get(apiId);
    if (!entry || entry.builder.kind !== "rest" || entry.definition === "unreadable") return;
    const builder = entry.builder;
    const resourceNode = get(props, "ResourceId");
    const path11 = this.resourcePath(resourceNode);
    const methodNode = get(props, "HttpMethod");
    const methodText = plainString(methodNode);
    if (path11 === void 0 || methodText === void 0 || !resourceNode || !methodNode) return;
    const method = methodText.toUpperCase() === "ANY" ? void 0 : { value: methodText.toUpperCase(), node: methodNode };
    const draft = {
      name: resource.id,
      nameNode: resource.keyNode,
      node: resource.node,
      path: { value: path11, node: resourceNode },
      method,
      anyNode: methodNode,
      source: "resource",
      hasIntegration: false,
      timeoutAnchor: resource.node
    };
    const integration = get(props, "Integration");
    if (isMap(integration)) {
      this.applyResourceIntegration(draft, builder, get(integration, "Type"), get(integration, "Uri"), get(integration, "TimeoutInMillis"), integration);
    }
    draft.auth = this.resourceAuth(builder, get(props, "AuthorizationType"), get(props, "AuthorizerId"), get(props, "ApiKeyRequired"), "AWS::ApiGateway::Authorizer");
    builder.add(draft);
  }
  readRouteResource(resource) {
    const props = resource.props;
    const apiId = referencedId(get(props, "ApiId"));
    const entry = apiId === void 0 ? void 0 : this.apis.get(apiId);
    if (!entry || entry.builder.kind !== "http" || entry.definition === "unreadable") return;
    const builder = entry.builder;
    const keyNode = get(props, "RouteKey");
    const routeKey = plainString(keyNode)?.trim();
    if (routeKey === void 0 || !keyNode) return;
    let path11;
    let method;
    if (routeKey === DEFAULT_ROUTE) {
      path11 = DEFAULT_ROUTE;
    } else {
      const match2 = /^(\S+)\s+(\S+)$/.exec(routeKey);
      if (!match2) return;
      path11 = match2[2];
      method = match2[1].toUpperCase() === "ANY" ? void 0 : { value: match2[1].toUpperCase(), node: keyNode };
    }
    const draft = {
      name: resource.id,
      nameNode: resource.keyNode,
      node: resource.node,
      path: { value: path11, node: keyNode },
      method,
      anyNode: keyNode,
      source: "resource",
      hasIntegration: false,
      timeoutAnchor: resource.node
    };
    const integration = this.integrationResource(get(props, "Target"));
    if (integration) {
      const ip = integration.props;
      this.applyResourceIntegration(draft, builder, get(ip, "IntegrationType"), get(ip, "IntegrationUri"), get(ip, "TimeoutInMillis"), integration.node);
    }
    draft.auth = this.resourceAuth(builder, get(props, "AuthorizationType"), get(props, "AuthorizerId"), get(props, "ApiKeyRequired"), "AWS::ApiGatewayV2::Authorizer");
    builder.add(draft);
  }
  /** `integrations/${X}` (a `!Sub`) or `!Join ['/', [integrations, !Ref X]]`: the integration resource X. */
  integrationResource(target) {
    let id = /^integrations\/\$\{([A-Za-z0-9]+)\}$/.exec(subText(target) ?? "")?.[1];
    if (id === void 0) {
      const join = isSeq(target) && target.tag === "!Join" ? target : get(target, "Fn::Join");
      const parts = isSeq(join) ? join.items[1] : void 0;
      if (isSeq(parts) && parts.items.length === 2 && plainString(parts.items[0]) === "integrations") id = referencedId(parts.items[1]);
    }
    const resource = id === void 0 ? void 0 : this.resources.get(id);
    return resource?.type === "AWS::ApiGatewayV2::Integration" ? resource : void 0;
  }
  applyResourceIntegration(draft, builder, typeNode, uriNode, timeoutNode, node) {
    draft.hasIntegration = true;
    draft.timeoutAnchor = node;
    if (timeoutNode) {
      const value = plainNumber(timeoutNode);
      draft.timeout = value === void 0 ? "unknown" : { value, node: timeoutNode };
    }
    const type = plainString(typeNode)?.toUpperCase();
    if (!uriNode) return;
    if (type === "HTTP" || type === "HTTP_PROXY") {
      const uri2 = plainStringAt(uriNode);
      if (uri2) draft.upstream = { upstream: builder.upstream(uri2.value, () => ({ name: uri2.value, nameNode: uri2.node, node, url: uri2, basePath: "" })), node: uri2.node };
      return;
    }
    const functionId = referencedId(uriNode) ?? /functions\/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}\/invocations/.exec(subText(uriNode) ?? "")?.[1];
    if (functionId && (type === "AWS_PROXY" || type === "AWS")) draft.upstream = { upstream: this.lambdaUpstream(builder)(functionId, uriNode), node: uriNode };
  }
  /** `AuthorizationType` (+ `AuthorizerId`, `ApiKeyRequired`) of a Method or Route resource. */
  resourceAuth(builder, typeNode, authorizerNode, apiKeyNode, authorizerType) {
    const type = plainString(typeNode)?.toUpperCase();
    if (type === IAM && typeNode) {
      this.iamPolicy(builder, typeNode);
      return { kind: "policy", name: IAM, node: typeNode, fromDefault: false };
    }
    const authorizerId = referencedId(authorizerNode);
    const authorizer = authorizerId === void 0 ? void 0 : this.resources.get(authorizerId);
    if (authorizer?.type === authorizerType && authorizerNode) {
      const kind = plainString(get(authorizer.props, authorizerType.includes("V2") ? "AuthorizerType" : "Type"))?.toUpperCase();
      builder.addAuthPolicy({
        name: authorizer.id,
        nameNode: authorizer.keyNode,
        node: authorizer.node,
        type: kind ? { value: kind === "JWT" || kind === "COGNITO_USER_POOLS" ? "jwt" : "lambda", node: authorizer.node } : void 0
      });
      return { kind: "policy", name: authorizer.id, node: authorizerNode, fromDefault: false };
    }
    if (plainBoolean(apiKeyNode) === true) {
      this.apiKeyPolicy(builder, apiKeyNode);
      return { kind: "policy", name: API_KEY, node: apiKeyNode, fromDefault: false };
    }
    if (type === "NONE" && typeNode) return { kind: "none", node: typeNode, fromDefault: false };
    return void 0;
  }
};
function documentLabel(root, displayPath) {
  const title = definitionTitle(root);
  return title ? `API '${title}' (${displayPath})` : `API ${displayPath}`;
}

// src/adapters/aws/index.ts
function isOpenApi(root) {
  return get(root, "openapi") !== void 0 || get(root, "swagger") !== void 0;
}
function readAwsDocument(document) {
  const root = document.root;
  if (!isMap(root)) return void 0;
  const sink = { findings: [], invalidPaths: [], unresolved: [] };
  let builders;
  if (isOpenApi(root) && !isMap(get(root, "Resources"))) {
    if (!hasApiGatewayExtensions(root)) return void 0;
    const builder = new ApiBuilder(guessApiKind(root), `aws:${document.file.path}#${document.index}`, documentLabel(root, document.file.displayPath), "", root, sink);
    const lambdaUpstream = (id, node) => builder.upstream(id, () => ({ name: id, nameNode: node, node, basePath: "" }));
    readDefinition(root, builder, { lambdaUpstream, corsFromTemplate: false });
    builders = [builder];
  } else if (isCloudFormation(root)) {
    builders = readTemplate(root, document, sink);
  } else {
    return void 0;
  }
  const apis = builders.map((builder) => builder.finish());
  return {
    ...emptyPart(),
    gateways: apis.map((api) => api.gateway),
    routes: apis.flatMap((api) => api.routes),
    upstreams: apis.flatMap((api) => api.upstreams),
    corsPolicies: apis.flatMap((api) => api.corsPolicies),
    authPolicies: apis.flatMap((api) => api.authPolicies),
    dialectFindings: unique(sink.findings, (finding) => `${finding.node.start}:${finding.node.end}:${finding.message}`),
    invalidPaths: unique(sink.invalidPaths, (invalid) => `${invalid.node.start}:${invalid.route}`),
    unresolved: unique(sink.unresolved, (reference) => `${reference.node.start}:${reference.node.end}:${reference.name}`)
  };
}
function unique(items2, key2) {
  const seen = /* @__PURE__ */ new Set();
  return items2.filter((item) => {
    const k = key2(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
var awsAdapter = {
  dialect: "aws",
  kinds: ["openapi", "cloudformation"],
  read: readAwsDocument,
  build: (parts) => parts.length === 0 ? emptyPart() : mergeParts(parts)
};

// src/adapters/gateway-api/context.ts
function newContext() {
  return {
    gateways: [],
    routes: [],
    upstreams: [],
    corsPolicies: [],
    authPolicies: [],
    duplicates: [],
    invalidPaths: [],
    dialectFindings: [],
    instances: /* @__PURE__ */ new Map(),
    nextOrder: 0
  };
}
function instanceFor(context, id, dialect, label, node) {
  let instance = context.instances.get(id);
  if (!instance) {
    instance = { id, dialect, label, settings: { node, name: label, trailingSlash: { value: "strict" }, defaults: {} } };
    context.instances.set(id, instance);
    context.gateways.push(instance);
  }
  return instance;
}
var UpstreamTable = class {
  constructor(context) {
    this.context = context;
  }
  context;
  byName = /* @__PURE__ */ new Map();
  get(name, nameNode, node) {
    let upstream = this.byName.get(name);
    if (!upstream) {
      upstream = { name, nameNode, node, basePath: "" };
      this.byName.set(name, upstream);
      this.context.upstreams.push(upstream);
    }
    return upstream;
  }
  /** A route's reference to the upstream of a backend (a Service and port). */
  referenceTo(backend) {
    return { kind: "upstream", value: backend.name, node: backend.nameNode, fromDefault: false, target: this.get(backend.name, backend.nameNode, backend.node) };
  }
};

// src/adapters/gateway-api/dialect.ts
var infos = /* @__PURE__ */ new WeakMap();
function rememberPathInfo(path11, info) {
  infos.set(path11, info);
}
function pathInfo(path11) {
  return infos.get(path11);
}
var KIND_RANK = { exact: 0, regex: 1, prefix: 2 };
function httpRoutePrecedence(info, ageRank, nameRank) {
  return [KIND_RANK[info.kind], -info.length, info.method ? 0 : 1, -info.headers, -info.queryParams, ageRank, nameRank, info.rule, info.match];
}
function ingressPrecedence(info, order) {
  return [-info.length, info.kind === "exact" ? 0 : 1, order];
}
var KIND_NAME = { exact: "Exact", regex: "RegularExpression", prefix: "PathPrefix" };
function explainHttpRoute(a, b) {
  if (a.kind !== b.kind) {
    if (a.kind === "exact") return `it is an Exact match, and the Gateway API gives Exact matches precedence over ${KIND_NAME[b.kind]} matches whatever their order`;
    return "it is a RegularExpression match, and Envoy Gateway tries those before every PathPrefix match; the Gateway API leaves regex precedence to the implementation";
  }
  if (a.length !== b.length) return `its ${KIND_NAME[a.kind]} value is longer (${a.length} > ${b.length} characters), and longer matches take precedence`;
  if (a.method !== b.method) return "it also matches on the HTTP method, which the Gateway API ranks above header and query matches";
  if (a.headers !== b.headers) return `it has more header matches (${a.headers} against ${b.headers})`;
  if (a.queryParams !== b.queryParams) return `it has more query parameter matches (${a.queryParams} against ${b.queryParams})`;
  if (a.routeKey !== b.routeKey) {
    if (a.agesKnown && a.created !== void 0 && b.created !== void 0 && a.created !== b.created) {
      return `its HTTPRoute '${a.routeKey}' is older (created ${a.createdText}, '${b.routeKey}' ${b.createdText}), and the oldest HTTPRoute wins a tie`;
    }
    return `its HTTPRoute '${a.routeKey}' comes before '${b.routeKey}' alphabetically; the oldest HTTPRoute would win first, but the manifests do not record creation times`;
  }
  if (a.rule !== b.rule) return `it is in an earlier rule of the same HTTPRoute (rules[${a.rule}] before rules[${b.rule}])`;
  return `it is an earlier match of the same rule (matches[${a.match}] before matches[${b.match}])`;
}
var gatewayApiDialect = {
  id: "gateway-api",
  displayName: "the Kubernetes Gateway API",
  hostPrecedence: "most-specific-host",
  // Path kind, length, method, header and query counts are rank; age, name, rule and match break ties.
  tieBreakFrom: 5,
  explainPrecedence(first, second) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source === "httproute" && b?.source === "httproute") return explainHttpRoute(a, b);
    return "the Gateway API ranks it higher";
  },
  describeTie(first, second, witness) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source !== "httproute" || b?.source !== "httproute") return `The gateway silently sends every such request (e.g. ${witness}) to '${first.route.name}'`;
    if (a.routeKey === b.routeKey) {
      return `Within one HTTPRoute the first matching rule wins, so every such request (e.g. ${witness}) goes to '${first.route.name}' and this match is never used`;
    }
    if (a.agesKnown && a.created !== void 0 && b.created !== void 0 && a.created !== b.created) {
      return `The Gateway API gives every such request (e.g. ${witness}) to the older HTTPRoute, '${a.routeKey}' (created ${a.createdText}); the newer one never gets them`;
    }
    return `Which one gets such requests (e.g. ${witness}) is ambiguous: the Gateway API gives them to the oldest HTTPRoute by creation time, which the manifests do not fix (if both were created in the same second, '${a.routeKey}' wins by namespace/name). Re-creating either route silently moves the traffic; remove or narrow one of the matches`;
  }
};
var ingressDialect = {
  id: "gateway-api",
  displayName: "Kubernetes Ingress",
  hostPrecedence: "most-specific-host",
  // Length and Exact-before-Prefix are rank; the listing order breaks ties.
  tieBreakFrom: 2,
  explainPrecedence(first, second) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source !== "ingress" || b?.source !== "ingress") return "the Ingress controller ranks it higher";
    if (a.length !== b.length) return `its path is longer (${a.length} > ${b.length} characters), and the longest matching Ingress path wins`;
    if (a.kind !== b.kind) return "it is an Exact path, which wins over a Prefix path of the same length";
    return "it is listed first";
  },
  describeTie(first, second, witness) {
    const a = pathInfo(first.path);
    const b = pathInfo(second.path);
    if (a?.source === "ingress" && b?.source === "ingress" && a.ingressKey === b.ingressKey) {
      return `The Ingress lists the same host and path twice; the controller sends every such request (e.g. ${witness}) to one backend only`;
    }
    return `The Ingress API does not say which Ingress gets such requests (e.g. ${witness}): it depends on the controller, and the other backend silently gets nothing`;
  }
};

// src/adapters/gateway-api/hostnames.ts
var isWildcard = (host) => host.startsWith("*.");
function under(host, suffix) {
  return host.endsWith(`.${suffix}`) && host.length > suffix.length + 1 && !host.slice(0, -(suffix.length + 1)).endsWith(".");
}
function intersectHostnames(listener, route) {
  if (listener === route) return route;
  if (isWildcard(listener)) {
    const suffix = listener.slice(2);
    if (isWildcard(route)) {
      const other = route.slice(2);
      if (under(other, suffix)) return route;
      if (under(suffix, other)) return listener;
      return void 0;
    }
    return under(route, suffix) ? route : void 0;
  }
  if (isWildcard(route)) return under(listener, route.slice(2)) ? listener : void 0;
  return void 0;
}

// src/adapters/gateway-api/durations.ts
var WHOLE = /^([0-9]{1,5}(h|m|s|ms)){1,4}$/;
var GROUP = /([0-9]{1,5})(ms|h|m|s)/g;
var FACTOR = { h: 36e5, m: 6e4, s: 1e3, ms: 1 };
function parseGatewayDuration(value) {
  if (!WHOLE.test(value)) return void 0;
  let total = 0;
  for (const match2 of value.matchAll(GROUP)) total += Number(match2[1]) * FACTOR[match2[2]];
  return total;
}
function readDuration(node) {
  if (isScalar(node) && typeof node.value === "string") {
    const ms = parseGatewayDuration(node.value);
    return ms === void 0 ? { ok: false, shown: `'${node.value}'` } : { ok: true, ms };
  }
  if (isScalar(node)) return { ok: false, shown: node.value === null ? "an empty value" : `${String(node.value)} (not a string)` };
  return { ok: false, shown: node.kind === "map" ? "a mapping" : "a list" };
}
var DURATION_FORMAT = "Gateway API durations are one to four groups of up to 5 digits, each followed by h, m, s or ms (such as '10s', '1m30s' or '250ms')";

// src/regex/charset.ts
var MAX_CODE_POINT = 1114111;
var NEWLINE = 10;
var CharSet = class _CharSet {
  /** [lo0, hi0, lo1, hi1, ...] */
  ranges;
  ascii = new Uint32Array(4);
  constructor(ranges) {
    this.ranges = ranges;
    for (let r = 0; r < ranges.length; r += 2) {
      for (let c = ranges[r]; c <= Math.min(ranges[r + 1], 127); c++) this.ascii[c >> 5] |= 1 << (c & 31);
    }
  }
  /** Builds a set from unsorted, possibly overlapping [lo, hi] pairs. */
  static of(pairs) {
    const sorted = [...pairs].sort((a, b) => a[0] - b[0]);
    const ranges = [];
    for (const [lo, hi] of sorted) {
      const last = ranges.length - 1;
      if (last > 0 && lo <= ranges[last] + 1) ranges[last] = Math.max(ranges[last], hi);
      else ranges.push(lo, hi);
    }
    return new _CharSet(ranges);
  }
  static char(c) {
    return new _CharSet([c, c]);
  }
  has(c) {
    if (c < 128) return (this.ascii[c >> 5] & 1 << (c & 31)) !== 0;
    const r = this.ranges;
    let lo = 0;
    let hi = r.length / 2 - 1;
    while (lo <= hi) {
      const mid = lo + hi >> 1;
      if (c < r[2 * mid]) hi = mid - 1;
      else if (c > r[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
  pairs() {
    const out = [];
    for (let r = 0; r < this.ranges.length; r += 2) out.push([this.ranges[r], this.ranges[r + 1]]);
    return out;
  }
  union(other) {
    return _CharSet.of([...this.pairs(), ...other.pairs()]);
  }
  negate() {
    const out = [];
    let next = 0;
    for (const [lo, hi] of this.pairs()) {
      if (lo > next) out.push([next, lo - 1]);
      next = hi + 1;
    }
    if (next <= MAX_CODE_POINT) out.push([next, MAX_CODE_POINT]);
    return _CharSet.of(out);
  }
  /** Adds the other case of every ASCII letter in the set (case folding beyond ASCII is not modelled). */
  foldAsciiCase() {
    const extra = [];
    for (const [lo, hi] of this.pairs()) {
      for (const [from, to, shift] of [[65, 90, 32], [97, 122, -32]]) {
        const a = Math.max(lo, from);
        const b = Math.min(hi, to);
        if (a <= b) extra.push([a + shift, b + shift]);
      }
    }
    return extra.length === 0 ? this : _CharSet.of([...this.pairs(), ...extra]);
  }
};
var set = (...pairs) => CharSet.of(pairs);
var code = (ch) => ch.codePointAt(0);
var span = (from, to) => [code(from), code(to)];
var DIGIT = set(span("0", "9"));
var WORD = set(span("0", "9"), span("A", "Z"), span("a", "z"), span("_", "_"));
var SPACE_PCRE = set([9, 13], [32, 32]);
var SPACE_RE2 = set([9, 10], [12, 13], [32, 32]);
var ANY = set([0, MAX_CODE_POINT]);
var ANY_BUT_NEWLINE = CharSet.char(NEWLINE).negate();
function isWordChar(c) {
  return c >= 0 && WORD.has(c);
}
var POSIX_CLASSES = /* @__PURE__ */ new Map([
  ["alnum", set(span("0", "9"), span("A", "Z"), span("a", "z"))],
  ["alpha", set(span("A", "Z"), span("a", "z"))],
  ["ascii", set([0, 127])],
  ["blank", set([9, 9], [32, 32])],
  ["cntrl", set([0, 31], [127, 127])],
  ["digit", DIGIT],
  ["graph", set([33, 126])],
  ["lower", set(span("a", "z"))],
  ["print", set([32, 126])],
  ["punct", set([33, 47], [58, 64], [91, 96], [123, 126])],
  ["space", set([9, 13], [32, 32])],
  ["upper", set(span("A", "Z"))],
  ["word", WORD],
  ["xdigit", set(span("0", "9"), span("A", "F"), span("a", "f"))]
]);

// src/regex/alphabet.ts
var MAX_VISITS = 2e6;
var MAX_NODES = 5e3;
var PREFERRED = [
  ..."abcdefghijklmnopqrstuvwxyz1234567890ABCDEFGHIJKLMNOPQRSTUVWXYZ-_.~/",
  ...Array.from({ length: 127 - 33 }, (_, i) => String.fromCharCode(33 + i)),
  " "
].map((c) => c.codePointAt(0));
var RANK = /* @__PURE__ */ new Map();
for (const c of PREFERRED) if (!RANK.has(c)) RANK.set(c, RANK.size);
function rank(c) {
  return RANK.get(c) ?? (c >= 161 ? 4096 + c : 2097152 + c);
}
function readableIn(lo, hi) {
  for (const c of RANK.keys()) if (c >= lo && c <= hi) return c;
  for (let c of [Math.max(lo, 161), lo]) {
    if (c >= 55296 && c <= 57343) c = 57344;
    if (c <= hi) return c;
  }
  return lo;
}
function contextClass(c) {
  return c === -1 ? "s" : c === NEWLINE ? "n" : isWordChar(c) ? "w" : "o";
}
function analysis(machine) {
  const byRanges = /* @__PURE__ */ new Map();
  const distinct = [];
  const idOf = /* @__PURE__ */ new Map();
  let finalNewlineMatters = false;
  let hasAssertions = false;
  for (const state of machine.nfa.states) {
    if (state.kind === "assert") {
      hasAssertions = true;
      if (state.assertion === "endOrFinalNewline") finalNewlineMatters = true;
    }
    if (state.kind !== "set" || idOf.has(state.set)) continue;
    const k = state.set.ranges.join();
    let id = byRanges.get(k);
    if (id === void 0) {
      id = distinct.push(state.set) - 1;
      byRanges.set(k, id);
    }
    idOf.set(state.set, id);
  }
  const cutSet = /* @__PURE__ */ new Set([0, MAX_CODE_POINT + 1, NEWLINE, NEWLINE + 1]);
  for (const set2 of [...distinct, WORD]) for (const [lo, hi] of set2.pairs()) cutSet.add(lo).add(hi + 1);
  const cuts = [...cutSet].sort((a, b) => a - b);
  const indexOfCut = new Map(cuts.map((c, i) => [c, i]));
  const members = cuts.slice(1).map(() => []);
  distinct.forEach((set2, id) => {
    for (const [lo, hi] of set2.pairs()) {
      for (let k = indexOfCut.get(lo); k < indexOfCut.get(hi + 1); k++) members[k].push(id);
    }
  });
  const classes = /* @__PURE__ */ new Map();
  members.forEach((sets, k) => {
    const rep = readableIn(cuts[k], cuts[k + 1] - 1);
    const signature = `${contextClass(rep)}${sets.join()}`;
    const seen = classes.get(signature);
    if (seen === void 0) classes.set(signature, { rep, sets });
    else if (rank(rep) < rank(seen.rep)) seen.rep = rep;
  });
  const ordered = [...classes.values()].sort((a, b) => rank(a.rep) - rank(b.rep));
  const symbolsOfId = distinct.map(() => []);
  ordered.forEach(({ sets }, symbol) => {
    for (const id of sets) symbolsOfId[id].push(symbol);
  });
  const symbolsOf = new Map([...idOf].map(([set2, id]) => [set2, symbolsOfId[id]]));
  const alphabet = ordered.map((c) => c.rep);
  const groups = /* @__PURE__ */ new Map();
  const groupOf = alphabet.map((c, symbol) => {
    const g = hasAssertions ? contextClass(c) : "";
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(symbol);
    return [...groups.keys()].indexOf(g);
  });
  return { alphabet, symbolsOf, groups: [...groups.values()], groupOf, finalNewlineMatters };
}
function key(seeds, prev, more) {
  const unique2 = [...new Set(seeds)].sort((a, b) => a - b);
  return `${contextClass(prev)}${more ? "+" : ""}${unique2.join()}`;
}
function expand2(machine, info, seeds, prev) {
  const { states } = machine.nfa;
  const matchedBefore = [];
  const next = /* @__PURE__ */ new Map();
  const list = [];
  info.groups.forEach((group, g) => {
    matchedBefore[g] = machine.closure(seeds, { prev, next: info.alphabet[group[0]], nextIsFinalNewline: false }, list);
    for (const id of list) {
      const state = states[id];
      if (state.kind !== "set") continue;
      const symbols = info.symbolsOf.get(state.set);
      machine.visits += symbols.length;
      for (const symbol of symbols) {
        if (info.groupOf[symbol] !== g) continue;
        const targets = next.get(symbol);
        if (targets === void 0) next.set(symbol, [state.out]);
        else targets.push(state.out);
      }
    }
  });
  return { matchedBefore, next };
}

// src/regex/coverage.ts
function coverage(machine, info, prefix) {
  const covered = { kind: "covered" };
  const uncovered = (witness) => ({ kind: "uncovered", witness });
  const list = [];
  let seeds = [machine.nfa.start];
  let prev = -1;
  const chars = Array.from(prefix, (ch) => ch.codePointAt(0));
  let more = false;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (i === chars.length - 1 && c === NEWLINE && info.finalNewlineMatters) {
      if (!machine.matches(prefix, "prefix")) return uncovered(prefix);
      more = true;
    }
    if (machine.closure(seeds, { prev, next: c, nextIsFinalNewline: false }, list)) return covered;
    const stepped = [];
    machine.step(list, c, stepped);
    if (stepped.length === 0) return uncovered(prefix);
    seeds = stepped;
    prev = c;
  }
  const budget = machine.visits + MAX_VISITS;
  const queue = [{ seeds, prev, text: prefix, more }];
  const seen = /* @__PURE__ */ new Set([key(seeds, prev, more)]);
  for (let head = 0; head < queue.length; head++) {
    if (machine.visits > budget || queue.length > MAX_NODES) return { kind: "unknown" };
    const node = queue[head];
    if (!node.more && !machine.closure(node.seeds, { prev: node.prev, next: -1, nextIsFinalNewline: false }, list)) {
      return uncovered(node.text);
    }
    if (info.finalNewlineMatters && !endsWithNewlineMatch(machine, node)) return uncovered(`${node.text}
`);
    const { matchedBefore, next } = expand2(machine, info, node.seeds, node.prev);
    const present = info.groups.map(() => 0);
    for (const symbol of next.keys()) present[info.groupOf[symbol]]++;
    for (const [g, group] of info.groups.entries()) {
      if (matchedBefore[g] || present[g] === group.length) continue;
      const c = info.alphabet[group.find((symbol) => !next.has(symbol))];
      const text = node.text + String.fromCodePoint(c);
      return uncovered(c === NEWLINE && info.finalNewlineMatters ? `${text}a` : text);
    }
    for (const [symbol, stepped] of next) {
      if (matchedBefore[info.groupOf[symbol]]) continue;
      const c = info.alphabet[symbol];
      const splitNewline = c === NEWLINE && info.finalNewlineMatters;
      const k = key(stepped, c, splitNewline);
      if (!seen.has(k)) {
        seen.add(k);
        queue.push({ seeds: stepped, prev: c, text: node.text + String.fromCodePoint(c), more: splitNewline });
      }
    }
  }
  return covered;
}
function endsWithNewlineMatch(machine, node) {
  const list = [];
  if (machine.closure(node.seeds, { prev: node.prev, next: NEWLINE, nextIsFinalNewline: true }, list)) return true;
  const after = [];
  machine.step(list, NEWLINE, after);
  return machine.closure(after, { prev: NEWLINE, next: -1, nextIsFinalNewline: false }, list);
}

// src/regex/example.ts
var UNREACHABLE = 2147483647;
function distancesToMatch(nfa) {
  const reverse = nfa.states.map(() => []);
  let match2 = -1;
  nfa.states.forEach((state, id) => {
    if (state.kind === "match") match2 = id;
    else if (state.kind === "split") reverse[state.out1].push([id, 0]), reverse[state.out2].push([id, 0]);
    else reverse[state.out].push([id, state.kind === "set" ? 1 : 0]);
  });
  const dist = new Int32Array(nfa.states.length).fill(UNREACHABLE);
  dist[match2] = 0;
  let layer = [match2];
  for (let d = 0; layer.length > 0; d++) {
    const next = [];
    const stack = [...layer];
    while (stack.length > 0) {
      for (const [from, cost] of reverse[stack.pop()]) {
        if (d + cost < dist[from]) {
          dist[from] = d + cost;
          (cost === 0 ? stack : next).push(from);
        }
      }
    }
    layer = next.filter((id) => dist[id] === d + 1);
  }
  return dist;
}
function before(a, b) {
  if (a.estimate !== b.estimate) return a.estimate < b.estimate;
  if (a.length !== b.length) return a.length > b.length;
  return a.order < b.order;
}
var Heap = class {
  items = [];
  get size() {
    return this.items.length;
  }
  push(entry) {
    const items2 = this.items;
    let i = items2.push(entry) - 1;
    while (i > 0) {
      const parent = i - 1 >> 1;
      if (!before(items2[i], items2[parent])) break;
      [items2[i], items2[parent]] = [items2[parent], items2[i]];
      i = parent;
    }
  }
  pop() {
    const items2 = this.items;
    const top = items2[0];
    const last = items2.pop();
    if (items2.length > 0) {
      items2[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items2.length && before(items2[l], items2[m])) m = l;
        if (r < items2.length && before(items2[r], items2[m])) m = r;
        if (m === i) break;
        [items2[i], items2[m]] = [items2[m], items2[i]];
        i = m;
      }
    }
    return top;
  }
};
function findExample(machine, info, mode) {
  const dist = distancesToMatch(machine.nfa);
  const remaining = (seeds) => seeds.reduce((min, s) => Math.min(min, dist[s]), UNREACHABLE);
  const list = [];
  const budget = machine.visits + MAX_VISITS;
  const heap = new Heap();
  const best = /* @__PURE__ */ new Map();
  let order = 0;
  const push = (seeds, prev, text, length) => {
    const h = remaining(seeds);
    if (h === UNREACHABLE) return;
    const k = key(seeds, prev, false);
    if ((best.get(k) ?? UNREACHABLE) <= length) return;
    best.set(k, length);
    heap.push({ seeds, prev, text, length, estimate: length + h, order: order++, key: k });
  };
  push([machine.nfa.start], -1, "", 0);
  let pending;
  while (heap.size > 0) {
    const node = heap.pop();
    if (best.get(node.key) < node.length) continue;
    if (pending !== void 0 && pending.length <= node.estimate) return pending.text;
    if (machine.visits > budget || order > MAX_NODES) return pending?.text;
    if (machine.closure(node.seeds, { prev: node.prev, next: -1, nextIsFinalNewline: false }, list)) return node.text;
    const { matchedBefore, next } = expand2(machine, info, node.seeds, node.prev);
    if (pending === void 0 || pending.length > node.length + 1) {
      const candidates = info.groups.filter((_, g) => mode === "prefix" && matchedBefore[g]).map((group) => group[0]);
      if (info.finalNewlineMatters) candidates.push(info.alphabet.indexOf(NEWLINE));
      for (const symbol of candidates.sort((a, b) => a - b)) {
        const text = node.text + String.fromCodePoint(info.alphabet[symbol]);
        if (machine.matches(text, mode)) {
          pending = { text, length: node.length + 1 };
          break;
        }
      }
    }
    for (const [symbol, stepped] of [...next].sort((a, b) => a[0] - b[0])) {
      const c = info.alphabet[symbol];
      push(stepped, c, node.text + String.fromCodePoint(c), node.length + 1);
    }
  }
  return pending?.text;
}

// src/regex/dfa.ts
function prevRepresentative(c) {
  return c === -1 || c === NEWLINE ? c : isWordChar(c) ? 97 : 45;
}
var LazyDfa = class {
  /** `maxSize` bounds the cached NFA-state ids plus transitions. */
  constructor(machine, maxSize = 1e6) {
    this.machine = machine;
    this.maxSize = maxSize;
  }
  machine;
  maxSize;
  cache = /* @__PURE__ */ new Map();
  size = 0;
  drops = 0;
  list = [];
  matches(input, mode) {
    const drops = this.drops;
    let state = this.intern([this.machine.nfa.start], -1);
    for (let i = 0; i < input.length; ) {
      if (this.drops > drops + 1) return this.machine.matches(input, mode);
      const c = input.codePointAt(i);
      i += c > 65535 ? 2 : 1;
      const final = c === NEWLINE && i === input.length;
      const k = c * 2 + (final ? 1 : 0);
      let t = state.transitions.get(k);
      if (t === void 0) {
        t = this.transition(state, c, final);
        state.transitions.set(k, t);
        this.size++;
      }
      if (t.matchedBefore && mode === "prefix") return true;
      if (t.next === void 0) return false;
      state = t.next;
    }
    state.matchesAtEnd ??= this.machine.closure(state.seeds, { prev: state.prev, next: -1, nextIsFinalNewline: false }, this.list);
    return state.matchesAtEnd;
  }
  transition(from, c, final) {
    const matchedBefore = this.machine.closure(from.seeds, { prev: from.prev, next: c, nextIsFinalNewline: final }, this.list);
    const stepped = [];
    this.machine.step(this.list, c, stepped);
    return { next: stepped.length === 0 ? void 0 : this.intern(stepped, c), matchedBefore };
  }
  intern(seeds, prev) {
    const p = prevRepresentative(prev);
    const unique2 = [...new Set(seeds)].sort((a, b) => a - b);
    const k = `${p}:${unique2.join()}`;
    const known = this.cache.get(k);
    if (known !== void 0) return known;
    if (this.size + unique2.length > this.maxSize) {
      this.cache = /* @__PURE__ */ new Map();
      this.size = 0;
      this.drops++;
    }
    const state = { seeds: unique2, prev: p, transitions: /* @__PURE__ */ new Map() };
    this.cache.set(k, state);
    this.size += unique2.length + 1;
    return state;
  }
};

// src/regex/nfa.ts
var MAX_STATES = 1e4;
var TooManyStates = class extends Error {
};
function compile(node) {
  const states = [];
  const add = (state) => {
    if (states.length >= MAX_STATES) throw new TooManyStates();
    return states.push(state) - 1;
  };
  const split = (out1, out2) => {
    const state = { kind: "split", out1, out2 };
    return { id: add(state), state };
  };
  const build = (n, next) => {
    switch (n.type) {
      case "empty":
        return next;
      case "set":
        return add({ kind: "set", set: n.set, out: next });
      case "assert":
        return add({ kind: "assert", assertion: n.assertion, out: next });
      case "concat": {
        let entry = next;
        for (let i = n.items.length - 1; i >= 0; i--) entry = build(n.items[i], entry);
        return entry;
      }
      case "alt": {
        const entries = n.items.map((item) => build(item, next));
        let entry = entries[entries.length - 1];
        for (let i = entries.length - 2; i >= 0; i--) entry = split(entries[i], entry).id;
        return entry;
      }
      case "repeat":
        return repeat(n.item, n.min, n.max, next);
    }
  };
  const repeat = (item, min, max, next) => {
    let entry = next;
    if (max === Infinity) {
      const loop = split(-1, next);
      const body = build(item, loop.id);
      loop.state.out1 = body;
      if (min === 0) return loop.id;
      entry = body;
      min--;
    } else {
      for (let i = 0; i < max - min; i++) entry = split(build(item, entry), next).id;
    }
    for (let i = 0; i < min; i++) entry = build(item, entry);
    return entry;
  };
  try {
    const match2 = add({ kind: "match" });
    const start = build(node, match2);
    return { ok: true, nfa: { states, start } };
  } catch (error) {
    if (error instanceof TooManyStates) {
      return { ok: false, reason: `the pattern expands to more than ${MAX_STATES} automaton states (counted repetition is expanded)` };
    }
    throw error;
  }
}

// src/regex/parse.ts
var MAX_PATTERN_LENGTH2 = 4096;
var MAX_NESTING2 = 100;
var MAX_COUNT = { pcre: 65535, re2: 1e3 };
var ParseError = class {
  constructor(kind, reason, index) {
    this.kind = kind;
    this.reason = reason;
    this.index = index;
  }
  kind;
  reason;
  index;
};
function parse(source, flavor) {
  if (source.length > MAX_PATTERN_LENGTH2) {
    return { ok: false, kind: "unsupported", reason: `the pattern is longer than ${MAX_PATTERN_LENGTH2} characters`, index: 0 };
  }
  try {
    return { ok: true, node: new Parser2(source, flavor).parseAll() };
  } catch (error) {
    if (error instanceof ParseError) return { ok: false, kind: error.kind, reason: error.reason, index: error.index };
    throw error;
  }
}
var syntax = (reason, index) => new ParseError("syntax", reason, index);
var unsupported = (reason, index) => new ParseError("unsupported", reason, index);
function concat(items2) {
  if (items2.length === 0) return { type: "empty" };
  return items2.length === 1 ? items2[0] : { type: "concat", items: items2 };
}
var Parser2 = class {
  constructor(src, flavor) {
    this.src = src;
    this.flavor = flavor;
  }
  src;
  flavor;
  pos = 0;
  depth = 0;
  names = /* @__PURE__ */ new Set();
  parseAll() {
    const node = this.alternation({ caseless: false, dotAll: false, multiline: false });
    if (this.pos < this.src.length) throw syntax("unmatched ')'", this.pos);
    return node;
  }
  /** Reads branches up to a `)` (not consumed) or the end of the pattern. */
  alternation(initial) {
    let flags = initial;
    const branches = [];
    let items2 = [];
    let last = "none";
    while (this.pos < this.src.length) {
      const ch = this.src[this.pos];
      if (ch === ")") break;
      if (ch === "|") {
        branches.push(concat(items2));
        items2 = [];
        last = "none";
        this.pos++;
        continue;
      }
      const start = this.pos;
      const counts = this.quantifier();
      if (counts !== void 0) {
        this.checkRepeatable(last, start);
        this.checkCounts(counts, start);
        this.quantifierSuffix();
        const repeat = { type: "repeat", item: items2[items2.length - 1], ...counts };
        if (this.flavor === "re2" && repeatProduct(repeat) > MAX_COUNT.re2) {
          throw unsupported(`RE2 rejects nested repetition counts whose product is above ${MAX_COUNT.re2}`, start);
        }
        items2[items2.length - 1] = repeat;
        last = "quantifier";
        continue;
      }
      const atom = this.atom(flags);
      switch (atom.kind) {
        case "node":
          items2.push(atom.node);
          last = "atom";
          break;
        case "assertion":
          items2.push(atom.node);
          last = "assertion";
          break;
        case "flags":
          flags = atom.flags;
          last = "transparent";
          break;
        case "literals":
          items2.push(...atom.nodes);
          last = atom.nodes.length > 0 ? "atom" : "transparent";
          break;
      }
    }
    branches.push(concat(items2));
    return branches.length === 1 ? branches[0] : { type: "alt", items: branches };
  }
  /** Consumes a quantifier (not its lazy/possessive suffix) if one starts here. */
  quantifier() {
    const ch = this.src[this.pos];
    if (ch === "*" || ch === "+" || ch === "?") {
      this.pos++;
      return { min: ch === "+" ? 1 : 0, max: ch === "?" ? 1 : Infinity };
    }
    if (ch !== "{") return void 0;
    const close = this.src.indexOf("}", this.pos);
    if (close < 0) return void 0;
    const body = this.src.slice(this.pos + 1, close);
    const match2 = /^(\d+)(,(\d*))?$/.exec(body);
    if (match2 === null) {
      if (this.flavor === "pcre" && /^[\d\s,]*$/.test(body) && /\d/.test(body)) {
        throw unsupported(`PCRE versions disagree on whether '{${body}}' is a quantifier or literal text`, this.pos);
      }
      return void 0;
    }
    this.pos = close + 1;
    const min = Number(match2[1]);
    const max = match2[2] === void 0 ? min : match2[3] === "" ? Infinity : Number(match2[3]);
    return { min, max };
  }
  checkRepeatable(last, start) {
    const text = this.src.slice(start, this.pos);
    const counted = text.startsWith("{");
    switch (last) {
      case "atom":
        return;
      case "none":
        if (counted && this.flavor === "pcre") throw unsupported(`'${text}' has nothing before it to repeat`, start);
        throw syntax(`nothing to repeat before '${text}'`, start);
      case "quantifier":
        if (counted && this.flavor === "pcre") throw unsupported(`'${text}' directly follows another quantifier`, start);
        throw syntax(`nothing to repeat: '${text}' directly follows another quantifier`, start);
      case "assertion":
        throw unsupported(`'${text}' repeats an anchor or word-boundary assertion`, start);
      case "transparent":
        throw unsupported(`'${text}' follows an inline flag group, comment or \\Q\\E`, start);
    }
  }
  checkCounts(counts, start) {
    const limit = MAX_COUNT[this.flavor];
    if (counts.min > limit || counts.max !== Infinity && counts.max > limit) {
      throw syntax(`repetition count above ${limit}, the most ${this.flavor === "pcre" ? "PCRE" : "RE2"} allows`, start);
    }
    if (counts.max < counts.min) throw syntax(`repetition counts out of order in '${this.src.slice(start, this.pos)}'`, start);
  }
  /** Lazy `?` matches the same strings; possessive `+` (PCRE) can change them, so it is refused. */
  quantifierSuffix() {
    const ch = this.src[this.pos];
    if (ch === "?") this.pos++;
    else if (ch === "+" && this.flavor === "pcre") throw unsupported("possessive quantifiers are not supported", this.pos);
  }
  atom(flags) {
    const start = this.pos;
    const cp = this.src.codePointAt(start);
    const ch = String.fromCodePoint(cp);
    switch (ch) {
      case "(":
        return this.group(flags);
      case "[":
        return { kind: "node", node: { type: "set", set: this.charClass(flags) } };
      case ".":
        this.pos++;
        return { kind: "node", node: { type: "set", set: flags.dotAll ? ANY : ANY_BUT_NEWLINE } };
      case "^":
        this.pos++;
        return assertion(flags.multiline ? this.flavor === "pcre" ? "lineStartPcre" : "lineStart" : "start");
      case "$":
        this.pos++;
        return assertion(flags.multiline ? "lineEnd" : this.flavor === "pcre" ? "endOrFinalNewline" : "end");
      case "\\": {
        const escaped = this.escape(false);
        switch (escaped.kind) {
          case "char":
            return { kind: "node", node: literal(escaped.cp, flags) };
          case "set":
            return { kind: "node", node: { type: "set", set: escaped.set } };
          case "assertion":
            return assertion(escaped.assertion);
          case "text":
            return { kind: "literals", nodes: Array.from(escaped.text, (c) => literal(c.codePointAt(0), flags)) };
        }
      }
    }
    this.pos += ch.length;
    return { kind: "node", node: literal(cp, flags) };
  }
  group(flags) {
    const open = this.pos;
    this.pos++;
    if (this.src[this.pos] === "*") {
      if (this.flavor === "pcre") throw unsupported("PCRE verbs such as (*UTF) are not supported", open);
      throw syntax("nothing to repeat before '*'", this.pos);
    }
    let inner = flags;
    if (this.src[this.pos] === "?") {
      const header = this.groupHeader(open, flags);
      if (header.kind === "flags") return header;
      if (header.kind === "comment") return { kind: "literals", nodes: [] };
      inner = header.flags;
    }
    if (++this.depth > MAX_NESTING2) throw unsupported(`groups nest deeper than ${MAX_NESTING2} levels`, open);
    const body = this.alternation(inner);
    if (this.pos >= this.src.length) throw syntax("unbalanced '(': missing ')'", open);
    this.pos++;
    this.depth--;
    return { kind: "node", node: body };
  }
  /** Reads what follows `(?`: a group kind, a name, or inline flags. */
  groupHeader(open, flags) {
    this.pos++;
    const c = this.src[this.pos];
    const next = this.src[this.pos + 1];
    const pcre = this.flavor === "pcre";
    switch (c) {
      case void 0:
        throw syntax("unbalanced '(': missing ')'", open);
      case ":":
        this.pos++;
        return { kind: "group", flags };
      case "<":
        if (next === "=" || next === "!") throw unsupported("lookbehind assertions are not supported", open);
        this.pos++;
        this.groupName(open, ">");
        return { kind: "group", flags };
      case "P":
        if (next === "<") {
          this.pos += 2;
          this.groupName(open, ">");
          return { kind: "group", flags };
        }
        throw unsupported(next === "=" ? "backreferences are not supported" : next === ">" ? "recursion is not supported" : `'(?P${next ?? ""}' is not supported`, open);
      case "'":
        if (!pcre) break;
        this.pos++;
        this.groupName(open, "'");
        return { kind: "group", flags };
      case "=":
      case "!":
        throw unsupported("lookahead assertions are not supported", open);
      case ">":
        throw unsupported("atomic groups are not supported", open);
      case "#": {
        if (!pcre) break;
        const close = this.src.indexOf(")", this.pos);
        if (close < 0) throw syntax("missing ')' after a (?# comment", open);
        this.pos = close + 1;
        return { kind: "comment" };
      }
    }
    if (c === "R" || c === "C" || c === "-" && /\d/.test(next ?? "")) throw unsupported("recursion and callouts are not supported", open);
    if (c !== "-" && !/[A-Za-z]/.test(c)) throw unsupported(`'(?${c}' groups are not supported`, open);
    return this.inlineFlags(open, flags);
  }
  groupName(open, terminator) {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) throw syntax("unterminated group name", open);
    const name = this.src.slice(this.pos, end);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw unsupported(`'${name}' is not a group name gwlint accepts`, open);
    if (this.names.has(name)) throw syntax(`the group name '${name}' is used twice`, open);
    this.names.add(name);
    this.pos = end + 1;
  }
  /** `(?i)`, `(?i-s:…)`: i, s and m are modelled; U only changes greediness, so it is ignored. */
  inlineFlags(open, flags) {
    let { caseless, dotAll, multiline } = flags;
    let on = true;
    let letters = 0;
    for (; ; ) {
      const c = this.src[this.pos];
      if (c === void 0) throw syntax("unbalanced '(': missing ')'", open);
      if (c === ")" || c === ":") break;
      if (c === "-" && on) on = false;
      else if (c === "i") caseless = on;
      else if (c === "s") dotAll = on;
      else if (c === "m") multiline = on;
      else if (c !== "U") throw unsupported(c === "x" ? "extended mode (?x) is not supported" : `the inline flag '${c}' is not supported`, this.pos);
      if (c !== "-") letters++;
      this.pos++;
    }
    if (letters === 0 || this.src[this.pos - 1] === "-") throw unsupported("an empty inline flag group is not supported", open);
    const kind = this.src[this.pos] === ")" ? "flags" : "group";
    this.pos++;
    return { kind, flags: { caseless, dotAll, multiline } };
  }
  charClass(flags) {
    const open = this.pos;
    if (this.flavor === "pcre" && /^\[([:.=])[^\]]*\1\]/.test(this.src.slice(open, open + 64))) {
      throw unsupported("a POSIX class must be inside brackets, as in [[:alpha:]]", open);
    }
    this.pos++;
    let negate = false;
    if (this.src[this.pos] === "^") {
      negate = true;
      this.pos++;
    }
    const pairs = [];
    let sets = [];
    for (let first = true; ; first = false) {
      if (this.pos >= this.src.length) throw syntax("unterminated character class: missing ']'", open);
      if (this.src[this.pos] === "]" && !first) {
        this.pos++;
        break;
      }
      const loStart = this.pos;
      const lo = this.classAtom();
      if (this.src[this.pos] === "-" && this.pos + 1 < this.src.length && this.src[this.pos + 1] !== "]") {
        const dash = this.pos;
        this.pos++;
        const hi = this.classAtom();
        if (typeof lo !== "number" || typeof hi !== "number") throw unsupported("a range whose end is a class such as \\d", dash);
        if (lo > hi) throw syntax(`range out of order in character class: '${this.src.slice(loStart, this.pos)}'`, loStart);
        pairs.push([lo, hi]);
      } else if (typeof lo === "number") pairs.push([lo, lo]);
      else sets = [...sets, lo];
    }
    let set2 = sets.reduce((acc, s) => acc.union(s), CharSet.of(pairs));
    if (flags.caseless) set2 = set2.foldAsciiCase();
    return negate ? set2.negate() : set2;
  }
  classAtom() {
    const start = this.pos;
    const cp = this.src.codePointAt(start);
    if (cp === 92) {
      const escaped = this.escape(true);
      if (escaped.kind === "char") return escaped.cp;
      if (escaped.kind === "set") return escaped.set;
      throw unsupported("this escape is not supported inside a character class", start);
    }
    if (cp === 91) {
      const kind = this.src[start + 1];
      const close = kind === ":" || kind === "." || kind === "=" ? this.src.indexOf(`${kind}]`, start + 2) : -1;
      if (kind === ":" && close >= 0) {
        let name = this.src.slice(start + 2, close);
        const negated = name.startsWith("^");
        if (negated) name = name.slice(1);
        const set2 = POSIX_CLASSES.get(name);
        if (set2 === void 0) throw unsupported(`unknown POSIX class '[:${name}:]'`, start);
        this.pos = close + 2;
        return negated ? set2.negate() : set2;
      }
      if (close >= 0 && this.flavor === "pcre") throw unsupported("POSIX collating elements are not supported", start);
    }
    this.pos += cp > 65535 ? 2 : 1;
    return cp;
  }
  escape(inClass) {
    const at = this.pos;
    this.pos++;
    if (this.pos >= this.src.length) throw syntax("the pattern ends with a lone '\\'", at);
    const cp = this.src.codePointAt(this.pos);
    const c = String.fromCodePoint(cp);
    this.pos += c.length;
    const re2 = this.flavor === "re2";
    const char = (n) => ({ kind: "char", cp: n });
    const set2 = (s) => ({ kind: "set", set: s });
    const outsideClass = (a) => {
      if (inClass) throw unsupported(`\\${c} is not supported inside a character class`, at);
      return { kind: "assertion", assertion: a };
    };
    switch (c) {
      case "d":
        return set2(DIGIT);
      case "D":
        return set2(DIGIT.negate());
      case "w":
        return set2(WORD);
      case "W":
        return set2(WORD.negate());
      case "s":
        return set2(re2 ? SPACE_RE2 : SPACE_PCRE);
      case "S":
        return set2((re2 ? SPACE_RE2 : SPACE_PCRE).negate());
      case "b":
        if (inClass && !re2) return char(8);
        return outsideClass("wordBoundary");
      case "B":
        return outsideClass("notWordBoundary");
      case "A":
        return outsideClass("start");
      case "z":
        return outsideClass("end");
      case "Z":
        if (re2) throw unsupported("RE2 does not support \\Z", at);
        return outsideClass("endOrFinalNewline");
      case "t":
        return char(9);
      case "n":
        return char(10);
      case "r":
        return char(13);
      case "f":
        return char(12);
      case "a":
        return char(7);
      case "v":
        if (re2) return char(11);
        throw unsupported("\\v (vertical white space in PCRE) is not supported", at);
      case "e":
        if (!re2) return char(27);
        throw unsupported("RE2 does not support \\e", at);
      case "x":
        return char(this.hexEscape(at));
      case "0": {
        const digits = /^[0-7]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))[0];
        this.pos += digits.length;
        return char(digits === "" ? 0 : parseInt(digits, 8));
      }
      case "Q": {
        if (inClass) throw unsupported("\\Q\u2026\\E inside a character class is not supported", at);
        const end = this.src.indexOf("\\E", this.pos);
        const text = this.src.slice(this.pos, end < 0 ? void 0 : end);
        this.pos = end < 0 ? this.src.length : end + 2;
        return { kind: "text", text };
      }
      case "E":
        if (inClass || re2) throw unsupported("a \\E without \\Q is not supported", at);
        return { kind: "text", text: "" };
      case "u":
        throw unsupported("neither PCRE nor RE2 accepts \\u escapes; write \\x{HHHH}", at);
      case "p":
      case "P":
        throw unsupported("Unicode property classes (\\p{\u2026}) are not supported", at);
    }
    if (/[1-9]/.test(c)) throw unsupported("backreferences (\\1 \u2026) are not supported", at);
    if (/[A-Za-z0-9]/.test(c)) throw unsupported(`the escape \\${c} is not supported`, at);
    if (re2 && cp >= 128) throw unsupported("RE2 allows '\\' only before ASCII punctuation", at);
    return char(cp);
  }
  /** After `\x`: `{H…}` in both flavours, exactly two digits in RE2, up to two (even none) in PCRE. */
  hexEscape(at) {
    if (this.src[this.pos] === "{") {
      const close = this.src.indexOf("}", this.pos);
      const digits2 = close < 0 ? "" : this.src.slice(this.pos + 1, close);
      if (!/^[0-9A-Fa-f]{1,8}$/.test(digits2)) throw unsupported("malformed \\x{\u2026} escape", at);
      const value = parseInt(digits2, 16);
      if (value > MAX_CODE_POINT || value >= 55296 && value <= 57343) throw unsupported(`\\x{${digits2}} is not a Unicode scalar value`, at);
      if (this.flavor === "pcre" && value > 255) throw unsupported(`\\x{${digits2}} needs PCRE's UTF mode`, at);
      this.pos = close + 1;
      return value;
    }
    const limit = this.flavor === "re2" ? 2 : /^[0-9A-Fa-f]{0,2}/.exec(this.src.slice(this.pos, this.pos + 2))[0].length;
    const digits = this.src.slice(this.pos, this.pos + limit);
    if (this.flavor === "re2" && !/^[0-9A-Fa-f]{2}$/.test(digits)) throw syntax("\\x must be followed by two hex digits or {\u2026}", at);
    this.pos += digits.length;
    return digits === "" ? 0 : parseInt(digits, 16);
  }
};
function repeatProduct(node) {
  switch (node.type) {
    case "repeat": {
      const count = node.max === Infinity ? node.min : node.max;
      return Math.max(count, 1) * repeatProduct(node.item);
    }
    case "concat":
    case "alt":
      return Math.max(1, ...node.items.map(repeatProduct));
    default:
      return 1;
  }
}
function assertion(a) {
  return { kind: "assertion", node: { type: "assert", assertion: a } };
}
function literal(cp, flags) {
  const set2 = CharSet.char(cp);
  return { type: "set", set: flags.caseless ? set2.foldAsciiCase() : set2 };
}

// src/regex/run.ts
function holds(assertion2, ctx) {
  switch (assertion2) {
    case "start":
      return ctx.prev === -1;
    case "end":
      return ctx.next === -1;
    case "endOrFinalNewline":
      return ctx.next === -1 || ctx.nextIsFinalNewline;
    case "lineStart":
      return ctx.prev === -1 || ctx.prev === NEWLINE;
    case "lineStartPcre":
      return ctx.prev === -1 || ctx.prev === NEWLINE && ctx.next !== -1;
    case "lineEnd":
      return ctx.next === -1 || ctx.next === NEWLINE;
    case "wordBoundary":
      return isWordChar(ctx.prev) !== isWordChar(ctx.next);
    case "notWordBoundary":
      return isWordChar(ctx.prev) === isWordChar(ctx.next);
  }
}
var Machine = class {
  constructor(nfa) {
    this.nfa = nfa;
    this.marks = new Uint32Array(nfa.states.length);
    this.stack = new Int32Array(nfa.states.length);
  }
  nfa;
  marks;
  stack;
  generation = 0;
  /** Number of state visits so far; analyses use it as their work budget. */
  visits = 0;
  /**
   * Follows empty transitions from `seeds` under `ctx`, replacing the contents of `into` with the
   * reachable character-consuming states. Returns whether the match state is reachable.
   */
  closure(seeds, ctx, into) {
    const { states } = this.nfa;
    const marks = this.marks;
    const stack = this.stack;
    if (++this.generation === 4294967295) {
      marks.fill(0);
      this.generation = 1;
    }
    const gen = this.generation;
    into.length = 0;
    let matched = false;
    let top = 0;
    for (const seed of seeds) {
      if (marks[seed] !== gen) {
        marks[seed] = gen;
        stack[top++] = seed;
      }
    }
    while (top > 0) {
      const id = stack[--top];
      this.visits++;
      const state = states[id];
      let a = -1;
      let b = -1;
      switch (state.kind) {
        case "set":
          into.push(id);
          break;
        case "match":
          matched = true;
          break;
        case "split":
          a = state.out1;
          b = state.out2;
          break;
        case "assert":
          if (holds(state.assertion, ctx)) a = state.out;
          break;
      }
      if (a >= 0 && marks[a] !== gen) {
        marks[a] = gen;
        stack[top++] = a;
      }
      if (b >= 0 && marks[b] !== gen) {
        marks[b] = gen;
        stack[top++] = b;
      }
    }
    return matched;
  }
  /** The states reached by consuming `c` from the character states in `from`. */
  step(from, c, into) {
    const { states } = this.nfa;
    into.length = 0;
    for (const id of from) {
      const state = states[id];
      if (state.kind === "set" && state.set.has(c)) into.push(state.out);
    }
  }
  matches(input, mode) {
    let seeds = [this.nfa.start];
    let list = [];
    let spare = [];
    let prev = -1;
    for (let i = 0; ; ) {
      const next = i < input.length ? input.codePointAt(i) : -1;
      const width = next > 65535 ? 2 : 1;
      const ctx = { prev, next, nextIsFinalNewline: next === NEWLINE && i + 1 === input.length };
      const matched = this.closure(seeds, ctx, list);
      if (matched && (mode === "prefix" || next === -1)) return true;
      if (next === -1) return false;
      this.step(list, next, spare);
      if (spare.length === 0) return false;
      [seeds, spare] = [spare, seeds];
      prev = next;
      i += width;
    }
  }
};

// src/regex/looks-like.ts
var KONG_PLAIN_CHARS = /^[A-Za-z0-9._~/%-]*$/;
var REGEX_SIGNALS = [
  /\\./,
  /\[[^\]]+\]/,
  /\(\?/,
  /\([^()|]*\|/,
  /\)[*+?{]/,
  /^\^/,
  /\$$/,
  /[.\])][*+?]/,
  /\\[dDwWsS][*+?{]/,
  /[^/]\{\d+(,\d*)?\}/,
  /\/\?$/
];
function looksLikeRegex(path11) {
  if (KONG_PLAIN_CHARS.test(path11)) return false;
  return REGEX_SIGNALS.some((signal) => signal.test(path11));
}

// src/regex/index.ts
function parseRegex(source, flavor) {
  const parsed = parse(source, flavor);
  if (!parsed.ok) return parsed;
  const compiled = compile(parsed.node);
  if (!compiled.ok) return { ok: false, kind: "unsupported", reason: compiled.reason, index: 0 };
  return { ok: true, regex: new CompiledRegex(source, new Machine(compiled.nfa)) };
}
var CompiledRegex = class {
  constructor(source, machine) {
    this.source = source;
    this.machine = machine;
    this.dfa = new LazyDfa(machine);
  }
  source;
  machine;
  info;
  examples = /* @__PURE__ */ new Map();
  dfa;
  matches(input, mode) {
    return this.dfa.matches(input, mode);
  }
  matchesEveryExtensionOf(prefix) {
    return coverage(this.machine, this.analysis(), prefix).kind === "covered";
  }
  example(mode) {
    if (!this.examples.has(mode)) this.examples.set(mode, findExample(this.machine, this.analysis(), mode));
    return this.examples.get(mode);
  }
  analysis() {
    this.info ??= analysis(this.machine);
    return this.info;
  }
};

// src/adapters/gateway-api/paths.ts
var VALID_CHARACTERS = /^(?:[-A-Za-z0-9/._~!$&'()*+,;=:@]|%[0-9a-fA-F]{2})+$/;
function gatewayPathProblem(value) {
  if (!value.startsWith("/")) return "it must start with '/'";
  if (value.includes("//")) return "it contains '//'";
  if (value.includes("/./") || value.endsWith("/.")) return "it contains a '.' segment";
  if (value.includes("/../") || value.endsWith("/..")) return "it contains a '..' segment";
  if (/%2f/i.test(value)) return "it contains an encoded slash ('%2F')";
  if (value.includes("#")) return "it contains '#'";
  if (value.includes("?")) return "it contains '?': the query string is matched with queryParams, never as part of the path";
  if (!VALID_CHARACTERS.test(value)) return "it contains characters that are not allowed in a URL path (spaces, quotes, braces \u2026)";
  return void 0;
}
function prefixPattern(value) {
  const trimmed = value.length > 1 && value.endsWith("/") ? value.slice(0, -1) : value;
  if (trimmed === "/") return { kind: "pattern", segments: [], tail: "rest" };
  return literalPattern(trimmed, "rest");
}
function exactPattern(value) {
  return literalPattern(value, "none");
}
function significantLength(kind, value) {
  return kind === "prefix" && value.length > 1 && value.endsWith("/") ? value.length - 1 : value.length;
}
function readGatewayPath(kind, value) {
  if (kind === "regex") {
    const parsed = parseRegex(value, "re2");
    if (parsed.ok) return { ok: true, matcher: { kind: "regex", source: value, regex: parsed.regex, mode: "full" } };
    if (parsed.kind === "unsupported") return { ok: true, matcher: void 0 };
    return { ok: false, reason: `not a valid RE2 regular expression: ${parsed.reason}` };
  }
  const problem2 = gatewayPathProblem(value);
  if (problem2) return { ok: false, reason: `${problem2}; the Kubernetes API server rejects the HTTPRoute` };
  return { ok: true, matcher: kind === "exact" ? exactPattern(value) : prefixPattern(value) };
}
function readIngressPath(kind, value) {
  if (!value.startsWith("/")) return { ok: false, reason: "it must start with '/'; the Kubernetes API server rejects the Ingress" };
  return { ok: true, matcher: kind === "exact" ? exactPattern(value) : prefixPattern(value) };
}

// src/adapters/gateway-api/policies.ts
var ENVOY_GATEWAY_GROUP = "gateway.envoyproxy.io";
var PolicyIndex = class {
  byTarget = /* @__PURE__ */ new Map();
  add(attached) {
    const { kind, namespace, name, sectionName } = attached.target;
    const key2 = `${kind}:${namespace}/${name}${sectionName ? `/${sectionName}` : ""}`;
    if (!this.byTarget.has(key2)) this.byTarget.set(key2, attached.policy);
  }
  forRoute(routeKey) {
    return this.byTarget.get(`HTTPRoute:${routeKey}`);
  }
  /** The policy for a Gateway as reached through one of `listeners` (most specific first). */
  forGateway(gatewayKey, listeners) {
    for (const listener of listeners) {
      const policy = this.byTarget.get(`Gateway:${gatewayKey}/${listener}`);
      if (policy) return policy;
    }
    return this.byTarget.get(`Gateway:${gatewayKey}`);
  }
};
function targetsOf(object) {
  const spec = object.spec;
  const refs = [];
  const single = get(spec, "targetRef");
  if (isMap(single)) refs.push(single);
  const list = get(spec, "targetRefs");
  if (isSeq(list)) refs.push(...list.items.filter(isMap));
  const targets = [];
  for (const ref of refs) {
    const kind = stringValue(get(ref, "kind"));
    const name = stringValue(get(ref, "name"));
    if (!kind || !name) continue;
    targets.push({ kind, name, namespace: object.namespace, sectionName: stringValue(get(ref, "sectionName")), node: ref });
  }
  return targets;
}
function checkDurations(node, path11, owner, context) {
  if (!node) return;
  if (isMap(node)) {
    for (const pair of node.pairs) checkDurations(pair.value, `${path11}.${pair.keyText}`, owner, context);
    return;
  }
  if (isSeq(node)) return;
  const reading = readDuration(node);
  if (reading.ok) return;
  context.dialectFindings.push({
    ruleId: "schema",
    node,
    message: `${reading.shown} is not a valid duration for ${path11.slice(1)} of ${owner}: ${DURATION_FORMAT}. The Kubernetes API server rejects the policy (or, where it is not validated, Envoy Gateway rejects it as an invalid value), so none of its settings apply.`
  });
}
function checkRegex(node, what, context) {
  const source = stringValue(node);
  if (!node || source === void 0) return;
  const parsed = parseRegex(source, "re2");
  if (parsed.ok || parsed.kind !== "syntax") return;
  context.dialectFindings.push({
    ruleId: "schema",
    node,
    message: `'${source}' is not a valid RE2 regular expression (${parsed.reason}) for ${what}: Envoy Gateway rejects it, so the setting does not apply.`
  });
}
var RATE_LIMIT_UNITS = { Second: 1, Minute: 60, Hour: 3600, Day: 86400 };
function checkRateLimit(object, owner, context) {
  const rateLimit = get(object.spec, "rateLimit");
  for (const scope of ["global", "local"]) {
    const rules2 = get(get(rateLimit, scope), "rules");
    if (!isSeq(rules2)) continue;
    for (const rule of rules2.items) {
      const selectors = get(rule, "clientSelectors");
      if (!isSeq(selectors)) continue;
      for (const selector of selectors.items) {
        const headers = get(selector, "headers");
        if (!isSeq(headers)) continue;
        for (const header of headers.items) {
          if (stringValue(get(header, "type")) === "RegularExpression") {
            checkRegex(get(header, "value"), `header '${stringValue(get(header, "name")) ?? "?"}' of a ${scope} rate-limit rule of ${owner}`, context);
          }
        }
      }
    }
    if (scope !== "local") continue;
    const defaultRule = rules2.items.find((rule) => {
      const selectors = get(rule, "clientSelectors");
      return !isSeq(selectors) || selectors.items.length === 0;
    });
    const defaultUnitNode = get(get(defaultRule, "limit"), "unit");
    const defaultUnit = RATE_LIMIT_UNITS[stringValue(defaultUnitNode) ?? ""];
    if (!defaultUnit || !defaultUnitNode) continue;
    for (const rule of rules2.items) {
      if (rule === defaultRule) continue;
      const unitNode = get(get(rule, "limit"), "unit");
      const unit = RATE_LIMIT_UNITS[stringValue(unitNode) ?? ""];
      if (!unit || !unitNode || unit % defaultUnit === 0) continue;
      context.dialectFindings.push({
        ruleId: "schema",
        node: unitNode,
        message: `A local rate-limit rule of ${owner} counts per ${stringValue(unitNode)}, which is not a multiple of the default rule's unit (${stringValue(defaultUnitNode)}): Envoy Gateway rejects the rate limit, so none of its rules apply.`,
        related: [{ node: defaultUnitNode, message: "unit of the default rule" }]
      });
    }
  }
}
function describe(object) {
  return `${object.kind} ${object.namespace}/${object.name ?? "?"}`;
}
function corsPolicyOf(name, nameNode, node) {
  const origins = get(node, "allowOrigins");
  return {
    name,
    nameNode,
    node,
    allowOrigins: stringList(origins),
    allowOriginsNode: origins,
    allowMethods: stringList(get(node, "allowMethods")),
    allowHeaders: stringList(get(node, "allowHeaders")),
    allowCredentials: located(get(node, "allowCredentials"), booleanValue)
  };
}
var AUTH_KINDS = [
  ["jwt", "jwt"],
  ["oidc", "oidc"],
  ["apiKeyAuth", "apiKey"],
  ["basicAuth", "basic"],
  ["extAuth", "external"]
];
function readAuth2(object, name) {
  for (const [field, type] of AUTH_KINDS) {
    const node = get(object.spec, field);
    if (!isMap(node)) continue;
    let apiKeyInQuery;
    if (type === "apiKey") {
      const sources = get(node, "extractFrom");
      const params = isSeq(sources) ? sources.items.map((source) => get(source, "params")).find((p) => isSeq(p) && p.items.length > 0) : void 0;
      apiKeyInQuery = params ? { value: true, node: params, fromDefault: false } : { value: false, node: sources ?? node, fromDefault: !sources };
    }
    return { name, nameNode: object.nameNode, node, type: { value: type, node }, apiKeyInQuery };
  }
  return void 0;
}
function readSecurityPolicy(object, context) {
  const name = describe(object);
  const corsNode = get(object.spec, "cors");
  let cors;
  if (isMap(corsNode)) {
    cors = corsPolicyOf(name, object.nameNode, corsNode);
    context.corsPolicies.push(cors);
    checkDurations(get(corsNode, "maxAge"), ".cors.maxAge", name, context);
  }
  const auth = readAuth2(object, name);
  if (auth) context.authPolicies.push(auth);
  return { key: `${object.namespace}/${object.name ?? ""}`, cors, auth };
}
function readTrafficPolicy(object, context) {
  const timeout = get(object.spec, "timeout");
  checkDurations(timeout, ".timeout", describe(object), context);
  if (object.kind !== "BackendTrafficPolicy") return { key: `${object.namespace}/${object.name ?? ""}` };
  checkRateLimit(object, describe(object), context);
  const requestNode = get(get(timeout, "http"), "requestTimeout");
  const reading = requestNode && readDuration(requestNode);
  const upgrades = get(object.spec, "httpUpgrade");
  const connect = isSeq(upgrades) ? upgrades.items.find((item) => stringAt(get(item, "type"))?.value.toUpperCase() === "CONNECT") : void 0;
  return {
    key: `${object.namespace}/${object.name ?? ""}`,
    requestTimeout: requestNode && reading?.ok ? { value: reading.ms, node: requestNode } : void 0,
    connect
  };
}
function isEnvoyGatewayPolicy(object) {
  return object.group === ENVOY_GATEWAY_GROUP && ["SecurityPolicy", "BackendTrafficPolicy", "ClientTrafficPolicy"].includes(object.kind);
}

// src/adapters/gateway-api/httproute.ts
var PATH_KINDS = { Exact: "exact", PathPrefix: "prefix", RegularExpression: "regex" };
function creationTime(object) {
  const text = stringValue(get(get(object.node, "metadata"), "creationTimestamp"));
  if (!text) return void 0;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? void 0 : { ms, text };
}
function conditions(node, lowerCase, what, context) {
  if (!isSeq(node)) return [];
  const seen = /* @__PURE__ */ new Set();
  const result = [];
  for (const item of node.items) {
    const rawName = stringValue(get(item, "name"));
    if (!rawName) continue;
    const name = lowerCase ? rawName.toLowerCase() : rawName;
    if (seen.has(name)) continue;
    seen.add(name);
    const type = stringValue(get(item, "type")) ?? "Exact";
    if (type === "RegularExpression") checkRegex(get(item, "value"), `${what} '${rawName}'`, context);
    result.push({ name, match: type === "RegularExpression" ? "regex" : "exact", value: stringValue(get(item, "value")), node: item });
  }
  return result;
}
function firstServiceBackend(rule, namespace) {
  const refs = get(rule, "backendRefs");
  if (!isSeq(refs)) return void 0;
  for (const ref of refs.items) {
    const kind = stringValue(get(ref, "kind")) ?? "Service";
    const group = stringValue(get(ref, "group")) ?? "";
    const nameNode = get(ref, "name");
    const name = stringValue(nameNode);
    if (kind !== "Service" || group !== "" || !name || !nameNode) continue;
    const port = get(ref, "port");
    const portText = isScalar(port) && port.value !== null ? `:${String(port.value)}` : "";
    return { name: `${stringValue(get(ref, "namespace")) ?? namespace}/${name}${portText}`, nameNode, node: ref };
  }
  return void 0;
}
function readTimeouts(rule, routeName, context) {
  const timeouts = get(rule, "timeouts");
  if (!isMap(timeouts)) return void 0;
  const valid = {};
  for (const field of ["request", "backendRequest"]) {
    const node = get(timeouts, field);
    if (!node) continue;
    const reading = readDuration(node);
    if (reading.ok) {
      valid[field] = { value: reading.ms, node };
      continue;
    }
    context.dialectFindings.push({
      ruleId: "schema",
      node,
      message: `${reading.shown} is not a valid timeouts.${field} of HTTPRoute ${routeName}: ${DURATION_FORMAT}. The Kubernetes API server rejects the HTTPRoute.`
    });
  }
  const { request, backendRequest } = valid;
  if (request && backendRequest && request.value !== 0 && backendRequest.value > request.value) {
    context.dialectFindings.push({
      ruleId: "timeout-exceeds-platform",
      node: backendRequest.node,
      severity: "error",
      message: `timeouts.backendRequest (${formatDuration(backendRequest.value)}) of HTTPRoute ${routeName} is longer than timeouts.request (${formatDuration(request.value)}), which covers the whole request including every backend attempt: the Kubernetes API server rejects the HTTPRoute ("backendRequest timeout cannot be longer than request timeout"). Lower backendRequest or raise request.`,
      related: [{ node: request.node, message: "timeouts.request" }]
    });
  }
  return request;
}
function readRuleCors(rule, name, object, context) {
  const filters = get(rule, "filters");
  if (!isSeq(filters)) return void 0;
  for (const filter2 of filters.items) {
    if (stringValue(get(filter2, "type")) !== "CORS") continue;
    const node = get(filter2, "cors");
    if (!isMap(node)) continue;
    const cors = corsPolicyOf(`${name} CORS filter`, object.nameNode, node);
    context.corsPolicies.push(cors);
    return { cors, node: filter2 };
  }
  return void 0;
}
function readStripPrefix(rule) {
  const filters = get(rule, "filters");
  if (!isSeq(filters)) return void 0;
  for (const filter2 of filters.items) {
    if (stringValue(get(filter2, "type")) !== "URLRewrite") continue;
    const path11 = get(get(filter2, "urlRewrite"), "path");
    if (stringValue(get(path11, "type")) !== "ReplacePrefixMatch") continue;
    const replacement = get(path11, "replacePrefixMatch");
    const value = stringValue(replacement);
    if (replacement && (value === "/" || value === "")) return replacement;
  }
  return void 0;
}
function readHttpRoute(object, ranks2, connect, context) {
  const key2 = `${object.namespace}/${object.name ?? ""}`;
  const rulesNode = get(object.spec, "rules");
  const rules2 = isSeq(rulesNode) && rulesNode.items.length > 0 ? [...rulesNode.items] : [object.spec ?? object.node];
  const defaulted = !(isSeq(rulesNode) && rulesNode.items.length > 0);
  const matchLists = rules2.map((rule) => {
    const matches = defaulted ? void 0 : get(rule, "matches");
    return isSeq(matches) && matches.items.length > 0 ? [...matches.items] : [void 0];
  });
  const total = matchLists.reduce((sum, list) => sum + list.length, 0);
  const created = creationTime(object);
  const entries = [];
  rules2.forEach((rule, ruleIndex) => {
    const ruleName = stringValue(get(rule, "name"));
    const matches = matchLists[ruleIndex];
    const settings = (() => {
      if (defaulted) return { index: 0, node: rule };
      const cors = readRuleCors(rule, `${key2} rules[${ruleIndex}]`, object, context);
      return {
        index: ruleIndex,
        node: rule,
        requestTimeout: readTimeouts(rule, key2, context),
        backend: firstServiceBackend(rule, object.namespace),
        cors: cors?.cors,
        corsNode: cors?.node,
        stripsPrefix: readStripPrefix(rule)
      };
    })();
    matches.forEach((match2, matchIndex) => {
      const where = ruleName ? `rule '${ruleName}'` : `rules[${ruleIndex}]`;
      const name = total === 1 ? key2 : matches.length === 1 ? `${key2} ${where}` : `${key2} ${where}.matches[${matchIndex}]`;
      const pathNode = get(match2, "path");
      const typeNode = get(pathNode, "type");
      const typeName = stringValue(typeNode) ?? "PathPrefix";
      const valueNode = get(pathNode, "value");
      const value = stringValue(valueNode) ?? "/";
      const kind = PATH_KINDS[typeName];
      const node = match2 ?? rule;
      const anchor = valueNode ?? pathNode ?? node;
      const method = stringAt(get(match2, "method"));
      const headers = conditions(get(match2, "headers"), true, `the header match of HTTPRoute ${key2}`, context);
      const queryParams = conditions(get(match2, "queryParams"), false, `the query parameter match of HTTPRoute ${key2}`, context);
      const info = {
        source: "httproute",
        kind: kind ?? "prefix",
        length: significantLength(kind ?? "prefix", value),
        // A CONNECT route (BackendTrafficPolicy httpUpgrade) only takes CONNECT requests: a method match.
        method: method !== void 0 || connect,
        headers: headers.length,
        queryParams: queryParams.length,
        routeKey: key2,
        created: created?.ms,
        createdText: created?.text,
        agesKnown: ranks2.agesKnown,
        rule: ruleIndex,
        match: matchIndex
      };
      const precedence = httpRoutePrecedence(info, ranks2.ageRank(object), ranks2.nameRank(key2));
      let path11;
      if (!kind) {
        context.dialectFindings.push({
          ruleId: "schema",
          node: typeNode ?? anchor,
          message: `Path match type '${typeName}' of HTTPRoute ${key2} is not one of Exact, PathPrefix or RegularExpression (Ingress's 'Prefix' is 'PathPrefix' here): the Kubernetes API server rejects the HTTPRoute.`
        });
        path11 = { value, node: anchor, matcher: void 0, precedence };
      } else {
        const reading = readGatewayPath(kind, value);
        if (!reading.ok) context.invalidPaths.push({ node: anchor, path: value, route: name, reason: reading.reason });
        path11 = { value, node: anchor, matcher: reading.ok ? reading.matcher : void 0, precedence };
      }
      rememberPathInfo(path11, info);
      entries.push({
        name,
        node,
        path: path11,
        kind,
        method: method && { value: method.value.toUpperCase(), node: method.node },
        headers,
        queryParams,
        rule: settings
      });
    });
  });
  return { key: key2, object, matches: entries };
}

// src/adapters/gateway-api/ingress.ts
var CLASS_ANNOTATION = "kubernetes.io/ingress.class";
function ingressClass(object) {
  return stringValue(get(object.spec, "ingressClassName")) ?? stringValue(get(get(get(object.node, "metadata"), "annotations"), CLASS_ANNOTATION)) ?? "";
}
function backendOf(path11, namespace) {
  const service = get(get(path11, "backend"), "service");
  const nameNode = get(service, "name");
  const name = stringValue(nameNode);
  if (!name || !nameNode || !service) return void 0;
  const port = get(service, "port");
  const portValue = get(port, "number") ?? get(port, "name");
  const portText = isScalar(portValue) && portValue.value !== null ? `:${String(portValue.value)}` : "";
  return { name: `${namespace}/${name}${portText}`, nameNode, node: service };
}
function buildIngresses(ingresses, clusterId, upstreams2, context) {
  for (const object of ingresses) {
    const key2 = `${object.namespace}/${object.name ?? ""}`;
    const rules2 = get(object.spec, "rules");
    if (!isSeq(rules2)) continue;
    const entries = rules2.items.flatMap((rule, ruleIndex) => {
      const paths = get(get(rule, "http"), "paths");
      return isSeq(paths) ? paths.items.filter(isMap).map((path11, pathIndex) => ({ rule, ruleIndex, path: path11, pathIndex })) : [];
    });
    if (entries.length === 0) continue;
    const canary = stringValue(get(get(get(object.node, "metadata"), "annotations"), "nginx.ingress.kubernetes.io/canary")) === "true";
    const className = ingressClass(object);
    const instance = instanceFor(
      context,
      `${clusterId}|ingress|${className}`,
      ingressDialect,
      className ? `Ingress class '${className}'` : "Ingresses without an ingress class",
      object.node
    );
    for (const { rule, ruleIndex, path: path11, pathIndex } of entries) {
      const name = entries.length === 1 ? key2 : `${key2} rules[${ruleIndex}].paths[${pathIndex}]`;
      const typeNode = get(path11, "pathType");
      const type = stringValue(typeNode);
      const valueNode = get(path11, "path");
      const value = stringValue(valueNode) ?? "/";
      const anchor = valueNode ?? path11;
      const kind = type === "Exact" ? "exact" : type === "Prefix" ? "prefix" : void 0;
      const info = { source: "ingress", kind: kind ?? "prefix", length: significantLength(kind ?? "prefix", value), ingressKey: key2 };
      const order = context.nextOrder++;
      const precedence = ingressPrecedence(info, order);
      let routePath = { value, node: anchor, matcher: void 0, precedence };
      if (kind) {
        const reading = readIngressPath(kind, value);
        if (reading.ok) routePath = { ...routePath, matcher: canary ? void 0 : reading.matcher };
        else context.invalidPaths.push({ node: anchor, path: value, route: name, reason: reading.reason });
      } else if (type !== "ImplementationSpecific") {
        context.dialectFindings.push({
          ruleId: "schema",
          node: typeNode ?? path11,
          message: type === void 0 ? `Path '${value}' of Ingress ${key2} has no pathType: networking.k8s.io/v1 requires Exact, Prefix or ImplementationSpecific, and the Kubernetes API server rejects the Ingress.` : `pathType '${type}' of Ingress ${key2} is not one of Exact, Prefix or ImplementationSpecific (Gateway API's 'PathPrefix' is 'Prefix' here): the Kubernetes API server rejects the Ingress.`
        });
      }
      rememberPathInfo(routePath, info);
      const hostNode = get(rule, "host");
      const host = stringValue(hostNode)?.toLowerCase();
      const backend = backendOf(path11, object.namespace);
      context.routes.push({
        name,
        nameNode: object.nameNode,
        node: path11,
        gateway: instance,
        order,
        hosts: host && hostNode ? [{ value: host, node: hostNode, wildcard: host.startsWith("*.") }] : void 0,
        methods: void 0,
        paths: [routePath],
        headers: [],
        queryParams: [],
        priority: 0,
        upstream: backend && upstreams2.referenceTo(backend)
      });
    }
  }
}

// src/adapters/gateway-api/build.ts
var GATEWAY_GROUP = "gateway.networking.k8s.io";
function clustersOf(documents) {
  const manifests = [];
  const clusters = [];
  for (const document of documents) {
    if (document.style === "manifest") manifests.push(...document.objects);
    else clusters.push({ id: `${document.document.file.displayPath}#${document.document.index}`, objects: document.objects });
  }
  if (manifests.length > 0) clusters.unshift({ id: "manifests", objects: manifests });
  return clusters;
}
var isGatewayApi = (object) => object.group === GATEWAY_GROUP;
function deduplicate(objects, context) {
  const seen = /* @__PURE__ */ new Map();
  const kept = [];
  for (const object of objects) {
    if (object.name === void 0) {
      kept.push(object);
      continue;
    }
    const key2 = `${object.group}|${object.kind}|${object.namespace}/${object.name}`;
    const first = seen.get(key2);
    if (!first) {
      seen.set(key2, object);
      kept.push(object);
    } else if ((object.kind === "HTTPRoute" || object.kind === "Ingress") && object.document.file === first.document.file) {
      context.duplicates.push({ kind: "route", name: `${object.kind} ${object.namespace}/${object.name}`, duplicate: object.nameNode, first: first.nameNode });
    }
  }
  return kept;
}
function readListeners(object) {
  const listeners = get(object.spec, "listeners");
  if (!isSeq(listeners)) return [];
  return listeners.items.filter(isMap).map((node) => {
    const protocol = (stringValue(get(node, "protocol")) ?? "").toUpperCase();
    const allowed = get(node, "allowedRoutes");
    const kinds = get(allowed, "kinds");
    const acceptsHttpRoutes = isSeq(kinds) ? kinds.items.some((kind) => stringValue(get(kind, "kind")) === "HTTPRoute" && (stringValue(get(kind, "group")) ?? GATEWAY_GROUP) === GATEWAY_GROUP) : protocol === "HTTP" || protocol === "HTTPS";
    const hostnameNode = get(node, "hostname");
    const hostname = stringValue(hostnameNode);
    return {
      node,
      name: stringValue(get(node, "name")),
      port: numberValue(get(node, "port")),
      hostname: hostname && hostnameNode ? { value: hostname.toLowerCase(), node: hostnameNode } : void 0,
      acceptsHttpRoutes,
      from: stringValue(get(get(allowed, "namespaces"), "from")) ?? "Same"
    };
  });
}
function ranksOf(routes2) {
  const times = routes2.map(creationTime);
  const agesKnown = routes2.length > 0 && times.every((time) => time !== void 0);
  const distinctTimes = [...new Set(times.map((time) => time?.ms ?? 0))].sort((a, b) => a - b);
  const keys = [...new Set(routes2.map((route) => `${route.namespace}/${route.name ?? ""}`))].sort();
  const keyRank = new Map(keys.map((key2, index) => [key2, index]));
  return {
    agesKnown,
    ageRank: (object) => agesKnown ? distinctTimes.indexOf(creationTime(object).ms) : 0,
    nameRank: (key2) => keyRank.get(key2) ?? 0
  };
}
function hostsThrough(listener, routeHosts, fallback) {
  const hosts = /* @__PURE__ */ new Map();
  if (routeHosts.length === 0) {
    if (listener?.hostname) hosts.set(listener.hostname.value, listener.hostname.node);
    else hosts.set("", listener?.node ?? fallback);
    return hosts;
  }
  for (const host of routeHosts) {
    const value = listener?.hostname ? intersectHostnames(listener.hostname.value, host.value) : host.value;
    if (value !== void 0 && !hosts.has(value)) hosts.set(value, host.node);
  }
  return hosts.size > 0 ? hosts : void 0;
}
function attachmentsOf(route, gateways, cluster, context) {
  const parentRefs = get(route.spec, "parentRefs");
  if (!isSeq(parentRefs)) return [];
  const hostnames = get(route.spec, "hostnames");
  const routeHosts = isSeq(hostnames) ? hostnames.items.flatMap((node) => isScalar(node) && typeof node.value === "string" ? [{ value: node.value.toLowerCase(), node }] : []) : [];
  const byInstance = /* @__PURE__ */ new Map();
  const attach = (id, label, gatewayKey, listener, hosts, node) => {
    let attachment = byInstance.get(id);
    if (!attachment) {
      attachment = { instance: instanceFor(context, id, gatewayApiDialect, label, node), hosts: /* @__PURE__ */ new Map(), gatewayKey, listeners: /* @__PURE__ */ new Set() };
      byInstance.set(id, attachment);
    }
    for (const [host, hostNode] of hosts) if (!attachment.hosts.has(host)) attachment.hosts.set(host, hostNode);
    if (listener) attachment.listeners.add(listener);
  };
  for (const ref of parentRefs.items) {
    const name = stringValue(get(ref, "name"));
    if (!name) continue;
    const kind = stringValue(get(ref, "kind")) ?? "Gateway";
    const group = stringValue(get(ref, "group")) ?? GATEWAY_GROUP;
    const namespace = stringValue(get(ref, "namespace")) || route.namespace;
    const sectionName = stringValue(get(ref, "sectionName"));
    const port = numberValue(get(ref, "port"));
    const parentKey = `${namespace}/${name}`;
    const isGateway = kind === "Gateway" && group === GATEWAY_GROUP;
    const gateway2 = isGateway ? gateways.get(parentKey) : void 0;
    if (!gateway2) {
      const hosts = hostsThrough(void 0, routeHosts, ref);
      const section = sectionName ? ` listener '${sectionName}'` : "";
      const onPort = port !== void 0 ? ` port ${port}` : "";
      attach(
        `${cluster.id}|parent|${kind}|${parentKey}|${sectionName ?? ""}|${port ?? ""}`,
        `${kind} ${parentKey}${section}${onPort} (not in the linted files)`,
        isGateway ? parentKey : void 0,
        sectionName,
        hosts,
        ref
      );
      continue;
    }
    for (const listener of gateway2.listeners) {
      if (sectionName !== void 0 && listener.name !== sectionName) continue;
      if (port !== void 0 && listener.port !== port) continue;
      if (!listener.acceptsHttpRoutes) continue;
      if (listener.from === "Same" && route.namespace !== gateway2.object.namespace) continue;
      const hosts = hostsThrough(listener, routeHosts, ref);
      if (!hosts) continue;
      const listenerPort = listener.port ?? 0;
      attach(`${cluster.id}|gateway|${gateway2.key}|${listenerPort}`, `Gateway ${gateway2.key} port ${listenerPort}`, gateway2.key, listener.name, hosts, gateway2.object.node);
    }
  }
  return [...byInstance.values()];
}
function hostPatterns(hosts) {
  if (hosts.size === 1 && hosts.has("")) return void 0;
  return [...hosts].map(([value, node]) => ({ value, node, wildcard: value.startsWith("*.") }));
}
function readPolicies(objects, context) {
  const security = new PolicyIndex();
  const traffic = new PolicyIndex();
  for (const object of objects) {
    if (!isEnvoyGatewayPolicy(object)) continue;
    if (object.kind === "SecurityPolicy") {
      const policy = readSecurityPolicy(object, context);
      for (const target of targetsOf(object)) security.add({ target, policy });
    } else {
      const policy = readTrafficPolicy(object, context);
      if (object.kind === "BackendTrafficPolicy") for (const target of targetsOf(object)) traffic.add({ target, policy });
    }
  }
  return { security, traffic };
}
function buildRoute(entry, reading, attachment, policies, upstreams2, connect, context) {
  const listeners = [...attachment.listeners];
  const gatewayLevel = (index) => attachment.gatewayKey ? index.forGateway(attachment.gatewayKey, listeners) : void 0;
  const routeSecurity = policies.security.forRoute(reading.key);
  const security = routeSecurity ?? gatewayLevel(policies.security);
  const routeTraffic = policies.traffic.forRoute(reading.key);
  const traffic = routeTraffic ?? gatewayLevel(policies.traffic);
  const rule = entry.rule;
  const cors = rule.cors ? { kind: "corsPolicy", value: rule.cors.name, node: rule.corsNode ?? rule.cors.node, fromDefault: false, target: rule.cors } : security?.cors && { kind: "corsPolicy", value: security.cors.name, node: security.cors.node, fromDefault: false, target: security.cors };
  const auth = security?.auth && {
    kind: "authPolicy",
    value: security.auth.name,
    node: security.auth.node,
    fromDefault: false,
    target: security.auth
  };
  const timeoutMs = rule.requestTimeout ? { ...rule.requestTimeout, fromDefault: false } : traffic?.requestTimeout && { ...traffic.requestTimeout, fromDefault: !routeTraffic };
  const backend = rule.backend;
  const strip = rule.stripsPrefix && entry.kind === "prefix" && entry.path.matcher && entry.path.value !== "/" ? rule.stripsPrefix : void 0;
  return {
    name: entry.name,
    nameNode: reading.object.nameNode,
    node: entry.node,
    gateway: attachment.instance,
    order: context.nextOrder++,
    hosts: hostPatterns(attachment.hosts),
    methods: connect ? [{ value: "CONNECT", node: connect }] : entry.method ? [entry.method] : void 0,
    paths: [entry.path],
    headers: entry.headers,
    queryParams: entry.queryParams,
    priority: 0,
    upstream: backend && upstreams2.referenceTo(backend),
    timeoutMs,
    auth,
    cors,
    // `ReplacePrefixMatch: /` removes the matched prefix, trailing slash ignored like the match.
    stripPrefix: strip && { value: entry.path.value.replace(/\/$/, ""), node: strip }
  };
}
function buildCluster(cluster, context) {
  const objects = deduplicate(cluster.objects, context);
  const gateways = /* @__PURE__ */ new Map();
  for (const object of objects) {
    if (!isGatewayApi(object) || object.kind !== "Gateway" || object.name === void 0) continue;
    const key2 = `${object.namespace}/${object.name}`;
    gateways.set(key2, { key: key2, object, listeners: readListeners(object) });
  }
  const policies = readPolicies(objects, context);
  const upstreams2 = new UpstreamTable(context);
  const httpRoutes = objects.filter((object) => isGatewayApi(object) && object.kind === "HTTPRoute" && object.name !== void 0);
  const ranks2 = ranksOf(httpRoutes);
  for (const object of httpRoutes) {
    const key2 = `${object.namespace}/${object.name}`;
    const connect = policies.traffic.forRoute(key2)?.connect;
    const reading = readHttpRoute(object, ranks2, connect !== void 0, context);
    for (const attachment of attachmentsOf(object, gateways, cluster, context)) {
      for (const entry of reading.matches) context.routes.push(buildRoute(entry, reading, attachment, policies, upstreams2, connect, context));
    }
  }
  buildIngresses(
    objects.filter((object) => object.group === "networking.k8s.io" && object.kind === "Ingress"),
    cluster.id,
    upstreams2,
    context
  );
}
function buildClusters(documents, context) {
  for (const cluster of clustersOf(documents)) buildCluster(cluster, context);
}

// src/adapters/gateway-api/objects.ts
var DEFAULT_NAMESPACE = "default";
var MAX_LIST_DEPTH = 4;
function toObject(node, document) {
  if (!isMap(node) || !isKubernetesObject(node)) return void 0;
  const apiVersion = stringValue(get(node, "apiVersion"));
  const metadata = get(node, "metadata");
  const nameNode = get(metadata, "name");
  const slash = apiVersion.lastIndexOf("/");
  return {
    apiVersion,
    group: slash === -1 ? "" : apiVersion.slice(0, slash),
    kind: stringValue(get(node, "kind")),
    name: stringValue(nameNode),
    namespace: stringValue(get(metadata, "namespace")) || DEFAULT_NAMESPACE,
    nameNode: nameNode ?? node,
    node,
    spec: get(node, "spec"),
    document
  };
}
function collect(node, document, into, depth = 0) {
  const object = toObject(node, document);
  if (!object) return;
  const items2 = get(node, "items");
  if (object.kind.endsWith("List") && isSeq(items2)) {
    if (depth < MAX_LIST_DEPTH) for (const item of items2.items) collect(item, document, into, depth + 1);
    return;
  }
  into.push(object);
}
var GATEWAY_GROUPS = /* @__PURE__ */ new Set(["gateway.networking.k8s.io", "gateway.envoyproxy.io"]);
function isGatewayObject(object) {
  return GATEWAY_GROUPS.has(object.group) || object.group === "networking.k8s.io" && (object.kind === "Ingress" || object.kind === "IngressClass");
}
function readKubeDocument(document) {
  const root = document.root;
  const objects = [];
  let style = "manifest";
  if (isSeq(root)) {
    for (const item of root.items) collect(item, document, objects);
  } else if (isKubernetesObject(root)) {
    collect(root, document, objects);
  } else if (isMap(root)) {
    style = "harness";
    for (const pair of root.pairs) if (isSeq(pair.value)) for (const item of pair.value.items) collect(item, document, objects);
  }
  return objects.some(isGatewayObject) ? { document, style, objects } : void 0;
}

// src/adapters/gateway-api/index.ts
var gatewayApiAdapter = {
  dialect: "gateway-api",
  kinds: ["kubernetes"],
  // Any Kubernetes document is understood: a Deployment simply holds nothing to check.
  read: (document) => readKubeDocument(document),
  build: (documents) => buildGatewayApiModel(documents)
};
function buildGatewayApiModel(documents) {
  const context = newContext();
  buildClusters(documents, context);
  return {
    gateways: context.gateways,
    routes: context.routes,
    upstreams: context.upstreams,
    corsPolicies: context.corsPolicies,
    rateLimits: [],
    authPolicies: context.authPolicies,
    duplicates: context.duplicates,
    unresolved: [],
    invalidPaths: context.invalidPaths,
    dialectFindings: context.dialectFindings
  };
}

// src/adapters/kong/dialect.ts
var ranks = /* @__PURE__ */ new WeakMap();
function rememberRank(path11, rank2) {
  ranks.set(path11, rank2);
}
function rankOf(path11) {
  return ranks.get(path11);
}
var PRECEDENCE_LENGTH = 6;
function precedenceOf(rank2) {
  const weight = rank2.fields.length;
  const priority = rank2.regex ? rank2.regexPriority : 0;
  if (rank2.router === "traditional_compatible") {
    return [-weight, rank2.plainHostsOnly ? -1 : 0, -rank2.headerCount, rank2.regex ? -1 : 0, -priority, -rank2.length];
  }
  const subWeight = (rank2.wildcardHostPort ? 4 : 0) + (rank2.plainHostsOnly ? 2 : 0) + (rank2.regex ? 1 : 0);
  return [-weight, -rank2.category, -subWeight, -rank2.headerCount, -priority, -rank2.length];
}
function listFields(fields) {
  if (fields.length <= 1) return fields.join("");
  return `${fields.slice(0, -1).join(", ")} and ${fields[fields.length - 1]}`;
}
var CATEGORY_NAMES = [
  [64, "hosts"],
  [32, "headers"],
  [16, "paths"],
  [8, "methods"],
  [4, "snis"],
  [2, "sources"],
  [1, "destinations"]
];
function leadingCategory(a, b) {
  for (const [bit, name] of CATEGORY_NAMES) if ((a & bit) !== (b & bit)) return name;
  return "match fields";
}
function explain3(first, second) {
  const [a, b] = [first, second];
  if (a.fields.length !== b.fields.length) {
    return `it sets more match fields (${listFields(a.fields)}: ${a.fields.length} > ${b.fields.length}), and Kong tries routes with more match fields first, whatever their paths`;
  }
  if (a.router === "traditional" && a.category !== b.category) {
    return `it matches on ${leadingCategory(a.category, b.category)}, a category Kong 2.x tries before the other route's at the same number of match fields`;
  }
  if (a.router === "traditional" && a.wildcardHostPort !== b.wildcardHostPort) {
    return "it has a wildcard host with a port, which Kong 2.x tries first";
  }
  if (a.plainHostsOnly !== b.plainHostsOnly) {
    return "it names only plain hosts, and Kong tries such routes before routes with wildcard hosts or none at the same number of match fields";
  }
  if (a.router === "traditional" && a.regex !== b.regex) {
    return "it is a regex path, and Kong tries regex paths before plain ones";
  }
  if (a.headerCount !== b.headerCount) return `it matches more headers (${a.headerCount} > ${b.headerCount})`;
  if (a.regex !== b.regex) return "it is a regex path, and Kong tries regex paths before plain ones";
  if (a.regex && a.regexPriority !== b.regexPriority) return `it has a higher regex_priority (${a.regexPriority} > ${b.regexPriority})`;
  if (a.length !== b.length) return `it is a longer plain path (${a.length} > ${b.length} characters), and Kong tries longer prefixes first`;
  return `Kong ranks both the same and ${tieBreaker(a.router)}`;
}
function tieBreaker(router) {
  return router === "traditional_compatible" ? "then orders them by route id, which decK generates unless the file sets 'id'" : "then takes the route created first, which a decK file does not fix";
}
function makeDialect(router, displayName) {
  return {
    id: "kong",
    displayName,
    hostPrecedence: "route-order",
    // Every element of a Kong key is rank: equal keys are a real tie, broken by route id or creation time.
    tieBreakFrom: PRECEDENCE_LENGTH,
    explainPrecedence(first, second) {
      const a = rankOf(first.path);
      const b = rankOf(second.path);
      return a && b ? explain3(a, b) : "Kong ranks it higher";
    },
    describeTie(_first, _second, witness) {
      return router === "traditional_compatible" ? `Kong ranks both the same, so which one gets such requests (e.g. ${witness}) depends on their route ids (traditional_compatible router, the 3.x default) or creation times (traditional router), which decK generates unless the file sets 'id': the order in this file decides nothing` : `Kong 2.x ranks both the same, so such requests (e.g. ${witness}) go to whichever route was created first, which a decK file does not fix`;
    }
  };
}
var kongDialect = makeDialect("traditional_compatible", "Kong");
var kong2Dialect = makeDialect("traditional", "Kong 2.x");

// src/adapters/kong/paths.ts
var LEGACY_PLAIN = /^[a-zA-Z0-9.\-_~/%]*$/;
function byteLength(text) {
  return new TextEncoder().encode(text).length;
}
function readKongPath(raw, legacy) {
  if (raw.startsWith("~")) return readRegex(raw.slice(1), legacy);
  if (legacy && !LEGACY_PLAIN.test(raw)) return readRegex(raw, legacy);
  if (!raw.startsWith("/")) {
    return { kind: "invalid", regex: false, reason: legacy ? "it must start with '/'" : "it must start with '/' (a plain path) or '~/' (a regex path)" };
  }
  if (!legacy) {
    const unnormalised = /\/\/|\/\.\.?(?:\/|$)/.exec(raw);
    if (unnormalised) {
      return {
        kind: "invalid",
        regex: false,
        reason: `Kong 3 rejects paths that are not normalised, and this one contains '${unnormalised[0]}'`
      };
    }
  }
  const matcher = { kind: "prefix", value: raw };
  if (!legacy && looksLikeRegex(raw)) {
    return {
      kind: "plain",
      matcher,
      length: byteLength(raw),
      warning: `it looks like a regex, but Kong 3 matches a path without the '~' prefix as plain text, so the requests it was meant for never match it; write '~${raw}' to make it a regex`
    };
  }
  return { kind: "plain", matcher, length: byteLength(raw) };
}
function readRegex(source, legacy) {
  if (!source.startsWith("/")) {
    return { kind: "invalid", regex: true, reason: legacy ? "it must start with '/'" : "a regex path must start with '~/'" };
  }
  const parsed = parseRegex(source, "pcre");
  if (parsed.ok) return { kind: "regex", matcher: { kind: "regex", source, regex: parsed.regex, mode: "prefix" } };
  if (parsed.kind === "syntax") return { kind: "invalid", regex: true, reason: `it is not a valid regex: ${parsed.reason}` };
  return { kind: "regex", matcher: void 0 };
}

// src/adapters/kong/plugins.ts
var AUTH_TYPES = {
  "key-auth": "apiKey",
  "key-auth-enc": "apiKey",
  jwt: "jwt",
  "basic-auth": "basic",
  "ldap-auth": "basic",
  "ldap-auth-advanced": "basic",
  oauth2: "oauth2",
  "oauth2-introspection": "oauth2",
  "openid-connect": "oauth2",
  "hmac-auth": "hmac",
  "mtls-auth": "mtls"
};
function isAuthPlugin(name) {
  return Object.hasOwn(AUTH_TYPES, name);
}
var RATE_LIMIT_PLUGINS = ["rate-limiting", "rate-limiting-advanced"];
var CORS_DEFAULT_METHODS = ["GET", "HEAD", "PUT", "PATCH", "POST", "DELETE", "OPTIONS", "TRACE", "CONNECT"];
function kongOrigins(origins, anchor) {
  if (origins.length === 0) return [{ value: "*", node: anchor }];
  if (origins.length === 1) return origins.map((origin) => matchesEveryOrigin(origin.value) ? { ...origin, value: "*" } : origin);
  return origins.flatMap((origin) => origin.value === "*" ? [] : matchesEveryOrigin(origin.value) ? [{ ...origin, value: "*" }] : [origin]);
}
function matchesEveryOrigin(entry) {
  if (entry === "*" || !/[\\^$.|?*+()[\]{}]/.test(entry)) return entry === "*";
  const parsed = parseRegex(entry, "pcre");
  return parsed.ok && ["https://evil.example", "null", "http://a.b:8080"].every((origin) => parsed.regex.matches(origin, "full"));
}
function anyOriginReason(origins) {
  if (origins.length === 0) return { anyOriginReason: "no origins are listed, and Kong's cors plugin then allows every origin" };
  const regex = origins.find((origin) => origin.value !== "*" && matchesEveryOrigin(origin.value));
  return regex ? { anyOriginReason: `the origin regex '${regex.value}' matches every origin` } : {};
}
function corsPolicy(plugin) {
  const config2 = plugin.config;
  const anchor = config2 ?? plugin.node;
  const originsNode = get(config2, "origins");
  const origins = stringList(originsNode);
  const methodsNode = get(config2, "methods");
  const methods = stringList(methodsNode);
  const headersNode = get(config2, "headers");
  const headers = stringList(headersNode);
  return {
    name: plugin.label,
    nameNode: plugin.nameNode,
    node: plugin.node,
    allowOrigins: kongOrigins(origins, isSeq(originsNode) ? originsNode : anchor),
    allowOriginsNode: originsNode,
    allowMethods: methods.length > 0 ? methods.map(({ value, node }) => ({ value: value.toUpperCase(), node })) : CORS_DEFAULT_METHODS.map((value) => ({ value, node: anchor })),
    allowHeaders: headers.length > 0 ? headers : [{ value: "*", node: isSeq(headersNode) ? headersNode : anchor }],
    allowCredentials: located(get(config2, "credentials"), booleanValue),
    ...anyOriginReason(origins)
  };
}
function limitKey(plugin) {
  const field = plugin.name === "rate-limiting" ? "limit_by" : "identifier";
  const written = get(plugin.config, field);
  const value = stringValue(written) ?? "consumer";
  const node = stringValue(written) !== void 0 ? written : plugin.config ?? plugin.node;
  switch (value) {
    case "consumer":
      return { value: "consumerId", node };
    case "header": {
      const header = stringValue(get(plugin.config, "header_name"));
      return { value: header ? `header:${header.toLowerCase()}` : "header", node };
    }
    default:
      return { value, node };
  }
}
function rateLimitPolicy(plugin) {
  let requestsPerSecond;
  if (plugin.name === "rate-limiting") {
    requestsPerSecond = located(get(plugin.config, "second"), numberValue);
  } else {
    const limits = get(plugin.config, "limit");
    const windows = get(plugin.config, "window_size");
    if (isSeq(limits) && isSeq(windows)) {
      const index = windows.items.findIndex((item) => numberValue(item) === 1);
      if (index >= 0) requestsPerSecond = located(limits.items[index], numberValue);
    }
  }
  return { name: plugin.label, nameNode: plugin.nameNode, node: plugin.node, requestsPerSecond, key: limitKey(plugin) };
}
function authPolicy(plugin) {
  const type = AUTH_TYPES[plugin.name];
  const policy = { name: plugin.label, nameNode: plugin.nameNode, node: plugin.node, type: { value: type, node: plugin.nameNode } };
  if (type !== "apiKey") return policy;
  const written = get(plugin.config, "key_in_query");
  const inQuery = located(written, booleanValue);
  if (written && !inQuery) return policy;
  return { ...policy, apiKeyInQuery: inQuery ? { ...inQuery, fromDefault: false } : { value: true, node: plugin.node, fromDefault: true } };
}
function keyAuthFindings(plugin) {
  const written = get(plugin.config, "key_in_query");
  if (AUTH_TYPES[plugin.name] !== "apiKey" || !written || booleanValue(written) !== void 0) return [];
  return [
    {
      ruleId: "schema",
      node: written,
      message: `key_in_query of ${plugin.label} must be true or false, not ${JSON.stringify(isScalar(written) ? written.value : "a collection")}: Kong rejects the plugin, so the configuration does not load. Write it without quotes.`
    }
  ];
}
var PERIODS = ["second", "minute", "hour", "day", "month", "year"];
function formatLimit(value) {
  return Number.isInteger(value) ? `${value}.0` : String(value);
}
function rateLimitWindowFindings(plugin) {
  if (plugin.name !== "rate-limiting" || !isMap(plugin.config)) return [];
  const limits = PERIODS.map((period) => ({ period, limit: located(get(plugin.config, period), numberValue) }));
  const findings = [];
  limits.forEach((longer, j) => {
    if (!longer.limit) return;
    let shorter;
    for (const candidate of limits.slice(0, j)) {
      if (candidate.limit && candidate.limit.value > longer.limit.value && (!shorter || candidate.limit.value > shorter.limit.value)) shorter = candidate;
    }
    if (!shorter) return;
    const [long, short] = [longer.limit.value, shorter.limit.value];
    findings.push({
      ruleId: "rate-limit-window-order",
      node: longer.limit.node,
      message: `Plugin '${plugin.label}' allows ${long} requests per ${longer.period} but ${short} per ${shorter.period}: Kong rejects a longer window with a smaller limit ("The limit for ${longer.period}(${formatLimit(long)}) cannot be lower than the limit for ${shorter.period}(${formatLimit(short)})"), so the configuration does not load and the limit is never applied. Give the ${longer.period} at least ${short} requests, or lower the ${shorter.period} limit.`,
      related: [{ node: shorter.limit.node, message: `${shorter.period} limit` }]
    });
  });
  return findings;
}

// src/adapters/kong/build.ts
var DEFAULT_TIMEOUT_MS = 6e4;
var STREAM_PROTOCOLS = /* @__PURE__ */ new Set(["tcp", "tls", "udp", "tls_passthrough"]);
function referenceAt(node) {
  const direct = stringValue(node);
  if (direct !== void 0) return { value: direct, node };
  for (const key2 of ["name", "id", "username"]) {
    const inner = get(node, key2);
    const value = stringValue(inner);
    if (value !== void 0) return { value, node: inner };
  }
  return void 0;
}
function items(node) {
  return isSeq(node) ? node.items.filter(isMap) : [];
}
function eachMap(node, visit) {
  if (isSeq(node)) node.items.forEach((item, index) => isMap(item) && visit(item, index));
}
function nonEmptySeq(node) {
  return isSeq(node) && node.items.length > 0;
}
function condition(name, node, value) {
  return value === void 0 ? { name, match: "present", node } : { name, match: "regex", value, node };
}
function escapeRegex(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
var DocumentReader = class {
  constructor(source, part, servicesOfRun = /* @__PURE__ */ new Set()) {
    this.source = source;
    this.part = part;
    this.servicesOfRun = servicesOfRun;
    const version = get(source.root, "_format_version");
    const text = isScalar(version) && (typeof version.value === "string" || typeof version.value === "number") ? String(version.value) : void 0;
    this.legacy = text !== void 0 && /^1(?:\.|$)/.test(text.trim());
    this.router = this.legacy ? "traditional" : "traditional_compatible";
    this.dialect = this.legacy ? kong2Dialect : kongDialect;
    const { file, index } = source.document;
    this.gateway = {
      id: `kong:${file.path}#${index}`,
      dialect: this.dialect,
      settings: { trailingSlash: { value: "strict" }, defaults: {} },
      label: index === 0 ? `decK file ${file.displayPath}` : `decK file ${file.displayPath} (document ${index + 1})`
    };
    const scope = "names are unique within a decK file";
    this.serviceTable = new NamedTable("upstream", part.duplicates, { noun: "service", scope });
    this.routeTable = new NamedTable("route", part.duplicates, { scope });
  }
  source;
  part;
  servicesOfRun;
  legacy;
  router;
  dialect;
  gateway;
  services = [];
  routeEntries = [];
  /** Plugins that are policies, by what they apply to: a route, a service, or everything (`global`). */
  pluginsByScope = /* @__PURE__ */ new Map();
  serviceTable;
  routeTable;
  read() {
    const root = this.source.root;
    this.part.gateways.push(this.gateway);
    eachMap(get(root, "services"), (node, i) => this.readService(node, i));
    eachMap(get(root, "routes"), (node, i) => this.addRoute(node, i, void 0));
    this.readPlugins();
    const routes2 = [...this.routeEntries].sort((a, b) => a.node.start - b.node.start);
    routes2.forEach((entry, order) => this.buildRoute(entry, order));
  }
  // ---- services and routes -------------------------------------------------------------------
  readService(node, index) {
    const nameNode = get(node, "name");
    const written = stringValue(nameNode);
    const id = stringValue(get(node, "id"));
    const name = written ?? id ?? `service #${index + 1}`;
    const entry = {
      node,
      name,
      nameNode: written !== void 0 ? nameNode : node,
      named: written !== void 0,
      id,
      upstream: this.upstreamOf(node, name, written !== void 0 ? nameNode : node)
    };
    this.services.push(entry);
    this.part.upstreams.push(entry.upstream);
    if (entry.named) this.serviceTable.add(entry);
    eachMap(get(node, "routes"), (route, i) => this.addRoute(route, i, entry));
  }
  upstreamOf(node, name, nameNode) {
    const urlNode = get(node, "url");
    let url = located(urlNode, stringValue);
    const hostNode = get(node, "host");
    const host = stringValue(hostNode);
    const path11 = stringValue(get(node, "path"));
    if (!url && host !== void 0) {
      const protocol = stringValue(get(node, "protocol")) ?? "http";
      const port = numberValue(get(node, "port"));
      url = { value: `${protocol}://${host}${port !== void 0 ? `:${port}` : ""}${path11 ?? ""}`, node: hostNode };
    }
    const timeout = (key2) => located(get(node, key2), numberValue) ?? { value: DEFAULT_TIMEOUT_MS, node };
    return {
      name,
      nameNode,
      node,
      url,
      basePath: url && stringValue(urlNode) !== void 0 ? urlPath(url.value) : path11 ?? "",
      timeoutMs: timeout("read_timeout"),
      connectTimeoutMs: timeout("connect_timeout")
    };
  }
  addRoute(node, index, parent) {
    const nameNode = get(node, "name");
    const written = stringValue(nameNode);
    const id = stringValue(get(node, "id"));
    const fallback = parent ? `${parent.name} route #${index + 1}` : `route #${index + 1}`;
    const entry = {
      node,
      name: written ?? id ?? fallback,
      nameNode: written !== void 0 ? nameNode : node,
      named: written !== void 0,
      id,
      parent,
      serviceRef: parent ? void 0 : referenceAt(get(node, "service"))
    };
    this.routeEntries.push(entry);
    if (entry.named) this.routeTable.add(entry);
  }
  findService(ref) {
    return this.serviceTable.byName.get(ref.value) ?? this.services.find((service) => service.id === ref.value);
  }
  findRoute(ref) {
    return this.routeTable.byName.get(ref.value) ?? this.routeEntries.find((route) => route.id === ref.value);
  }
  serviceOf(route) {
    return route.parent ?? (route.serviceRef ? this.findService(route.serviceRef) : void 0);
  }
  // ---- plugins -------------------------------------------------------------------------------
  readPlugins() {
    const root = this.source.root;
    for (const node of items(get(root, "plugins"))) this.addPlugin(node, {});
    for (const service of this.services) {
      for (const node of items(get(service.node, "plugins"))) this.addPlugin(node, { service });
    }
    for (const route of this.routeEntries) {
      for (const node of items(get(route.node, "plugins"))) this.addPlugin(node, { route });
    }
    for (const [section, key2] of [["consumers", "username"], ["consumer_groups", "name"]]) {
      for (const owner of items(get(root, section))) {
        const who = stringValue(get(owner, key2)) ?? stringValue(get(owner, "id")) ?? "?";
        const label = section === "consumers" ? `consumer ${who}` : `consumer group ${who}`;
        for (const node of items(get(owner, "plugins"))) this.addPlugin(node, { caller: label });
      }
    }
  }
  addPlugin(node, enclosing) {
    const nameNode = get(node, "name");
    const name = stringValue(nameNode);
    if (name === void 0 || booleanValue(get(node, "enabled")) === false) return;
    const consumer = referenceAt(get(node, "consumer")) ?? referenceAt(get(node, "consumer_group"));
    const routeRef = enclosing.route ? void 0 : referenceAt(get(node, "route"));
    const serviceRef = enclosing.route || enclosing.service ? void 0 : referenceAt(get(node, "service"));
    let route = enclosing.route;
    let service = enclosing.service;
    let level;
    let where;
    if (route || routeRef) {
      route ??= this.findRoute(routeRef);
      service = void 0;
      level = route ? "route" : "other";
      where = `on route ${route?.name ?? routeRef.value}`;
    } else if (service || serviceRef) {
      service ??= this.findService(serviceRef);
      level = service ? "service" : "other";
      where = `on service ${service?.name ?? serviceRef.value}`;
    } else {
      level = "global";
      where = "";
    }
    const caller = enclosing.caller ?? (consumer && `${get(node, "consumer") === void 0 ? "consumer group" : "consumer"} ${consumer.value}`);
    if (caller) {
      level = "other";
      where = `${where} for ${caller}`.trim();
    }
    const instance = stringValue(get(node, "instance_name"));
    const label = instance ?? (level === "global" ? `global ${name}` : `${name} ${where}`);
    const plugin = { node, name, nameNode, config: get(node, "config"), level, label };
    const scoped = { plugin, route: level === "route" ? route : void 0, service: level === "service" ? service : void 0 };
    if (name === "cors") {
      const policy = corsPolicy(plugin);
      this.part.corsPolicies.push(policy);
      scoped.policy = policy;
    } else if (RATE_LIMIT_PLUGINS.includes(name)) {
      const policy = rateLimitPolicy(plugin);
      this.part.rateLimits.push(policy);
      this.part.dialectFindings.push(...rateLimitWindowFindings(plugin));
      scoped.policy = policy;
    } else if (isAuthPlugin(name)) {
      const policy = authPolicy(plugin);
      this.part.authPolicies.push(policy);
      this.part.dialectFindings.push(...keyAuthFindings(plugin));
      scoped.policy = policy;
    }
    const scope = level === "global" ? "global" : scoped.route ?? scoped.service;
    if (scoped.policy && scope) {
      const list = this.pluginsByScope.get(scope) ?? [];
      list.push(scoped);
      this.pluginsByScope.set(scope, list);
    }
  }
  /** The plugin of a kind that applies to a route: route level over service level over global. */
  effectivePlugin(route, service, matches) {
    for (const scope of [route, service, "global"]) {
      const found = scope && this.pluginsByScope.get(scope)?.find((scoped) => matches(scoped.plugin.name));
      if (found) return found;
    }
    return void 0;
  }
  policyReference(kind, scoped) {
    if (!scoped) return void 0;
    const { plugin } = scoped;
    return { kind, value: plugin.label, node: plugin.nameNode, fromDefault: plugin.level !== "route", target: scoped.policy };
  }
  // ---- routes ----------------------------------------------------------------------------------
  buildRoute(entry, order) {
    const node = entry.node;
    const service = this.serviceOf(entry);
    if (entry.serviceRef && !service && this.services.length > 0 && !this.servicesOfRun.has(entry.serviceRef.value)) {
      this.part.unresolved.push({
        kind: "upstream",
        name: entry.serviceRef.value,
        node: entry.serviceRef.node,
        candidates: suggestNames(entry.serviceRef.value, this.serviceTable.byName.keys()),
        from: `route '${entry.name}'`,
        noun: "service"
      });
    }
    const match2 = this.readMatch(node);
    const protocols = stringList(get(node, "protocols")).map((protocol) => protocol.value);
    const stream = protocols.length > 0 && protocols.every((protocol) => STREAM_PROTOCOLS.has(protocol));
    const expression = get(node, "expression") !== void 0;
    const disabled = service !== void 0 && booleanValue(get(service.node, "enabled")) === false;
    const paths = stream || expression || disabled ? [] : this.readPaths(entry, match2.rank);
    const has = (name) => (candidate) => candidate === name;
    const route = {
      name: entry.name,
      nameNode: entry.nameNode,
      node,
      gateway: this.gateway,
      order,
      hosts: match2.hosts,
      methods: match2.methods,
      paths,
      headers: match2.conditions,
      queryParams: [],
      priority: 0,
      upstream: service ? { kind: "upstream", value: service.name, node: entry.serviceRef?.node ?? service.nameNode, fromDefault: false, target: service.upstream } : void 0,
      retries: service ? retriesOf(service) : void 0,
      auth: this.policyReference("authPolicy", this.effectivePlugin(entry, service, isAuthPlugin)),
      cors: this.policyReference("corsPolicy", this.effectivePlugin(entry, service, has("cors"))),
      rateLimit: this.policyReference(
        "rateLimit",
        this.effectivePlugin(entry, service, has("rate-limiting")) ?? this.effectivePlugin(entry, service, has("rate-limiting-advanced"))
      )
    };
    this.part.routes.push(route);
  }
  /** Hosts, methods and the other match fields, and the part of the rank that is the same for every path. */
  readMatch(node) {
    const conditions2 = [];
    const hostsNode = get(node, "hosts");
    const hostStrings = stringList(hostsNode).map((host) => host.value);
    const hosts = this.readHosts(hostsNode, conditions2);
    const methods = stringList(get(node, "methods")).map(({ value, node: n }) => ({ value: value.toUpperCase(), node: n }));
    const headerCount = this.readHeaders(get(node, "headers"), conditions2);
    const snisNode = get(node, "snis");
    const snis = stringList(snisNode);
    if (snis.length > 0) conditions2.push(condition("(TLS SNI)", snisNode, snis.map((sni) => `^${escapeRegex(sni.value)}$`).join("|")));
    const sources = nonEmptySeq(get(node, "sources"));
    const destinations = nonEmptySeq(get(node, "destinations"));
    if (sources) conditions2.push(condition("(sources)", get(node, "sources")));
    if (destinations) conditions2.push(condition("(destinations)", get(node, "destinations")));
    const set2 = [
      ["hosts", hostStrings.length > 0],
      ["methods", methods.length > 0],
      ["paths", stringList(get(node, "paths")).length > 0],
      ["headers", headerCount > 0],
      ["snis", snis.length > 0]
    ];
    if (this.router === "traditional") set2.push(["sources", sources], ["destinations", destinations]);
    const fields = set2.filter(([, isSet]) => isSet).map(([field]) => field);
    const rank2 = {
      router: this.router,
      fields,
      category: categoryBits(fields),
      // Kong: `hosts` set (even to an empty list) and no `*` in any of them.
      plainHostsOnly: (isSeq(hostsNode) || hostStrings.length > 0) && hostStrings.every((host) => !host.includes("*")),
      wildcardHostPort: hostStrings.some((host) => host.includes("*") && /:\d+$/.test(host)),
      headerCount
    };
    return { hosts, methods: methods.length > 0 ? methods : void 0, conditions: conditions2, rank: rank2 };
  }
  /** The route's paths with their matchers and precedence; invalid ones are reported. */
  readPaths(entry, base) {
    const pathsNode = get(entry.node, "paths");
    if (pathsNode && !isSeq(pathsNode) && !(isScalar(pathsNode) && (typeof pathsNode.value === "string" || pathsNode.value === null))) return [];
    const rawPaths = stringList(pathsNode);
    const regexPriority = numberValue(get(entry.node, "regex_priority")) ?? 0;
    if (rawPaths.length === 0) {
      if (base.fields.length === 0) return [];
      return [this.rankedPath({ value: "/", node: entry.node, matcher: { kind: "prefix", value: "/" } }, { ...base, regex: false, regexPriority: 0, length: 0 })];
    }
    return rawPaths.map(({ value, node }) => {
      const read = readKongPath(value, this.legacy);
      if (read.kind === "invalid") {
        this.part.invalidPaths.push({ node, path: value, route: entry.name, reason: read.reason });
      } else if (read.kind === "plain" && read.warning) {
        this.part.invalidPaths.push({ node, path: value, route: entry.name, reason: read.warning, severity: "warning" });
      }
      const regex = read.kind === "regex" || read.kind === "invalid" && read.regex;
      const rank2 = { ...base, regex, regexPriority, length: read.kind === "plain" ? read.length : 0 };
      return this.rankedPath({ value, node, matcher: read.kind === "invalid" ? void 0 : read.matcher }, rank2);
    });
  }
  rankedPath(path11, rank2) {
    const ranked = { ...path11, precedence: precedenceOf(rank2) };
    rememberRank(ranked, rank2);
    return ranked;
  }
  /**
   * Hosts, lower-cased. `*.example.com` is a wildcard over one or more labels, as in the model.
   * A trailing wildcard (`example.*`) cannot be expressed: the route is then modelled for any host,
   * with a condition on the host, which never makes it shadow anything.
   */
  readHosts(hostsNode, conditions2) {
    const hosts = stringList(hostsNode).map(({ value, node }) => ({ value: value.toLowerCase(), node }));
    if (hosts.length === 0) return void 0;
    const representable = (host) => !host.includes("*") || host.startsWith("*.") && !host.slice(1).includes("*");
    if (hosts.every((host) => representable(host.value))) {
      return hosts.map((host) => ({ ...host, wildcard: host.value.startsWith("*.") }));
    }
    const alternatives = hosts.map((host) => `^${host.value.split("*").map(escapeRegex).join(".+")}$`);
    conditions2.push(condition("host", hostsNode, alternatives.join("|")));
    return void 0;
  }
  /** Header conditions (`name: [values]`, a `~*` value is a regex); returns how many header names. */
  readHeaders(headersNode, conditions2) {
    if (!isMap(headersNode)) return 0;
    let count = 0;
    for (const pair of headersNode.pairs) {
      const values = stringList(pair.value);
      if (values.length === 0) continue;
      count++;
      const name = pair.keyText.toLowerCase();
      if (values.length === 1) {
        const only = values[0].value;
        conditions2.push(
          only.startsWith("~*") ? { name, match: "regex", value: only.slice(2), node: pair.key } : { name, match: "exact", value: only, node: pair.key }
        );
      } else {
        const alternatives = values.map(({ value }) => value.startsWith("~*") ? `(?:${value.slice(2)})` : `^${escapeRegex(value)}$`);
        conditions2.push({ name, match: "regex", value: alternatives.join("|"), node: pair.key });
      }
    }
    return count;
  }
};
var CATEGORY_BITS = {
  hosts: 64,
  headers: 32,
  paths: 16,
  methods: 8,
  snis: 4,
  sources: 2,
  destinations: 1
};
function categoryBits(fields) {
  return fields.reduce((bits, field) => bits | (CATEGORY_BITS[field] ?? 0), 0);
}
function retriesOf(service) {
  const retries = located(get(service.node, "retries"), numberValue);
  if (!retries) return void 0;
  return { node: retries.node, attempts: { value: retries.value + 1, node: retries.node }, perTryTimeoutMs: service.upstream.timeoutMs };
}

// src/adapters/kong/index.ts
var DECK_KEYS = /* @__PURE__ */ new Set([
  "_format_version",
  "_info",
  "_workspace",
  "_konnect",
  "_transform",
  "_plugin_configs",
  "services",
  "routes",
  "upstreams",
  "plugins",
  "consumers",
  "consumer_groups",
  "certificates",
  "ca_certificates",
  "snis",
  "vaults",
  "key_sets",
  "keys",
  "partials",
  "filter_chains",
  "custom_entities",
  "licenses",
  "rbac_roles"
]);
function serviceKeys(root) {
  const services = get(root, "services");
  if (!isSeq(services)) return [];
  return services.items.flatMap((service) => [stringValue(get(service, "name")), stringValue(get(service, "id"))].filter((key2) => key2 !== void 0));
}
var kongAdapter = {
  dialect: "kong",
  kinds: ["kong"],
  read(document) {
    const root = document.root;
    if (!isMap(root) || !root.pairs.some((pair) => DECK_KEYS.has(pair.keyText))) return void 0;
    return { document, root };
  },
  build(documents) {
    const part = emptyPart();
    const servicesOfRun = new Set(documents.flatMap((document) => serviceKeys(document.root)));
    for (const document of documents) new DocumentReader(document, part, servicesOfRun).read();
    return part;
  }
};

// src/model/adapters.ts
var adapters = [nativeAdapter, kongAdapter, gatewayApiAdapter, awsAdapter];
function adapterFor(kind, choice) {
  if (choice !== "auto") return adapters.find((adapter) => adapter.dialect === choice);
  return adapters.find((adapter) => adapter.kinds.includes(kind));
}

// src/validate/schema-ids.ts
var SECTION_NAMES = NATIVE_SECTIONS;
var schemaId = (file) => `https://gwlint.dev/schemas/${file}.schema.json`;
var DOCUMENT_SCHEMA_ID = schemaId("gwlint");
var CONFIG_SCHEMA_ID = schemaId("gwlint-config");
var VALIDATOR_SCHEMA_IDS = {
  gateway: schemaId("gateway"),
  upstreams: schemaId("upstreams"),
  routes: schemaId("routes"),
  corsPolicies: schemaId("cors-policies"),
  rateLimits: schemaId("rate-limits"),
  authPolicies: schemaId("auth-policies"),
  config: CONFIG_SCHEMA_ID
};

// src/validate/validate.ts
var ENTRY_NOUNS = {
  upstreams: "upstream",
  routes: "route",
  corsPolicies: "CORS policy",
  rateLimits: "rate limit",
  authPolicies: "auth policy"
};
var TYPE_NOUNS2 = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "true or false",
  array: "a list",
  object: "a mapping",
  null: "empty"
};
function validateNativeDocument(root) {
  const sections = SECTION_NAMES.join(", ");
  if (!isMap(root)) {
    return [problem(root, `a gwlint document must be a mapping with any of the keys ${sections}, got ${describeNode(root)}`)];
  }
  if (root.pairs.length === 0) return [problem(root, `the document is empty; expected any of the keys ${sections}`)];
  const problems = [];
  for (const pair of root.pairs) {
    const name = pair.keyText;
    if (!isSectionName(name)) {
      const [suggestion] = suggestNames(name, SECTION_NAMES);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `expected one of ${sections}`;
      problems.push(problem(pair.key, `unknown top-level key \`${name}\`; ${hint}`));
      continue;
    }
    const errors = sectionErrors(name, pair.value);
    if (errors.length > 0) problems.push(...explain4(root, name, errors));
  }
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
var ENTRY_SECTIONS = /* @__PURE__ */ new Map([
  ["routes", "seq"],
  ["upstreams", "map"],
  ["corsPolicies", "map"],
  ["rateLimits", "map"],
  ["authPolicies", "map"]
]);
var ENTRIES_PER_VALIDATION = 256;
function sectionErrors(name, value) {
  const validate = validator(name);
  const errors = [];
  const check = (data, firstIndex) => {
    if (validate(data)) return;
    for (const error of validate.errors ?? []) errors.push(firstIndex ? { ...error, instancePath: shiftIndex(error.instancePath, firstIndex) } : error);
  };
  const kind = ENTRY_SECTIONS.get(name);
  if (kind === "seq" && value.kind === "seq" && value.items.length > 0) {
    for (let start = 0; start < value.items.length; start += ENTRIES_PER_VALIDATION) {
      const shared2 = /* @__PURE__ */ new Map();
      check(value.items.slice(start, start + ENTRIES_PER_VALIDATION).map((item) => toValue(item, shared2)), start);
    }
  } else if (kind === "map" && value.kind === "map" && value.pairs.length > 0) {
    for (let start = 0; start < value.pairs.length; start += ENTRIES_PER_VALIDATION) {
      const shared2 = /* @__PURE__ */ new Map();
      const data = /* @__PURE__ */ Object.create(null);
      for (const pair of value.pairs.slice(start, start + ENTRIES_PER_VALIDATION)) data[pair.keyText] = toValue(pair.value, shared2);
      check(data);
    }
  } else {
    check(toValue(value));
  }
  return errors;
}
function shiftIndex(instancePath, firstIndex) {
  if (instancePath === "") return instancePath;
  const end = instancePath.indexOf("/", 1);
  const index = Number(instancePath.slice(1, end === -1 ? void 0 : end));
  return `/${index + firstIndex}${end === -1 ? "" : instancePath.slice(end)}`;
}
function isSectionName(name) {
  return SECTION_NAMES.includes(name);
}
function problem(node, message) {
  return { span: { file: node.file, start: node.start, end: node.end }, message };
}
function explain4(root, section, errors) {
  const context = new Context(root, section, errors);
  const issues = /* @__PURE__ */ new Map();
  const missing = /* @__PURE__ */ new Map();
  for (const error of collapseAlternatives(errors)) {
    const path11 = [section, ...parsePointer2(error.instancePath)];
    if (error.keyword === "required") {
      const node = context.node(path11);
      const entry = missing.get(node) ?? { path: path11, fields: [] };
      entry.fields.push(`\`${String(error.params["missingProperty"])}\``);
      missing.set(node, entry);
      continue;
    }
    const issue = context.issue(error, path11);
    const previous = issue && issues.get(issue.node);
    if (issue && (!previous || issue.order < previous.order)) issues.set(issue.node, issue);
  }
  const problems = [...issues.values()].map((issue) => problem(issue.node, issue.message));
  for (const [node, { path: path11, fields }] of missing) {
    const field = fields.length === 1 ? "field" : "fields";
    problems.push(problem(node, `${context.owner(path11)} is missing the required ${field} ${joinAnd(fields)}`));
  }
  return problems;
}
function collapseAlternatives(errors) {
  const isAlternative = (error) => error.keyword === "anyOf" || error.keyword === "oneOf";
  const outer = errors.find((error) => isAlternative(error) && !errors.some((other) => isAlternative(other) && isWithin(error, other)));
  if (!outer) return [...errors];
  const rest = errors.filter((error) => error !== outer && !isWithin(error, outer));
  const branches = /* @__PURE__ */ new Map();
  for (const error of errors) {
    if (!isWithin(error, outer)) continue;
    const branch = error.schemaPath.slice(outer.schemaPath.length + 1).split("/")[0];
    pushTo(branches, branch, error);
  }
  const all = [...branches.values()];
  let replacement;
  if (hasErrorMessage2(outer) || all.length === 0) {
    replacement = [{ ...outer, keyword: "errorMessage" }];
  } else if (all.every((branch) => branch.every((error) => error.keyword === "required" && error.instancePath === outer.instancePath))) {
    const fields = all.flatMap((branch) => branch.map((error) => `\`${String(error.params["missingProperty"])}\``));
    replacement = [{ ...outer, keyword: "missingOneOf", params: { fields } }];
  } else {
    replacement = bestBranch(all, outer.instancePath);
  }
  return [...collapseAlternatives(rest), ...collapseAlternatives(replacement)];
}
function isWithin(error, alternative) {
  return error !== alternative && error.schemaPath.startsWith(`${alternative.schemaPath}/`) && error.instancePath.startsWith(alternative.instancePath);
}
function bestBranch(branches, at) {
  const score = (branch) => [
    branch.some((error) => error.keyword === "type" && error.instancePath === at) ? 1 : 0,
    -Math.max(...branch.map((error) => error.instancePath.length)),
    branch.length
  ];
  return [...branches].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[0];
}
function hasErrorMessage2(error) {
  return typeof error.parentSchema?.errorMessage === "string";
}
var Context = class {
  constructor(root, section, errors) {
    this.root = root;
    this.section = section;
    this.errors = errors;
  }
  root;
  section;
  errors;
  node(path11) {
    return nodeAtPath(this.root, path11) ?? nodeAtPath(this.root, [this.section]) ?? this.root;
  }
  key(path11) {
    return keyAtPath(this.root, path11) ?? this.node(path11);
  }
  issue(error, path11) {
    const params = error.params;
    if (error.propertyName !== void 0 || error.keyword === "if") return void 0;
    switch (error.keyword) {
      case "additionalProperties": {
        const field = String(params["additionalProperty"]);
        const known = Object.keys(error.parentSchema?.properties ?? {});
        const [suggestion] = suggestNames(field, known);
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
        return { node: this.key([...path11, field]), message: `unknown field \`${field}\` in ${this.owner(path11)}${hint}`, order: 0 };
      }
      case "propertyNames": {
        const name = String(params["propertyName"]);
        const message = name === "" ? `a name in \`${this.section}\` must not be empty` : `\`${name}\` is not a valid name`;
        return { node: this.key([...path11, name]), message, order: 0 };
      }
      case "false schema":
        return { node: this.key(path11), message: this.notAllowed(error, path11), order: 0 };
      case "missingOneOf":
        return { node: this.node(path11), message: `${this.owner(path11)} is missing ${joinOr(params["fields"])}`, order: 0 };
    }
    return this.valueIssue(error, path11);
  }
  valueIssue(error, path11) {
    const node = this.node(path11);
    const got = `got ${describeNode(node)}`;
    const subject = this.subject(path11);
    const custom = error.parentSchema?.errorMessage;
    if (typeof custom === "string") return { node, message: `${subject} ${custom}, ${got}`, order: 0 };
    const params = error.params;
    const limit = params["limit"];
    switch (error.keyword) {
      case "type": {
        const types2 = [].concat(params["type"]).map((type) => TYPE_NOUNS2[String(type)] ?? String(type));
        return { node, message: `${subject} must be ${joinOr(types2)}, ${got}`, order: 2 };
      }
      case "enum": {
        const allowed = params["allowedValues"].map(String);
        const value = node.kind === "scalar" ? node.value : void 0;
        const [suggestion] = typeof value === "string" ? suggestNames(value, allowed) : [];
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : "";
        return { node, message: `${subject} must be one of ${allowed.join(", ")}, ${got}${hint}`, order: 1 };
      }
      case "const":
        return { node, message: `${subject} must be ${String(params["allowedValue"])}, ${got}`, order: 1 };
      case "minimum":
        return { node, message: `${subject} must be at least ${String(limit)}, ${got}`, order: 3 };
      case "exclusiveMinimum":
        return { node, message: `${subject} must be greater than ${String(limit)}, ${got}`, order: 3 };
      case "maximum":
        return { node, message: `${subject} must be at most ${String(limit)}, ${got}`, order: 3 };
      case "exclusiveMaximum":
        return { node, message: `${subject} must be less than ${String(limit)}, ${got}`, order: 3 };
      case "minLength":
      case "minItems":
        if (limit === 1) return { node, message: `${subject} must not be empty`, order: 3 };
        return { node, message: `${subject} must have at least ${String(limit)} ${error.keyword === "minItems" ? "items" : "characters"}`, order: 3 };
      case "maxLength":
      case "maxItems":
        return { node, message: `${subject} must have at most ${String(limit)} ${error.keyword === "maxItems" ? "items" : "characters"}`, order: 3 };
      case "uniqueItems":
        return { node, message: `${subject} must not list the same value twice`, order: 3 };
    }
    return { node, message: `${subject} is not valid, ${got}`, order: 4 };
  }
  /** A property that a `false` schema rules out: an exclusive pair, or a field another field's value makes meaningless. */
  notAllowed(error, path11) {
    const field = path11[path11.length - 1];
    const steps = error.schemaPath.split("/");
    const at = steps.length - 4;
    if (steps[at - 1] === "dependentSchemas") {
      return `use either \`${unescapePointer(decodeURIComponent(steps[at]))}\` or \`${field}\`, not both`;
    }
    if (steps[at] === "then") {
      const ifPath = [...steps.slice(0, at), "if"].join("/");
      const condition2 = this.errors.find((other) => other.keyword === "if" && other.schemaPath === ifPath);
      const discriminator = Object.keys(condition2?.schema?.properties ?? {})[0];
      const value = discriminator ? nodeAtPath(this.root, [...path11.slice(0, -1), discriminator]) : void 0;
      if (discriminator && value?.kind === "scalar") {
        return `\`${field}\` does not apply when \`${discriminator}\` is ${String(value.value)}`;
      }
    }
    return `\`${field}\` is not allowed here`;
  }
  /** How an object is named in "missing field" and "unknown field" messages: `route`, `` `retries` ``. */
  owner(path11) {
    if (path11.length === 2 && this.section !== "gateway") return ENTRY_NOUNS[this.section];
    return `\`${this.label(path11)}\``;
  }
  /** How a value is named at the start of a message: `` `timeout` ``, `` `paths[0]` ``, upstream `orders`. */
  subject(path11) {
    if (path11.length === 2 && this.section !== "gateway" && this.section !== "routes") {
      return `${ENTRY_NOUNS[this.section]} \`${path11[1]}\``;
    }
    return `\`${this.label(path11)}\``;
  }
  /** The last field name of a path, followed by the list indexes after it: `paths[0]`. */
  label(path11) {
    let label = "";
    let node = this.root;
    for (const step of path11) {
      label = isSeq(node) ? `${label}[${step}]` : step;
      node = node ? nodeAtPath(node, [step]) : void 0;
    }
    return label;
  }
};
function parsePointer2(pointer) {
  return pointer === "" ? [] : pointer.slice(1).split("/").map(unescapePointer);
}
function unescapePointer(step) {
  return step.replace(/~1/g, "/").replace(/~0/g, "~");
}
function describeNode(node) {
  if (node.kind === "map") return "a mapping";
  if (node.kind === "seq") return "a list";
  const { value } = node;
  if (value === null) return "an empty value";
  if (typeof value !== "string") return String(value);
  return JSON.stringify(value.length > 40 ? `${value.slice(0, 39)}\u2026` : value);
}
function joinOr(items2) {
  return items2.length <= 1 ? items2[0] ?? "" : `${items2.slice(0, -1).join(", ")} or ${items2[items2.length - 1]}`;
}
function joinAnd(items2) {
  return items2.length <= 1 ? items2[0] ?? "" : `${items2.slice(0, -1).join(", ")} and ${items2[items2.length - 1]}`;
}

// src/lint.ts
function makeTimer(timings) {
  return (stage, work) => {
    const start = performance.now();
    try {
      return work();
    } finally {
      timings[stage] += performance.now() - start;
    }
  };
}
function noTimings() {
  return { discover: 0, load: 0, schema: 0, model: 0, rules: 0 };
}
function lint(options) {
  const timings = noTimings();
  const timed = makeTimer(timings);
  const files = timed("discover", () => discoverFiles(options.paths, { cwd: options.cwd, ignorePatterns: options.ignorePatterns ?? [], scope: options.scope }));
  const unreadable = [];
  const sources = timed(
    "load",
    () => files.flatMap((discovered) => {
      const read = readSource(discovered.path, options.cwd);
      if (read.ok) return [{ file: read.file, explicit: discovered.explicit }];
      unreadable.push(read.problem);
      return [];
    })
  );
  return lintSources(sources, options, timings, unreadable);
}
function lintSources(sources, options = {}, timings = noTimings(), earlierProblems = []) {
  const timed = makeTimer(timings);
  const loadProblems = [...earlierProblems];
  const nativeDocuments = [];
  const unknownDocuments = [];
  const commentedFiles = [];
  const read = /* @__PURE__ */ new Map();
  const choice = options.dialect ?? "auto";
  let byteCount = 0;
  timed("load", () => {
    for (const source of sources) {
      byteCount += source.file.text.length;
      const parsed = guarded(source.file, loadProblems, () => parseSource(source.file));
      if (!parsed) continue;
      loadProblems.push(...parsed.problems);
      if (parsed.comments.length > 0) {
        commentedFiles.push({ file: source.file, comments: parsed.comments, roots: parsed.documents.map((document) => document.root) });
      }
      const notUnderstood = [];
      for (const document of parsed.documents) {
        const adapter = adapterFor(detectDocument(document.root), choice);
        const item = adapter && guarded(source.file, loadProblems, () => adapter.read(document));
        if (adapter && item !== void 0) {
          if (adapter.dialect === "native") nativeDocuments.push(document);
          const entry = read.get(adapter) ?? { items: [], firstFile: source.file };
          entry.items.push(item);
          read.set(adapter, entry);
        } else {
          notUnderstood.push(document);
        }
      }
      const understood = notUnderstood.length < parsed.documents.length;
      if (source.explicit) {
        const bundle = understood && choice === "auto";
        unknownDocuments.push(...notUnderstood.filter((document) => !(bundle && detectDocument(document.root) === "kubernetes")));
      }
      if (parsed.strictJsonProblem && understood) loadProblems.push(parsed.strictJsonProblem);
    }
  });
  const schemaProblems = timed(
    "schema",
    () => nativeDocuments.flatMap((document) => guarded(document.file, loadProblems, () => validateNativeDocument(document.root)) ?? [])
  );
  const model = timed("model", () => {
    const parts = [];
    for (const [adapter, { items: items2, firstFile }] of read) {
      const part = guarded(firstFile, loadProblems, () => adapter.build(items2));
      if (part) parts.push(part);
    }
    return mergeParts(parts);
  });
  const input = { model, loadProblems, schemaProblems, unknownDocuments, commentedFiles, ruleOptions: options.ruleOptions };
  const { findings, failures, inlineSuppressed } = timed("rules", () => runRules(options.rules ?? rules, input, options.severities ?? /* @__PURE__ */ new Map(), options.settings));
  const filePaths = [...sources.map((source) => source.file.displayPath), ...earlierProblems.map((problem2) => problem2.span.file.displayPath)].sort();
  return { findings, fileCount: filePaths.length, filePaths, byteCount, routeCount: model.routes.length, failures, inlineSuppressed, timings };
}
function guarded(file, problems, work) {
  try {
    return work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ ruleId: "parse-error", span: { file, start: 0, end: 0 }, message: `gwlint could not process this file (${reason}); it was not linted. Please report this.` });
    return void 0;
  }
}

// src/report/github.ts
var COMMANDS = { error: "error", warning: "warning", info: "notice" };
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function formatGithub(findings) {
  return findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(finding.file)}`,
      `line=${finding.line}`,
      `col=${finding.column}`,
      `endLine=${finding.endLine}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(`gwlint(${finding.ruleId})`)}`
    ].join(",");
    return `::${COMMANDS[finding.severity]} ${properties}::${escapeData(finding.message)}
`;
  }).join("");
}

// src/report/summary.ts
function describeCounts(summary) {
  return `${plural(summary.errors, "error")}, ${plural(summary.warnings, "warning")}, ${plural(summary.infos, "info")}`;
}
function summarise(findings, files) {
  let errors = 0;
  let warnings = 0;
  let infos2 = 0;
  for (const finding of findings) {
    if (finding.severity === "error") errors++;
    else if (finding.severity === "warning") warnings++;
    else infos2++;
  }
  return { files, errors, warnings, infos: infos2 };
}

// src/report/json.ts
function formatJson(findings, files) {
  return `${JSON.stringify({ version: 1, findings, summary: summarise(findings, files) }, null, 2)}
`;
}

// src/report/junit.ts
function xml(text) {
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
function formatJunit(findings, files) {
  const byFile = /* @__PURE__ */ new Map();
  for (const file of files) byFile.set(file, []);
  for (const finding of findings) pushTo(byFile, finding.file, finding);
  const suites = [...byFile].map(([file, list]) => {
    const cases = list.length === 0 ? [`    <testcase classname="${xml(file)}" name="gwlint"/>`] : list.map(
      (finding) => `    <testcase classname="${xml(file)}" name="${xml(`${finding.ruleId} ${finding.line}:${finding.column}`)}">
      <failure type="${finding.severity}" message="${xml(finding.message)}">${xml(`${finding.file}:${finding.line}:${finding.column} ${finding.severity} ${finding.message} (${finding.ruleId}) ${finding.docs}`)}</failure>
    </testcase>`
    );
    return `  <testsuite name="${xml(file)}" tests="${Math.max(1, list.length)}" failures="${list.length}" errors="0">
${cases.join("\n")}
  </testsuite>`;
  });
  const total = [...byFile.values()].reduce((sum, list) => sum + Math.max(1, list.length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="gwlint" tests="${total}" failures="${findings.length}" errors="0">
${suites.join("\n")}
</testsuites>
`;
}

// src/report/sarif.ts
var LEVELS = { error: "error", warning: "warning", info: "note" };
var SOURCE_ROOT = "%SRCROOT%";
function region(place) {
  return { startLine: place.line, startColumn: place.column, endLine: place.endLine, endColumn: place.endColumn };
}
function physicalLocation(place) {
  return { artifactLocation: { uri: encodeURI(place.file), uriBaseId: SOURCE_ROOT }, region: region(place) };
}
function formatSarif(reported, rules2, suppressed = []) {
  const ruleIndex = new Map(rules2.map((rule, index) => [rule.meta.id, index]));
  const findings = [...reported, ...suppressed];
  const prints = fingerprints(findings);
  const log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "gwlint",
            version: VERSION,
            semanticVersion: VERSION,
            informationUri: REPOSITORY_URL,
            rules: rules2.map(({ meta }) => ({
              id: meta.id,
              shortDescription: { text: meta.summary },
              helpUri: meta.docsUrl,
              help: { text: `${meta.summary} See ${meta.docsUrl}` },
              defaultConfiguration: { level: LEVELS[meta.defaultSeverity] },
              properties: { tags: [meta.family] }
            }))
          }
        },
        columnKind: "utf16CodeUnits",
        results: findings.map((finding, index) => ({
          ruleId: finding.ruleId,
          ...ruleIndex.has(finding.ruleId) ? { ruleIndex: ruleIndex.get(finding.ruleId) } : {},
          level: LEVELS[finding.severity],
          message: { text: finding.message },
          locations: [{ physicalLocation: physicalLocation(finding) }],
          ...finding.related.length > 0 ? { relatedLocations: finding.related.map((place, id) => ({ id, physicalLocation: physicalLocation(place), message: { text: place.message } })) } : {},
          partialFingerprints: { "gwlint/v1": prints[index] },
          ...finding.suppression ? { suppressions: [{ kind: "inSource", ...finding.suppression.justification ? { justification: finding.suppression.justification } : {} }] } : {}
        }))
      }
    ]
  };
  return `${JSON.stringify(log, null, 2)}
`;
}

// src/report/stylish.ts
var ansi = (open, close) => (text) => `\x1B[${open}m${text}\x1B[${close}m`;
var COLORS = { file: ansi(4, 24), error: ansi(31, 39), warning: ansi(33, 39), info: ansi(36, 39), dim: ansi(2, 22) };
var PLAIN = { file: (t) => t, error: (t) => t, warning: (t) => t, info: (t) => t, dim: (t) => t };
function formatStylish(findings, files, color) {
  if (findings.length === 0) return "";
  const paint = color ? COLORS : PLAIN;
  const byFile = /* @__PURE__ */ new Map();
  for (const finding of findings) pushTo(byFile, finding.file, finding);
  const lines = [];
  for (const [file, group] of byFile) {
    lines.push("", paint.file(file));
    const positions = group.map((finding) => `${finding.line}:${finding.column}`);
    const positionWidth = Math.max(...positions.map((p) => p.length));
    const severityWidth = Math.max(...group.map((finding) => finding.severity.length));
    group.forEach((finding, i) => {
      const severity = paint[finding.severity](finding.severity.padEnd(severityWidth));
      lines.push(`  ${paint.dim(positions[i].padStart(positionWidth))}  ${severity}  ${finding.message}  ${paint.dim(finding.ruleId)}`);
    });
  }
  const summary = summarise(findings, files);
  const total = summary.errors + summary.warnings + summary.infos;
  const line = `\u2716 ${plural(total, "problem")} (${describeCounts(summary)}) in ${plural(files, "file")} checked`;
  const tone = summary.errors > 0 ? paint.error : summary.warnings > 0 ? paint.warning : paint.info;
  lines.push("", tone(line), "");
  return lines.join("\n");
}

// src/report/format.ts
function formatReport(format, findings, context) {
  switch (format) {
    case "stylish":
      return formatStylish(findings, context.files.length, context.color);
    case "json":
      return formatJson(findings, context.files.length);
    case "sarif":
      return formatSarif(findings, context.rules, context.suppressed);
    case "github":
      return formatGithub(findings);
    case "junit":
      return formatJunit(findings, context.files);
  }
}

// src/cli/args.ts
import { parseArgs } from "node:util";
var FORMATS = ["stylish", "json", "sarif", "github", "junit"];
var SEVERITY_SETTINGS = ["off", "info", "warning", "error"];
var FAIL_LEVELS = ["error", "warning", "info"];
function oneOf(flag, value, allowed) {
  if (allowed.includes(value)) return value;
  throw new UsageError(`--${flag} must be one of ${allowed.join(", ")}, got '${value}'`);
}
function parseRuleSettings(values, ruleIds) {
  const settings = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match2 = /^([^=]+)=(.*)$/.exec(value);
    if (!match2) throw new UsageError(`--rule takes ID=severity (e.g. --rule shadowed-route=warning), got '${value}'`);
    const [, id, severity] = match2;
    if (!ruleIds.includes(id)) {
      const suggestion = suggestNames(id, ruleIds)[0];
      throw new UsageError(`unknown rule '${id}' in --rule${suggestion ? `; did you mean '${suggestion}'?` : ""} (see 'gwlint rules')`);
    }
    settings.set(id, oneOf("rule", severity, SEVERITY_SETTINGS));
  }
  return settings;
}
function parseCli(argv, ruleIds) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        output: { type: "string", short: "o" },
        rule: { type: "string", multiple: true },
        "fail-on": { type: "string" },
        "max-warnings": { type: "string" },
        "ignore-pattern": { type: "string", multiple: true },
        config: { type: "string", short: "c" },
        "print-config": { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
        dialect: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        version: { type: "boolean", short: "v" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0].replace(/\. To specify a positional argument.*$/, ""));
  }
  const { values, positionals } = parsed;
  let maxWarnings;
  if (values["max-warnings"] !== void 0) {
    maxWarnings = Number(values["max-warnings"]);
    if (!/^\d+$/.test(values["max-warnings"])) {
      throw new UsageError(`--max-warnings takes a whole number of 0 or more, got '${values["max-warnings"]}'`);
    }
  }
  const isRules = positionals[0] === "rules";
  const isInit = positionals[0] === "init";
  if (isInit && positionals.length > 1) throw new UsageError(`init takes no paths; it writes gwlint.config.yaml in the current folder, got '${positionals[1]}'`);
  return {
    command: values.help ? "help" : values.version ? "version" : isRules ? "rules" : isInit ? "init" : "lint",
    paths: isRules || isInit ? positionals.slice(1) : positionals.length > 0 ? positionals : ["."],
    format: values.format === void 0 ? void 0 : oneOf("format", values.format, FORMATS),
    output: values.output,
    severities: parseRuleSettings(values.rule ?? [], ruleIds),
    failOn: values["fail-on"] === void 0 ? "error" : oneOf("fail-on", values["fail-on"], FAIL_LEVELS),
    maxWarnings,
    ignorePatterns: values["ignore-pattern"] ?? [],
    config: values.config,
    printConfig: values["print-config"],
    baseline: values.baseline,
    writeBaseline: values["write-baseline"],
    quiet: values.quiet ?? false,
    color: values["no-color"] ? false : values.color,
    dialect: values.dialect === void 0 ? void 0 : oneOf("dialect", values.dialect, DIALECT_CHOICES)
  };
}
var HELP = `Usage: gwlint [options] [paths...]
       gwlint rules
       gwlint init

Lints API-gateway configuration (YAML and JSON files) under the given paths (default: .).

Options:
  -f, --format FORMAT           stylish, json, sarif, github or junit (default: stylish; github
                                inside GitHub Actions when the output is not a terminal)
  -o, --output FILE             write the report to FILE instead of stdout
      --rule ID=SEVERITY        set a rule to off|info|warning|error (repeatable)
      --fail-on LEVEL           exit 1 on findings at or above error|warning|info (default: error)
      --max-warnings N          exit 1 when there are more than N warnings
      --ignore-pattern GLOB     skip files matching GLOB (minimatch; repeatable)
  -c, --config FILE             use FILE as the config file (default: gwlint.config.yaml, .gwlintrc.yaml
                                or .gwlintrc.json, found upward from the linted paths)
      --print-config FILE       print the settings that apply to FILE as JSON, and lint nothing
      --baseline FILE           report only findings that FILE (a baseline) does not record
      --write-baseline FILE     record every current finding in FILE as the baseline, and exit 0
      --dialect NAME            read every file as auto (detect, the default), native, kong,
                                gateway-api or aws
  -q, --quiet                   report errors only (warnings still count for --max-warnings)
      --color, --no-color       force colours on or off (default: on for a terminal; NO_COLOR turns them off)
  -v, --version                 print the version
  -h, --help                    print this help

Commands:
  rules                         list every rule: id, default severity, family, summary
  init                          write a starter gwlint.config.yaml in the current folder

Exit codes: 0 no failing findings, 1 failing findings or too many warnings, 2 usage or internal error.
Docs: https://github.com/gwlint/gwlint#readme
`;

// src/cli/rules-list.ts
function formatRulesTable(rules2) {
  const idWidth = Math.max(...rules2.map((rule) => rule.meta.id.length));
  const familyWidth = Math.max(...rules2.map((rule) => rule.meta.family.length));
  const rows = rules2.map(
    ({ meta }) => `${meta.id.padEnd(idWidth)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.family.padEnd(familyWidth)}  ${meta.summary}`
  );
  return `${"rule".padEnd(idWidth)}  ${"default".padEnd(7)}  ${"family".padEnd(familyWidth)}  summary
${rows.join("\n")}
`;
}
function formatRulesJson(rules2) {
  return `${JSON.stringify(rules2.map((rule) => rule.meta), null, 2)}
`;
}

// src/cli/main.ts
var SEVERITY_RANK = { info: 0, warning: 1, error: 2 };
function chooseFormat(options, io) {
  if (options.format) return options.format;
  return io.env.GITHUB_ACTIONS === "true" && !io.stdoutIsTty && !options.output ? "github" : "stylish";
}
function useColor(options, io) {
  if (options.color !== void 0) return options.color;
  if (options.output) return false;
  if (io.env.NO_COLOR !== void 0 && io.env.NO_COLOR !== "") return false;
  if (io.env.FORCE_COLOR !== void 0 && io.env.FORCE_COLOR !== "0") return true;
  return io.stdoutIsTty;
}
function exitCodeFor(findings, failOn, maxWarnings) {
  const failing = findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]);
  const warnings = findings.filter((finding) => finding.severity === "warning").length;
  return failing || maxWarnings !== void 0 && warnings > maxWarnings ? 1 : 0;
}
function emit(text, options, io) {
  if (!options.output) {
    if (text !== "") io.stdout(text);
    return;
  }
  try {
    writeFileSync3(options.output, text);
  } catch (error) {
    throw new UsageError(`cannot write --output ${options.output} (${error.code ?? errorMessage(error)})`);
  }
}
function main(io) {
  try {
    const options = parseCli(io.argv, rules.map((rule) => rule.meta.id));
    if (options.command === "help") {
      io.stdout(HELP);
      return 0;
    }
    if (options.command === "version") {
      io.stdout(`${VERSION}
`);
      return 0;
    }
    if (options.command === "rules") {
      emit(options.format === "json" ? formatRulesJson(rules) : formatRulesTable(rules), options, io);
      return 0;
    }
    if (options.command === "init") {
      io.stdout(writeStarterConfig(io.cwd));
      return 0;
    }
    if (options.printConfig !== void 0) {
      emit(printConfig(options.printConfig, options.config, io.cwd, rules, options.severities), options, io);
      return 0;
    }
    const baseline = options.baseline === void 0 ? void 0 : readBaseline(options.baseline);
    const configFile = options.config ?? configForFiles(options.paths, io.cwd);
    const { configFolder, ...configOptions } = configLintOptions(configFile, options.paths, io.cwd, rules);
    const staged = stagedRun(options.paths, configFolder, io.cwd);
    const result = lint({
      paths: staged ? [staged.root] : options.paths,
      cwd: io.cwd,
      ignorePatterns: options.ignorePatterns,
      severities: options.severities,
      ...configOptions,
      dialect: options.dialect ?? configOptions.dialect
    });
    const linted = staged ? onStagedFiles(result.findings, staged, io.cwd) : result.findings;
    const filtered = baseline ? applyBaseline(linted, baseline) : void 0;
    if (options.writeBaseline !== void 0 && result.failures.length === 0) {
      if (filtered) io.stderr(baselineSummary(filtered, options.baseline));
      io.stderr(baselineWritten(writeBaseline(options.writeBaseline, linted), options.writeBaseline));
      return 0;
    }
    const findings = filtered ? filtered.findings : linted;
    const shown = options.quiet ? findings.filter((finding) => finding.severity === "error") : findings;
    const report = formatReport(chooseFormat(options, io), shown, {
      files: result.filePaths,
      rules,
      color: useColor(options, io),
      suppressed: result.inlineSuppressed
    });
    emit(report, options, io);
    if (filtered) io.stderr(baselineSummary(filtered, options.baseline));
    if (result.fileCount === 0) io.stderr(`gwlint: no YAML or JSON files found in ${options.paths.join(", ")}
`);
    const warnings = summarise(findings, result.fileCount).warnings;
    if (options.quiet && options.maxWarnings !== void 0 && warnings > options.maxWarnings) {
      io.stderr(`gwlint: ${warnings} warnings (hidden by --quiet) exceed --max-warnings ${options.maxWarnings}
`);
    }
    if (result.failures.length > 0) {
      const failure = result.failures[0];
      io.stderr(`gwlint: internal error in rule '${failure.ruleId}': ${errorMessage(failure.error)}${debugHint(io, failure.error)}
`);
      return 2;
    }
    return exitCodeFor(findings, options.failOn, options.maxWarnings);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathNotFoundError) {
      io.stderr(`gwlint: ${error.message}
`);
      return 2;
    }
    io.stderr(`gwlint: internal error: ${errorMessage(error)}${debugHint(io, error)}
`);
    return 2;
  }
}
function debugHint(io, error) {
  if (io.env.GWLINT_DEBUG === "1") return `
${error instanceof Error ? error.stack : String(error)}`;
  return " (set GWLINT_DEBUG=1 for details)";
}

// src/cli/bin.ts
process.exitCode = main({
  argv: process.argv.slice(2),
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTty: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text)
});
