import type { Feature, Geometry } from 'geojson';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { YearStop } from '../../lib/park-growth';
import { useLanguage } from '../../state/language';
import { attr, findAll, findOne, render, tag, text } from '../test-markup';
import { drawnParkIds, parksAtStop, TIME_PLACED_FIELD } from './map-time';
import { PAGE_STEP, stepKey, stopIndex } from './slider-keys';
import { TimeSlider } from './TimeSlider';

vi.mock('zustand', async (actual) => (await import('../test-markup')).ssrZustand(await actual()));

const STOPS: YearStop[] = [1990, 1991, 1992, 1993, 1994, 1995, 1996, 1997, 1998, 1999, 2000, 2001, 'planned'];

beforeEach(() => useLanguage.setState({ lang: 'vi' }));

describe('the slider by keyboard', () => {
  it('steps one stop with the arrows, ten with Page Up/Down, to the ends with Home/End', () => {
    expect(stepKey('ArrowRight', 3, 13)).toBe(4);
    expect(stepKey('ArrowUp', 3, 13)).toBe(4);
    expect(stepKey('ArrowLeft', 3, 13)).toBe(2);
    expect(stepKey('ArrowDown', 0, 13)).toBe(0);
    expect(stepKey('ArrowRight', 12, 13)).toBe(12);
    expect(PAGE_STEP).toBe(10);
    expect(stepKey('PageUp', 1, 13)).toBe(11);
    expect(stepKey('PageUp', 5, 13)).toBe(12);
    expect(stepKey('PageDown', 5, 13)).toBe(0);
    expect(stepKey('Home', 7, 13)).toBe(0);
    expect(stepKey('End', 0, 13)).toBe(12);
    expect(stepKey('Enter', 3, 13)).toBeNull();
    expect(stepKey('a', 3, 13)).toBeNull();
  });

  it('places a stop on the slider: exact, between years, before the first, planned and off', () => {
    expect(stopIndex(STOPS, 1995)).toBe(5);
    expect(stopIndex(STOPS, 'planned')).toBe(12);
    expect(stopIndex(STOPS, null)).toBe(12);
    expect(stopIndex(STOPS, 1900)).toBe(0);
    // A link's year past the last year stop sits on the last year, not on "planned".
    expect(stopIndex(STOPS, 2050)).toBe(11);
  });
});

describe('TimeSlider markup', () => {
  it('is a labelled range whose value text says the year or "planned" in the user’s language', () => {
    const root = render(
      <TimeSlider stops={STOPS} index={5} playing={false} onIndex={() => {}} onPlay={() => {}} />,
    );
    const slider = findOne(root, attr('type', 'range'));
    expect(slider.attrs.min).toBe('0');
    expect(slider.attrs.max).toBe('12');
    expect(slider.attrs.value).toBe('5');
    expect(slider.attrs['aria-valuetext']).toBe('Đến năm 1995');
    const label = findOne(root, tag('label'));
    expect(label.attrs.for).toBe(slider.attrs.id);
    expect(text(label)).toBe('Năm thành lập');
    expect(text(findOne(root, tag('output')))).toBe('1995');
    const play = findOne(root, attr('aria-pressed'));
    expect(play.attrs['aria-pressed']).toBe('false');
    expect(play.attrs['aria-label']).toBe('Tự chạy qua các năm');
  });

  it('says the year in force when a link named one outside the stops', () => {
    const root = render(
      <TimeSlider
        stops={STOPS}
        index={0}
        current={1900}
        playing={false}
        onIndex={() => {}}
        onPlay={() => {}}
      />,
    );
    expect(findOne(root, attr('type', 'range')).attrs['aria-valuetext']).toBe('Đến năm 1900');
    expect(text(findOne(root, tag('output')))).toBe('1900');
  });

  it('at the last stop, in English: "planned", forward disabled, playing pressed', () => {
    useLanguage.setState({ lang: 'en' });
    const root = render(<TimeSlider stops={STOPS} index={12} playing onIndex={() => {}} onPlay={() => {}} />);
    expect(findOne(root, attr('type', 'range')).attrs['aria-valuetext']).toBe('All, including planned parks');
    expect(text(findOne(root, tag('output')))).toBe('Planned');
    const buttons = findAll(root, tag('button'));
    const forward = buttons.find((b) => b.attrs['aria-label'] === 'Next year')!;
    const back = buttons.find((b) => b.attrs['aria-label'] === 'Previous year')!;
    expect(forward.attrs.disabled).toBeDefined();
    expect(back.attrs.disabled).toBeUndefined();
    expect(findOne(root, attr('aria-pressed')).attrs['aria-pressed']).toBe('true');
  });
});

describe('the parks the map draws at a stop', () => {
  const park = (id: string, year: number | null, status = 'existing'): Feature<Geometry> => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [106.7, 11] },
    properties: { id, established_year: year, status, area_ha: 10, area_qualifier: 'exact' },
  });
  const features = [park('old', 1996), park('new', 2008), park('nyear', null), park('plan', null, 'planned')];

  it('marks the placed parks and leaves the year-unknown ones unmarked, for the missing style', () => {
    const at2005 = parksAtStop(features, 2005);
    expect(drawnParkIds(at2005)).toEqual({ placed: ['old'], yearUnknown: ['nyear'] });
    expect(at2005[0]!.properties![TIME_PLACED_FIELD]).toBe('established');
    expect(features[0]!.properties![TIME_PLACED_FIELD]).toBeUndefined();
    const planned = parksAtStop(features, 'planned');
    expect(drawnParkIds(planned)).toEqual({ placed: ['old', 'new', 'plan'], yearUnknown: ['nyear'] });
    expect(planned.find((f) => f.properties!.id === 'plan')!.properties![TIME_PLACED_FIELD]).toBe('planned');
    // Same input, same array: the map input compares equal and the map is not redrawn.
    expect(parksAtStop(features, 2005)).toBe(at2005);
  });
});
