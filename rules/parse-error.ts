import { defineRule, reportLoadProblems } from '../src/engine/rule.js';

export default defineRule({
  id: 'parse-error',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'A file that cannot be read or parsed as YAML or JSON; every other file is still linted.',
  check: reportLoadProblems('parse-error'),
});
