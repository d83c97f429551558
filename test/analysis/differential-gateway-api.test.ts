/**
 * Differential check of gwlint's Gateway API (HTTPRoute) routing verdicts against an independent
 * reference router (differential-gateway-api.ts).
 */
import { describe, it } from 'vitest';
import { gatewayApiHarness } from './differential-gateway-api.js';
import { sweep } from './differential-report.js';

describe('differential: Gateway API HTTPRoute routing verdicts', () => {
  it('holds every verdict on 350 random Gateway + HTTPRoute manifests', () => {
    // Verdicts on a PathPrefix behind a RegularExpression are "found by example" and may be wrong
    // (`/ab(/x.*)?$` takes every example gwlint tries for PathPrefix `/ab`, not `/ab/q`): counted
    // as soft, never a failure. An "unreachable" error needs a non-regex winner, which the
    // Gateway API's precedence never gives a different match (identical ones are duplicates).
    sweep({ harness: gatewayApiHarness, firstSeed: 1, tables: 350, minimumChecked: { duplicate: 200, 'path-never-reached': 10 } });
  }, 60_000);
});
