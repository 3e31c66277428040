/**
 * HTML built from templates whose every interpolation is escaped: feed titles and story text are
 * hostile input. Only `Html` values (from `html` or `raw`) pass through unescaped.
 */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

type Part = Html | string | number | null | undefined | false | readonly Part[];

function render(part: Part): string {
  if (part === null || part === undefined || part === false) return '';
  if (part instanceof Html) return part.value;
  if (Array.isArray(part)) return part.map(render).join('');
  return escapeHtml(String(part));
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  let out = strings[0];
  parts.forEach((part, i) => (out += render(part) + strings[i + 1]));
  return new Html(out);
}

/** Markup made elsewhere and already safe (the digest's own HTML). */
export const raw = (value: string): Html => new Html(value);

/** A link only to http(s) addresses: a feed can carry `javascript:` URLs. */
export function safeHref(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}
