import type { User } from '../../../lib/api/types';
import type { Taxonomy } from '../../../lib/taxonomy';
import type {
  ConsortiumDetail,
  ConsortiumFirm,
  ConsortiumMember,
  Invitation,
  InvitationList,
  NotificationPage,
} from '../api/types';

export const CONSORTIUM_ID = '6f1f3f2a-1111-4c4c-9aaa-000000000001';
export const LEAD_MEMBER = '6f1f3f2a-2222-4c4c-9aaa-000000000001';
export const PARTNER_MEMBER = '6f1f3f2a-2222-4c4c-9aaa-000000000002';

const term = (code: string, en: string, ko: string) => ({ code, en, ko });

export const taxonomy: Taxonomy = {
  domains: [],
  roles: [
    term('lead', 'Lead / project manager', '주관사'),
    term('solution_provider', 'Solution provider', '솔루션 공급'),
    term('local_partner', 'Local partner', '현지 파트너'),
  ],
  firmSizes: [],
  firmTypes: [],
  projectTracks: [],
  financingSources: [],
  ladderStages: [],
};

export const lgCns: ConsortiumFirm = {
  id: 'f-lg',
  name: 'LG CNS',
  nameKo: 'LG CNS',
  size: 'large',
  homeCountry: 'KR',
  isSample: false,
  onPlatform: true,
  verificationStatus: 'verified',
};
export const dspOne: ConsortiumFirm = {
  id: 'f-dsp',
  name: 'DSPOne',
  nameKo: '디에스피원',
  size: 'sme',
  homeCountry: 'KR',
  isSample: false,
  onPlatform: true,
  verificationStatus: 'verified',
};

export const project = {
  id: 'p-1',
  title: 'Smart Fund Platform',
  titleKo: null,
  countryCode: 'TR',
  city: 'Istanbul',
  status: 'open' as const,
  submissionDeadline: null,
};

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

export function member(overrides: Partial<ConsortiumMember> = {}): ConsortiumMember {
  return {
    id: PARTNER_MEMBER,
    firm: dspOne,
    role: 'solution_provider',
    isLead: false,
    status: 'invited',
    message: 'Join us?',
    invitedAt: new Date().toISOString(),
    expiresAt: later(5),
    respondedAt: null,
    declineReason: null,
    declineNote: null,
    ...overrides,
  };
}

export function detail(overrides: Partial<ConsortiumDetail> = {}): ConsortiumDetail {
  return {
    id: CONSORTIUM_ID,
    name: 'LG CNS consortium',
    status: 'inviting',
    version: 3,
    outcome: null,
    outcomeDate: null,
    project,
    leadFirm: lgCns,
    memberCount: 1,
    pendingCount: 1,
    submittedAt: null,
    decidedAt: null,
    createdAt: new Date().toISOString(),
    updatedAt: new Date().toISOString(),
    members: [
      member({
        id: LEAD_MEMBER,
        firm: lgCns,
        role: 'lead',
        isLead: true,
        status: 'accepted',
        expiresAt: null,
        message: null,
      }),
      member(),
    ],
    team: null,
    readiness: {
      canSubmit: false,
      problems: [
        {
          code: 'pending_invitations',
          field: 'members',
          en: '1 invitation(s) still pending',
          ko: '응답 대기 중인 초대 1건',
        },
        {
          code: 'min_sme',
          field: 'rules.min_sme',
          en: 'At least 1 SME member is required',
          ko: '중소기업 최소 1개사 필요',
        },
      ],
    },
    decisions: [],
    viewer: {
      relation: 'lead',
      memberId: LEAD_MEMBER,
      canEditTeam: true,
      canSubmit: false,
      canWithdraw: true,
      canRespond: false,
      canReview: false,
    },
    ...overrides,
  };
}

export function invitation(overrides: Partial<Invitation> = {}): Invitation {
  return {
    id: PARTNER_MEMBER,
    consortium: { id: CONSORTIUM_ID, name: 'LG CNS consortium', status: 'inviting' },
    project,
    leadFirm: lgCns,
    role: 'solution_provider',
    status: 'invited',
    message: 'Join us?',
    invitedBy: { id: 'u-lead', name: 'Park Jiho' },
    invitedAt: new Date().toISOString(),
    expiresAt: later(5),
    respondedAt: null,
    declineReason: null,
    declineNote: null,
    ...overrides,
  };
}

export const inbox = (items: Invitation[]): InvitationList => ({
  items,
  total: items.length,
  page: 1,
  limit: 100,
});
export const emptyHistory = { items: [], total: 0, page: 1, limit: 100 };

export function notifications(overrides: Partial<NotificationPage> = {}): NotificationPage {
  return {
    items: [
      {
        id: 'n-1',
        type: 'invitation_received',
        title: { en: 'New invitation', ko: '새 초대' },
        body: { en: 'LG CNS invited your firm.', ko: 'LG CNS가 귀사를 초대했습니다.' },
        link: '/invitations',
        data: {},
        readAt: null,
        createdAt: new Date().toISOString(),
      },
    ],
    total: 1,
    unreadCount: 3,
    page: 1,
    limit: 10,
    ...overrides,
  };
}

const base = { firm: null, emailVerified: true, locale: 'ko', emailNotifications: true } as const;
export const leadAdmin: User = {
  ...base,
  id: 'u-lead',
  email: 'large@example.com',
  name: 'Park Jiho',
  role: 'firm_admin',
  firmId: 'f-lg',
  permissions: ['profile:read-own', 'consortium:read-own', 'consortium:write-own'],
};
export const smeAdmin: User = {
  ...base,
  id: 'u-sme',
  email: 'sme@example.com',
  name: 'Choi Yuna',
  role: 'firm_admin',
  firmId: 'f-dsp',
  permissions: ['profile:read-own', 'consortium:read-own', 'consortium:write-own'],
};
export const staff: User = {
  ...base,
  id: 'u-staff',
  email: 'staff@example.com',
  name: 'Jung Hyun',
  role: 'staff',
  firmId: null,
  permissions: ['profile:read-own', 'consortium:review'],
};
