// A layer filter in words, for the legend and the notice: one line per filtered field and one for
// the text query, in the user's language ("Trạng thái: Đang hoạt động, Quy hoạch",
// "Năm thành lập: 2000 – 2010", "Tìm “thu dau”"). Plain text: the UI must render it as text.
import { formatters, type MessageKey, translate } from '../i18n';
import { vi } from '../i18n/vi';
import type { Language } from '../state/language';
import { type FieldFilter, type FilterSummary, type LayerFilter, UNKNOWN_VALUE } from './filter';

export interface DescribeOptions {
  /** A field's name for the user; default: the `filter.field.<field>` key, else the field itself. */
  fieldLabel?: (field: string) => string | undefined;
  /**
   * A value's name for the user (e.g. a district code → its name); default: the locale's words
   * for statuses, kinds and unit types, else the value itself.
   */
  valueLabel?: (field: string, value: string) => string | undefined;
  /** When given, a line per range field saying how many rows it hid for want of a value. */
  summary?: FilterSummary;
}

const hasKey = (key: string): key is MessageKey => Object.hasOwn(vi, key);

/** The locale key naming `value` of `field`, when the tables have one. */
function valueKey(field: string, value: string): MessageKey | undefined {
  if (value === UNKNOWN_VALUE) return 'filter.value.unknown';
  const candidates =
    field === 'status'
      ? [`status.${value}`]
      : field === 'kind'
        ? [`kind.${value}`, `place.${value}`]
        : field === 'unit_type'
          ? [`unit.${value}`]
          : [];
  return candidates.find(hasKey);
}

function rangeText(field: string, f: Extract<FieldFilter, { kind: 'range' }>, lang: Language): string {
  // Years are written as years (2010, not 2.010); other numbers in the language's format.
  const fmt = (n: number) => (field.endsWith('_year') ? String(n) : formatters(lang).num(n, 2));
  if (f.min !== null && f.max !== null)
    return translate(lang, 'filter.range.between', { min: fmt(f.min), max: fmt(f.max) });
  if (f.min !== null) return translate(lang, 'filter.range.atLeast', { min: fmt(f.min) });
  return translate(lang, 'filter.range.atMost', { max: fmt(f.max ?? 0) });
}

/**
 * The lines describing `filter` in `lang`, fields in the filter's order, then the query, then the
 * hidden-unknown counts (only non-zero ones, when `summary` is given). [] for an empty filter.
 */
export function describeFilter(filter: LayerFilter, lang: Language, options: DescribeOptions = {}): string[] {
  const fieldName = (field: string) => {
    const key = `filter.field.${field}`;
    return options.fieldLabel?.(field) ?? (hasKey(key) ? translate(lang, key) : field);
  };
  const lines: string[] = [];
  for (const [field, f] of Object.entries(filter.fields)) {
    let values: string;
    if (f.kind === 'range') values = rangeText(field, f, lang);
    else if (f.values.length === 0) values = translate(lang, 'filter.values.none');
    else
      values = f.values
        .map((v) => {
          const key = valueKey(field, v);
          return options.valueLabel?.(field, v) ?? (key ? translate(lang, key) : v);
        })
        .join(', ');
    lines.push(translate(lang, 'filter.item', { field: fieldName(field), values }));
  }
  const query = filter.query.trim();
  if (query !== '') lines.push(translate(lang, 'filter.query', { query }));
  for (const [field, count] of Object.entries(options.summary?.unknownHidden ?? {})) {
    if (count > 0)
      lines.push(
        translate(lang, 'filter.unknownHidden', {
          count: formatters(lang).num(count),
          field: fieldName(field),
        }),
      );
  }
  return lines;
}
