/**
 * Seed text as saved from the web often carries a `?` where the page had a non-breaking space:
 * French typography puts one inside « » and before : ; ! ?, and a lossy copy turns it into "?"
 * (« ?intégrale? »). Read as text, those are question marks that are not there. The clean-up puts
 * the non-breaking space back, only in those places, so real questions stay questions.
 */
const NBSP = '\u00a0';

/**
 * A metadata line saved at the top of a seed ("date 2017-11", "Published: 2018-02-17") is no
 * sentence of the article: left in, it becomes the start of the first claim's quote.
 */
const LEADING_DATELINE = /^\s*(?:date|dated|published|publi[ée]e?(?: le)?|datum|fecha|дата)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+/iu;

export function cleanSeedText(text: string): string {
  return (
    text
      .replace(LEADING_DATELINE, '')
      // « ?mot → «\u00a0mot
      .replace(/«\s?\?(?=\S)/gu, `«${NBSP}`)
      // mot? » → mot\u00a0»
      .replace(/(?<=\S)\?\s?»/gu, `${NBSP}»`)
      // mot?: / mot?; / mot?! → mot\u00a0: (a letter, then "?" glued to the mark, then a space or the end)
      .replace(/(?<=\p{L})\?(?=[:;!](?:\s|$))/gmu, NBSP)
      // mot?? → mot\u00a0? (the first "?" stands for the space before a real question mark)
      .replace(/(?<=\p{L})\?\?(?=\s|$)/gmu, `${NBSP}?`)
  );
}
