// Area checks: each district's computed (Turf) area against its official figure, and the
// province-level cross-checks (sum of official district areas, Turf area of the province outline,
// both against the province figure).

import { type Issue, issue } from './types.ts';

/** Tolerance for a district's computed area against the official figure, in percent. Never widen it. */
export const DISTRICT_AREA_TOLERANCE_PCT = 3;
/** Tolerance of the province cross-checks, in percent. */
export const PROVINCE_AREA_TOLERANCE_PCT = 1;

export interface AreaComparison {
  id: string;
  name: string;
  official_km2: number;
  computed_km2: number;
  diff_pct: number;
  pass: boolean;
}

export const diffPct = (computed: number, official: number): number =>
  ((computed - official) / official) * 100;

export function compareAreas(
  items: { id: string; name: string; official_km2: number; computed_km2: number }[],
  tolerancePct = DISTRICT_AREA_TOLERANCE_PCT,
): AreaComparison[] {
  return items.map((d) => {
    const diff = diffPct(d.computed_km2, d.official_km2);
    return { ...d, diff_pct: diff, pass: Number.isFinite(diff) && Math.abs(diff) <= tolerancePct };
  });
}

export function districtAreaIssues(
  comparisons: AreaComparison[],
  tolerancePct = DISTRICT_AREA_TOLERANCE_PCT,
): Issue[] {
  return comparisons
    .filter((c) => !c.pass)
    .map((c) =>
      issue(
        'districts.area',
        'districts',
        c.id,
        `${c.name}: computed ${c.computed_km2.toFixed(2)} km² differs from the official ${c.official_km2} km² by ` +
          `${c.diff_pct.toFixed(1)} % (tolerance ±${tolerancePct} %): wrong or swapped geometry?`,
      ),
    );
}

export interface ProvinceAreaCheck {
  province_official_km2: number;
  sum_official_km2: number;
  sum_diff_pct: number;
  province_computed_km2: number;
  computed_diff_pct: number;
  pass: boolean;
}

export function checkProvinceArea(
  provinceOfficial: number,
  districtOfficial: number[],
  provinceComputed: number,
  tolerancePct = PROVINCE_AREA_TOLERANCE_PCT,
): { check: ProvinceAreaCheck; issues: Issue[] } {
  const sum = districtOfficial.reduce((a, b) => a + b, 0);
  const sumDiff = diffPct(sum, provinceOfficial);
  const compDiff = diffPct(provinceComputed, provinceOfficial);
  const issues: Issue[] = [];
  if (!(Math.abs(sumDiff) <= tolerancePct)) {
    issues.push(
      issue(
        'province.sum_official',
        'districts',
        'province',
        `the official district areas sum to ${sum.toFixed(2)} km², ${sumDiff.toFixed(2)} % from the province ` +
          `figure ${provinceOfficial} km² (tolerance ±${tolerancePct} %): a district figure is wrong or missing`,
      ),
    );
  }
  if (!(Math.abs(compDiff) <= tolerancePct)) {
    issues.push(
      issue(
        'province.computed',
        'districts',
        'province',
        `the province outline measures ${provinceComputed.toFixed(2)} km², ${compDiff.toFixed(2)} % from the ` +
          `province figure ${provinceOfficial} km² (tolerance ±${tolerancePct} %)`,
      ),
    );
  }
  return {
    check: {
      province_official_km2: provinceOfficial,
      sum_official_km2: sum,
      sum_diff_pct: sumDiff,
      province_computed_km2: provinceComputed,
      computed_diff_pct: compDiff,
      pass: issues.length === 0,
    },
    issues,
  };
}

/** Every expected code present exactly once. */
export function districtSetIssues(expected: string[], actual: string[]): Issue[] {
  const issues: Issue[] = [];
  for (const code of expected) {
    const n = actual.filter((c) => c === code).length;
    if (n !== 1)
      issues.push(
        issue('districts.set', 'districts', code, `district ${code} appears ${n} times (expected once)`),
      );
  }
  for (const code of actual) {
    if (!expected.includes(code))
      issues.push(issue('districts.set', 'districts', code, `unexpected district ${code}`));
  }
  return issues;
}
