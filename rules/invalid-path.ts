import { defineRule } from '../src/engine/rule.js';

export default defineRule({
  id: 'invalid-path',
  family: 'routing',
  defaultSeverity: 'error',
  summary: "A path pattern the gateway would reject or misread: no leading '/', '//', dot segments, unclosed '{', '**' not at the end.",
  check({ model, report }) {
    for (const invalid of model.invalidPaths) {
      if (invalid.severity === 'warning') {
        report({ span: invalid.node, severity: 'warning', message: `Path '${invalid.path}' of route '${invalid.route}' is probably not what was meant: ${invalid.reason}.` });
        continue;
      }
      report({
        span: invalid.node,
        message: `Path '${invalid.path}' of route '${invalid.route}' is invalid (${invalid.reason}): the gateway rejects or misreads it, so requests to it get 404. It is left out of the routing checks.`,
      });
    }
  },
});
