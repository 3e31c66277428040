import { absoluteUrl, cleanAuthor } from './fields.js';
import { htmlToText, plainToText } from './html-text.js';
import { finish, firstDate, type ParsedFeed } from '../feed-items.js';

/**
 * JSON Feed 1.0 and 1.1 (https://jsonfeed.org): `version` written as the spec's URL or as "1.1",
 * 1.0's `author` and 1.1's `authors`, an `id` that is a number. Relative URLs resolve against the
 * feed URL, like any fetched resource's.
 */

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const str = (value: unknown): string => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '');

/** A JSON document that is a JSON Feed: a version that names one, or a titled list of items. */
export function isJsonFeed(value: unknown): value is Json {
  if (!isObject(value)) return false;
  const version = str(value.version);
  if (/jsonfeed\.org\/version\/|^1(?:\.\d+)?$/i.test(version.trim())) return true;
  return Array.isArray(value.items) && typeof value.title === 'string';
}

function authorName(holder: Json): string {
  const authors = Array.isArray(holder.authors) ? holder.authors : [holder.author];
  const author = authors.find(isObject);
  return author ? cleanAuthor(plainToText(str(author.name))) : '';
}

export function mapJsonFeed(feed: Json, url: string): ParsedFeed {
  const items = Array.isArray(feed.items) ? feed.items : [];
  const feedAuthor = authorName(feed);
  return finish(
    plainToText(str(feed.title)),
    items.map((item) => () => {
      if (!isObject(item)) return null;
      const id = str(item.id).trim();
      return {
        title: plainToText(str(item.title)),
        link: absoluteUrl(str(item.url), url) || absoluteUrl(str(item.external_url), url) || (/^https?:\/\//i.test(id) ? id : ''),
        guid: id,
        publishedAt: firstDate([str(item.date_published), str(item.date_modified)]),
        summary: plainToText(str(item.summary)) || plainToText(str(item.content_text)) || htmlToText(str(item.content_html)),
        author: authorName(item) || feedAuthor,
      };
    }),
  );
}
