import type { Feature } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { PlaceProperties } from '../../src/data/schema.ts';
import { validateProperties } from './properties.ts';

const place = (over: Partial<Record<keyof PlaceProperties, unknown>> = {}): Feature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [106.7, 11] },
  properties: {
    id: 'eiu',
    name_vi: 'EIU',
    name_en: 'EIU',
    geometry_quality: 'approximate',
    sources: 'https://example.org',
    notes: '',
    notes_vi: '',
    correction: '',
    kind: 'innovation',
    location_confidence: 'medium',
    ...over,
  },
});
const rules = (fs: Feature[]) => validateProperties('places', fs).map((i) => i.rule);

describe('validateProperties', () => {
  it('passes a complete feature', () => {
    expect(validateProperties('places', [place()])).toEqual([]);
  });
  it('fails a missing required property', () => {
    const f = place();
    delete (f.properties as Record<string, unknown>).kind;
    expect(rules([f])).toEqual(['properties.required']);
  });
  it('fails an empty required text and an out-of-vocabulary value', () => {
    expect(rules([place({ name_en: '' })])).toEqual(['properties.required']);
    expect(rules([place({ kind: 'museum' })])).toEqual(['properties.required']);
    expect(rules([place({ location_confidence: null })])).toEqual(['properties.required']);
  });
  it('fails a property not in the schema', () => {
    expect(rules([place({ colour: 'red' } as never)])).toEqual(['properties.extra']);
  });
  it('fails duplicate ids', () => {
    expect(rules([place(), place()])).toEqual(['properties.duplicate_id']);
  });
  it('requires a qualifier exactly when the number is known, from the vocabulary', () => {
    const park = (area: unknown, qualifier: unknown): Feature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.7, 11] },
      properties: {
        id: 'p',
        name_vi: 'P',
        name_en: 'P',
        geometry_quality: 'schematic',
        sources: 'https://example.org',
        notes: '',
        correction: '',
        district_code: '718',
        area_ha: area,
        area_qualifier: qualifier,
        established_year: null,
        developer: '',
        status: 'existing',
        location_confidence: 'low',
        totals_exclusion_reason: '',
        occupancy_pct: null,
        occupancy_year: '',
        occupancy_source: '',
        workers_planned: null,
        workers_planned_qualifier: null,
        workers_source: '',
        totals_exclusion_reason_vi: '',
        notes_vi: '',
      },
    });
    const parkRules = (f: Feature) => validateProperties('parks', [f]).map((i) => i.rule);
    expect(parkRules(park(200, 'approximate'))).toEqual([]);
    expect(parkRules(park(null, null))).toEqual([]);
    expect(parkRules(park(200, null))).toEqual(['properties.qualifier']);
    expect(parkRules(park(null, 'exact'))).toEqual(['properties.qualifier']);
    expect(parkRules(park(200, 'rounded'))).toEqual(['properties.required']);
    const noQualifier = park(200, null);
    delete (noQualifier.properties as Record<string, unknown>).area_qualifier;
    expect(parkRules(noQualifier)).toEqual(['properties.required', 'properties.qualifier']);
  });
  it('accepts null for nullable numbers and rejects NaN', () => {
    const park = (area: unknown): Feature => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [106.7, 11] },
      properties: {
        id: 'p',
        name_vi: 'P',
        name_en: 'P',
        geometry_quality: 'schematic',
        sources: 'https://example.org',
        notes: '',
        correction: '',
        district_code: '718',
        area_ha: area,
        area_qualifier: area === null ? null : 'exact',
        established_year: null,
        developer: '',
        status: 'existing',
        location_confidence: 'low',
        totals_exclusion_reason: '',
        occupancy_pct: null,
        occupancy_year: '',
        occupancy_source: '',
        workers_planned: null,
        workers_planned_qualifier: null,
        workers_source: '',
        totals_exclusion_reason_vi: '',
        notes_vi: '',
      },
    });
    expect(validateProperties('parks', [park(null)])).toEqual([]);
    expect(validateProperties('parks', [park(Number.NaN)]).map((i) => i.rule)).toEqual([
      'properties.required',
    ]);
  });
});
