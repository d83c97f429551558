/**
 * The GitHub Action: lint like the CLI, then report through @actions/core — a few annotations, a
 * job summary with every finding, the full report in a collapsed log group, optional SARIF, and
 * outputs. The step fails whenever findings reach `fail-on`, however much of the output was cut.
 */
import * as core from '@actions/core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { exitCodeFor } from '../cli/main.js';
import { UsageError } from '../cli/usage-error.js';
import { configLintOptions } from '../config/resolve.js';
import { configForFiles } from '../config/staged.js';
import { PathNotFoundError } from '../discover/files.js';
import type { Finding } from '../engine/finding.js';
import { lint } from '../lint.js';
import { formatReport } from '../report/format.js';
import { formatSarif } from '../report/sarif.js';
import { annotate } from './annotations.js';
import { baseSha, changedLinesSince, onChangedLines } from './changed-lines.js';
import { readInputs, type ActionInputs } from './inputs.js';
import { summaryHtml } from './summary.js';
import { describeCounts, summarise } from '../report/summary.js';
import { errorMessage } from '../util/text.js';

export interface ActionContext {
  readonly cwd: string;
  readonly env: NodeJS.ProcessEnv;
}

/** Findings on the pull request's changed lines, or all of them (with a notice) when that cannot be known. */
function limitToChanges(findings: Finding[], context: ActionContext): { findings: Finding[]; limited: boolean } {
  const eventPath = context.env.GITHUB_EVENT_PATH;
  let payload: unknown;
  try {
    payload = eventPath ? JSON.parse(readFileSync(eventPath, 'utf8')) : undefined;
  } catch (error) {
    core.notice(`only-changed: cannot read the event payload (${errorMessage(error)}); reporting all findings`);
    return { findings, limited: false };
  }
  const base = baseSha(payload);
  if (!base) {
    core.notice('only-changed: not a pull_request event (no pull_request.base.sha in the payload); reporting all findings');
    return { findings, limited: false };
  }
  const diff = changedLinesSince(base, context.cwd);
  if (!diff.ok) {
    core.notice(`only-changed: git diff against ${base} failed (${diff.reason}); reporting all findings. Check out with fetch-depth: 0.`);
    return { findings, limited: false };
  }
  return { findings: onChangedLines(findings, diff.changed), limited: true };
}

function writeSarif(file: string, text: string, cwd: string): void {
  const target = path.resolve(cwd, file);
  try {
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, text);
  } catch (error) {
    throw new UsageError(`cannot write sarif-file ${file} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
  }
}

async function lintAndReport(inputs: ActionInputs, context: ActionContext): Promise<void> {
  const { cwd } = context;
  const configFile = inputs.config ?? configForFiles(inputs.paths, cwd);
  const { configFolder: _folder, ...configOptions } = configLintOptions(configFile, inputs.paths, cwd, rules);
  const result = lint({ paths: inputs.paths, cwd, ...configOptions });
  if (result.failures.length > 0) {
    const failure = result.failures[0]!;
    throw new Error(`internal error in rule '${failure.ruleId}': ${errorMessage(failure.error)}`);
  }
  if (result.fileCount === 0 && result.unreadableFolderCount === 0) core.notice(`gwlint: no YAML or JSON files found in ${inputs.paths.join(', ')}`);

  const { findings, limited } = inputs.onlyChanged ? limitToChanges(result.findings, context) : { findings: result.findings, limited: false };
  const report = formatReport(inputs.format, findings, { files: result.filePaths, rules, color: false, suppressed: result.inlineSuppressed });
  core.startGroup(`gwlint report (${inputs.format}, ${findings.length} findings)`);
  core.info(report.replace(/\n$/, ''));
  core.endGroup();

  if (inputs.sarifFile !== undefined) {
    writeSarif(inputs.sarifFile, formatSarif(findings, rules, result.inlineSuppressed), cwd);
    core.setOutput('sarif-file', inputs.sarifFile);
  }
  const annotated = inputs.annotations ? annotate(findings, core) : 0;
  if (context.env.GITHUB_STEP_SUMMARY) {
    await core.summary.addRaw(summaryHtml({ findings, fileCount: result.fileCount, annotated, onlyChanged: limited })).write();
  }

  const counts = summarise(findings, result.fileCount);
  core.setOutput('errors', counts.errors);
  core.setOutput('warnings', counts.warnings);
  if (exitCodeFor(findings, inputs.failOn, undefined) === 1) {
    core.setFailed(
      `gwlint: ${describeCounts(counts)}; findings at or above '${inputs.failOn}' fail the step (fail-on)`,
    );
  }
}

/** Runs the Action; never throws: every problem ends as `core.setFailed` with one line. */
export async function runAction(context: ActionContext = { cwd: process.cwd(), env: process.env }): Promise<void> {
  try {
    await lintAndReport(readInputs((name) => core.getInput(name)), context);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PathNotFoundError) core.setFailed(`gwlint: ${error.message}`);
    else core.setFailed(`gwlint: ${error instanceof Error && error.message.startsWith('internal error') ? '' : 'internal error: '}${errorMessage(error)}`);
  }
}
