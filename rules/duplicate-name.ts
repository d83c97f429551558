import { defineRule } from '../src/engine/rule.js';
import { shortLocation } from '../src/engine/finding.js';
import type { DuplicateDefinition } from '../src/model/types.js';

const KIND_NAMES: Record<DuplicateDefinition['kind'], string> = {
  route: 'route',
  upstream: 'upstream',
  corsPolicy: 'CORS policy',
  rateLimit: 'rate limit',
  authPolicy: 'auth policy',
  gateway: 'gateway',
};

export default defineRule({
  id: 'duplicate-name',
  family: 'routing',
  defaultSeverity: 'error',
  summary: 'Two routes, upstreams or policies with the same name across files: references and logs become ambiguous.',
  check({ model, report }) {
    for (const duplicate of model.duplicates) {
      const first = shortLocation(duplicate.first);
      const scope = duplicate.scope ?? 'names are global across files';
      const noun = duplicate.noun ?? KIND_NAMES[duplicate.kind];
      const message =
        duplicate.kind === 'gateway'
          ? `A second 'gateway' section (the first is at ${first}): a configuration has one gateway, and this section is ignored.`
          : duplicate.kind === 'route'
            ? `Route name '${duplicate.name}' is already used at ${first}: ${scope}, so logs, metrics and suppressions cannot tell the two routes apart.`
            : `A second ${noun} named '${duplicate.name}' (the first is at ${first}): ${scope}, so routes referring to '${duplicate.name}' get the first definition and this one is ignored.`;
      report({ span: duplicate.duplicate, message, related: [{ span: duplicate.first, message: `first '${duplicate.name}'` }] });
    }
  },
});
