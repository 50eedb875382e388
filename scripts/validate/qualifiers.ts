// Qualifier checks: a curated number whose own text (notes, precision note, scope, correction) or
// reference cell writes it as "≈720", "~48 km", ">52", "more than 403,000"… must carry the matching
// qualifier, so a lower bound or a rounded figure cannot reach the screen as an exact one.

import type { NumberQualifier } from '../../src/data/schema.ts';
import type { CuratedData } from '../curated.ts';
import { type Issue, issue } from './types.ts';

const LOWER_BOUND = ['>', '≥', 'over', 'more than', 'at least', 'upwards of'];
const APPROXIMATE = ['≈', '~', 'about', 'around', 'approximately', 'approx.', 'roughly', 'nearly', 'some'];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A word marker starts at a word boundary; ">" is not the head of an arrow ("300->700 ha", "=>").
const word = (m: string) =>
  /^[a-z]/i.test(m) ? `\\b${escapeRe(m)}` : m === '>' ? '(?<![-=])>' : escapeRe(m);
const MARKER_RE = new RegExp(
  `(${[...LOWER_BOUND, ...APPROXIMATE].map(word).join('|')})\\s*(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)`,
  'gi',
);

/**
 * The qualifier a text gives `value`: 'at_least' when it writes ">value", "over value", "more than
 * value"…; 'approximate' for "≈value", "~value", "about value"…; null when the text does not
 * qualify that number (or does not mention it). "403,000" and "403000" are the same number.
 */
export function impliedQualifier(text: string, value: number): NumberQualifier | null {
  let found: NumberQualifier | null = null;
  for (const m of text.matchAll(MARKER_RE)) {
    const n = Number(m[2]!.replace(/,/g, ''));
    if (Math.abs(n - value) > 1e-9 * Math.max(1, Math.abs(value))) continue;
    const marker = m[1]!.toLowerCase();
    if (LOWER_BOUND.includes(marker)) return 'at_least';
    found = 'approximate';
  }
  return found;
}

/**
 * Does `qualifier` honour what the text implies? A lower bound must be 'at_least'; an approximate
 * figure must not be 'exact'; a text that does not qualify the number allows any qualifier (the
 * curated data may be more cautious than a text).
 */
export function qualifierHonours(
  qualifier: NumberQualifier | null,
  implied: NumberQualifier | null,
): boolean {
  if (implied === 'at_least') return qualifier === 'at_least';
  if (implied === 'approximate') return qualifier === 'approximate' || qualifier === 'at_least';
  return true;
}

export interface QualifiedValue {
  layer: string;
  id: string;
  field: string;
  value: number | null;
  qualifier: NumberQualifier | null;
  /** The row's own texts that may write the number with a qualifier. */
  texts: string[];
  /** Texts wholly about this figure (its precision note, its year or basis): any doubt there is its. */
  about?: string[];
  /** How the row's notes name this figure ("population", "area"): a doubtful sentence naming it is its. */
  noun?: RegExp;
  /** For a population: its reference year ('' when the source gives none). */
  year?: string;
}

export function qualifiedValues(curated: CuratedData): QualifiedValue[] {
  const out: QualifiedValue[] = [];
  for (const d of curated.districts) {
    const texts = [d.area_official_note, d.notes, d.correction];
    out.push({
      layer: 'districts',
      id: d.code,
      field: 'area_km2_official',
      value: d.area_km2_official,
      qualifier: d.area_official_qualifier,
      texts,
      about: [d.area_official_note],
      noun: /\barea\b/i,
    });
    out.push({
      layer: 'districts',
      id: d.code,
      field: 'population',
      value: d.population,
      qualifier: d.population_qualifier,
      texts: [d.population_year, d.population_basis, d.notes, d.correction],
      about: [d.population_basis],
      noun: /\bpopulations?\b/i,
      year: d.population_year,
    });
  }
  for (const p of curated.parks) {
    out.push({
      layer: 'parks',
      id: p.id,
      field: 'area_ha',
      value: p.area_ha,
      qualifier: p.area_qualifier,
      texts: [p.notes, p.correction],
      noun: /\barea\b/i,
    });
  }
  for (const c of curated.corridors) {
    out.push({
      layer: 'corridors',
      id: c.id,
      field: 'length_km_reported',
      value: c.length_km_reported,
      qualifier: c.length_reported_qualifier,
      texts: [c.length_reported_scope, c.notes, c.correction],
      about: [c.length_reported_scope],
      noun: /\blength\b/i,
    });
  }
  return out;
}

