import type { NotificationInput } from '@app/notifications';
import type { Firm } from './firm.entity';

/** What every user of the firm reads after a staff decision (with the staff reason, when given). */
export function verificationNotice(
  firm: Pick<Firm, 'id' | 'name' | 'nameKo' | 'verificationStatus' | 'verificationReason'>,
): NotificationInput {
  const verified = firm.verificationStatus === 'verified';
  const reason = firm.verificationReason;
  const nameKo = firm.nameKo ?? firm.name;
  return {
    type: 'firm_verification',
    title: verified
      ? { en: 'Your firm profile is verified', ko: '기업 정보 검증이 완료되었습니다' }
      : { en: 'Your firm profile was not verified', ko: '기업 정보 검증이 반려되었습니다' },
    body: verified
      ? {
          en: `Program staff verified ${firm.name}. It now appears in the firm directory and in matches.${reason ? `\nNote from staff: ${reason}` : ''}`,
          ko: `프로그램 담당자가 ${nameKo}의 기업 정보를 검증했습니다. 이제 기업 목록과 매칭에 표시됩니다.${reason ? `\n담당자 메모: ${reason}` : ''}`,
        }
      : {
          en: `Program staff did not verify ${firm.name}.\nReason: ${reason ?? '—'}\nUpdate the profile and contact the program office to be reviewed again.`,
          ko: `프로그램 담당자가 ${nameKo}의 기업 정보를 반려했습니다.\n사유: ${reason ?? '—'}\n기업 정보를 보완한 후 재검토를 요청해 주세요.`,
        },
    link: `/firms/${firm.id}`,
    data: { firmId: firm.id, decision: firm.verificationStatus, reason },
  };
}
