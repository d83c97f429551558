/**
 * Differential check of gwlint's AWS API Gateway (HTTP API, OpenAPI 3) routing verdicts against a
 * loose, independent reference router (differential-aws.ts).
 */
import { describe, it } from 'vitest';
import { awsHarness } from './differential-aws.js';
import { sweep } from './differential-report.js';

describe('differential: AWS HTTP API routing verdicts', () => {
  it('holds every verdict on 400 random OpenAPI definitions', () => {
    // API Gateway picks the most specific route, so gwlint only ever reports identical routes.
    sweep({ harness: awsHarness, firstSeed: 1, tables: 400, minimumChecked: { duplicate: 8 } });
  }, 60_000);
});
