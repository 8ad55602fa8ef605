/** A text in both languages the product speaks. */
export interface LocalizedText {
  en: string;
  ko: string;
}

/** One message in both languages; `link` is a path inside the web app (or an absolute URL). */
export interface BilingualEmail {
  title: LocalizedText;
  body: LocalizedText;
  link?: string;
}

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

export const SUBJECT_PREFIX = '[Consortium Match]';

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

const escapeHtml = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

/** The app path made absolute for a mail client, under PUBLIC_URL's own path; absolute URLs stay as they are. */
export function absoluteLink(link: string | undefined, baseUrl: string): string | null {
  if (!link) return null;
  return new URL(link.replace(/^\/+/, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();
}

/** One message in both languages, Korean first: recipients read Korean, partners abroad English. */
export function formatEmail(n: BilingualEmail, baseUrl: string): EmailContent {
  const url = absoluteLink(n.link, baseUrl);
  const subject = `${SUBJECT_PREFIX} ${oneLine(n.title.ko)} / ${oneLine(n.title.en)}`;
  const text = [
    n.title.ko,
    '',
    n.body.ko,
    ...(url ? ['', `바로가기: ${url}`] : []),
    '',
    '----------------------------------------',
    '',
    n.title.en,
    '',
    n.body.en,
    ...(url ? ['', `Open: ${url}`] : []),
    '',
    '-- ',
    'Consortium Match · 발신 전용 메일입니다. / This is an automated message; replies are not read.',
  ].join('\n');
  const paragraph = (s: string) => `<p>${escapeHtml(s).replace(/\r?\n/g, '<br>')}</p>`;
  const button = (label: string) =>
    url ? `<p><a href="${escapeHtml(url)}">${escapeHtml(label)}</a></p>` : '';
  const html = [
    '<!doctype html><html><body style="font-family:sans-serif;line-height:1.5">',
    `<div lang="ko"><h2>${escapeHtml(n.title.ko)}</h2>${paragraph(n.body.ko)}${button('바로가기')}</div>`,
    '<hr>',
    `<div lang="en"><h2>${escapeHtml(n.title.en)}</h2>${paragraph(n.body.en)}${button('Open in Consortium Match')}</div>`,
    '<hr><p style="color:#666;font-size:12px">Consortium Match · 발신 전용 메일입니다. / This is an automated message; replies are not read.</p>',
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
