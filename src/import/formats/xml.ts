// XML for KML and GPX: @xmldom/xmldom, because a module worker has no DOMParser. A fatal parse
// error becomes the file's invalid-XML error rather than a half-read document.
import { DOMParser } from '@xmldom/xmldom';
import { fail, type ReadContext, utf8Text } from './context';

export function parseXml(bytes: Uint8Array, ctx: ReadContext): Document {
  const text = utf8Text(bytes, ctx).replace(/^\uFEFF/, '');
  let fatal: string | null = null;
  let doc: unknown;
  try {
    doc = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError' && fatal === null) fatal = message;
      },
    }).parseFromString(text, 'text/xml');
  } catch (e) {
    fatal = e instanceof Error ? e.message : String(e);
  }
  if (fatal !== null || !doc) {
    const detail = String(fatal ?? 'empty document').slice(0, 200);
    throw fail(ctx, 'import.error.xmlInvalid', detail, { detail });
  }
  return doc as Document;
}
