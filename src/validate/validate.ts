/**
 * Checks a native document against the section schemas and turns ajv's errors into one short
 * message per offending node, placed on that node (or on the key, for fields that should not be
 * there). Messages never mention JSON pointers or schema keywords.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { describeValue } from '../load/describe.js';
import type { Span } from '../load/source.js';
import { isMap, isSeq, keyAtPath, nodeAtPath, type YNode } from '../load/tree.js';
import { suggestNames } from '../model/suggest.js';
import { SECTION_NAMES, type SectionName } from './schema-ids.js';
import { validator } from './validators.js';
import { setData, toValue } from './to-value.js';
import { pushTo } from '../util/group.js';

export interface SchemaProblem {
  span: Span;
  message: string;
}

type Path = readonly string[];

/** What the entries of each section are called in messages. */
const ENTRY_NOUNS: Record<Exclude<SectionName, 'gateway'>, string> = {
  upstreams: 'upstream',
  routes: 'route',
  corsPolicies: 'CORS policy',
  rateLimits: 'rate limit',
  authPolicies: 'auth policy',
};

const TYPE_NOUNS: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  integer: 'an integer',
  boolean: 'true or false',
  array: 'a list',
  object: 'a mapping',
  null: 'empty',
};

export function validateNativeDocument(root: YNode): SchemaProblem[] {
  const sections = SECTION_NAMES.join(', ');
  if (!isMap(root)) {
    return [problem(root, `a gwlint document must be a mapping with any of the keys ${sections}, got ${describeValue(root)}`)];
  }
  if (root.size === 0) return [problem(root, `the document is empty; expected any of the keys ${sections}`)];
  const problems: SchemaProblem[] = [];
  for (const pair of root.pairs) {
    const name = pair.keyText;
    if (!isSectionName(name)) {
      const [suggestion] = suggestNames(name, SECTION_NAMES);
      const hint = suggestion ? `did you mean \`${suggestion}\`?` : `expected one of ${sections}`;
      problems.push(problem(pair.key, `unknown top-level key \`${name}\`; ${hint}`));
      continue;
    }
    const errors = sectionErrors(name, pair.value);
    if (errors.length > 0) problems.push(...explain(root, name, errors));
  }
  return problems.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}

/**
 * Sections that are collections of independent entries (the list of routes, the mappings of named
 * upstreams and policies), with the kind of node they must be. Their schemas constrain each entry
 * and say nothing of the collection as a whole (test/validate.test.ts checks that), so they are
 * validated some entries at a time: the plain-data copy ajv needs then never holds a whole
 * 100,000-route section at once, and each slice is garbage before the next is made, which the
 * young generation collects almost for free.
 */
export const ENTRY_SECTIONS: ReadonlyMap<SectionName, 'seq' | 'map'> = new Map([
  ['routes', 'seq'],
  ['upstreams', 'map'],
  ['corsPolicies', 'map'],
  ['rateLimits', 'map'],
  ['authPolicies', 'map'],
]);

export const ENTRIES_PER_VALIDATION = 256;

/** ajv's errors for one section's value, with instance paths relative to the section. */
function sectionErrors(name: SectionName, value: YNode): ErrorObject[] {
  const validate = validator(name);
  const errors: ErrorObject[] = [];
  const check = (data: unknown, firstIndex?: number): void => {
    if (validate(data)) return;
    for (const error of validate.errors ?? []) errors.push(firstIndex ? { ...error, instancePath: shiftIndex(error.instancePath, firstIndex) } : error);
  };
  const kind = ENTRY_SECTIONS.get(name);
  if (kind === 'seq' && value.kind === 'seq' && value.items.length > 0) {
    for (let start = 0; start < value.items.length; start += ENTRIES_PER_VALIDATION) {
      const shared = new Map<object, unknown>();
      check(value.items.slice(start, start + ENTRIES_PER_VALIDATION).map((item) => toValue(item, shared)), start);
    }
  } else if (kind === 'map' && value.kind === 'map' && value.size > 0) {
    for (let start = 0; start < value.size; start += ENTRIES_PER_VALIDATION) {
      const shared = new Map<object, unknown>();
      const data: Record<string, unknown> = {};
      for (let i = start; i < Math.min(value.size, start + ENTRIES_PER_VALIDATION); i++) setData(data, value.keyTextAt(i), toValue(value.valueAt(i), shared));
      check(data);
    }
  } else {
    check(toValue(value));
  }
  return errors;
}

