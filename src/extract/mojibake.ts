/**
 * Text encoded in UTF-8 twice: a page whose CMS read its UTF-8 as Latin-1 and wrote it out again
 * shows "Investorâ\u0080\u0099s" for "Investor’s". The C1 control characters (U+0080–U+009F) give it
 * away: no text a reader sees holds them, and every multi-byte UTF-8 sequence read as Latin-1 holds
 * one or more continuation bytes in that range for the punctuation that goes wrong most (’ “ ” – — …).
 * Only such sequences are decoded again; "â€™" (the same mistake through Windows-1252) is left as it
 * is, since "€" and "™" are ordinary text.
 */
const C1_CONTROL = /[\u0080-\u009f]/;
/** A lead byte and its continuation bytes, each read as one Latin-1 character. */
const LATIN1_UTF8_SEQUENCE = /[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}/g;

/** The text with its UTF-8-read-as-Latin-1 sequences decoded (see above); the same string when it has none. */
export function repairDoubleEncoding(text: string): string {
  if (!C1_CONTROL.test(text)) return text;
  return text.replace(LATIN1_UTF8_SEQUENCE, (sequence) => {
    if (!C1_CONTROL.test(sequence)) return sequence;
    const decoded = Buffer.from(sequence, 'latin1').toString('utf8');
    // one character, or the bytes were no UTF-8 after all
    return [...decoded].length === 1 && decoded !== '\ufffd' ? decoded : sequence;
  });
}
