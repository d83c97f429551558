import { awsAdapter } from '../../../src/adapters/aws/index.js';
import { parseSource } from '../../../src/load/parse.js';
import type { GatewayModel, Route } from '../../../src/model/types.js';

/** The AWS adapter's model of one file, read directly (no rules run). */
export function awsModel(text: string, name = 'template.yaml'): GatewayModel {
  const parsed = parseSource({ path: `/virtual/${name}`, displayPath: name, text });
  const parts = parsed.documents.flatMap((document) => {
    const part = awsAdapter.read(document);
    return part ? [part] : [];
  });
  return awsAdapter.build(parts);
}

/** `name → 'GET /x'` for quick assertions about what was modelled. */
export function routeSummary(route: Route): string {
  return `${route.methods?.map((method) => method.value).join(',') ?? 'ANY'} ${route.paths[0]!.value}`;
}

export function routeNamed(model: GatewayModel, name: string): Route {
  const route = model.routes.find((candidate) => candidate.name === name);
  if (!route) throw new Error(`no route '${name}' among ${model.routes.map((r) => r.name).join(', ')}`);
  return route;
}
