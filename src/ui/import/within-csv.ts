// The CSV of "my features within X km of a corridor" (UserWithin): every row found, not only the 50
// listed, for small and large imported layers alike. One line per feature, nearest first: its
// number in the layer (1-based, as the table and the nearest-corridor CSV count), the corridor
// asked about, and its exact least distance. Written by the analysis tables' writer (toCsv:
// formula-safe, UTF-8 with BOM).
import type { UserWithinRow } from '../../analysis/user-within';
import type { Formatters } from '../../i18n';
import { type ExportColumn, toCsv } from '../analysis/export';

/**
 * CSV text of `rows` (their `index`: 0-based feature ordinal), for corridor `corridor` (id and
 * name in the page's language; null for "any corridor", whose cells are left empty).
 */
export function withinCsv(
  rows: readonly UserWithinRow[],
  corridor: { id: string; name: string } | null,
  f: Formatters,
): string {
  const columns: ExportColumn<UserWithinRow>[] = [
    { id: 'feature', label: f.t('userAnalysis.big.nearest.csv.feature'), value: (r) => r.index + 1 },
    {
      id: 'corridor_id',
      label: f.t('userAnalysis.big.nearest.csv.corridorId'),
      value: () => corridor?.id ?? null,
    },
    {
      id: 'corridor',
      label: f.t('userAnalysis.big.nearest.csv.corridor'),
      value: () => corridor?.name ?? null,
    },
    { id: 'km', label: f.t('userAnalysis.big.nearest.csv.km'), value: (r) => r.distance_km },
  ];
  return toCsv(columns, [...rows]);
}
