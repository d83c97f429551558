import type { Rule } from '../engine/rule.js';

export function formatRulesTable(rules: readonly Rule[]): string {
  const idWidth = Math.max(...rules.map((rule) => rule.meta.id.length));
  const familyWidth = Math.max(...rules.map((rule) => rule.meta.family.length));
  const rows = rules.map(
    ({ meta }) => `${meta.id.padEnd(idWidth)}  ${meta.defaultSeverity.padEnd(7)}  ${meta.family.padEnd(familyWidth)}  ${meta.summary}`,
  );
  return `${'rule'.padEnd(idWidth)}  ${'default'.padEnd(7)}  ${'family'.padEnd(familyWidth)}  summary\n${rows.join('\n')}\n`;
}

export function formatRulesJson(rules: readonly Rule[]): string {
  return `${JSON.stringify(rules.map((rule) => rule.meta), null, 2)}\n`;
}
