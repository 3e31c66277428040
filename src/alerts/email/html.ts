import { safeHttpUrl } from '../format.js';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escape text for HTML content and (double-quoted) attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

/** A link when the URL is http(s); any other scheme (javascript:, data:, …) is shown as the label alone. */
export function htmlLink(url: string | null | undefined, label: string, style = ''): string {
  const safe = safeHttpUrl(url);
  if (!safe) return escapeHtml(label);
  const styleAttr = style ? ` style="${escapeHtml(style)}"` : '';
  return `<a href="${escapeHtml(safe)}"${styleAttr}>${escapeHtml(label)}</a>`;
}

/** `tag` with an inline style; `inner` must already be HTML. */
export function el(tag: string, style: string, inner: string): string {
  return `<${tag} style="${escapeHtml(style)}">${inner}</${tag}>`;
}
