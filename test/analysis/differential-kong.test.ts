/**
 * Differential check of gwlint's Kong 3.x routing verdicts against an independent reference
 * router (differential-kong.ts): random decK files, every shadowed-route / duplicate-route
 * verdict held against the requests the reference router says Kong would route.
 */
import { describe, expect, it } from 'vitest';
import { runTable } from './differential-harness.js';
import { kongHarness, type KongTable } from './differential-kong.js';
import { sweep } from './differential-report.js';

describe('differential: Kong 3.x (traditional_compatible) routing verdicts', () => {
  it('holds every verdict on 1400 random decK files', () => {
    sweep({
      harness: kongHarness,
      firstSeed: 1,
      tables: 1400,
      minimumChecked: { unreachable: 40, 'path-never-reached': 70, partial: 25, 'own-request': 25, duplicate: 80 },
    });
  }, 60_000);

  // Regression: two routes whose hosts are nested wildcards (`*.example.com`, `*.a.example.com`)
  // and whose other fields are equal get the SAME Kong priority; Kong orders them by route id (a
  // uuid), not by file order, so requests to w.a.example.com/abc may go to either: not shadowing.
  it('does not report a tie between nested wildcard hosts as "unreachable"', () => {
    const table: KongTable = {
      routes: [
        { name: 'wide', hosts: ['*.example.com'], paths: ['/abc'] },
        { name: 'narrow', hosts: ['*.a.example.com'], paths: ['/abc'] },
      ],
    };
    expect(runTable(kongHarness, table).violations.filter((v) => !v.soft)).toEqual([]);
  });

  // The same tie as a partial verdict: on x.a.example.com, PUT requests tie between 'all' (one of
  // its hosts is a wildcard, so no plain-host bit) and 'under-a' (`*.a.example.com`).
  it('does not report a tie on some hosts and methods as lost requests', () => {
    const table: KongTable = {
      routes: [
        // Written as services s0: under-a, all; s1: get.
        { name: 'under-a', hosts: ['*.a.example.com'], methods: ['PUT'] },
        { name: 'get', hosts: ['x.a.example.com'], methods: ['GET'] },
        { name: 'all', hosts: ['x.a.example.com', '*.example.com'], methods: ['GET', 'PUT'] },
      ],
    };
    const wrong = runTable(kongHarness, table).violations.filter((v) => !v.soft);
    expect(wrong.map((v) => v.kind)).toEqual([]);
  });

  // Regression: a path whose regex gwlint's engine cannot evaluate (`\p{L}`: valid for Kong 3's
  // Rust regex engine, "unsupported" for gwlint) may still take requests (GET /b/x), so the route
  // is never reported unreachable as a whole.
  it('does not report a route with a regex gwlint cannot evaluate as "unreachable"', () => {
    const table: KongTable = {
      routes: [
        { name: 'catch-a', paths: ['~/a'] },
        { name: 'letters', paths: ['~/b/\\p{L}+', '/a/'] },
      ],
    };
    expect(runTable(kongHarness, table).violations.filter((v) => !v.soft)).toEqual([]);
  });
});
