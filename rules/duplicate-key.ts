import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'duplicate-key',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'The same key twice in one mapping: parsers disagree on which value the gateway gets.',
  check({ loadProblems, report }) {
    for (const problem of loadProblems) {
      if (problem.ruleId === 'duplicate-key') report({ span: problem.span, message: problem.message, related: problem.related });
    }
  },
});
