/**
 * The security policy of the built app, in one place: the Content-Security-Policy the build
 * writes into index.html, the headers `vite preview` sends (so the end-to-end suite runs
 * under them) and the `_headers` file the build writes for hosts that read one (Netlify,
 * Cloudflare Pages). e2e/security.spec.ts checks a whole session against it.
 */
import type { Plugin } from 'vite';

/**
 * Everything the app loads is its own: scripts and styles only from files (no inline code,
 * no eval), the dataset and the service worker from the same origin, no plugins, no forms.
 * Styles need no 'unsafe-inline': React and vis-timeline set styles through the CSSOM
 * (`element.style`), which CSP does not govern, and vis-timeline's own injected <style>
 * elements are stripped at build (see vite.config.ts). PDF fonts come from a bundled
 * virtual file system, and downloads are blob: URLs followed by a link, which no fetch
 * directive covers.
 */
const POLICY: Readonly<Record<string, string>> = {
  'default-src': "'self'",
  'script-src': "'self'",
  'style-src': "'self'",
  'img-src': "'self'",
  'font-src': "'self'",
  'connect-src': "'self'",
  'worker-src': "'self'",
  'manifest-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'none'",
};

const serialise = (policy: Readonly<Record<string, string>>) =>
  Object.entries(policy)
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join('; ');

/** The policy as a <meta> tag can carry it (a meta tag cannot set frame-ancestors). */
export const META_CONTENT_SECURITY_POLICY = serialise(POLICY);

/** The policy as a header: the same, and no page may frame the app. */
export const CONTENT_SECURITY_POLICY = serialise({ ...POLICY, 'frame-ancestors': "'none'" });

/** The headers every response of the app should carry. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  // For browsers without frame-ancestors.
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  // The app requests only its own files; external links carry rel="noreferrer" as well.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** Netlify / Cloudflare Pages `_headers`: the security headers everywhere, sw.js never cached long. */
export function headersFile(): string {
  const lines = ['/*', ...Object.entries(SECURITY_HEADERS).map(([k, v]) => `  ${k}: ${v}`)];
  lines.push('/sw.js', '  Cache-Control: no-cache');
  return `${lines.join('\n')}\n`;
}

/**
 * Writes the policy into the built index.html as the first element of <head>, before any
 * script, and `_headers` beside it. Build only: the dev server's hot reload runs inline
 * scripts that the policy would block.
 */
export function securityHeadersPlugin(): Plugin {
  return {
    name: 'relations-timeline:security-headers',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile() });
    },
  };
}
