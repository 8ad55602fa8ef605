/** The host of a website URL without `www.`, or null. */
export function websiteHost(website: string | null): string | null {
  if (!website) return null;
  try {
    return new URL(website).hostname.toLowerCase().replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** The domain of an e-mail address, lower-cased. */
export const emailDomain = (email: string) => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** The address is at the firm's website domain or a subdomain of it (kim@mail.dspone.co.kr for dspone.co.kr). */
export function emailMatchesWebsite(email: string, website: string | null): boolean {
  const host = websiteHost(website);
  if (!host) return false;
  const domain = emailDomain(email);
  return domain === host || domain.endsWith(`.${host}`);
}
