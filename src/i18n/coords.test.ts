import { describe, expect, it } from 'vitest';
import { formatLatLon } from './coords';

describe('formatLatLon', () => {
  it('prints fixed decimals with hemisphere letters, never a comma between the two numbers', () => {
    expect(formatLatLon(10.97, 106.65, 'vi')).toBe('10,97000° B · 106,65000° Đ');
    expect(formatLatLon(10.97, 106.65, 'en')).toBe('10.97000° N · 106.65000° E');
    expect(formatLatLon(11.123456, 106.9999949, 'en')).toBe('11.12346° N · 106.99999° E');
    expect(formatLatLon(-33.5, -70.25, 'vi')).toBe('33,50000° N · 70,25000° T');
    expect(formatLatLon(-33.5, -70.25, 'en')).toBe('33.50000° S · 70.25000° W');
    // No grouping separator in a longitude, in either language.
    expect(formatLatLon(0, 106.5, 'vi')).toBe('0,00000° B · 106,50000° Đ');
  });
  it('refuses what is not a coordinate', () => {
    expect(() => formatLatLon(Number.NaN, 106, 'en')).toThrow(RangeError);
    expect(() => formatLatLon(91, 106, 'en')).toThrow(RangeError);
    expect(() => formatLatLon(10, 181, 'vi')).toThrow(RangeError);
  });
});