const NAMES: Record<NumberQualifier, string> = {
  exact: 'exact',
  approximate: 'approximate',
  at_least: 'at_least (a lower bound)',
};

/** A number its own row's text qualifies ("≈", "~", ">", "more than"…) but whose qualifier does not. */
export function hiddenQualifierIssues(values: QualifiedValue[]): Issue[] {
  const issues: Issue[] = [];
  for (const v of values) {
    if (v.value === null) continue;
    const implied = v.texts.map((t) => impliedQualifier(t, v.value!)).reduce(strongest, null);
    if (!qualifierHonours(v.qualifier, implied))
      issues.push(
        issue(
          'curated.qualifier',
          v.layer,
          v.id,
          `${v.field} ${v.value} is written as ${NAMES[implied!]} in the row's notes, but its qualifier is ${v.qualifier}`,
        ),
      );
  }
  return issues;
}

/** at_least beats approximate beats nothing. */
export function strongest(a: NumberQualifier | null, b: NumberQualifier | null): NumberQualifier | null {
  if (a === 'at_least' || b === 'at_least') return 'at_least';
  if (a === 'approximate' || b === 'approximate') return 'approximate';
  return a ?? b;
}

/**
 * Words with which a note says a figure is not the source's exact figure: a placeholder, an estimate,
 * a rounded or undated number. Matched case-insensitively at word starts.
 */
export const DOUBT_WORDS = [
  'placeholder',
  'estimate',
  'estimated',
  'approximate',
  'approximately',
  'rounded',
  'undated',
  'no reference year',
  'reference year unknown',
  'vintage unstated',
  'unstated',
];
const DOUBT_RE = new RegExp(`\\b(${DOUBT_WORDS.map(escapeRe).join('|')})s?\\b`, 'i');

/** The first doubt word in `text`, or null. */
export function doubtIn(text: string): string | null {
  return DOUBT_RE.exec(text)?.[1]?.toLowerCase() ?? null;
}

/** Sentences of a note: split after "." or ";" followed by a space (not inside "11.866"). */
const sentences = (text: string): string[] => text.split(/(?<=[.;])\s+/).filter((t) => t.trim() !== '');

/**
 * A figure tagged exact although its notes doubt it: a text wholly about the figure (`about`) uses a
 * doubt word, or a sentence of the row's notes names the figure (`noun`) and uses one ("Population
 * from a third-party compilation with no reference year: a placeholder."), or a population has no
 * reference year. Such a figure must be 'approximate' (or 'at_least'), so the screen shows "≈".
 */
export function doubtedExactIssues(values: QualifiedValue[]): Issue[] {
  const issues: Issue[] = [];
  for (const v of values) {
    if (v.value === null || v.qualifier !== 'exact') continue;
    const why: string[] = [];
    for (const t of v.about ?? []) {
      const w = doubtIn(t);
      if (w) why.push(`"${w}" in "${t}"`);
    }
    if (v.noun)
      for (const t of v.texts)
        for (const sentence of sentences(t)) {
          const w = v.noun.test(sentence) ? doubtIn(sentence) : null;
          if (w) why.push(`"${w}" in "${sentence}"`);
        }
    if (v.year !== undefined && v.year.trim() === '') why.push('it has no reference year');
    if (why.length > 0)
      issues.push(
        issue(
          'curated.qualifier',
          v.layer,
          v.id,
          `${v.field} ${v.value} is tagged exact, but its notes doubt it (${why[0]}); tag it approximate`,
        ),
      );
  }
  return issues;
}
