import type { Labels, RankedFirm } from '@app/matching';
import type { NotificationInput } from '@app/notifications';

export interface MatchedProjectInfo {
  id: string;
  title: string;
  titleKo: string | null;
  countryCode: string;
  city: string | null;
}

/** "A new project fits your firm": the score and the engine's strongest reasons, in both languages. */
export function projectMatchNotice(
  project: MatchedProjectInfo,
  match: RankedFirm,
  labels: Labels,
): NotificationInput {
  const country = labels(project.countryCode) ?? { en: project.countryCode, ko: project.countryCode };
  const where = {
    en: [project.city, country.en].filter(Boolean).join(', '),
    ko: [country.ko, project.city].filter(Boolean).join(' '),
  };
  const score = Math.round(match.score);
  const reasons = match.reasons.slice(0, 2);
  const titleKo = project.titleKo ?? project.title;
  return {
    type: 'project_match',
    title: { en: `New project for your firm: ${project.title}`, ko: `귀사에 맞는 신규 프로젝트: ${titleKo}` },
    body: {
      en: [
        `A new project in ${where.en} fits your firm's capabilities (fit score ${score}/100).`,
        ...reasons.map((r) => `• ${r.en}`),
      ].join('\n'),
      ko: [
        `${where.ko}의 신규 프로젝트가 귀사의 역량과 잘 맞습니다 (적합도 ${score}/100).`,
        ...reasons.map((r) => `• ${r.ko}`),
      ].join('\n'),
    },
    link: `/projects/${project.id}`,
    data: { projectId: project.id, firmId: match.firmId, score: match.score },
  };
}
