// The attribute table's columns per layer: the useful properties of each layer's schema
// (src/data/schema.ts) in a reading order, shown with the info panel's formatters (units, and
// "≈" / ">" qualifiers). Each column also gives a raw value, which sorting and the exports use
// (numbers stay numbers, codes stay codes), so a sorted or exported table does not depend on the
// display language's number style.

import type { LayerFeature } from '../../data/load-layer';
import type { LayerId } from '../../data/schema';
import type { Formatters, MessageKey } from '../../i18n';
import { useUserLayers } from '../../state/user-layers';
import type { ExportColumn } from '../analysis/export';
import { userColumns } from './user-columns';

export interface TableColumn extends ExportColumn<LayerFeature> {
  /** The cell's text for the reader (formatted, translated); '' for no value. */
  display: (feature: LayerFeature) => string;
  numeric?: boolean;
  /** A coded value (status, kind): the table offers a filter by its values. */
  coded?: boolean;
}

const prop = (f: LayerFeature, key: string): unknown => f.properties?.[key];
const numberOf = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const textOf = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** The properties a search looks in, per layer (names, codes, and the district's 2020 name). */
export const TABLE_SEARCH_FIELDS: readonly string[] = ['name_vi', 'name_en', 'name_2020', 'id', 'code'];

/**
 * The properties the table's search box looks in for `layer`: an imported layer's every column
 * (UserLayer.fields: a file's own names, `name`, `ten`, `ma_lo`, which the viewer cannot know;
 * only the curated fields were searched, so "Vietnam" found nothing in a file's `name`), else
 * TABLE_SEARCH_FIELDS.
 */
export function tableSearchFields(layer: LayerId): readonly string[] {
  return useUserLayers.getState().layers[layer]?.fields ?? TABLE_SEARCH_FIELDS;
}

/**
 * The columns of `layer`'s table. `districtName` names a district code (parks carry only the code).
 * The first column is always the name: it holds the row's "select" button.
 */
export function tableColumns(
  layer: LayerId,
  f: Formatters,
  districtName: (code: string) => string | null = () => null,
): TableColumn[] {
  const name: TableColumn = {
    id: 'name',
    label: f.t('table.col.name'),
    value: (x) => f.name(x.properties) || null,
    display: (x) => f.name(x.properties),
  };
  const text = (id: string, key: string, label: MessageKey): TableColumn => ({
    id,
    label: f.t(label),
    value: (x) => textOf(prop(x, key)),
    display: (x) => textOf(prop(x, key)) ?? '',
  });
  // A coded value (status, kind) shown in words; the export keeps the code.
  const coded = (id: string, key: string, label: MessageKey, prefix: string): TableColumn => ({
    id,
    label: f.t(label),
    coded: true,
    value: (x) => textOf(prop(x, key)),
    display: (x) => {
      const v = textOf(prop(x, key));
      return v === null ? f.t('info.unknown') : f.t(`${prefix}${v}` as MessageKey);
    },
  });
  const qualified = (
    id: string,
    key: string,
    qualifierKey: string,
    unit: 'ha' | 'km' | 'km2' | 'people',
    label: MessageKey,
  ): TableColumn => ({
    id,
    label: f.t(label),
    numeric: true,
    value: (x) => numberOf(prop(x, key)),
    display: (x) => {
      const v = numberOf(prop(x, key));
      // A figure no source gives is said to be unknown, never left blank (a blank reads as 0 or as
      // "not applicable").
      return v === null ? f.t('info.unknown') : f.qualified(v, prop(x, qualifierKey), unit);
    },
  });
  const plain = (id: string, key: string, label: MessageKey, show: (v: number) => string): TableColumn => ({
    id,
    label: f.t(label),
    numeric: true,
    value: (x) => numberOf(prop(x, key)),
    display: (x) => {
      const v = numberOf(prop(x, key));
      return v === null ? f.t('info.unknown') : show(v);
    },
  });
  const id = text('id', 'id', 'table.col.id');
  switch (layer) {
    case 'parks':
      return [
        name,
        id,
        coded('status', 'status', 'info.status', 'status.'),
        {
          id: 'district',
          label: f.t('info.district'),
          value: (x) => textOf(prop(x, 'district_code')),
          display: (x) => {
            const code = textOf(prop(x, 'district_code'));
            return code === null ? '' : (districtName(code) ?? code);
          },
        },
        qualified('area_ha', 'area_ha', 'area_qualifier', 'ha', 'info.area'),
        plain('established_year', 'established_year', 'info.established', String),
      ];
    case 'corridors':
      return [
        name,
        id,
        coded('kind', 'kind', 'info.kind', 'kind.'),
        coded('status', 'status', 'info.status', 'corridorStatus.'),
        qualified(
          'length_km_reported',
          'length_km_reported',
          'length_reported_qualifier',
          'km',
          'info.lengthReported',
        ),
        plain('length_km_computed', 'length_km_computed', 'info.lengthComputed', f.km),
      ];
    case 'places':
      return [name, id, coded('kind', 'kind', 'info.kind', 'place.')];
    case 'districts':
      return [
        name,
        text('code', 'code', 'info.code'),
        qualified(
          'area_km2_official',
          'area_km2_official',
          'area_official_qualifier',
          'km2',
          'info.areaOfficial',
        ),
        qualified('population', 'population', 'population_qualifier', 'people', 'info.population'),
      ];
    default: {
      // An imported layer: the file's own properties.
      const fields = useUserLayers.getState().layers[layer]?.fields;
      if (fields) return userColumns(fields, f);
      return [name, text('code', 'code', 'info.code')];
    }
  }
}
