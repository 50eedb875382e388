import { beforeEach, describe, expect, it } from 'vitest';
import { useAnalysis } from './analysis';
import { useEmbed } from './embed';
import { useLayers } from './layers';
import { useTable } from './table';
import { applyHash, currentUrlState } from './url-sync';
import { useView } from './view';

describe('the basemap key and the view store', () => {
  beforeEach(() => useView.setState({ osm: false, view: null }));

  it('basemap=osm turns the online basemap on, offline turns it off', () => {
    applyHash('#basemap=osm');
    expect(useView.getState().osm).toBe(true);
    applyHash('#basemap=offline');
    expect(useView.getState().osm).toBe(false);
  });

  it('an invalid or absent basemap leaves the current choice', () => {
    useView.setState({ osm: true });
    applyHash('#basemap=satellite');
    expect(useView.getState().osm).toBe(true);
    applyHash('#lang=en');
    expect(useView.getState().osm).toBe(true);
  });

  it('is written back with the rest of the state', () => {
    expect(currentUrlState().basemap).toBe('offline');
    useView.getState().setOsm(true);
    useView.getState().setView({ center: [106.65, 11.1], zoom: 10 });
    expect(currentUrlState()).toMatchObject({ basemap: 'osm', zoom: 10, lat: 11.1, lon: 106.65 });
  });
});

describe('the table key and the table store', () => {
  beforeEach(() => {
    useTable.setState({ layer: null });
    useAnalysis.setState({ open: false });
  });

  it('table=<layer> opens that layer’s table and is written back; an unknown layer opens none', () => {
    applyHash('#table=roads');
    expect(useTable.getState().layer).toBeNull();
    expect(currentUrlState().table).toBeUndefined();
    applyHash('#table=corridors');
    expect(useTable.getState().layer).toBe('corridors');
    expect(currentUrlState().table).toBe('corridors');
  });

  it('the table and the analysis panel are never open together', () => {
    useAnalysis.setState({ open: true });
    useTable.getState().open('parks');
    expect(useAnalysis.getState().open).toBe(false);
    useAnalysis.getState().setOpen(true);
    expect(useTable.getState().layer).toBeNull();
  });
});

describe('the embed keys and the embed store', () => {
  it('embed=1 makes the page an embed and is written back with the view', () => {
    applyHash('#embed=1&legend=0&layers=parks');
    expect(useEmbed.getState()).toMatchObject({ embed: true, panel: false, legend: false, scroll: 'coop' });
    expect(currentUrlState()).toMatchObject({ embed: true, legend: false });
    applyHash('#layers=parks');
    expect(useEmbed.getState().embed).toBe(false);
    expect(currentUrlState().embed).toBeUndefined();
  });
});

describe('the layers key and imported layers', () => {
  it('a hash change sets the curated layers it lists and leaves imported layers as they are', () => {
    const layers = useLayers.getState();
    layers.reset();
    layers.addLayer('user:1');
    layers.setVisible('user:1', true);
    applyHash('#layers=districts&z=11');
    const s = useLayers.getState().layers;
    expect(s['user:1']?.visible).toBe(true);
    expect(s.districts.visible).toBe(true);
    expect(s.parks.visible).toBe(false);
    layers.setVisible('user:1', false);
    applyHash('#layers=parks');
    expect(useLayers.getState().layers['user:1']?.visible).toBe(false);
    expect(useLayers.getState().layers.parks.visible).toBe(true);
  });
});
