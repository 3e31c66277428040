/** The namespaces feeds use, by URI, so that `a10:updated` is read as `atom:updated`. */

/** Namespace URIs (lower-cased, without a trailing `/` or `#`) to the key the mappers use. */
const NAMESPACES: Record<string, string> = {
  'http://purl.org/rss/1.0': '',
  'http://my.netscape.com/rdf/simple/0.9': '',
  'http://backend.userland.com/rss2': '',
  'http://backend.userland.com/rss': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://purl.org/net/rss1.1': '',
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns': 'atom',
  'http://purl.org/dc/elements/1.1': 'dc',
  'http://purl.org/dc/elements/1.0': 'dc',
  'http://purl.org/dc/terms': 'dcterms',
  'http://purl.org/rss/1.0/modules/content': 'content',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns': 'rdf',
  'http://rssnamespace.org/feedburner/ext/1.0': 'feedburner',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/xml/1998/namespace': 'xml',
};

const keys = new Map<string, string | undefined>();

/**
 * The key of an element or attribute's namespace: the short name of a known URI whatever the
 * prefix; the prefix as written for an unknown URI or an undeclared prefix (feeds use `dc:` without
 * declaring it); none for an unknown default namespace.
 */
export function nsKey(uri: string | undefined, prefix: string): string {
  if (uri === undefined) return prefix;
  let key = keys.get(uri);
  if (key === undefined && !keys.has(uri)) {
    key = NAMESPACES[uri.trim().toLowerCase().replace(/[/#]+$/, '')];
    if (keys.size < 1000) keys.set(uri, key);
  }
  return key ?? prefix;
}

