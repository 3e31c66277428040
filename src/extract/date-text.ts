import { parseDate } from '../sources/parse-date.js';
import type { AnyNode, Element } from 'domhandler';
import { NON_TEXT_TAGS, collapse, isElement } from './dom.js';

/**
 * Publication dates as pages show them to people ("Publié le 14/11/2017 à 18h32", "Posted:
 * Friday, June 3, 2011 4:15 pm", "26.10.2017, 18:05") and as URLs carry them (/2017/11/14/).
 * Used after the machine-readable sources (meta, JSON-LD, <time datetime>) have said nothing.
 */

/** A date line is short; a longer text with a date in it is a sentence about something else. */
const MAX_DATE_TEXT_CHARS = 120;
/** Elements looked at for a visible date, in document order: the first dates on a page are the article's. */
const MAX_DATE_ELEMENTS = 12;
/** Labels that say a date is the modification date, which only counts when nothing else does. */
const UPDATED_LABEL = /\b(?:updated|modified|mis à jour|modifié|actualisé|aktualisiert|actualizado|обновлено)\b/i;

const TIME = String.raw`(?:\s*(?:,|-|–|à|at|um|a las|в)?\s*(\d{1,2})[:h.](\d{2})(?:\s*([ap])\.?m\.?)?)?`;
const NUMERIC_DATE = new RegExp(String.raw`\b(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\b${TIME}`, 'iu');
const ISO_LIKE = new RegExp(String.raw`\b(\d{4})-(\d{2})-(\d{2})\b${TIME}`, 'iu');
/** "14 novembre 2017", "14. November 2017", "14 de agosto de 2018" */
const DAY_MONTH_YEAR = new RegExp(String.raw`\b(\d{1,2})(?:er|\.)?\s+(?:de\s+)?(\p{L}{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b${TIME}`, 'iu');
const MONTH_DAY_YEAR = new RegExp(String.raw`\b(\p{L}{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b${TIME}`, 'iu');

const pad = (value: string | number) => String(value).padStart(2, '0');

/** "HH:MM" on a 24-hour clock, or '' when the text gives no (valid) time. */
function clock(hour: string | undefined, minute: string | undefined, meridiem: string | undefined): string {
  if (hour === undefined || minute === undefined) return '';
  let h = Number(hour);
  if (meridiem?.toLowerCase() === 'p' && h < 12) h += 12;
  if (meridiem?.toLowerCase() === 'a' && h === 12) h = 0;
  return h < 24 && Number(minute) < 60 ? `${pad(h)}:${minute}` : '';
}

/** An ISO date (UTC when the page gives no zone) from numeric parts. */
function isoDate(year: string, month: string | number, day: string | number, time: string): string | undefined {
  return parseDate(`${year}-${pad(month)}-${pad(day)}${time ? `T${time}:00Z` : ''}`) ?? undefined;
}

/**
 * The date in a short visible text, as an ISO string (UTC when the text gives no zone), or
 * undefined. Numeric dates are day first, except month first for US English (`monthFirst`).
 */
export function readDateText(raw: string, monthFirst = false): string | undefined {
  const text = collapse(raw);
  if (!text || text.length > MAX_DATE_TEXT_CHARS) return undefined;
  const iso = ISO_LIKE.exec(text);
  if (iso) return isoDate(iso[1], iso[2], iso[3], clock(iso[4], iso[5], iso[6]));
  const numeric = NUMERIC_DATE.exec(text);
  if (numeric) {
    let [first, second] = [Number(numeric[1]), Number(numeric[2])];
    if (first > 12 || (!monthFirst && second <= 12)) [first, second] = [second, first]; // day first
    const year = numeric[3].length === 2 ? `20${numeric[3]}` : numeric[3];
    return isoDate(year, first, second, clock(numeric[4], numeric[5], numeric[6]));
  }
  for (const pattern of [DAY_MONTH_YEAR, MONTH_DAY_YEAR]) {
    const words = pattern.exec(text);
    if (!words) continue;
    const [day, month] = pattern === DAY_MONTH_YEAR ? [words[1], words[2]] : [words[2], words[1]];
    const time = clock(words[4], words[5], words[6]);
    const parsed = parseDate(`${day} ${month} ${words[3]}${time ? ` ${time} UTC` : ''}`);
    if (parsed) return parsed;
  }
  return undefined;
}

