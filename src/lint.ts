/**
 * The pipeline, one stage after another: discover files → load (read, parse) → validate
 * (schemas) → build the model → run rules. Formatting is the caller's job.
 *
 * Everything runs on one thread, by measurement: on this project's 2-core reference machine two
 * threads parsing half the files each finish only about 20% sooner than one thread parsing all
 * (they share the memory bus and the garbage collector's helper threads), and a parsed tree costs
 * more to copy between threads (structured clone: 0.4–1.2 s for a 2.5 MB file's tree) than to
 * parse (0.2–0.3 s), so workers that parse for the main thread make runs slower, not faster.
 * Running the whole lint in one worker whose young generation is capped (`resourceLimits`: fewer
 * fresh pages to fault in) was 30 ms faster at 10,000 routes, the worker's start-up (about 70 ms
 * there) eating most of the saving, and 0.25–0.5 s slower at 100,000. Even two separate gwlint
 * processes, sharing nothing, each take about 1.6 times as long there as one alone.
 */
import { rules as allRules } from '../rules/index.js';
import { discoverFiles, type DiscoverScope } from './discover/files.js';
import type { Finding } from './engine/finding.js';
import type { LintInput, Rule, RuleSettings, SeveritySetting } from './engine/rule.js';
import { runRules, type RuleFailure } from './engine/run.js';
import type { CommentedFile } from './engine/suppress.js';
import { parseSource, type LoadProblem, type ParsedDocument } from './load/parse.js';
import { readSource } from './load/read.js';
import type { SourceFile } from './load/source.js';
import type { DialectChoice } from './dialect/dialect.js';
import { mergeParts, type Adapter } from './model/adapter.js';
import { adapterFor } from './model/adapters.js';
import { detectDocument } from './model/detect.js';
import type { GatewayModel, ModelPart } from './model/types.js';
import { validateNativeDocument, type SchemaProblem } from './validate/validate.js';
import { now } from './util/clock.js';

export interface LintOptions {
  readonly paths: readonly string[];
  readonly cwd: string;
  readonly ignorePatterns?: readonly string[];
  /** Per rule id: a severity that replaces the rule's own, or `off` (the command line's `--rule`; wins over `settings`). */
  readonly severities?: ReadonlyMap<string, SeveritySetting>;
  /** Severities that may differ per file (the config file's `rules` and `overrides`). */
  readonly settings?: RuleSettings;
  /** The config file's `include`/`ignore`, relative to its folder. */
  readonly scope?: DiscoverScope;
  readonly rules?: readonly Rule[];
  /** `auto` (the default) detects each document's dialect; anything else reads every document as that dialect. */
  readonly dialect?: DialectChoice;
  /** Per rule id, the options the config file gives it. */
  readonly ruleOptions?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Called before each file is parsed (the command tunes V8 there: cli/v8-tuning.ts). */
  readonly beforeEachFile?: (file: SourceFile) => void;
}

export type Stage = 'discover' | 'load' | 'schema' | 'model' | 'rules';

export type Timings = Record<Stage, number>;

export interface LintResult {
  readonly findings: Finding[];
  readonly fileCount: number;
  /** Every linted file as findings name it (relative to the working directory, `/`-separated). */
  readonly filePaths: string[];
  /** Folders that could not be listed (each has a `parse-error`): files in them may have gone unlinted. */
  readonly unreadableFolderCount: number;
  readonly byteCount: number;
  readonly routeCount: number;
  readonly failures: RuleFailure[];
  /** Findings an inline `# gwlint-disable…` comment suppressed (with its `-- reason`); not in `findings`. */
  readonly inlineSuppressed: Finding[];
  /** Milliseconds spent in each stage. */
  readonly timings: Timings;
  /** Milliseconds each rule took, by id; their sum is about the `rules` stage. */
  readonly ruleTimings: Record<string, number>;
}

export interface SourceInput {
  readonly file: SourceFile;
  /** Named on the command line: documents gwlint does not understand are then reported. */
  readonly explicit: boolean;
}

type Timer = <T>(stage: Stage, work: () => T) => T;

function makeTimer(timings: Timings): Timer {
  return (stage, work) => {
    const start = now();
    try {
      return work();
    } finally {
      timings[stage] += now() - start;
    }
  };
}

function noTimings(): Timings {
  return { discover: 0, load: 0, schema: 0, model: 0, rules: 0 };
}

