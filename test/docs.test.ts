/**
 * The rule pages in docs/rules are part of the product: every rule has one, and its examples are
 * real. The Bad example must produce the findings the page shows; the Good example none of that rule.
 * After an intended change of a message, `UPDATE_DOCS=1 npx vitest run test/docs.test.ts` rewrites
 * the shown output of every page from what gwlint really reports; review the diff.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import type { Finding } from '../src/engine/finding.js';
import { lintSources } from '../src/lint.js';
import { lintText } from './helpers/lint-text.js';

const DOCS = fileURLToPath(new URL('../docs/rules/', import.meta.url));
/** The name the examples are linted under, as the pages' shown output says. */
const EXAMPLE_FILE = 'example.yaml';

function readPage(id: string): string {
  return readFileSync(`${DOCS}${id}.md`, 'utf8');
}

/** The text under `## heading`, up to the next `## ` heading. */
function section(page: string, heading: string): string {
  const start = page.indexOf(`\n## ${heading}\n`);
  if (start === -1) return '';
  const body = page.slice(start + heading.length + 5);
  const end = body.search(/^## /m);
  return end === -1 ? body : body.slice(0, end);
}

/** The contents of the fenced blocks of one language in `text`. */
function fenced(text: string, language: string): string[] {
  const pattern = new RegExp('^```' + language + '\\n([\\s\\S]*?)^```$', 'gm');
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

/**
 * All findings of an example linted alone as one file. `unknown-document` only reports files named
 * on the command line, so its examples are linted as an explicit file.
 */
function lintExample(ruleId: string, text: string): Finding[] {
  if (ruleId !== 'unknown-document') return lintText({ [EXAMPLE_FILE]: text });
  const file = { path: `/virtual/${EXAMPLE_FILE}`, displayPath: EXAMPLE_FILE, text };
  const { findings, failures } = lintSources([{ file, explicit: true }]);
  if (failures.length > 0) throw failures[0]!.error;
  return findings;
}

/** A finding as the pages show it: `example.yaml:14:5  error  message`. */
function shown(finding: Finding): string {
  return `${finding.file}:${finding.line}:${finding.column}  ${finding.severity}  ${finding.message}`;
}

describe('rule docs', () => {
  describe.each(rules.map((rule) => [rule.meta.id, rule] as const))('%s', (id, rule) => {
    const path = `${DOCS}${id}.md`;

    it('has a page at the URL in its metadata', () => {
      expect(existsSync(path)).toBe(true);
      expect(rule.meta.docsUrl.endsWith(`/docs/rules/${id}.md`)).toBe(true);
    });

    it('titles the page with the id and states the default severity and family', () => {
      const page = readPage(id);
      expect(page.startsWith(`# ${id}\n`)).toBe(true);
      expect(page).toContain(`**Default severity:** ${rule.meta.defaultSeverity}`);
      expect(page).toContain(`**Family:** ${rule.meta.family}`);
    });

    it('has every section, with one yaml example under Bad and under Good', () => {
      const page = readPage(id);
      for (const heading of ['What it catches', 'Why it matters', 'Bad', 'Good', 'Options', 'How to suppress']) {
        expect(section(page, heading), `section '## ${heading}'`).not.toBe('');
      }
      expect(fenced(section(page, 'Bad'), 'yaml')).toHaveLength(1);
      expect(fenced(section(page, 'Good'), 'yaml')).toHaveLength(1);
      expect(section(page, 'How to suppress')).toContain(`--rule ${id}=off`);
    });

    it('has a Bad example that the rule reports, as the page shows', () => {
      let bad = section(readPage(id), 'Bad');
      const findings = lintExample(id, fenced(bad, 'yaml')[0] ?? '');
      const own = findings.filter((finding) => finding.ruleId === id);
      expect(own.length).toBeGreaterThan(0);
      if (process.env.UPDATE_DOCS === '1') {
        const page = readPage(id);
        const updatedBad = bad.replace(/^```text\n[\s\S]*?^```$/m, `\`\`\`text\n${own.map(shown).join('\n')}\n\`\`\``);
        writeFileSync(path, page.replace(bad, updatedBad));
        bad = updatedBad;
      }
      // The page shows every finding of this rule, and nothing the example does not produce.
      const lines = (fenced(bad, 'text')[0] ?? '').split('\n').filter((line) => line !== '');
      for (const finding of own) expect(lines).toContain(shown(finding));
      for (const line of lines) expect(findings.map(shown)).toContain(line);
    });

    it('has a Good example that the rule does not report', () => {
      const good = fenced(section(readPage(id), 'Good'), 'yaml')[0] ?? '';
      expect(good).not.toBe('');
      expect(lintExample(id, good).filter((finding) => finding.ruleId === id)).toEqual([]);
    });
  });

  it('lists every rule in docs/rules/README.md, with its default severity and family', () => {
    const index = readFileSync(`${DOCS}README.md`, 'utf8');
    for (const { meta } of rules) {
      expect(index).toContain(`| [${meta.id}](${meta.id}.md) | ${meta.defaultSeverity} | ${meta.family} |`);
    }
  });

  it('has no page for a rule that does not exist', () => {
    const pages = readdirSync(DOCS).filter((name) => name.endsWith('.md') && name !== 'README.md');
    expect(pages.map((name) => name.slice(0, -3)).sort()).toEqual(rules.map((rule) => rule.meta.id).sort());
  });
});
