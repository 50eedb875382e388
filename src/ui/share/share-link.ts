// The link of the current view, and its QR code. The QR library (`qrcode`, well kept, no DOM
// assumptions) is loaded only when the share dialog opens, so it costs the first load nothing.
import { encodeAnnotations } from '../../share/annotation-code';
import { useAnnotations } from '../../state/annotations';
import { serializeHash } from '../../state/url';
import { currentUrlState } from '../../state/url-sync';

/** The full address of what is on screen now (not the debounced address bar). */
export function currentLink(): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${serializeHash(currentUrlState())}`;
}

/** True when there are annotations and they are too big for `ann=` (they are left out of the link). */
export function annotationsLeftOut(): boolean {
  const list = useAnnotations.getState().list;
  return list.length > 0 && encodeAnnotations(list) === null;
}

/**
 * An `data:image/svg+xml` URL of the QR code of `text` (for an <img>, never inserted as markup);
 * rejects when the text is too long for a QR code. Error correction L: the most room for a 2 KB link.
 */
export async function qrDataUrl(text: string): Promise<string> {
  const QRCode = await import('qrcode');
  const svg = await QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'L', margin: 2 });
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
