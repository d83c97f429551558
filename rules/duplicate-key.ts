import { defineRule, reportLoadProblems } from '../src/engine/rule.js';

export default defineRule({
  id: 'duplicate-key',
  family: 'general',
  defaultSeverity: 'error',
  summary: 'The same key twice in one mapping: parsers disagree on which value the gateway gets.',
  check: reportLoadProblems('duplicate-key'),
});
