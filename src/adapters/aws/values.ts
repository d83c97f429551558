/**
 * Reading values out of CloudFormation/SAM templates and API Gateway OpenAPI documents.
 * CloudFormation intrinsics (`!Ref X`, `{Fn::Sub: ...}`, `Fn::If` …) are never evaluated: a value
 * that is an intrinsic is unknown, and whatever needs it is skipped.
 */
import { get, getPair, isMap, isScalar, isSeq, type YMap, type YNode, type YPair } from '../../load/tree.js';
import { suggestNames } from '../../model/suggest.js';
import type { DialectFinding, Located } from '../../model/types.js';

/** A YAML short tag of CloudFormation (`!Ref`, `!Sub`, `!GetAtt` …); core YAML tags (`!!str`) are not. */
function hasIntrinsicTag(node: YNode): boolean {
  return node.tag !== undefined && node.tag.startsWith('!') && !node.tag.startsWith('!!');
}

/** `!Ref X`, `{Ref: X}`, `{Fn::Sub: ...}`, `{Condition: X}`: a value only CloudFormation can work out. */
export function isIntrinsic(node: YNode | undefined): boolean {
  if (!node) return false;
  if (hasIntrinsicTag(node)) return true;
  if (!isMap(node) || node.size !== 1) return false;
  const key = node.keyTextAt(0);
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::');
}

/** A plain string (not an intrinsic). */
export function plainString(node: YNode | undefined): string | undefined {
  return isScalar(node) && !hasIntrinsicTag(node) && typeof node.value === 'string' ? node.value : undefined;
}

export function plainStringAt(node: YNode | undefined): Located<string> | undefined {
  const value = plainString(node);
  return value === undefined ? undefined : { value, node: node! };
}

/**
 * A number, or a string holding one (CloudFormation accepts both), as written: `.inf`, `.nan` and
 * numbers too large for a double (`1e400`, 400 digits) come out as ±Infinity or NaN, which no
 * property accepts (see `plainNumber` for usable numbers only).
 */
export function writtenNumber(node: YNode | undefined): number | undefined {
  if (!isScalar(node) || hasIntrinsicTag(node)) return undefined;
  if (typeof node.value === 'number') return node.value;
  if (typeof node.value === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(node.value)) return Number(node.value);
  return undefined;
}

/** A finite number, or a string holding one (CloudFormation accepts both). */
export function plainNumber(node: YNode | undefined): number | undefined {
  const value = writtenNumber(node);
  return value !== undefined && Number.isFinite(value) ? value : undefined;
}

/** A value written as a number that no property accepts: `.inf`, `-.inf`, `.nan`, `1e400`, 400 digits (also in a string). */
export function isUnusableNumber(node: YNode | undefined): boolean {
  const value = writtenNumber(node);
  return value !== undefined && !Number.isFinite(value);
}

/** A boolean, or the string `true`/`false` (CloudFormation accepts both). */
export function plainBoolean(node: YNode | undefined): boolean | undefined {
  if (!isScalar(node) || hasIntrinsicTag(node)) return undefined;
  if (typeof node.value === 'boolean') return node.value;
  if (typeof node.value === 'string' && /^(true|false)$/i.test(node.value)) return node.value.toLowerCase() === 'true';
  return undefined;
}

/** Strings of a list (or a single string); intrinsics and other items are skipped. */
export function plainStrings(node: YNode | undefined): Located<string>[] {
  if (isScalar(node)) {
    const value = plainString(node);
    return value === undefined ? [] : [{ value, node }];
  }
  if (!isSeq(node) || hasIntrinsicTag(node)) return [];
  return node.items.flatMap((item) => {
    const value = plainString(item);
    return value === undefined ? [] : [{ value, node: item }];
  });
}

/**
 * The logical id a value refers to: `!Ref X`, `{Ref: X}`, `!GetAtt X.Arn`, `{Fn::GetAtt: [X, Arn]}`;
 * a plain string is taken as the id itself when `plainIsId` (SAM accepts `RestApiId: MyApi`).
 */
export function referencedId(node: YNode | undefined, plainIsId = false): string | undefined {
  if (!node) return undefined;
  if (isScalar(node)) {
    if (typeof node.value !== 'string') return undefined;
    if (node.tag === '!Ref') return node.value;
    if (node.tag === '!GetAtt') return node.value.split('.')[0];
    return !hasIntrinsicTag(node) && plainIsId ? node.value : undefined;
  }
  if (isSeq(node) && node.tag === '!GetAtt') return plainString(node.items[0]);
  if (!isMap(node) || node.size !== 1) return undefined;
  const ref = get(node, 'Ref');
  if (ref) return plainString(ref);
  const getAtt = get(node, 'Fn::GetAtt');
  if (isSeq(getAtt)) return plainString(getAtt.items[0]);
  const text = plainString(getAtt);
  return text?.split('.')[0];
}