export function lint(options: LintOptions): LintResult {
  const timings = noTimings();
  const timed = makeTimer(timings);
  const { files, unreadableFolders } = timed('discover', () => discoverFiles(options.paths, { cwd: options.cwd, ignorePatterns: options.ignorePatterns ?? [], scope: options.scope }));
  // A folder that could not be listed is reported on the folder, as an unreadable file is on the file:
  // an error when it was named, a warning when it was met while walking (`lost+found`, a database's
  // data folder), which may well hold no configuration.
  const unreadable: LoadProblem[] = unreadableFolders.map((folder) => {
    const file: SourceFile = { path: folder.path, displayPath: folder.displayPath, text: '' };
    const message = `Folder could not be read (${folder.code}); the files in it were not linted.`;
    return { ruleId: 'parse-error', span: { file, start: 0, end: 0 }, message, ...(folder.explicit ? {} : { severity: 'warning' as const }) };
  });
  const unreadableFiles: string[] = [];
  const sources = timed('load', () =>
    files.flatMap((discovered) => {
      const read = readSource(discovered.path, options.cwd);
      if (read.ok) return [{ file: read.file, explicit: discovered.explicit }];
      unreadable.push(read.problem);
      unreadableFiles.push(read.problem.span.file.displayPath);
      return [];
    }),
  );
  const result = lintSources(sources, options, timings, unreadable);
  // A file that could not be read was checked, and counts; a folder carries its finding but is no file.
  const filePaths = [...result.filePaths, ...unreadableFiles].sort();
  return { ...result, filePaths, fileCount: filePaths.length, unreadableFolderCount: unreadableFolders.length };
}

/** Lints files already in memory: everything after discovery and reading. */
export function lintSources(
  sources: readonly SourceInput[],
  options: Pick<LintOptions, 'severities' | 'settings' | 'rules' | 'dialect' | 'ruleOptions' | 'beforeEachFile'> = {},
  timings: Timings = noTimings(),
  earlierProblems: readonly LoadProblem[] = [],
): LintResult {
  const timed = makeTimer(timings);
  const loadProblems: LoadProblem[] = [...earlierProblems];
  const nativeDocuments: ParsedDocument[] = [];
  const unknownDocuments: ParsedDocument[] = [];
  const commentedFiles: CommentedFile[] = [];
  const read = new Map<Adapter<unknown>, { items: unknown[]; firstFile: SourceFile }>();
  const choice = options.dialect ?? 'auto';
  let byteCount = 0;
  timed('load', () => {
    for (const source of sources) {
      byteCount += source.file.text.length;
      options.beforeEachFile?.(source.file);
      const parsed = guarded(source.file, loadProblems, () => parseSource(source.file));
      if (!parsed) continue;
      loadProblems.push(...parsed.problems);
      if (parsed.comments.length > 0) {
        commentedFiles.push({ file: source.file, comments: parsed.comments, roots: parsed.documents.map((document) => document.root) });
      }
      const notUnderstood: ParsedDocument[] = [];
      for (const document of parsed.documents) {
        const adapter = adapterFor(detectDocument(document.root), choice);
        const item = adapter && guarded(source.file, loadProblems, () => adapter.read(document));
        if (adapter && item !== undefined) {
          if (adapter.dialect === 'native') nativeDocuments.push(document);
          const entry = read.get(adapter) ?? { items: [], firstFile: source.file };
          entry.items.push(item);
          read.set(adapter, entry);
        } else {
          notUnderstood.push(document);
        }
      }
      const understood = notUnderstood.length < parsed.documents.length;
      if (source.explicit) {
        // A manifest bundle (an HTTPRoute next to its Service and Deployment) is gateway
        // configuration: its other Kubernetes objects were not named by mistake.
        const bundle = understood && choice === 'auto';
        unknownDocuments.push(...notUnderstood.filter((document) => !(bundle && detectDocument(document.root) === 'kubernetes')));
      }
      if (parsed.strictJsonProblem && understood) loadProblems.push(parsed.strictJsonProblem);
    }
  });

  const schemaProblems: SchemaProblem[] = timed('schema', () =>
    nativeDocuments.flatMap((document) => guarded(document.file, loadProblems, () => validateNativeDocument(document.root)) ?? []),
  );
  const model: GatewayModel = timed('model', () => {
    const parts: ModelPart[] = [];
    for (const [adapter, { items, firstFile }] of read) {
      const part = guarded(firstFile, loadProblems, () => adapter.build(items));
      if (part) parts.push(part);
    }
    return mergeParts(parts);
  });
  const input: LintInput = { model, loadProblems, schemaProblems, unknownDocuments, commentedFiles, ruleOptions: options.ruleOptions };
  const { findings, failures, inlineSuppressed, ruleTimings } = timed('rules', () => runRules(options.rules ?? allRules, input, options.severities ?? new Map(), options.settings));

  const filePaths = sources.map((source) => source.file.displayPath).sort();
  return { findings, fileCount: filePaths.length, filePaths, unreadableFolderCount: 0, byteCount, routeCount: model.routes.length, failures, inlineSuppressed, timings, ruleTimings };
}

/**
 * Runs one file's work so that an unexpected failure becomes a finding on that file and the
 * other files are still linted: one broken file never stops the run.
 */
function guarded<T>(file: SourceFile, problems: LoadProblem[], work: () => T): T | undefined {
  try {
    return work();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    problems.push({ ruleId: 'parse-error', span: { file, start: 0, end: 0 }, message: `gwlint could not process this file (${reason}); it was not linted. Please report this.` });
    return undefined;
  }
}
