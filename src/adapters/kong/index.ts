/**
 * The Kong decK adapter: `_format_version` 1.1 (Kong 2.x) and 3.x files, and files without a
 * version (read as Kong 3). See build.ts for what is modelled and how files are grouped.
 */
import type { ParsedDocument } from '../../load/parse.js';
import { get, isMap, isSeq, stringValue, type YMap } from '../../load/tree.js';
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

/** The names and ids of a decK document's services. */
function serviceKeys(root: YMap): string[] {
  const services = get(root, 'services');
  if (!isSeq(services)) return [];
  return services.items.flatMap((service) => [stringValue(get(service, 'name')), stringValue(get(service, 'id'))].filter((key): key is string => key !== undefined));
}

export const kongAdapter: Adapter<KongDocument> = {
  dialect: 'kong',
  kinds: ['kong'],
  read(document: ParsedDocument): KongDocument | undefined {
    const root = document.root;
    if (!isMap(root) || !root.pairs.some((pair) => DECK_KEYS.has(pair.keyText))) return undefined;
    return { document, root };
  },
  build(documents) {
    const part = emptyPart() as unknown as KongPart;
    // decK merges the files it is given, so a route may name a service of another file.
    const servicesOfRun = new Set(documents.flatMap((document) => serviceKeys(document.root)));
    for (const document of documents) new DocumentReader(document, part, servicesOfRun).read();
    return part;
  },
};
