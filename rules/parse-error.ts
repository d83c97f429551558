import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'parse-error',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'A file that cannot be read or parsed as YAML or JSON; every other file is still linted.',
  check({ loadProblems, report }) {
    for (const problem of loadProblems) {
      if (problem.ruleId === 'parse-error') report({ span: problem.span, message: problem.message, related: problem.related });
    }
  },
});