/** The first publication date among short texts; a modification date ("Mis à jour …") only when there is no other. */
function firstPublicationDate(texts: Iterable<string>, monthFirst: boolean): string | undefined {
  let updated: string | undefined;
  for (const text of texts) {
    const date = readDateText(text, monthFirst);
    if (!date) continue;
    if (!UPDATED_LABEL.test(text)) return date;
    updated ??= date;
  }
  return updated;
}

/** The first publication date shown in the page's date-like elements (DocumentIndex.dateElements; modification dates only as a fallback). */
export function readVisibleDate(elements: readonly Element[], monthFirst: boolean): string | undefined {
  return firstPublicationDate(dateElementTexts(elements), monthFirst);
}

function* dateElementTexts(elements: readonly Element[]): Generator<string> {
  let looked = 0;
  for (const element of elements) {
    if (element.name === 'body' || element.name === 'html' || element.name === 'meta') continue;
    const text = shortTextOf(element);
    if (!text) continue;
    if (++looked > MAX_DATE_ELEMENTS) return;
    yield text;
  }
}

/** Month names in URLs ("/2017/nov/14/", The Guardian). */
const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** /2017/11/14/, /2017-11-14/, /2017/nov/14/, /20171114-slug (France 24, RFI), 2017_11_14 */
const URL_DATE = /(?:^|[/_-])((?:19|20)\d{2})([/_-]?)(0[1-9]|1[0-2]|[a-z]{3})\2(0[1-9]|[12]\d|3[01])(?=$|[/_.-])/i;

/** The day a URL path names, as midnight UTC; undefined when the path has no full date. */
export function dateFromUrl(url: string): string | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  const match = URL_DATE.exec(path);
  if (!match) return undefined;
  const [, year, separator, rawMonth, day] = match;
  const named = URL_MONTHS.indexOf(rawMonth.toLowerCase());
  if (!/^\d+$/.test(rawMonth) && (named === -1 || !separator)) return undefined;
  const month = named === -1 ? rawMonth : pad(named + 1);
  return parseDate(`${year}-${month}-${day}`) ?? undefined;
}

/** The text of a small element, or '' as soon as it passes MAX_DATE_TEXT_CHARS (a date class on a whole article). */
function shortTextOf(root: AnyNode): string {
  let text = '';
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      text += `${node.data} `;
      if (text.length > MAX_DATE_TEXT_CHARS * 3) return '';
    } else if ('children' in node && !(isElement(node) && NON_TEXT_TAGS.has(node.name))) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  text = collapse(text);
  return text.length > MAX_DATE_TEXT_CHARS ? '' : text;
}

/** Ancestors of the headline whose short lines are read for a date printed beside it (2–4 tried on the tune half: 3). */
const HEADLINE_DATE_LEVELS = 3;
/** Short lines looked at around the headline. */
const MAX_HEADLINE_DATE_LINES = 40;
/** A line longer than this is prose, not a dateline. */
const MAX_DATELINE_CHARS = 80;

/**
 * The date printed beside the headline, in a block with no date-like class ("Pressemitteilung vom
 * 25. Januar 2022", "Datum: 03.11.2021"): the first short line that reads as a date in the block
 * HEADLINE_DATE_LEVELS above the headline.
 */
export function readDateNearHeadline(headline: AnyNode | undefined, monthFirst: boolean): string | undefined {
  let block = headline?.parent ?? null;
  for (let level = 1; level < HEADLINE_DATE_LEVELS && block?.parent && block.parent.type !== 'root'; level++) block = block.parent;
  return block ? firstPublicationDate(shortLinesAround(block, headline!), monthFirst) : undefined;
}

/** The short text lines of `block` in document order, the headline's own left out (MAX_HEADLINE_DATE_LINES at most). */
function* shortLinesAround(block: AnyNode, headline: AnyNode): Generator<string> {
  let looked = 0;
  const stack: AnyNode[] = [block];
  while (stack.length > 0 && looked < MAX_HEADLINE_DATE_LINES) {
    const node = stack.pop()!;
    if (node === headline) continue;
    if (node.type === 'text') {
      const text = collapse(node.data);
      if (!text || text.length > MAX_DATELINE_CHARS) continue;
      looked++;
      yield text;
      continue;
    }
    if (isElement(node) && NON_TEXT_TAGS.has(node.name)) continue;
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
}
