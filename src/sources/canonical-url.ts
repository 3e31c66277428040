/**
 * The form of a URL used for dedupe: two links to the same story compare equal.
 *
 * Lowercase scheme and host (the URL parser does it), no fragment, no default port, no tracking
 * parameters, remaining parameters sorted by name (order kept among equal names), no trailing `?`.
 * Parameters keep their original percent-encoding: re-encoding could change what a server reads.
 */

/** Query parameters that only say where a click came from; exact names, compared lowercase. */
const TRACKING_PARAMS = new Set([
  'fbclid', 'gclid', 'gclsrc', 'dclid', 'gbraid', 'wbraid', 'msclkid', 'yclid', 'twclid', 'ttclid', 'li_fat_id', 'igshid',
  'mc_cid', 'mc_eid', 'mkt_tok', '_hsenc', '_hsmi', 'hsctatracking', 'vero_id', 'vero_conv', 'oly_enc_id', 'oly_anon_id',
  'xtor', 'xts', 'xtref', 'ocid', 'cmpid', 'icid', 'ito', 'smid', 'smtyp', 'sref', 'ref', 'ref_src', 'ref_url',
  'spm', 'scm', 'sharesource', 'guccounter', 'guce_referrer', 'guce_referrer_sig', 'sr_share',
  '_ga', '_gl', 's_kwcid', 'wt.mc_id', 'wt.mc_ev', 'ns_mchannel', 'ns_source', 'ns_campaign', 'ns_linkname', 'ns_fee',
  'cid_source', 'at_medium', 'at_campaign', 'at_format', 'at_link', 'at_creation', 'at_send_date', 'at_variant',
  'at_platform', 'at_ptr_name', 'at_recipient_id', 'at_recipient_list', 'at_custom1', 'at_custom2', 'at_custom3', 'at_custom4',
  '__twitter_impression', 'ncid',
]);
// Deliberately absent: src, feature, share, partner, page, id… — some sites route on them, and a false merge loses a story.

/** Families of tracking parameters by prefix: utm_* (Google), lmd_* (Le Monde), pk_*, mtm_* (Matomo), hmb_* (Guardian). */
const TRACKING_PREFIXES = ['utm_', 'lmd_', 'pk_', 'mtm_', 'hmb_', 'vgo_ee'];

function isTracking(name: string): boolean {
  const lower = name.toLowerCase();
  return TRACKING_PARAMS.has(lower) || TRACKING_PREFIXES.some((prefix) => lower.startsWith(prefix));
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return raw;
  }
}

/** Canonical form of `url`; an unparsable URL comes back trimmed, unchanged. */
export function canonicalUrl(url: string): string {
  const trimmed = url.trim();
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    return trimmed;
  }
  parsed.hash = '';
  const query = parsed.search.replace(/^\?/, '');
  if (query) {
    const kept = query
      .split('&')
      .filter((pair) => pair !== '')
      .map((pair, index) => {
        const eq = pair.indexOf('=');
        return { name: decodeName(eq === -1 ? pair : pair.slice(0, eq)), pair, index };
      })
      .filter((param) => !isTracking(param.name))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.index - b.index));
    parsed.search = kept.map((param) => param.pair).join('&');
  } else {
    parsed.search = '';
  }
  let href = parsed.href;
  if (href.endsWith('?')) href = href.slice(0, -1);
  return href;
}
