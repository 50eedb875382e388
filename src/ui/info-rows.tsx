// The info panel's rows: label and value for each kind of feature (district, park, corridor,
// place, context, an imported or large layer's properties), with the sources, quality badge and
// precision they share. The panel itself (InfoPanel.tsx) lays them out and handles focus.
import type { Feature, Geometry } from 'geojson';
import type { ReactNode } from 'react';
import type { FeatureAreaResult } from '../analysis';
import type {
  ContextProperties,
  CorridorProperties,
  DistrictProperties,
  GeometryQuality,
  LayerId,
  ParkProperties,
  PlaceProperties,
} from '../data/schema';
import { GEOMETRY_QUALITIES } from '../data/schema';
import { type Formatters, type MessageKey, shownQualifier } from '../i18n';
import { sourceKind, sourceLabel } from './source-link';

export type Row = [label: string, value: ReactNode];

export const text = (v: unknown): string => (typeof v === 'string' ? v.trim() : '');
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The feature's source URLs as links, each tagged with the kind of site. Only http(s) addresses
 * become links: a `javascript:` or `data:` "URL" in a data file would run or render as a page when
 * clicked, so it stays plain text.
 */
export function Sources({ sources, f }: { sources: unknown; f: Formatters }) {
  const urls = text(sources).split(/\s+/).filter(Boolean);
  if (urls.length === 0) return <span className="unsourced">{f.t('source.none')}</span>;
  return (
    <ul className="sources">
      {urls.map((u) => {
        if (!/^https?:\/\//i.test(u)) return <li key={u}>{u}</li>;
        const label = sourceLabel(u);
        const kind = sourceKind(u);
        return (
          <li key={u}>
            <a href={u} target="_blank" rel="noopener noreferrer" title={u}>
              {label}
            </a>{' '}
            <span className={`source-kind source-kind-${kind}`}>
              {f.t(`source.kind.${kind}` as MessageKey)}
            </span>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Curated free text in the UI's language: the Vietnamese field in vi when the data has one; an
 * English-only text is marked as such (and tagged lang="en") rather than passed off as Vietnamese.
 */
function localText(en: unknown, vi: unknown, f: Formatters): ReactNode {
  const viText = text(vi);
  const enText = text(en);
  if (f.lang === 'vi' && viText) return viText;
  if (f.lang === 'en' || !enText) return enText || viText;
  return (
    <span lang="en">
      <span className="lang-tag">{f.t('info.englishOnly')}</span> {enText}
    </span>
  );
}

/** A schematic line or point is not "a circle of the stated area" (that is a park): its own words. */
const SCHEMATIC_EXPLAIN: Partial<Record<LayerId, MessageKey>> = {
  corridors: 'quality.schematic.explain.corridors',
  places: 'quality.schematic.explain.places',
};

/**
 * The words beside a geometry-quality badge. A park of unknown area is drawn as a point, not as a
 * circle of its stated area: `drawnAsPoint` gives it its own words (an estimated position, no area).
 */
export function qualityExplainKey(q: GeometryQuality, layer?: LayerId, drawnAsPoint = false): MessageKey {
  if (q === 'schematic' && layer === 'parks' && drawnAsPoint) return 'quality.schematic.explain.parkPoint';
  return (q === 'schematic' && layer && SCHEMATIC_EXPLAIN[layer]) || (`quality.${q}.explain` as MessageKey);
}

/** A park drawn as a point: its geometry is a Point, or it has no stated area to draw a circle of. */
export function parkDrawnAsPoint(feature: Feature<Geometry | null>): boolean {
  const area = feature.properties?.area_ha;
  return feature.geometry?.type === 'Point' || typeof area !== 'number' || !Number.isFinite(area);
}

function QualityBadge({
  quality,
  f,
  layer,
  drawnAsPoint = false,
}: {
  quality: unknown;
  f: Formatters;
  layer?: LayerId;
  drawnAsPoint?: boolean;
}) {
  if (!(GEOMETRY_QUALITIES as readonly unknown[]).includes(quality)) return null;
  const q = quality as GeometryQuality;
  const explain = qualityExplainKey(q, layer, drawnAsPoint);
  return (
    <div className={`quality quality-${q}`}>
      <span className="badge">{f.t(`quality.${q}` as MessageKey)}</span>
      <span className="explain">{f.t(explain)}</span>
    </div>
  );
}

function common(p: Record<string, unknown>, f: Formatters, layer?: LayerId, drawnAsPoint = false): Row[] {
  const rows: Row[] = [];
  rows.push([
    f.t('info.quality'),
    <QualityBadge key="q" quality={p.geometry_quality} f={f} layer={layer} drawnAsPoint={drawnAsPoint} />,
  ]);
  rows.push([f.t('info.sources'), <Sources key="s" sources={p.sources} f={f} />]);
  if (text(p.notes)) rows.push([f.t('info.notes'), localText(p.notes, p.notes_vi, f)]);
  if (text(p.correction))
    rows.push([
      f.t('info.correction'),
      <span key="c" className="correction">
        {localText(p.correction, p.correction_vi, f)}
      </span>,
    ]);
  // The boundary licence is the one fixed text the pipeline writes; it has a locale entry.
  if (text(p.licence))
    rows.push([
      f.t('info.licence'),
      text(p.licence).startsWith('GPL-3.0 (dvhcvn)') ? f.t('info.licence.boundary') : text(p.licence),
    ]);
  return rows;
}

/** "Approximate (a rounded or placeholder figure) — note", the qualifier in words from the locale table plus the note. */
function precisionText(qualifier: unknown, note: unknown, f: Formatters): string {
  const precision = f.qualifierWords(qualifier);
  return text(note) ? f.t('info.precisionNote', { precision, note: text(note) }) : precision;
}

/** A curated text that is a district's own (English and Vietnamese fields), in the UI's language. */
const inLang = (en: unknown, vi: unknown, f: Formatters): string =>
  f.lang === 'vi' ? text(vi) || text(en) : text(en) || text(vi);

/** A row with the qualifier in words, for a known figure that is not exact. */
function precisionRow(label: string, value: unknown, qualifier: unknown, f: Formatters): Row[] {
  return isNum(value) && shownQualifier(qualifier) !== 'exact' ? [[label, f.qualifierWords(qualifier)]] : [];
}

export function districtRows(p: DistrictProperties, f: Formatters): Row[] {
  const rows: Row[] = [
    [f.t('info.unitType'), f.t(p.unit_type === 'city' ? 'unit.city' : 'unit.district')],
    [f.t('info.code'), p.code],
  ];
  if (text(p.name_2020) && p.name_2020 !== p.name_vi) rows.push([f.t('info.name2020'), p.name_2020]);
  rows.push([f.t('info.period'), f.t('districts.period')]);
  rows.push([
    f.t('info.areaOfficial'),
    isNum(p.area_km2_official)
      ? f.qualified(p.area_km2_official, p.area_official_qualifier, 'km2')
      : f.t('info.unknown'),
  ]);
  if (isNum(p.area_km2_official)) {
    rows.push([
      f.t('info.areaPrecision'),
      precisionText(p.area_official_qualifier, inLang(p.area_official_note, p.area_official_note_vi, f), f),
    ]);
  }
  if (text(p.area_official_source)) {
    rows.push([f.t('info.areaSource'), <Sources key="as" sources={p.area_official_source} f={f} />]);
  }
  rows.push([
    f.t('info.areaComputed'),
    isNum(p.area_km2_computed) ? f.km2(p.area_km2_computed) : f.t('info.unknown'),
  ]);
  if (isNum(p.area_diff_pct)) {
    // Against a rounded official figure the difference is still useful: it says so.
    const pct = f.pct(p.area_diff_pct);
    const q = shownQualifier(p.area_official_qualifier);
    rows.push([
      f.t('info.areaDiff'),
      q === 'exact'
        ? pct
        : f.t(q === 'at_least' ? 'info.areaDiff.at_least' : 'info.areaDiff.approximate', { pct }),
    ]);
  }
  rows.push([
    f.t('info.population'),
    isNum(p.population)
      ? f.t('info.populationValue', {
          population: f.qualified(p.population, p.population_qualifier, 'people'),
          year: text(p.population_year) || f.t('info.yearUnknown'),
        })
      : f.t('info.unknown'),
  ]);
  rows.push(...precisionRow(f.t('info.populationPrecision'), p.population, p.population_qualifier, f));
  const basis = inLang(p.population_basis, p.population_basis_vi, f);
  if (isNum(p.population) && basis) rows.push([f.t('info.populationBasis'), basis]);
  if (text(p.population_source)) {
    rows.push([f.t('info.populationSource'), <Sources key="ps" sources={p.population_source} f={f} />]);
  }
  return rows;
}

export function parkRows(p: ParkProperties, f: Formatters, districtName: (code: string) => string): Row[] {
  const notInTotals: Row[] = text(p.totals_exclusion_reason)
    ? [[f.t('info.notInTotals'), inLang(p.totals_exclusion_reason, p.totals_exclusion_reason_vi, f)]]
    : [];
  return [
    [
      f.t('info.status'),
      <span key="st" className={`status status-${p.status}`}>
        {f.t(`status.${p.status}` as MessageKey)}
      </span>,
    ],
    [
      f.t('info.area'),
      isNum(p.area_ha) ? f.qualified(p.area_ha, p.area_qualifier, 'ha') : f.t('info.unknown'),
    ],
    ...precisionRow(f.t('info.parkAreaPrecision'), p.area_ha, p.area_qualifier, f),
    [f.t('info.established'), isNum(p.established_year) ? String(p.established_year) : f.t('info.unknown')],
    [f.t('info.developer'), text(p.developer) || f.t('info.unknown')],
    [f.t('info.district'), districtName(p.district_code) || text(p.district_code) || f.t('info.unknown')],
    [f.t('info.locationConfidence'), f.t(`confidence.${p.location_confidence}` as MessageKey)],
    ...notInTotals,
  ];
}

export function corridorRows(p: CorridorProperties, f: Formatters): Row[] {
  const rows: Row[] = [
    [f.t('info.kind'), f.t(`kind.${p.kind}` as MessageKey)],
    [f.t('info.status'), f.t(`corridorStatus.${p.status}` as MessageKey)],
    [
      f.t('info.lengthReported'),
      isNum(p.length_km_reported)
        ? f.qualified(p.length_km_reported, p.length_reported_qualifier, 'km')
        : f.t('info.unknown'),
    ],
    ...precisionRow(f.t('info.lengthPrecision'), p.length_km_reported, p.length_reported_qualifier, f),
  ];
  if (text(p.length_reported_scope))
    rows.push([f.t('info.lengthScope'), localText(p.length_reported_scope, p.length_reported_scope_vi, f)]);
  // A line no source supports (ĐT741, ĐT744) says so first: it is a sketch, not a sourced line.
  if (!text(p.sources)) rows.unshift([f.t('info.unsourced'), f.t('info.unsourced.explain')]);
  if (isNum(p.length_km_computed)) rows.push([f.t('info.lengthComputed'), f.km(p.length_km_computed)]);
  return rows;
}

function placeRows(p: PlaceProperties, f: Formatters): Row[] {
  return [
    [f.t('info.kind'), f.t(`place.${p.kind}` as MessageKey)],
    [f.t('info.locationConfidence'), f.t(`confidence.${p.location_confidence}` as MessageKey)],
  ];
}

function contextRows(p: ContextProperties, f: Formatters): Row[] {
  return [
    [f.t('info.level'), f.t(p.level === 'province' ? 'level.province' : 'level.district')],
    [f.t('info.code'), p.code],
    [f.t('info.provinceCode'), p.province_code],
  ];
}

/** The analysis core's area of the selected district (Turf, boundary) or park (stated), when known. */
export function analysisAreaRow(a: FeatureAreaResult | null, f: Formatters): Row[] {
  if (!a) return [];
  if (a.basis === 'geodesic_boundary' && a.area_km2 !== null && a.area_ha !== null) {
    return [
      [
        f.t('analysis.featureArea'),
        f.t('analysis.featureArea.boundary', { km2: f.km2(a.area_km2), ha: f.ha(a.area_ha) }),
      ],
    ];
  }
  return [
    [
      f.t('analysis.featureArea'),
      a.area_ha === null ? f.t('info.unknown') : f.t('analysis.featureArea.stated', { ha: f.ha(a.area_ha) }),
    ],
  ];
}

/** Every property of a feature as text (a large imported layer's feature: the file's own columns). */
export function propertyRows(feature: Feature<Geometry | null>, f: Formatters): Row[] {
  return (
    Object.entries(feature.properties ?? {})
      .filter(([, v]) => v !== null && v !== undefined && v !== '')
      // Every decimal the value has (up to 10): f.num's default of 0 showed 169.49 as "169". A
      // list (bytes, data/boundary's safeValue) as JSON, as the table writes it: String gave "88".
      .map(([k, v]) => [
        k,
        typeof v === 'number' ? f.num(v, 10) : typeof v === 'object' ? JSON.stringify(v) : String(v),
      ])
  );
}

/** The details rows of a feature of a layer (exported for tests). */
export function rowsFor(
  layerId: LayerId,
  feature: Feature<Geometry | null>,
  f: Formatters,
  districtName: (c: string) => string,
): Row[] {
  const p = (feature.properties ?? {}) as Record<string, unknown>;
  switch (layerId) {
    case 'districts':
      return [...districtRows(p as unknown as DistrictProperties, f), ...common(p, f)];
    case 'parks':
      return [
        ...parkRows(p as unknown as ParkProperties, f, districtName),
        ...common(p, f, 'parks', parkDrawnAsPoint(feature)),
      ];
    case 'corridors':
      return [...corridorRows(p as unknown as CorridorProperties, f), ...common(p, f, 'corridors')];
    case 'places':
      return [...placeRows(p as unknown as PlaceProperties, f), ...common(p, f, 'places')];
    case 'context':
      return contextRows(p as unknown as ContextProperties, f);
    default:
      // A layer that is not curated (an analysis result, an imported file): the common rows.
      return common(p, f);
  }
}
