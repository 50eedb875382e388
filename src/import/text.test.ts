import { describe, expect, it } from 'vitest';
import { detectLegacyVietnamese, encodingFromCpg, isValidUtf8 } from './text';

describe('encodingFromCpg', () => {
  it('reads the .cpg spellings ArcGIS and QGIS write', () => {
    expect(encodingFromCpg('UTF-8')).toBe('utf-8');
    expect(encodingFromCpg('1258')).toBe('windows-1258');
    expect(encodingFromCpg('ANSI 1258\r\n')).toBe('windows-1258');
    expect(encodingFromCpg('not-an-encoding')).toBeNull();
  });
  it('decodes CP1258 bytes (base letter + combining tone) to Vietnamese', () => {
    // "Việt" in CP1258: V i ê(0xEA) + combining dot below (0xF2) t
    const text = new TextDecoder(encodingFromCpg('1258') as string).decode(
      new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74]),
    );
    expect(text.normalize('NFC')).toBe('Việt');
  });
});

describe('isValidUtf8', () => {
  it('rejects a lone continuation byte and accepts Vietnamese', () => {
    expect(isValidUtf8(new Uint8Array([0x41, 0x80, 0x42]))).toBe(false);
    expect(isValidUtf8(new TextEncoder().encode('Bình Dương'))).toBe(true);
  });
});

describe('detectLegacyVietnamese', () => {
  // Written by hand from the TCVN3 (ABC) and VNI tables, read as Windows-1252.
  it('finds TCVN3: "Thµnh phè Thñ DÇu Mét" (Thành phố Thủ Dầu Một)', () => {
    expect(detectLegacyVietnamese(['Thµnh phè Thñ DÇu Mét', 'Ph­êng HiÖp Thµnh'])).toBe('tcvn3');
  });
  it('finds VNI: "Thaønh phoá Thuû Daàu Moät"', () => {
    expect(detectLegacyVietnamese(['Thaønh phoá Thuû Daàu Moät', 'Phöôøng Hieäp Thaønh'])).toBe('vni');
  });
  it('leaves Unicode Vietnamese, English and French alone', () => {
    expect(detectLegacyVietnamese(['Thành phố Thủ Dầu Một', 'Phường Hiệp Thành'])).toBeNull();
    expect(detectLegacyVietnamese(['Industrial park', 'Ring road 4'])).toBeNull();
    expect(detectLegacyVietnamese(['Hôtel de Ville', 'café crème'])).toBeNull();
  });
});
