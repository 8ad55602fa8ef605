import { describe, expect, it } from 'vitest';
import { emailMatchesWebsite, websiteHost } from './email-domain';

describe('email domain evidence', () => {
  it('matches the website host, without www, and its subdomains', () => {
    expect(websiteHost('https://www.dspone.co.kr/about')).toBe('dspone.co.kr');
    expect(emailMatchesWebsite('kim@dspone.co.kr', 'https://www.dspone.co.kr')).toBe(true);
    expect(emailMatchesWebsite('kim@MAIL.dspone.co.kr', 'http://dspone.co.kr')).toBe(true);
  });
  it('does not match other domains, look-alikes or a missing website', () => {
    expect(emailMatchesWebsite('kim@gmail.com', 'https://dspone.co.kr')).toBe(false);
    expect(emailMatchesWebsite('kim@evildspone.co.kr', 'https://dspone.co.kr')).toBe(false);
    expect(emailMatchesWebsite('kim@dspone.co.kr', null)).toBe(false);
    expect(emailMatchesWebsite('kim@dspone.co.kr', 'not a url')).toBe(false);
  });
});
