import type { Plugin } from 'vite';

/**
 * The built site's Content-Security-Policy, as a <meta> tag so it travels
 * with the files to any static host. Scripts and styles only from the site
 * itself, never inline; images from the site or data: URIs (Leaflet's
 * stylesheet inlines its small control icons that way); nothing else at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
].join('; ');

/** Build only: the dev server needs an inline script of its own. */
export function cspPlugin(): Plugin {
  return {
    name: 'bhent:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => html.replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`),
    },
  };
}
