export { escapeHtml, htmlLink } from './html.js';
export { renderDigestEmail, renderSubject } from './render-digest.js';
export type { RenderDigestOptions, RenderedEmail } from './render-digest.js';
export { messageIdHeader, sendDigestEmail, smtpError } from './send-digest.js';
export type { SendDigestOptions, SendDigestResult } from './send-digest.js';
