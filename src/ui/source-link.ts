// How a source URL is shown: enough of it to tell two pages of one site apart (the query string
// often is the page: "ChiTiet.aspx?ID=2330" vs "?ID=1090"), and what kind of site it is, so an
// official portal is not confused with a Wikipedia mirror or a third-party compilation.

/** official: a government site; press: a news outlet; company: the developer's or builder's site;
 * mirror: a copy of another site (Wikipedia mirrors); secondary: any other compilation or blog. */
export type SourceKind = 'official' | 'press' | 'company' | 'mirror' | 'secondary';

/** Host suffixes by kind. Anything not listed is 'secondary' (the cautious default). */
const KINDS: [suffix: string, kind: SourceKind][] = [
  ['gov.vn', 'official'],
  ['chinhphu.vn', 'official'],
  ['wikizero.com', 'mirror'],
  ['profilpelajar.com', 'mirror'],
  ['kiwix.colibox.colibris-outilslibres.org', 'mirror'],
  ['vneconomy.vn', 'press'],
  ['thanhnien.vn', 'press'],
  ['tienphong.vn', 'press'],
  ['vtv.vn', 'press'],
  ['sggp.org.vn', 'press'],
  ['sggpnews.org.vn', 'press'],
  ['vietnamplus.vn', 'press'],
  ['baobinhduong.vn', 'press'],
  ['nld.com.vn', 'press'],
  ['laodong.vn', 'press'],
  ['vnexpress.net', 'press'],
  ['vietnamnet.vn', 'press'],
  ['kinhtedothi.vn', 'press'],
  ['soha.vn', 'press'],
  ['thoibaotaichinhvietnam.vn', 'press'],
  ['suckhoedoisong.vn', 'press'],
  ['baomoi.com', 'press'],
  ['vccinews.com', 'press'],
  ['einpresswire.com', 'press'],
  ['becamex.com.vn', 'company'],
  ['deoca.vn', 'company'],
  ['vsip.com.vn', 'company'],
  ['dainambinhduong.vn', 'company'],
];

/** The kind of site a URL is on (see SourceKind); 'secondary' for unknown hosts and non-URLs. */
export function sourceKind(url: string): SourceKind {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return 'secondary';
  }
  for (const [suffix, kind] of KINDS) if (host === suffix || host.endsWith(`.${suffix}`)) return kind;
  return 'secondary';
}

/**
 * A URL as link text: host (without "www.") + decoded path + query; when longer than `max`, the
 * middle is elided and the end kept ("eng.binhduong.gov.vn/…/TinTucSuKien/ChiTiet.aspx?ID=1090&PageIndex=452"). A plain
 * "http:" link keeps its scheme visible, since it is not encrypted. Not a URL: returned as is.
 */
export function sourceLabel(url: string, max = 70): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return url;
  }
  const decode = (s: string) => {
    try {
      return decodeURIComponent(s);
    } catch {
      return s;
    }
  };
  const host = u.hostname.replace(/^www\./, '');
  const path = decode(u.pathname.length > 1 ? u.pathname.replace(/\/$/, '') : '');
  const query = decode(u.search);
  const scheme = u.protocol === 'http:' ? 'http://' : '';
  let label = `${scheme}${host}${path}${query}`;
  if (label.length > max) {
    // Elide the middle, keep the end: pages of one site differ at the end (slug, id, query).
    const head = `${scheme}${host}/…`;
    label = `${head}${`${path}${query}`.slice(-(max - head.length))}`;
  }
  return label;
}