/** `/3/paths/0` of a slice that starts at entry 512 is `/515/paths/0` of the section. */
function shiftIndex(instancePath: string, firstIndex: number): string {
  if (instancePath === '') return instancePath;
  const end = instancePath.indexOf('/', 1);
  const index = Number(instancePath.slice(1, end === -1 ? undefined : end));
  return `/${index + firstIndex}${end === -1 ? '' : instancePath.slice(end)}`;
}

function isSectionName(name: string): name is SectionName {
  return (SECTION_NAMES as readonly string[]).includes(name);
}

function problem(node: YNode, message: string): SchemaProblem {
  return { span: { file: node.file, start: node.start, end: node.end }, message };
}

/** One message per offending node; `order` keeps the most telling of several errors on one value. */
interface Issue {
  readonly node: YNode;
  readonly message: string;
  readonly order: number;
}

function explain(root: YNode, section: SectionName, errors: readonly ErrorObject[]): SchemaProblem[] {
  const context = new Context(root, section, errors);
  const issues = new Map<YNode, Issue>();
  const missing = new Map<YNode, { path: Path; fields: string[] }>();
  for (const error of collapseAlternatives(errors)) {
    const path = [section, ...parsePointer(error.instancePath)];
    if (error.keyword === 'required') {
      const node = context.node(path);
      const entry = missing.get(node) ?? { path, fields: [] };
      entry.fields.push(`\`${String(error.params['missingProperty'])}\``);
      missing.set(node, entry);
      continue;
    }
    const issue = context.issue(error, path);
    const previous = issue && issues.get(issue.node);
    if (issue && (!previous || issue.order < previous.order)) issues.set(issue.node, issue);
  }
  const problems = [...issues.values()].map((issue) => problem(issue.node, issue.message));
  for (const [node, { path, fields }] of missing) {
    const field = fields.length === 1 ? 'field' : 'fields';
    problems.push(problem(node, `${context.owner(path)} is missing the required ${field} ${joinAnd(fields)}`));
  }
  return problems;
}

/**
 * Replaces each failed anyOf/oneOf by what is useful of it: its own `errorMessage`; when every
 * branch only lacks a field, one "missing a or b" error; otherwise the errors of the best branch.
 */
function collapseAlternatives(errors: readonly ErrorObject[]): ErrorObject[] {
  const isAlternative = (error: ErrorObject) => error.keyword === 'anyOf' || error.keyword === 'oneOf';
  const outer = errors.find((error) => isAlternative(error) && !errors.some((other) => isAlternative(other) && isWithin(error, other)));
  if (!outer) return [...errors];
  const rest = errors.filter((error) => error !== outer && !isWithin(error, outer));
  const branches = new Map<string, ErrorObject[]>();
  for (const error of errors) {
    if (!isWithin(error, outer)) continue;
    const branch = error.schemaPath.slice(outer.schemaPath.length + 1).split('/')[0]!;
    pushTo(branches, branch, error);
  }
  const all = [...branches.values()];
  let replacement: ErrorObject[];
  if (hasErrorMessage(outer) || all.length === 0) {
    replacement = [{ ...outer, keyword: 'errorMessage' }];
  } else if (all.every((branch) => branch.every((error) => error.keyword === 'required' && error.instancePath === outer.instancePath))) {
    const fields = all.flatMap((branch) => branch.map((error) => `\`${String(error.params['missingProperty'])}\``));
    replacement = [{ ...outer, keyword: 'missingOneOf', params: { fields } }];
  } else {
    replacement = bestBranch(all, outer.instancePath);
  }
  return [...collapseAlternatives(rest), ...collapseAlternatives(replacement)];
}

