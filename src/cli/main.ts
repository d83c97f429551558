import { writeFileSync } from 'node:fs';
import { rules } from '../../rules/index.js';
import { applyBaseline } from '../baseline/filter.js';
import { baselineSummary, baselineWritten } from '../baseline/message.js';
import { readBaseline } from '../baseline/read.js';
import { writeBaseline } from '../baseline/write.js';
import { writeStarterConfig } from '../config/init.js';
import { printConfig } from '../config/print.js';
import { configLintOptions } from '../config/resolve.js';
import { configForFiles, onStagedFiles, stagedRun } from '../config/staged.js';
import { PathNotFoundError } from '../discover/files.js';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule.js';
import { lint, type LintOptions } from '../lint.js';
import { VERSION } from '../meta.js';
import { formatReport } from '../report/format.js';
import { summarise } from '../report/summary.js';
import { formatTimings } from '../report/timing.js';
import { HELP, parseCli, type CliOptions, type Format } from './args.js';
import { formatRulesJson, formatRulesTable } from './rules-list.js';
import { UsageError } from './usage-error.js';
import { errorMessage } from '../util/text.js';
import { now } from '../util/clock.js';

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

export interface Io {
  readonly argv: readonly string[];
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
  readonly stdoutIsTty: boolean;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Told when the run lints (not for `--version`, `rules` or `init`). */
  readonly onLint?: () => void;
  /** Called before each file the run parses. */
  readonly beforeEachFile?: LintOptions['beforeEachFile'];
}

/** GitHub Actions reads annotations from a step's output; a person at a terminal still reads stylish. */
function chooseFormat(options: CliOptions, io: Io): Format {
  if (options.format) return options.format;
  return io.env.GITHUB_ACTIONS === 'true' && !io.stdoutIsTty && !options.output ? 'github' : 'stylish';
}

function useColor(options: CliOptions, io: Io): boolean {
  if (options.color !== undefined) return options.color;
  if (options.output) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  if (io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0') return true;
  return io.stdoutIsTty;
}

/** Exit code per `cli.md`: 1 when findings reach the fail level or warnings exceed the maximum. */
export function exitCodeFor(findings: readonly Finding[], failOn: Severity, maxWarnings: number | undefined): 0 | 1 {
  const failing = findings.some((finding) => SEVERITY_RANK[finding.severity] >= SEVERITY_RANK[failOn]);
  const warnings = findings.filter((finding) => finding.severity === 'warning').length;
  return failing || (maxWarnings !== undefined && warnings > maxWarnings) ? 1 : 0;
}

function emit(text: string, options: CliOptions, io: Io): void {
  if (!options.output) {
    if (text !== '') io.stdout(text);
    return;
  }
  try {
    writeFileSync(options.output, text);
  } catch (error) {
    throw new UsageError(`cannot write --output ${options.output} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
}

export function main(io: Io): number {
  try {
    const options = parseCli(io.argv, rules.map((rule) => rule.meta.id));
    if (options.command === 'help') {
      io.stdout(HELP);
      return 0;
    }
    if (options.command === 'version') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    if (options.command === 'rules') {
      emit(options.format === 'json' ? formatRulesJson(rules) : formatRulesTable(rules), options, io);
      return 0;
    }
    if (options.command === 'init') {
      io.stdout(writeStarterConfig(io.cwd));
      return 0;
    }
    if (options.printConfig !== undefined) {
      emit(printConfig(options.printConfig, options.config, io.cwd, rules, options.severities), options, io);
      return 0;
    }
    const baseline = options.baseline === undefined ? undefined : readBaseline(options.baseline);
    const configFile = options.config ?? configForFiles(options.paths, io.cwd);
    const { configFolder, ...configOptions } = configLintOptions(configFile, options.paths, io.cwd, rules);
    const staged = stagedRun(options.paths, configFolder, io.cwd);
    io.onLint?.();
    const result = lint({
      paths: staged ? [staged.root] : options.paths,
      cwd: io.cwd,
      ignorePatterns: options.ignorePatterns,
      severities: options.severities,
      ...configOptions,
      dialect: options.dialect ?? configOptions.dialect,
      beforeEachFile: io.beforeEachFile,
    });
    const linted = staged ? onStagedFiles(result.findings, staged, io.cwd) : result.findings;
    // With --baseline, the report and the exit code consider only the findings it does not record.
    const filtered = baseline ? applyBaseline(linted, baseline) : undefined;
    if (options.writeBaseline !== undefined && result.failures.length === 0) {
      if (filtered) io.stderr(baselineSummary(filtered, options.baseline!));
      io.stderr(baselineWritten(writeBaseline(options.writeBaseline, linted), options.writeBaseline));
      return 0;
    }
    const findings = filtered ? filtered.findings : linted;
    const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error') : findings;
    const reportStart = now();
    const report = formatReport(chooseFormat(options, io), shown, {
      files: result.filePaths,
      rules,
      color: useColor(options, io),
      suppressed: result.inlineSuppressed,
    });
    emit(report, options, io);
    const timing = formatTimings(io.env.GWLINT_TIMING, () => ({
      stages: { ...result.timings, report: now() - reportStart },
      rules: result.ruleTimings,
      totalMs: now(),
      maxRssKiB: process.resourceUsage().maxRSS,
      files: result.fileCount,
      bytes: result.byteCount,
      routes: result.routeCount,
    }));
    if (timing) io.stderr(timing);
    if (filtered) io.stderr(baselineSummary(filtered, options.baseline!));
    if (result.fileCount === 0 && result.unreadableFolderCount === 0) io.stderr(`gwlint: no YAML or JSON files found in ${options.paths.join(', ')}\n`);
    const warnings = summarise(findings, result.fileCount).warnings;
    if (options.quiet && options.maxWarnings !== undefined && warnings > options.maxWarnings) {
      io.stderr(`gwlint: ${warnings} warnings (hidden by --quiet) exceed --max-warnings ${options.maxWarnings}\n`);
    }
    if (result.failures.length > 0) {
      const failure = result.failures[0]!;
      io.stderr(`gwlint: internal error in rule '${failure.ruleId}': ${errorMessage(failure.error)}${debugHint(io, failure.error)}\n`);
      return 2;
    }
    return exitCodeFor(findings, options.failOn, options.maxWarnings);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathNotFoundError) {
      io.stderr(`gwlint: ${error.message}\n`);
      return 2;
    }
    io.stderr(`gwlint: internal error: ${errorMessage(error)}${debugHint(io, error)}\n`);
    return 2;
  }
}

function debugHint(io: Io, error: unknown): string {
  if (io.env.GWLINT_DEBUG === '1') return `\n${error instanceof Error ? error.stack : String(error)}`;
  return ' (set GWLINT_DEBUG=1 for details)';
}
