import { awsAdapter } from '../adapters/aws/index.js';
import { gatewayApiAdapter } from '../adapters/gateway-api/index.js';
import { kongAdapter } from '../adapters/kong/index.js';
import type { DialectChoice } from '../dialect/dialect.js';
import type { Adapter } from './adapter.js';
import type { DocumentKind } from './detect.js';
import { nativeAdapter } from './native.js';

/** Every adapter; each document goes to the one its detected kind (or `--dialect`) names. */
export const adapters: readonly Adapter<unknown>[] = [nativeAdapter, kongAdapter, gatewayApiAdapter, awsAdapter];

export function adapterFor(kind: DocumentKind, choice: DialectChoice): Adapter<unknown> | undefined {
  if (choice !== 'auto') return adapters.find((adapter) => adapter.dialect === choice);
  return adapters.find((adapter) => adapter.kinds.includes(kind));
}