function isWithin(error: ErrorObject, alternative: ErrorObject): boolean {
  return error !== alternative && error.schemaPath.startsWith(`${alternative.schemaPath}/`) && error.instancePath.startsWith(alternative.instancePath);
}

/** The branch whose value has the right type and that failed deepest into the data, then with the fewest errors. */
function bestBranch(branches: ErrorObject[][], at: string): ErrorObject[] {
  const score = (branch: ErrorObject[]): [number, number, number] => [
    branch.some((error) => error.keyword === 'type' && error.instancePath === at) ? 1 : 0,
    -Math.max(...branch.map((error) => error.instancePath.length)),
    branch.length,
  ];
  return [...branches].sort((a, b) => {
    const [x, y] = [score(a), score(b)];
    return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
  })[0]!;
}

function hasErrorMessage(error: ErrorObject): boolean {
  return typeof (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage === 'string';
}

class Context {
  constructor(
    private readonly root: YNode,
    private readonly section: SectionName,
    private readonly errors: readonly ErrorObject[],
  ) {}

  node(path: Path): YNode {
    return nodeAtPath(this.root, path) ?? nodeAtPath(this.root, [this.section]) ?? this.root;
  }

  private key(path: Path): YNode {
    return keyAtPath(this.root, path) ?? this.node(path);
  }

  issue(error: ErrorObject, path: Path): Issue | undefined {
    const params = error.params as Record<string, unknown>;
    // Sub-errors of `propertyNames` are reported by the `propertyNames` error; `if` by its `then`.
    if (error.propertyName !== undefined || error.keyword === 'if') return undefined;
    switch (error.keyword) {
      case 'additionalProperties': {
        const field = String(params['additionalProperty']);
        const known = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
        const [suggestion] = suggestNames(field, known);
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
        return { node: this.key([...path, field]), message: `unknown field \`${field}\` in ${this.owner(path)}${hint}`, order: 0 };
      }
      case 'propertyNames': {
        const name = String(params['propertyName']);
        const message = name === '' ? `a name in \`${this.section}\` must not be empty` : `\`${name}\` is not a valid name`;
        return { node: this.key([...path, name]), message, order: 0 };
      }
      case 'false schema':
        return { node: this.key(path), message: this.notAllowed(error, path), order: 0 };
      case 'missingOneOf':
        return { node: this.node(path), message: `${this.owner(path)} is missing ${joinOr(params['fields'] as string[])}`, order: 0 };
    }
    return this.valueIssue(error, path);
  }

  private valueIssue(error: ErrorObject, path: Path): Issue {
    const node = this.node(path);
    const got = `got ${describeValue(node)}`;
    const subject = this.subject(path);
    const custom = (error.parentSchema as { errorMessage?: unknown } | undefined)?.errorMessage;
    if (typeof custom === 'string') return { node, message: `${subject} ${custom}, ${got}`, order: 0 };
    const params = error.params as Record<string, unknown>;
    const limit = params['limit'];
    switch (error.keyword) {
      case 'type': {
        const types = ([] as unknown[]).concat(params['type']).map((type) => TYPE_NOUNS[String(type)] ?? String(type));
        return { node, message: `${subject} must be ${joinOr(types)}, ${got}`, order: 2 };
      }
      case 'enum': {
        const allowed = (params['allowedValues'] as unknown[]).map(String);
        const value = node.kind === 'scalar' ? node.value : undefined;
        const [suggestion] = typeof value === 'string' ? suggestNames(value, allowed) : [];
        const hint = suggestion ? `; did you mean \`${suggestion}\`?` : '';
        return { node, message: `${subject} must be one of ${allowed.join(', ')}, ${got}${hint}`, order: 1 };
      }
      case 'const':
        return { node, message: `${subject} must be ${String(params['allowedValue'])}, ${got}`, order: 1 };
      case 'minimum':
        return { node, message: `${subject} must be at least ${String(limit)}, ${got}`, order: 3 };
      case 'exclusiveMinimum':
        return { node, message: `${subject} must be greater than ${String(limit)}, ${got}`, order: 3 };
      case 'maximum':
        return { node, message: `${subject} must be at most ${String(limit)}, ${got}`, order: 3 };
      case 'exclusiveMaximum':
        return { node, message: `${subject} must be less than ${String(limit)}, ${got}`, order: 3 };
      case 'minLength':
      case 'minItems':
        if (limit === 1) return { node, message: `${subject} must not be empty`, order: 3 };
        return { node, message: `${subject} must have at least ${String(limit)} ${error.keyword === 'minItems' ? 'items' : 'characters'}`, order: 3 };
      case 'maxLength':
      case 'maxItems':
        return { node, message: `${subject} must have at most ${String(limit)} ${error.keyword === 'maxItems' ? 'items' : 'characters'}`, order: 3 };
      case 'uniqueItems':
        return { node, message: `${subject} must not list the same value twice`, order: 3 };
    }
    return { node, message: `${subject} is not valid, ${got}`, order: 4 };
  }

  /** A property that a `false` schema rules out: an exclusive pair, or a field another field's value makes meaningless. */
  private notAllowed(error: ErrorObject, path: Path): string {
    const field = path[path.length - 1]!;
    const steps = error.schemaPath.split('/');
    // …/dependentSchemas/<other>/properties/<field>/false schema or …/then/properties/<field>/false schema
    const at = steps.length - 4;
    if (steps[at - 1] === 'dependentSchemas') {
      return `use either \`${unescapePointer(decodeURIComponent(steps[at]!))}\` or \`${field}\`, not both`;
    }
    if (steps[at] === 'then') {
      const ifPath = [...steps.slice(0, at), 'if'].join('/');
      const condition = this.errors.find((other) => other.keyword === 'if' && other.schemaPath === ifPath);
      const discriminator = Object.keys((condition?.schema as { properties?: object } | undefined)?.properties ?? {})[0];
      const value = discriminator ? nodeAtPath(this.root, [...path.slice(0, -1), discriminator]) : undefined;
      if (discriminator && value?.kind === 'scalar') {
        return `\`${field}\` does not apply when \`${discriminator}\` is ${String(value.value)}`;
      }
    }
    return `\`${field}\` is not allowed here`;
  }

  /** How an object is named in "missing field" and "unknown field" messages: `route`, `` `retries` ``. */
  owner(path: Path): string {
    if (path.length === 2 && this.section !== 'gateway') return ENTRY_NOUNS[this.section];
    return `\`${this.label(path)}\``;
  }

  /** How a value is named at the start of a message: `` `timeout` ``, `` `paths[0]` ``, upstream `orders`. */
  private subject(path: Path): string {
    if (path.length === 2 && this.section !== 'gateway' && this.section !== 'routes') {
      return `${ENTRY_NOUNS[this.section]} \`${path[1]}\``;
    }
    return `\`${this.label(path)}\``;
  }

  /** The last field name of a path, followed by the list indexes after it: `paths[0]`. */
  private label(path: Path): string {
    let label = '';
    let node: YNode | undefined = this.root;
    for (const step of path) {
      label = isSeq(node) ? `${label}[${step}]` : step;
      node = node ? nodeAtPath(node, [step]) : undefined;
    }
    return label;
  }
}

function parsePointer(pointer: string): string[] {
  return pointer === '' ? [] : pointer.slice(1).split('/').map(unescapePointer);
}

function unescapePointer(step: string): string {
  return step.replace(/~1/g, '/').replace(/~0/g, '~');
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
