// Cross-check of the parks' sourced figures (occupancy, planned workforce) against the reference:
// the reference has no column for them, only words in a park's notes ("100% occupied", "490 ha
// industrial land fully leased by 2015 (VietNamNet)"). So each curated figure carries the words it
// was read from (`*_evidence`), and the build checks that those words are in the reference row's
// notes, that they state the curated number (and year), and that every cited source is one of the
// row's sources. A figure no reference text states cannot pass: nothing is estimated.

import type { NumberQualifier } from '../../src/data/schema.ts';
import type { ParkRow } from '../curated.ts';
import type { CsvRow } from '../lib/csv.ts';
import { impliedQualifier, qualifierHonours } from './qualifiers.ts';
import { type Issue, issue } from './types.ts';

/** Words that state full occupancy without a percentage. */
const FULL = /\b(fully (leased|occupied|let)|100\s?% (occupied|occupancy|leased))\b/i;

/** The numbers a text writes ("~35,000 workers" → [35000]). */
const numbersIn = (text: string): number[] =>
  [...text.matchAll(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g)].map((m) =>
    Number(m[0].replace(/,/g, '')),
  );

/** Does `evidence` state an occupancy of `pct` %? ("100% occupied", "fully leased" = 100). */
export function statesOccupancy(evidence: string, pct: number): boolean {
  if (pct === 100 && FULL.test(evidence)) return true;
  return [...evidence.matchAll(/(\d+(?:\.\d+)?)\s?%/g)].some((m) => Number(m[1]) === pct);
}

interface Figure {
  field: string;
  value: number | null;
  year: string;
  source: string;
  evidence: string;
  qualifier?: NumberQualifier | null;
  states: (evidence: string, value: number) => boolean;
}

function figuresOf(p: ParkRow): Figure[] {
  return [
    {
      field: 'occupancy_pct',
      value: p.occupancy_pct,
      year: p.occupancy_year,
      source: p.occupancy_source,
      evidence: p.occupancy_evidence,
      states: statesOccupancy,
    },
    {
      field: 'workers_planned',
      value: p.workers_planned,
      year: '',
      source: p.workers_source,
      evidence: p.workers_evidence,
      qualifier: p.workers_planned_qualifier,
      states: (e, v) => numbersIn(e).includes(v),
    },
  ];
}

/** Issues (rule `reference.park_fact`) for every park figure its reference row does not state. */
export function parkFactIssues(parks: ParkRow[], refParks: CsvRow[]): Issue[] {
  const issues: Issue[] = [];
  const byId = new Map(refParks.map((r) => [r.id ?? '', r]));
  for (const p of parks) {
    for (const f of figuresOf(p)) {
      if (f.value === null) continue;
      const bad = (why: string) =>
        issues.push(issue('reference.park_fact', 'parks', p.id, `${f.field} ${f.value}: ${why}`));
      const ref = byId.get(p.id);
      if (!ref) {
        bad('no reference row to check it against');
        continue;
      }
      const notes = ref.notes ?? '';
      if (!notes.includes(f.evidence))
        bad(`the evidence ${JSON.stringify(f.evidence)} is not in the reference notes`);
      else if (!f.states(f.evidence, f.value))
        bad(`the evidence ${JSON.stringify(f.evidence)} does not state it`);
      if (f.year !== '' && !f.evidence.includes(f.year))
        bad(`the year ${f.year} is not in the evidence ${JSON.stringify(f.evidence)}`);
      const refSources = (ref.sources ?? '').split(';').map((s) => s.trim());
      for (const s of f.source.split(';').map((x) => x.trim()))
        if (!refSources.includes(s)) bad(`the source ${s} is not one of the reference row's sources`);
      if (f.qualifier !== undefined && !qualifierHonours(f.qualifier, impliedQualifier(f.evidence, f.value)))
        bad(`the evidence qualifies it but the qualifier is ${f.qualifier}`);
    }
  }
  return issues;
}
