// The CSV of "my features within X km of a corridor" (UserWithin): every row found, not only the 50
// listed, for small and large imported layers alike. One line per feature, nearest first: its
// number in the layer (1-based, as the table and the nearest-corridor CSV count), the corridor it
// is measured to (the one asked about, or for "any corridor" its nearest), and its exact least
// distance. Written by the analysis tables' writer (toCsv:
// formula-safe, UTF-8 with BOM).
import type { UserWithinRow } from '../../analysis/user-within';
import type { Formatters } from '../../i18n';
import { type ExportColumn, toCsv } from '../analysis/export';

/**
 * CSV text of `rows` (their `index`: 0-based feature ordinal), each with its corridor's id and its
 * name in the page's language (`nameOf`).
 */
export function withinCsv(
  rows: readonly UserWithinRow[],
  nameOf: (corridorId: string) => string,
  f: Formatters,
): string {
  const columns: ExportColumn<UserWithinRow>[] = [
    { id: 'feature', label: f.t('userAnalysis.big.nearest.csv.feature'), value: (r) => r.index + 1 },
    {
      id: 'corridor_id',
      label: f.t('userAnalysis.big.nearest.csv.corridorId'),
      value: (r) => r.corridor_id,
    },
    {
      id: 'corridor',
      label: f.t('userAnalysis.big.nearest.csv.corridor'),
      value: (r) => nameOf(r.corridor_id),
    },
    { id: 'km', label: f.t('userAnalysis.big.nearest.csv.km'), value: (r) => r.distance_km },
  ];
  return toCsv(columns, [...rows]);
}
