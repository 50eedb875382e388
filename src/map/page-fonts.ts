const FONT_PROBE = 'Thủ Dầu Một Bắc Tân Uyên Đ';

/**
 * Resolves when the page's Noto Sans (regular and bold, used by the HTML around the map) is
 * loaded, or after `timeoutMs` (the fallback font is used then). Never rejects. The map's own
 * labels do not wait for it: they use the build-time glyph PBFs.
 */
export async function pageFontsReady(timeoutMs = 8000): Promise<void> {
  try {
    await Promise.race([
      Promise.all([
        document.fonts.load('16px "Noto Sans"', FONT_PROBE),
        document.fonts.load('700 16px "Noto Sans"', FONT_PROBE),
      ]),
      new Promise((resolve) => setTimeout(resolve, timeoutMs)),
    ]);
  } catch {
    // the fallback font is used
  }
}