/** The attribute of `!GetAtt X.Attr` / `{Fn::GetAtt: [X, Attr]}`, when the value is one. */
export function getAttAttribute(node: YNode | undefined): string | undefined {
  if (isScalar(node) && node.tag === '!GetAtt' && typeof node.value === 'string') return node.value.split('.').slice(1).join('.');
  if (isSeq(node) && node.tag === '!GetAtt') return plainString(node.items[1]);
  const getAtt = isMap(node) && node.size === 1 ? get(node, 'Fn::GetAtt') : undefined;
  if (isSeq(getAtt)) return plainString(getAtt.items[1]);
  return plainString(getAtt)?.split('.').slice(1).join('.');
}

/** The text of a `!Sub`/`Fn::Sub` value (its template string), or of a plain string. */
export function subText(node: YNode | undefined): string | undefined {
  if (!node) return undefined;
  if (isScalar(node) && typeof node.value === 'string' && (node.tag === '!Sub' || !hasIntrinsicTag(node))) return node.value;
  if (isSeq(node) && node.tag === '!Sub') return plainString(node.items[0]);
  const sub = isMap(node) && node.size === 1 ? get(node, 'Fn::Sub') : undefined;
  if (isSeq(sub)) return plainString(sub.items[0]);
  return plainString(sub);
}

/**
 * The Lambda function a Lambda integration URI invokes, as a logical id of the template:
 * `arn:…:lambda:path/2015-03-31/functions/${MyFn.Arn}/invocations` or `!GetAtt MyFn.Arn`.
 */
export function lambdaFunctionId(uri: YNode | undefined): string | undefined {
  const text = subText(uri);
  if (text !== undefined) {
    const match = /functions\/\$\{([A-Za-z0-9]+)(?:\.Arn)?\}\/invocations/.exec(text);
    if (match) return match[1];
  }
  return getAttAttribute(uri) === 'Arn' ? referencedId(uri) : undefined;
}

/** `'*'` → `*`: REST API CORS values are header values in single quotes (mapping expressions). */
export function unquoteHeaderValue(value: string): string {
  const trimmed = value.trim();
  return trimmed.length >= 2 && trimmed.startsWith("'") && trimmed.endsWith("'") ? trimmed.slice(1, -1) : trimmed;
}

/** The pairs of a mapping whose keys are not among `known`, as `schema` findings with a did-you-mean. */
export function unknownKeys(map: YMap, known: readonly string[], describe: (key: string) => string): DialectFinding[] {
  const findings: DialectFinding[] = [];
  for (const pair of map.pairs) {
    const key = pair.keyText;
    if (known.includes(key)) continue;
    const suggestion = suggestNames(key, known)[0];
    const hint = suggestion ? ` Did you mean '${suggestion}'?` : ` Known keys: ${known.join(', ')}.`;
    findings.push({ ruleId: 'schema', node: pair.key, message: `${describe(key)}${hint}` });
  }
  return findings;
}

/**
 * A property of a SAM resource with `Globals` applied: the resource's own value wins; when both are
 * mappings, keys are looked up in the resource's value first, then in the global one.
 */
export class MergedProperty {
  constructor(
    readonly own: YNode | undefined,
    readonly global: YNode | undefined,
  ) {}

  /** The value that applies when the property is not merged key by key. */
  get value(): YNode | undefined {
    return this.own ?? this.global;
  }

  get isMerged(): boolean {
    return isMap(this.own) && !isIntrinsic(this.own) && isMap(this.global) && !isIntrinsic(this.global);
  }

  /** One key of a mapping value, with the resource's own mapping first. */
  pair(key: string): YPair | undefined {
    if (this.isMerged) return getPair(this.own as YMap, key) ?? getPair(this.global as YMap, key);
    const value = this.value;
    return isMap(value) ? getPair(value, key) : undefined;
  }

  get(key: string): YNode | undefined {
    return this.pair(key)?.value;
  }

  /** Every mapping whose keys apply (the resource's own, then the global one). */
  get maps(): YMap[] {
    if (this.isMerged) return [this.own as YMap, this.global as YMap];
    const value = this.value;
    return isMap(value) && !isIntrinsic(value) ? [value] : [];
  }
}
