/**
 * The Kong decK adapter: `_format_version` 1.1 (Kong 2.x) and 3.x files, and files without a
 * version (read as Kong 3). See build.ts for what is modelled and how files are grouped.
 */
import type { ParsedDocument } from '../../load/parse.js';
import { isMap } from '../../load/tree.js';
import { emptyPart, type Adapter } from '../../model/adapter.js';
import { DocumentReader, type KongDocument, type KongPart } from './build.js';

/** Top-level keys that make a mapping a decK document (under `--dialect kong` too). */
const DECK_KEYS = new Set([
  '_format_version',
  '_info',
  '_workspace',
  '_konnect',
  '_transform',
  '_plugin_configs',
  'services',
  'routes',
  'upstreams',
  'plugins',
  'consumers',
  'consumer_groups',
  'certificates',
  'ca_certificates',
  'snis',
  'vaults',
  'key_sets',
  'keys',
  'partials',
  'filter_chains',
  'custom_entities',
  'licenses',
  'rbac_roles',
]);

export const kongAdapter: Adapter<KongDocument> = {
  dialect: 'kong',
  kinds: ['kong'],
  read(document: ParsedDocument): KongDocument | undefined {
    const root = document.root;
    if (!isMap(root) || !root.pairs.some((pair) => DECK_KEYS.has(String(pair.key.value)))) return undefined;
    return { document, root };
  },
  build(documents) {
    const part = emptyPart() as unknown as KongPart;
    for (const document of documents) new DocumentReader(document, part).read();
    return part;
  },
};
