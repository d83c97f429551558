import { defineRule, reportDialectFindings } from '../src/engine/rule.js';

export default defineRule({
  id: 'schema',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'A document that breaks the JSON Schema of its format, or a value its gateway rejects (wrong type, unknown field, missing field, bad duration).',
  check(context) {
    for (const problem of context.schemaProblems) context.report({ span: problem.span, message: problem.message });
    reportDialectFindings('schema')(context);
  },
});
