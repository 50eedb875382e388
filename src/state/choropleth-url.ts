// The choropleth's link keys (issue 8 §7): `choropleth` (a district metric id), `classify`
// (`quantile`, `equal` or `jenks`: the short names for classify.ts's methods) and
// `classes` (3–7). An invalid value is left out and named in the app's notice, like every key.
import { type ClassMethod, isClassCount } from '../analysis/class-params';
import { DISTRICT_METRIC_IDS, type DistrictMetricId } from '../analysis/district-metrics';

/** Link name ↔ classify.ts method. */
export const CLASSIFY_URL_NAMES: Readonly<Record<ClassMethod, string>> = {
  quantile: 'quantile',
  equal_interval: 'equal',
  natural_breaks: 'jenks',
};

export function parseMetric(raw: string): DistrictMetricId | undefined {
  const v = raw.trim();
  return DISTRICT_METRIC_IDS.find((id) => id === v);
}

export function parseClassify(raw: string): ClassMethod | undefined {
  const v = raw.trim();
  return (Object.keys(CLASSIFY_URL_NAMES) as ClassMethod[]).find((m) => CLASSIFY_URL_NAMES[m] === v);
}

export function formatClassify(method: ClassMethod): string {
  return CLASSIFY_URL_NAMES[method];
}

/** A whole number of classes, 3–7, written plainly ("5"; not "5.0", "05" or "+5"). */
export function parseClasses(raw: string): number | undefined {
  const v = raw.trim();
  if (!/^[1-9]\d*$/.test(v)) return undefined;
  const n = Number(v);
  return isClassCount(n) ? n : undefined;
}
