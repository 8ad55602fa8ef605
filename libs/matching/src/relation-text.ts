import type { Relation } from './collaboration-graph';
import type { Label, Labels, MatchFirmInput } from './types';

const STATUS: Record<string, Label> = {
  selected: { en: 'won', ko: '선정' },
  contract_signed: { en: 'contract signed', ko: '계약 체결' },
  not_selected: { en: 'not selected', ko: '미선정' },
  approved: { en: 'approved', ko: '승인' },
  rejected: { en: 'rejected', ko: '반려' },
  submitted: { en: 'submitted', ko: '제출' },
  under_review: { en: 'under review', ko: '심사 중' },
  changes_requested: { en: 'changes requested', ko: '보완 요청' },
  withdrawn: { en: 'withdrawn', ko: '철회' },
};

/** A project title without its trailing parenthesis ("… design (Korea Consortium lead)" → "… design"). */
const shortTitle = (title: string) => title.replace(/\s*\([^)]*\)\s*$/, '').trim() || title;

function where(r: Relation, labels: Labels): Label {
  const country = r.countryCode ? (labels(r.countryCode) ?? { en: r.countryCode, ko: r.countryCode }) : null;
  const place = r.city ?? null;
  const en = [place, !place ? country?.en : null].filter(Boolean).join(', ');
  const ko = [place, !place ? country?.ko : null].filter(Boolean).join(', ');
  return { en, ko };
}

/** What the relation is about, e.g. `"Smart new town master plan and detailed design", South Saad Al-Abdullah, 2017`. */
function what(r: Relation, labels: Labels): Label {
  const place = where(r, labels);
  const title = r.title ? `"${shortTitle(r.title)}"` : '';
  const en = [title, place.en, r.year ? String(r.year) : ''].filter(Boolean).join(', ');
  const ko = [r.year ? `${r.year}년` : '', place.ko, title].filter(Boolean).join(' ');
  return { en, ko };
}

const nameOf = (f: Pick<MatchFirmInput, 'name' | 'nameKo'>): Label => ({
  en: f.name,
  ko: f.nameKo ?? f.name,
});

/** "X worked with Y on …" from the asking firm's side: the partner's relation to `self`. */
export function partnerRelationText(
  r: Relation,
  self: Pick<MatchFirmInput, 'name' | 'nameKo'>,
  labels: Labels,
): Label {
  const s = nameOf(self);
  const w = what(r, labels);
  switch (r.kind) {
    case 'shared_project':
      return { en: `Worked with ${s.en} on ${w.en}`, ko: `${s.ko}와(과) 함께 수행: ${w.ko}` };
    case 'platform_consortium': {
      const status = STATUS[r.status ?? ''] ?? { en: r.status ?? '', ko: r.status ?? '' };
      return {
        en: `Teamed up with ${s.en} on the platform${w.en ? ` for ${w.en}` : ''} (${status.en})`,
        ko: `플랫폼에서 ${s.ko}와(과) 컨소시엄 구성${w.ko ? `: ${w.ko}` : ''} (${status.ko})`,
      };
    }
    case 'corporate_group':
      return {
        en: `Same corporate group as ${s.en} (${r.name?.en ?? r.key})`,
        ko: `${s.ko}와(과) 같은 기업집단 (${r.name?.ko ?? r.key})`,
      };
    case 'same_client':
      return {
        en: `Also worked for ${r.name?.en ?? r.key}, as ${s.en} did${r.year ? ` (${r.year})` : ''}`,
        ko: `${s.ko}와(과) 같은 발주처 ${r.name?.ko ?? r.key} 수행 경험${r.year ? ` (${r.year}년)` : ''}`,
      };
    case 'same_financier':
      return {
        en: `Also delivered ${r.name?.en ?? r.key}-financed work, as ${s.en} did`,
        ko: `${s.ko}와(과) 같은 재원(${r.name?.ko ?? r.key}) 사업 수행 경험`,
      };
  }
}

/** "A and B worked together on …" for a team. */
export function relationSentence(
  r: Relation,
  a: Pick<MatchFirmInput, 'name' | 'nameKo'>,
  b: Pick<MatchFirmInput, 'name' | 'nameKo'>,
  labels: Labels,
): Label {
  const x = nameOf(a);
  const y = nameOf(b);
  const w = what(r, labels);
  switch (r.kind) {
    case 'shared_project':
      return {
        en: `${x.en} and ${y.en} worked together on ${w.en}`,
        ko: `${x.ko}와(과) ${y.ko}는 함께 수행한 사업이 있습니다: ${w.ko}`,
      };
    case 'platform_consortium':
      return {
        en: `${x.en} and ${y.en} teamed up on the platform before${w.en ? ` (${w.en})` : ''}`,
        ko: `${x.ko}와(과) ${y.ko}는 플랫폼에서 컨소시엄을 구성한 적이 있습니다${w.ko ? ` (${w.ko})` : ''}`,
      };
    case 'corporate_group':
      return {
        en: `${x.en} and ${y.en} belong to the same group (${r.name?.en ?? r.key})`,
        ko: `${x.ko}와(과) ${y.ko}는 같은 기업집단(${r.name?.ko ?? r.key})입니다`,
      };
    case 'same_client':
      return {
        en: `${x.en} and ${y.en} have both worked for ${r.name?.en ?? r.key}`,
        ko: `${x.ko}와(과) ${y.ko}는 같은 발주처(${r.name?.ko ?? r.key}) 경험이 있습니다`,
      };
    case 'same_financier':
      return {
        en: `${x.en} and ${y.en} have both delivered ${r.name?.en ?? r.key}-financed work`,
        ko: `${x.ko}와(과) ${y.ko}는 같은 재원(${r.name?.ko ?? r.key}) 사업 경험이 있습니다`,
      };
  }
}
