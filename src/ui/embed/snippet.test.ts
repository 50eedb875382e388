import { describe, expect, it } from 'vitest';
import { readHash } from '../../state/url';
import { type EmbedOptions, embedUrl, escapeAttribute, iframeSnippet } from './snippet';

const base: EmbedOptions = {
  responsive: false,
  width: 640,
  height: 480,
  view: true,
  lang: 'vi',
  legend: true,
  panel: false,
  title: '',
  scroll: 'coop',
};

describe('the embed builder’s outputs', () => {
  const state = {
    lang: 'en' as const,
    layers: ['districts' as const, 'parks' as const],
    zoom: 10,
    lat: 11.2,
    lon: 106.6,
  };

  it('the embed URL carries the layers, the view, the language and the options', () => {
    const url = embedUrl('https://gis.example.vn/ban-do/', state, {
      ...base,
      legend: false,
      scroll: 'off',
      title: 'KCN <Bàu Bàng>',
    });
    expect(url.startsWith('https://gis.example.vn/ban-do/#')).toBe(true);
    expect(readHash(new URL(url).hash).state).toEqual({
      lang: 'vi',
      layers: ['districts', 'parks'],
      zoom: 10,
      lat: 11.2,
      lon: 106.6,
      embed: true,
      legend: false,
      title: 'KCN <Bàu Bàng>',
      scroll: 'off',
    });
  });

  it('without the current view the camera keys are left out; a too long title is dropped', () => {
    const parsed = readHash(
      new URL(embedUrl('https://x.vn/', state, { ...base, view: false, title: 'a'.repeat(200) })).hash,
    ).state;
    expect(parsed.zoom).toBeUndefined();
    expect(parsed.lat).toBeUndefined();
    expect(parsed.title).toBeUndefined();
    expect(parsed.embed).toBe(true);
  });

  it('the snippet is an iframe with a title, lazy loading, a referrer policy and escaped values', () => {
    const s = iframeSnippet('https://x.vn/#embed=1&title=a"b', { ...base, title: 'A & "B" <i>' }, 'Map');
    expect(s).toBe(
      '<iframe src="https://x.vn/#embed=1&amp;title=a&quot;b" title="A &amp; &quot;B&quot; &lt;i&gt;" width="640" height="480" style="border:0" loading="lazy" referrerpolicy="strict-origin-when-cross-origin" allow="fullscreen"></iframe>',
    );
    const r = iframeSnippet('https://x.vn/', { ...base, responsive: true, height: 400 }, 'Bản đồ');
    expect(r).toContain('style="width:100%;height:400px;border:0"');
    expect(r).toContain('title="Bản đồ"');
    expect(escapeAttribute('<>&"')).toBe('&lt;&gt;&amp;&quot;');
  });
});
