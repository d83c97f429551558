import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

/**
 * A temporary project: files (relative path → text) written under a fresh folder that holds a
 * `.git` folder, so the upward search for a config file stops there and never sees the machine's
 * own folders.
 */
export function tempProject(files: Record<string, string>): { root: string; remove: () => void } {
  const root = mkdtempSync(path.join(tmpdir(), 'gwlint-config-'));
  mkdirSync(path.join(root, '.git'));
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** A `project(files)` for one test file: every project it makes is removed after its test. */
export function tempProjects(): (files: Record<string, string>) => string {
  const cleanups: (() => void)[] = [];
  afterEach(() => cleanups.splice(0).forEach((remove) => remove()));
  return (files) => {
    const { root, remove } = tempProject(files);
    cleanups.push(remove);
    return root;
  };
}

/** Two routes where the second is shadowed by the first (`shadowed-route`, error by default). */
export const SHADOWED = `routes:
  - name: catch-all
    paths: ["/v1/**"]
    upstream: orders
  - name: get-order
    paths: ["/v1/orders"]
    upstream: orders
upstreams:
  orders: { url: https://orders.internal }
`;

/** A path differing only by a trailing slash (`trailing-slash-mismatch`, warning by default). */
export const TRAILING = `routes:
  - name: list
    paths: ["/v2/items"]
    upstream: items
  - name: search
    paths: ["/v2/items/"]
    methods: [POST]
    upstream: items
upstreams:
  items: { url: https://items.internal }
`;
