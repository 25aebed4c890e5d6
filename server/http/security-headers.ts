/** Headers every response carries. The CSP uses a per-request nonce so no inline script runs without it. */
export function contentSecurityPolicy(nonce: string, dev: boolean): string {
  return [
    "default-src 'self'",
    // 'strict-dynamic' lets Next's nonce'd bootstrap load its own chunks; dev mode needs eval for fast refresh.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style attributes (charts, React inline styles) need 'unsafe-inline'; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    // The push service worker (public/sw.js); without this, workers fall back to script-src, whose 'strict-dynamic' ignores 'self'.
    "worker-src 'self'",
    "frame-ancestors 'none'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
  ].join("; ");
}

export const STATIC_SECURITY_HEADERS: Record<string, string> = {
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "X-Frame-Options": "DENY",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=()",
  "Cross-Origin-Opener-Policy": "same-origin",
  // Browsers honour HSTS only over HTTPS, so it is harmless on plain-HTTP localhost.
  "Strict-Transport-Security": "max-age=31536000; includeSubDomains",
};

/**
 * Cross-site request check for state-changing requests: a browser always sends Sec-Fetch-Site or Origin,
 * and either must name this site. Requests without both (curl, server-to-server) carry no ambient cookies risk.
 */
export function isCrossSiteRequest(headers: Headers, requestUrl: string): boolean {
  const fetchSite = headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none") return true;
  const origin = headers.get("origin");
  if (!origin) return false;
  try {
    const expectedHost = headers.get("x-forwarded-host") ?? headers.get("host") ?? new URL(requestUrl).host;
    return new URL(origin).host !== expectedHost;
  } catch {
    return true;
  }
}
