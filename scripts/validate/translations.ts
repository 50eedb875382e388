// A Vietnamese twin of a curated text must carry the same numbers as the English one: a figure
// mistyped in translation ("11,434" for 11.434 km, a dropped "900 ha") would reach the screen as a
// wrong number. English writes "11,866.61" and "2.393"; Vietnamese "11.866,61" and "2,393".

import type { CuratedData } from '../curated.ts';
import { type Issue, issue } from './types.ts';

const EN_NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g;
const VI_NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/g;

/** The numbers of a text, sorted: English ("1,000.5") or Vietnamese ("1.000,5") convention. */
export function numbersIn(text: string, lang: 'en' | 'vi'): number[] {
  const re = lang === 'en' ? EN_NUMBER : VI_NUMBER;
  return [...text.matchAll(re)]
    .map((m) => Number(lang === 'en' ? m[0].replace(/,/g, '') : m[0].replace(/\./g, '').replace(',', '.')))
    .sort((a, b) => a - b);
}

export interface TextPair {
  layer: string;
  id: string;
  field: string;
  en: string;
  vi: string;
}

export function textPairs(curated: CuratedData): TextPair[] {
  const out: TextPair[] = [];
  for (const d of curated.districts) {
    out.push({
      layer: 'districts',
      id: d.code,
      field: 'area_official_note',
      en: d.area_official_note,
      vi: d.area_official_note_vi,
    });
    out.push({
      layer: 'districts',
      id: d.code,
      field: 'population_basis',
      en: d.population_basis,
      vi: d.population_basis_vi,
    });
    out.push({ layer: 'districts', id: d.code, field: 'correction', en: d.correction, vi: d.correction_vi });
  }
  for (const p of curated.parks)
    out.push({ layer: 'parks', id: p.id, field: 'notes', en: p.notes, vi: p.notes_vi });
  for (const p of curated.parks)
    out.push({
      layer: 'parks',
      id: p.id,
      field: 'totals_exclusion_reason',
      en: p.totals_exclusion_reason,
      vi: p.totals_exclusion_reason_vi,
    });
  for (const p of curated.places)
    out.push({ layer: 'places', id: p.id, field: 'notes', en: p.notes, vi: p.notes_vi });
  for (const c of curated.corridors) {
    out.push({ layer: 'corridors', id: c.id, field: 'notes', en: c.notes, vi: c.notes_vi });
    out.push({
      layer: 'corridors',
      id: c.id,
      field: 'quality_reason',
      en: c.quality_reason,
      vi: c.quality_reason_vi,
    });
  }
  for (const c of curated.corridors)
    out.push({
      layer: 'corridors',
      id: c.id,
      field: 'length_reported_scope',
      en: c.length_reported_scope,
      vi: c.length_reported_scope_vi,
    });
  return out;
}

/**
 * Pairs whose Vietnamese text is missing while the English one is given, or whose numbers differ
 * (as sorted lists, each text read in its own convention).
 */
export function translationIssues(pairs: TextPair[]): Issue[] {
  const issues: Issue[] = [];
  for (const p of pairs) {
    if (p.en.trim() === '' && p.vi.trim() === '') continue;
    const where = `${p.field} / ${p.field}_vi`;
    if (p.en.trim() === '' || p.vi.trim() === '') {
      issues.push(issue('curated.translation', p.layer, p.id, `${where}: one of the two texts is empty`));
      continue;
    }
    const en = numbersIn(p.en, 'en');
    const vi = numbersIn(p.vi, 'vi');
    if (en.join(' ') !== vi.join(' '))
      issues.push(
        issue(
          'curated.translation',
          p.layer,
          p.id,
          `${where}: numbers differ (en ${en.join(', ')}; vi ${vi.join(', ')})`,
        ),
      );
  }
  return issues;
}
