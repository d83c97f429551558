/**
 * Differential check of gwlint's native-format routing verdicts against an independent reference
 * router (differential-native.ts): first match by priority, then declaration order.
 */
import { describe, it } from 'vitest';
import { nativeHarness } from './differential-native.js';
import { sweep } from './differential-report.js';

describe('differential: native routing verdicts', () => {
  it('holds every verdict on 600 random route files', () => {
    sweep({
      harness: nativeHarness,
      firstSeed: 1,
      tables: 600,
      minimumChecked: { unreachable: 150, 'path-never-reached': 70, partial: 20, duplicate: 30 },
    });
  }, 60_000);
});
