import type { GatewayModel } from '../model/types.js';
import type { LoadProblem, ParsedDocument } from '../load/parse.js';
import type { Span } from '../load/source.js';
import type { SchemaProblem } from '../validate/validate.js';
import { ruleDocsUrl } from '../meta.js';
import type { CommentedFile } from './suppress.js';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

/** The production error family a rule protects against (`rules.md`). */
export type RuleFamily = 'routing' | 'auth' | 'rate-limit' | 'upstream' | 'cors' | 'payload' | 'observability' | 'general';

export interface RuleMeta {
  /** Stable forever: users' suppressions and configs name it. */
  readonly id: string;
  readonly family: RuleFamily;
  readonly defaultSeverity: Severity;
  /** One line, shown by `gwlint rules` and in SARIF. */
  readonly summary: string;
  readonly docsUrl: string;
  /**
   * The JSON Schema (draft 2020-12) of the rule's options, as users give them in the config file
   * (`rules: { id: [severity, { ...options }] }`). Absent: the rule takes no options.
   */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
  /**
   * Runs after inline suppression was applied to every other rule's findings, and is given the
   * directives that suppressed nothing (`unused-suppression`).
   */
  readonly runsAfterSuppression?: boolean;
}

/** The options schema of a rule that declares none: an empty mapping, no option allowed. */
export const NO_OPTIONS_SCHEMA: Readonly<Record<string, unknown>> = { type: 'object', additionalProperties: false };

/**
 * The severity the user set for a rule's findings, which may differ per file (config `overrides`).
 * `undefined` keeps the rule's own severity.
 */
export interface RuleSettings {
  /** The setting for the findings of `ruleId` in the file at the absolute path `file`. */
  severity(ruleId: string, file: string): SeveritySetting | undefined;
  /** False when the rule is off for every file, so it need not run at all. */
  runs(ruleId: string): boolean;
}

export interface RelatedLocation {
  readonly span: Span;
  readonly message: string;
}

export interface FindingDescriptor {
  readonly span: Span;
  readonly message: string;
  readonly related?: readonly RelatedLocation[];
  /**
   * A lesser severity for a milder form of the problem (partial shadowing is a warning where full
   * shadowing is an error). Ignored when the user sets the rule's severity.
   */
  readonly severity?: Severity;
}

/** Everything the earlier stages produced, for rules to read. */
export interface LintInput {
  readonly model: GatewayModel;
  readonly loadProblems: readonly LoadProblem[];
  readonly schemaProblems: readonly SchemaProblem[];
  /** Documents gwlint does not understand, from files named on the command line. */
  readonly unknownDocuments: readonly ParsedDocument[];
  /** The comments and trees of files that have comments, for inline suppression. */
  readonly commentedFiles?: readonly CommentedFile[];
  /** Per rule id, the options the config file gives it (`rules: { id: [severity, options] }`). */
  readonly ruleOptions?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** For rules that run after suppression: the directives that suppressed nothing. */
  readonly unusedSuppressions?: readonly FindingDescriptor[];
}

export interface RuleContext extends LintInput {
  report(finding: FindingDescriptor): void;
  /** This rule's options from the config file, already checked against its `optionsSchema`; `{}` when none. */
  readonly options: Readonly<Record<string, unknown>>;
}

export type Report = RuleContext['report'];

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Declares a rule; the docs URL follows from the id, so a rule file holds only what is its own. */
export function defineRule(definition: Omit<RuleMeta, 'docsUrl'> & { check(context: RuleContext): void }): Rule {
  const { check, ...meta } = definition;
  return { meta: { ...meta, docsUrl: ruleDocsUrl(meta.id) }, check };
}

/** The check of a rule whose findings the loader already made (`parse-error`, `duplicate-key`). */
export function reportLoadProblems(ruleId: LoadProblem['ruleId']): (context: RuleContext) => void {
  return ({ loadProblems, report }) => {
    for (const problem of loadProblems) {
      if (problem.ruleId === ruleId) report({ span: problem.span, message: problem.message, severity: problem.severity, related: problem.related });
    }
  };
}

/** The check of a rule whose findings an adapter made while reading a dialect's files. */
export function reportDialectFindings(ruleId: string): (context: RuleContext) => void {
  return ({ model, report }) => {
    for (const finding of model.dialectFindings) {
      if (finding.ruleId !== ruleId) continue;
      report({
        span: finding.node,
        message: finding.message,
        severity: finding.severity,
        related: finding.related?.map((related) => ({ span: related.node, message: related.message })),
      });
    }
  };
}
