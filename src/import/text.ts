// Text of imported files: which decoder a Shapefile's DBF needs, and text that was decoded "right"
// but is really in a legacy Vietnamese font encoding (TCVN3/ABC, VNI) and would show as mojibake.
//
// Legacy font encodings are reported, not converted: no converter on npm is maintained (the only
// candidate has a few hundred downloads a month), and a wrong table would turn reported mojibake
// into silent mojibake. The detection is a heuristic on the characters those encodings produce
// when read as Windows-1252/1258, which real Vietnamese in Unicode never produces together.

/**
 * The WHATWG encoding label for a .cpg text ("UTF-8", "1258", "ANSI 1258", "CP1258"), or null when
 * the text names no encoding this browser can decode.
 */
export function encodingFromCpg(cpg: string | undefined): string | null {
  if (cpg === undefined) return null;
  const t = cpg
    .trim()
    .replace(/^ANSI\s*/i, '')
    .replace(/^CP\s*/i, '');
  const label = /^\d+$/.test(t) ? `windows-${t}` : t;
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/** True when the bytes are valid UTF-8. */
export function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

// TCVN3 puts precomposed lower-case letters on 0xA1–0xFE, so read as Windows-125x a word such as
// "ViÖt" or "®­êng" shows Latin-1 symbols inside words. VNI writes a base letter followed by a
// tone/shape byte (0xD8–0xFB: "Vieät", "ñöôøng"), so vowels are followed by ø, ù, û, õ, ï, ä, â…
const TCVN3_CHARS = /[µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®­¬¦§ÌÐÎÏÑªÒÕÓÔÖ«×ÞØÜÝßãáâä¸íèéêëóïñòôõöøùúûü]/g;
const TCVN3_STRONG = /[µ¸¶·¹»¾¼½ÆÇÊÈÉË®ÌÐÎÏÑÒÕÓÔÖ×ÞØÜÝ]/g;
const VNI_PAIRS = /[aeiouyAEIOUYôöñ][øùûõïäâåãáàëéèêæç]/g;
const VIET_UNICODE = /[\u0102\u0103\u0110\u0111\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]/;

/**
 * 'tcvn3' or 'vni' when a sample of text values looks like a legacy Vietnamese font encoding read
 * as a Windows code page; null when it looks like Unicode Vietnamese or anything else.
 */
export function detectLegacyVietnamese(values: readonly string[]): 'tcvn3' | 'vni' | null {
  let letters = 0;
  let tcvn = 0;
  let strong = 0;
  let vni = 0;
  for (const v of values) {
    if (VIET_UNICODE.test(v)) return null;
    letters += v.replace(/[^\p{L}]/gu, '').length;
    tcvn += v.match(TCVN3_CHARS)?.length ?? 0;
    strong += v.match(TCVN3_STRONG)?.length ?? 0;
    vni += v.match(VNI_PAIRS)?.length ?? 0;
  }
  if (letters < 8) return null;
  if (strong >= 2 && tcvn / letters > 0.05) return 'tcvn3';
  if (vni >= 2 && vni / letters > 0.04) return 'vni';
  return null;
}
