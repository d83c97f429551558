import { defineRule } from '../src/engine/rule.js';
import type { PolicyKind } from '../src/model/types.js';

const CONSEQUENCES: Record<PolicyKind, { noun: string; consequence: string }> = {
  upstream: { noun: 'upstream', consequence: 'the gateway has nowhere to send requests (the configuration is rejected, or requests fail with 502/503)' },
  authPolicy: { noun: 'auth policy', consequence: 'the gateway rejects the configuration, or serves requests without the authentication you meant' },
  corsPolicy: { noun: 'CORS policy', consequence: 'browser calls fail their CORS checks' },
  rateLimit: { noun: 'rate limit', consequence: 'requests run without the rate limit you meant' },
};

export default defineRule({
  id: 'unknown-reference',
  family: 'routing',
  defaultSeverity: 'error',
  summary: 'A route names an upstream, CORS, rate-limit or auth policy that does not exist.',
  check({ model, report }) {
    for (const reference of model.unresolved) {
      const { noun: modelNoun, consequence } = CONSEQUENCES[reference.kind];
      const noun = reference.noun ?? modelNoun;
      const hint = reference.candidates.length > 0 ? ` Did you mean '${reference.candidates[0]}'?` : '';
      report({
        span: reference.node,
        message: `${capitalise(noun)} '${reference.name}', referenced by ${reference.from}, is not defined: ${consequence}.${hint}`,
      });
    }
  },
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
