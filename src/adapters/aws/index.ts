/**
 * The AWS API Gateway adapter: API Gateway OpenAPI definitions (Swagger 2.0 / OpenAPI 3 with
 * `x-amazon-apigateway-*` extensions) and CloudFormation / AWS SAM templates. Each API is its own
 * gateway (routes of different APIs never compete); names are per template. Everything of a
 * document is read at once, since nothing refers across files.
 */
import type { ParsedDocument } from '../../load/parse.js';
import { get, isMap, type YMap, type YNode } from '../../load/tree.js';
import { emptyPart, mergeParts, type Adapter } from '../../model/adapter.js';
import type { ModelPart } from '../../model/types.js';
import { ApiBuilder, type Sink } from './api.js';
import { guessApiKind, hasApiGatewayExtensions, readDefinition } from './openapi.js';
import { documentLabel, isCloudFormation, readTemplate } from './template.js';

function isOpenApi(root: YMap): boolean {
  return get(root, 'openapi') !== undefined || get(root, 'swagger') !== undefined;
}

/** One document's part of the model, or undefined when it is no API Gateway configuration. */
export function readAwsDocument(document: ParsedDocument): ModelPart | undefined {
  const root = document.root;
  if (!isMap(root)) return undefined;
  const sink: Sink = { findings: [], invalidPaths: [], unresolved: [] };
  let builders: ApiBuilder[];
  if (isOpenApi(root) && !isMap(get(root, 'Resources'))) {
    // An OpenAPI document that is not meant for API Gateway is not ours.
    if (!hasApiGatewayExtensions(root)) return undefined;
    const builder = new ApiBuilder(guessApiKind(root), `aws:${document.file.path}#${document.index}`, documentLabel(root, document.file.displayPath), '', root, sink);
    const lambdaUpstream = (id: string, node: YNode) => builder.upstream(id, () => ({ name: id, nameNode: node, node, basePath: '' }));
    readDefinition(root, builder, { lambdaUpstream, corsFromTemplate: false });
    builders = [builder];
  } else if (isCloudFormation(root)) {
    builders = readTemplate(root, document, sink);
  } else {
    return undefined;
  }
  const apis = builders.map((builder) => builder.finish());
  return {
    ...emptyPart(),
    gateways: apis.map((api) => api.gateway),
    routes: apis.flatMap((api) => api.routes),
    upstreams: apis.flatMap((api) => api.upstreams),
    corsPolicies: apis.flatMap((api) => api.corsPolicies),
    authPolicies: apis.flatMap((api) => api.authPolicies),
    dialectFindings: unique(sink.findings, (finding) => `${finding.node.start}:${finding.node.end}:${finding.message}`),
    invalidPaths: unique(sink.invalidPaths, (invalid) => `${invalid.node.start}:${invalid.route}`),
    unresolved: unique(sink.unresolved, (reference) => `${reference.node.start}:${reference.node.end}:${reference.name}`),
  };
}

/** A `Globals` value applies to several APIs; what it causes is reported once. */
function unique<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

export const awsAdapter: Adapter<ModelPart> = {
  dialect: 'aws',
  kinds: ['openapi', 'cloudformation'],
  read: readAwsDocument,
  build: (parts) => (parts.length === 0 ? emptyPart() : mergeParts(parts)),
};
