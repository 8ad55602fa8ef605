import { describe, expect, it } from 'vitest';
import { absoluteLink, formatEmail } from './email-format';

const notice = {
  title: { en: 'Your firm profile is verified', ko: '기업 정보 검증이 완료되었습니다' },
  body: {
    en: 'Program staff verified Acme.\nNote: <great> & done',
    ko: '담당자가 검증했습니다.\n메모: <좋음>',
  },
  link: '/firms/42',
};

describe('formatEmail', () => {
  const email = formatEmail(notice, 'https://cm.example.kr');

  it('puts both titles in the subject, Korean first', () => {
    expect(email.subject).toBe(
      '[Consortium Match] 기업 정보 검증이 완료되었습니다 / Your firm profile is verified',
    );
  });

  it('keeps the subject on one line whatever the titles contain', () => {
    const odd = formatEmail(
      { ...notice, title: { en: 'A\r\nBcc: x@y', ko: '가\n나' } },
      'https://cm.example.kr',
    );
    expect(odd.subject).toBe('[Consortium Match] 가 나 / A Bcc: x@y');
  });

  it('writes the Korean text before the English one, each with the absolute link', () => {
    const ko = email.text.indexOf('담당자가 검증했습니다.');
    const en = email.text.indexOf('Program staff verified Acme.');
    expect(ko).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(ko);
    expect(email.text).toContain('바로가기: https://cm.example.kr/firms/42');
    expect(email.text).toContain('Open: https://cm.example.kr/firms/42');
  });

  it('escapes HTML and keeps line breaks', () => {
    expect(email.html).toContain('Note: &lt;great&gt; &amp; done');
    expect(email.html).not.toContain('<great>');
    expect(email.html).toContain('Program staff verified Acme.<br>Note:');
    expect(email.html.indexOf('lang="ko"')).toBeLessThan(email.html.indexOf('lang="en"'));
    expect(email.html).toContain('href="https://cm.example.kr/firms/42"');
  });

  it('leaves the link lines out when there is no link', () => {
    const plain = formatEmail({ ...notice, link: undefined }, 'https://cm.example.kr');
    expect(plain.text).not.toContain('Open:');
    expect(plain.html).not.toContain('<a ');
  });
});

describe('absoluteLink', () => {
  it('resolves app paths against the base URL, also one with a path', () => {
    expect(absoluteLink('/firms/1', 'http://localhost:3000')).toBe('http://localhost:3000/firms/1');
    expect(absoluteLink('/firms/1', 'https://gov.example.kr/cm')).toBe('https://gov.example.kr/cm/firms/1');
    expect(absoluteLink('https://other.example/x', 'http://localhost:3000')).toBe('https://other.example/x');
    expect(absoluteLink(undefined, 'http://localhost:3000')).toBeNull();
  });
});
