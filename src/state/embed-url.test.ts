import { describe, expect, it } from 'vitest';
import { fullViewerHref, withoutEmbed } from './embed';
import { readHash, serializeHash } from './url';

describe('the embed keys', () => {
  it('reads embed, panel, legend, title and scroll, combined with the other keys', () => {
    expect(
      readHash(
        '#lang=en&layers=districts,parks&z=10.5&lat=11.1&lon=106.65&embed=1&panel=1&legend=0&title=Khu%20c%C3%B4ng%20nghi%E1%BB%87p&scroll=off',
      ).state,
    ).toEqual({
      lang: 'en',
      layers: ['districts', 'parks'],
      zoom: 10.5,
      lat: 11.1,
      lon: 106.65,
      embed: true,
      panel: true,
      legend: false,
      title: 'Khu công nghiệp',
      scroll: 'off',
    });
  });

  it('refuses bad values and names them', () => {
    const r = readHash('#embed=yes&panel=2&legend=&scroll=wheel&title=%20%20');
    expect(r.state).toEqual({});
    expect(r.ignored).toEqual(['panel', 'legend', 'title', 'scroll', 'embed']);
    expect(readHash(`#title=${'a'.repeat(121)}`).ignored).toEqual(['title']);
    expect(readHash('#title=a%0Ab').ignored).toEqual(['title']);
    expect(readHash(`#title=${'ậ'.repeat(120)}`).state.title).toHaveLength(120);
  });

  it('round-trips through the hash, writing only what differs from the defaults', () => {
    const state = {
      lang: 'vi' as const,
      layers: ['parks' as const],
      zoom: 9,
      lat: 11.2,
      lon: 106.6,
      embed: true,
      legend: false,
      title: 'Bản đồ <b>& "quy hoạch"</b>',
      scroll: 'zoom' as const,
    };
    const hash = serializeHash(state);
    expect(hash).toContain('embed=1');
    expect(hash).not.toContain('panel=');
    expect(readHash(hash).state).toEqual(state);
    // A title ending in punctuation survives: embed=1 is written after it.
    const paren = serializeHash({ embed: true, title: 'Khu công nghiệp (quy hoạch)' });
    expect(paren.endsWith('embed=1')).toBe(true);
    expect(readHash(paren).state.title).toBe('Khu công nghiệp (quy hoạch)');
    // Defaults are not written: legend on, cooperative scrolling, no embed.
    expect(serializeHash({ embed: false, legend: true, scroll: 'coop', panel: false })).toBe('');
  });

  it('the full viewer link drops every embed key and keeps the rest', () => {
    const state = readHash(
      '#embed=1&panel=1&legend=0&title=X&scroll=zoom&layers=parks&z=11&lat=11&lon=106.7',
    ).state;
    expect(withoutEmbed(state)).toEqual({ layers: ['parks'], zoom: 11, lat: 11, lon: 106.7 });
    expect(
      fullViewerHref(state, { origin: 'https://gis.example.vn', pathname: '/ban-do/', search: '' }),
    ).toBe('https://gis.example.vn/ban-do/#layers=parks&z=11&lat=11&lon=106.7');
  });
});
