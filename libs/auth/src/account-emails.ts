import type { EntityManager } from 'typeorm';
import { absoluteLink, formatEmail, queueEmails } from '@app/mail';

export const RESET_TOKEN_TTL_MS = 3_600_000;
export const VERIFY_TOKEN_TTL_MS = 48 * 3_600_000;

const MESSAGES = {
  reset_password: {
    path: '/reset-password',
    title: { ko: '비밀번호 재설정', en: 'Reset your password' },
    body: {
      ko: 'Consortium Match 계정의 비밀번호 재설정이 요청되었습니다. 아래 링크는 1시간 동안 한 번만 사용할 수 있습니다.\n요청하지 않으셨다면 이 메일을 무시하세요. 비밀번호는 바뀌지 않습니다.',
      en: 'Someone asked to reset the password of your Consortium Match account. The link below works once, for 1 hour.\nIf it was not you, ignore this e-mail: your password stays as it is.',
    },
  },
  verify_email: {
    path: '/verify-email',
    title: { ko: '이메일 주소 확인', en: 'Confirm your e-mail address' },
    body: {
      ko: 'Consortium Match에 가입해 주셔서 감사합니다. 아래 링크로 이 이메일 주소가 본인의 것임을 확인해 주세요. 링크는 48시간 동안 한 번만 사용할 수 있습니다.',
      en: 'Welcome to Consortium Match. Confirm that this address is yours with the link below; it works once, for 48 hours.',
    },
  },
} as const;

/**
 * Queues a link e-mail in the caller's transaction, straight into the outbox: no in-app notification,
 * because the raw token may exist only in the message itself.
 */
export async function queueAccountEmail(
  tx: EntityManager,
  to: string,
  kind: keyof typeof MESSAGES,
  token: string,
  baseUrl: string,
): Promise<void> {
  const m = MESSAGES[kind];
  const link = absoluteLink(`${m.path}?token=${encodeURIComponent(token)}`, baseUrl)!;
  await queueEmails(tx, [{ to, ...formatEmail({ title: m.title, body: m.body, link }, baseUrl) }]);
}
