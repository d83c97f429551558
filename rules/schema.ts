import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'schema',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'A document that breaks the JSON Schema of its format (wrong type, unknown field, missing field).',
  check({ schemaProblems, report }) {
    for (const problem of schemaProblems) report({ span: problem.span, message: problem.message });
  },
});
