// Builds the two parts every message has: plain text and simple, accessible HTML (inline styles, since mail clients
// drop style sheets). User text is escaped here, so callers pass plain strings.

export type EmailContent = {
  heading: string;
  paragraphs: string[];
  action?: { label: string; href: string };
  /** Said after the action, e.g. "The link works for 1 hour." */
  afterAction?: string[];
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);
}

const P = 'style="margin:0 0 16px;font-size:16px;line-height:1.5;color:#1c1917"';
const SMALL = 'style="margin:0 0 8px;font-size:14px;line-height:1.5;color:#44403c"';

export function renderEmail(content: EmailContent): { text: string; html: string; links: string[] } {
  const after = content.afterAction ?? [];
  const text = [
    content.heading,
    "",
    ...content.paragraphs.flatMap((p) => [p, ""]),
    ...(content.action ? [`${content.action.label}: ${content.action.href}`, ""] : []),
    ...after.flatMap((p) => [p, ""]),
  ].join("\n").trimEnd();
  const button = content.action
    ? `<p style="margin:0 0 16px"><a href="${escapeHtml(content.action.href)}" style="display:inline-block;background:#047857;color:#ffffff;` +
      `font-weight:600;padding:12px 20px;border-radius:8px;text-decoration:none">${escapeHtml(content.action.label)}</a></p>` +
      `<p ${SMALL}>Or open this link: <a href="${escapeHtml(content.action.href)}" style="color:#047857">${escapeHtml(content.action.href)}</a></p>`
    : "";
  const html =
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">` +
    `<title>${escapeHtml(content.heading)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#fafaf9;font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif">` +
    `<main style="max-width:560px;margin:0 auto;background:#ffffff;padding:24px;border-radius:12px">` +
    `<h1 style="margin:0 0 16px;font-size:22px;color:#1c1917">${escapeHtml(content.heading)}</h1>` +
    content.paragraphs.map((p) => `<p ${P}>${escapeHtml(p)}</p>`).join("") +
    button +
    after.map((p) => `<p ${SMALL}>${escapeHtml(p)}</p>`).join("") +
    `</main></body></html>`;
  return { text, html, links: content.action ? [content.action.href] : [] };
}

/** Adds the footer lines (what the mail is about, how to stop it) to both parts. */
export function withFooter(parts: { text: string; html: string }, lines: { text: string; link?: { label: string; href: string } }[]) {
  const text = `${parts.text}\n\n--\n${lines.map((l) => (l.link ? `${l.text} ${l.link.label}: ${l.link.href}` : l.text)).join("\n")}`;
  const footer =
    `<footer style="max-width:560px;margin:16px auto 0;font-size:13px;line-height:1.5;color:#44403c">` +
    lines
      .map((l) => `<p style="margin:0 0 6px">${escapeHtml(l.text)}${l.link ? ` <a href="${escapeHtml(l.link.href)}" style="color:#047857">${escapeHtml(l.link.label)}</a>` : ""}</p>`)
      .join("") +
    `</footer>`;
  const html = parts.html.includes("</body>") ? parts.html.replace("</body>", `${footer}</body>`) : parts.html + footer;
  return { text, html };
}
