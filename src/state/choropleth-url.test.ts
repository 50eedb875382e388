// The choropleth's link keys: reading, writing, round trips through the stores, invalid values.
import { beforeEach, describe, expect, it } from 'vitest';
import { useChoropleth } from './choropleth';
import { ignoredHashKeys, parseHash, serializeHash } from './url';
import { applyHash, currentUrlState } from './url-sync';

describe('choropleth, classify and classes in the hash', () => {
  beforeEach(() => useChoropleth.getState().reset());

  it('reads the issue’s link names (quantile, equal, jenks) as the classifier’s methods', () => {
    expect(parseHash('#choropleth=population&classify=quantile&classes=5')).toEqual({
      choropleth: 'population',
      classify: 'quantile',
      classes: 5,
    });
    expect(parseHash('#classify=equal').classify).toBe('equal_interval');
    expect(parseHash('#classify=jenks').classify).toBe('natural_breaks');
    expect(parseHash('#choropleth=park_share_pct').choropleth).toBe('park_share_pct');
  });

  it('writes them back in the same form', () => {
    expect(serializeHash({ choropleth: 'density', classify: 'natural_breaks', classes: 7 })).toBe(
      '#choropleth=density&classify=jenks&classes=7',
    );
    expect(serializeHash({ classify: 'equal_interval', classes: 3 })).toBe('#classify=equal&classes=3');
  });

  it('round-trips every metric, method and class count', () => {
    for (const choropleth of ['area_km2', 'population', 'density', 'park_area_ha', 'park_count'] as const) {
      for (const classify of ['quantile', 'equal_interval', 'natural_breaks'] as const) {
        for (const classes of [3, 4, 5, 6, 7]) {
          const state = { choropleth, classify, classes };
          expect(parseHash(serializeHash(state))).toEqual(state);
        }
      }
    }
  });

  it('ignores invalid values and names them for the notice', () => {
    const hash = '#choropleth=gdp&classify=natural_breaks&classes=8&lang=en';
    expect(parseHash(hash)).toEqual({ lang: 'en' });
    expect(ignoredHashKeys(hash)).toEqual(['choropleth', 'classify', 'classes']);
    for (const bad of ['2', '5.0', '05', '+5', '5a', '', 'Infinity']) {
      expect(parseHash(`#classes=${bad}`), bad).toEqual({});
    }
    // The last of a repeated key wins.
    expect(parseHash('#classes=3&classes=6').classes).toBe(6);
  });

  it('applies to the store and is written back only while a metric is chosen', () => {
    applyHash('#choropleth=density&classify=equal&classes=4');
    expect(useChoropleth.getState()).toMatchObject({
      metric: 'density',
      method: 'equal_interval',
      classes: 4,
    });
    expect(currentUrlState()).toMatchObject({
      choropleth: 'density',
      classify: 'equal_interval',
      classes: 4,
    });
    expect(serializeHash(currentUrlState())).toContain('choropleth=density&classify=equal&classes=4');
    useChoropleth.getState().setMetric(null);
    const written = currentUrlState();
    expect(written.choropleth).toBeUndefined();
    expect(written.classify).toBeUndefined();
    expect(written.classes).toBeUndefined();
  });

  it('an invalid value leaves the current setting', () => {
    applyHash('#choropleth=population&classes=6');
    applyHash('#choropleth=nope&classes=9&classify=fast');
    expect(useChoropleth.getState()).toMatchObject({ metric: 'population', classes: 6, method: 'quantile' });
  });
});
