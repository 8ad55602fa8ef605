import { HttpException, HttpStatus } from '@nestjs/common';
import { MoreThan, type EntityManager } from 'typeorm';
import { hashToken, newOpaqueToken } from '@app/auth';
import { absoluteLink, formatEmail, queueEmails } from '@app/mail';
import { FirmClaimEvent, FirmClaimInvite } from './firm-claim.entity';

export const CLAIM_INVITE_TTL_MS = 14 * 86_400_000;
/** Per lead user and per firm, over 24 hours: an invitation e-mail is not a way to spam an address. */
export const CLAIM_INVITES_PER_USER_PER_DAY = 20;
export const CLAIM_INVITES_PER_FIRM_PER_DAY = 3;
const DAY_MS = 86_400_000;

export interface ClaimInviteInput {
  firmId: string;
  firmName: string;
  email: string;
  invitedById: string;
  consortiumId: string;
  memberId: string;
  leadFirmName: string;
  projectTitle: string;
}

/**
 * In the caller's transaction (the consortium invitation): a one-time claim link for a firm that is
 * not on the platform yet, e-mailed through the outbox to the contact the lead gave. 429 past the
 * daily limits. Returns the invite id (the raw token exists only in the e-mail).
 */
export async function issueClaimInvite(
  tx: EntityManager,
  input: ClaimInviteInput,
  baseUrl: string,
): Promise<string> {
  const since = new Date(Date.now() - DAY_MS);
  const [byUser, byFirm] = [
    await tx.countBy(FirmClaimInvite, { invitedById: input.invitedById, createdAt: MoreThan(since) }),
    await tx.countBy(FirmClaimInvite, { firmId: input.firmId, createdAt: MoreThan(since) }),
  ];
  if (byUser >= CLAIM_INVITES_PER_USER_PER_DAY || byFirm >= CLAIM_INVITES_PER_FIRM_PER_DAY) {
    throw new HttpException(
      {
        message:
          byFirm >= CLAIM_INVITES_PER_FIRM_PER_DAY
            ? 'This firm was already e-mailed several invitations today; try again tomorrow'
            : 'You sent many invitations to firms not on the platform today; try again tomorrow',
        details: [{ field: 'contactEmail', message: 'daily limit of invitation e-mails reached' }],
      },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
  const token = newOpaqueToken();
  const email = input.email.trim().toLowerCase();
  const invite = await tx.save(
    tx.create(FirmClaimInvite, {
      firmId: input.firmId,
      email,
      tokenHash: hashToken(token),
      consortiumId: input.consortiumId,
      memberId: input.memberId,
      invitedById: input.invitedById,
      expiresAt: new Date(Date.now() + CLAIM_INVITE_TTL_MS),
    }),
  );
  await tx.insert(FirmClaimEvent, {
    firmId: input.firmId,
    inviteId: invite.id,
    actorId: input.invitedById,
    type: 'invite_sent',
    data: { email, consortiumId: input.consortiumId, memberId: input.memberId },
  });
  const link = absoluteLink(`/claim?token=${encodeURIComponent(token)}`, baseUrl)!;
  const content = formatEmail(
    {
      title: {
        ko: `${input.leadFirmName}이(가) ${input.firmName}을(를) 컨소시엄에 초대했습니다`,
        en: `${input.leadFirmName} invites ${input.firmName} to a consortium`,
      },
      body: {
        ko: `${input.leadFirmName}이(가) "${input.projectTitle}" 사업의 컨소시엄 파트너로 ${input.firmName}을(를) 초대했습니다. ${input.firmName}은(는) 아직 Consortium Match에 가입하지 않았습니다. 아래 링크(14일간 한 번 사용 가능)로 가입하고 기업 프로필의 관리자 권한을 신청하세요. 담당자 승인 후 초대에 응답할 수 있습니다.`,
        en: `${input.leadFirmName} invites ${input.firmName} to partner in a consortium for "${input.projectTitle}". ${input.firmName} is not on Consortium Match yet: sign up with the link below (works once, for 14 days) and ask to claim the firm's profile. Once program staff approve, you can answer the invitation.`,
      },
      link,
    },
    baseUrl,
  );
  await queueEmails(tx, [{ to: email, ...content }]);
  return invite.id;
}
