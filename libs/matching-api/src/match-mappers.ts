import { ForbiddenException } from '@nestjs/common';
import type { FirmSize } from '@app/common';
import { isStaff, type FirmActor } from '@app/firms';
import type { TeamReport } from '@app/matching';
import type { MatchFirmInfoDto, MatchNoteDto } from './match-fit.dto';
import type { IndexedFirm } from './matching-index.service';
import type { TeamReportDto } from './team-report.dto';

/** Firm users ask about their own firm only; staff about any. Checked before any lookup. */
export function assertOwnFirmOrStaff(actor: FirmActor, firmId: string, what: string): void {
  if (!isStaff(actor) && actor.firmId !== firmId)
    throw new ForbiddenException(`You can only ${what} for your own firm`);
}

export const NOT_VERIFIED_NOTE: MatchNoteDto = {
  code: 'firm_not_verified',
  en: 'Your firm is matched once program staff have verified its profile.',
  ko: '프로그램 담당자가 기업 정보를 검증한 후부터 매칭이 제공됩니다.',
};

export const firmInfo = (f: IndexedFirm): MatchFirmInfoDto => ({
  id: f.id,
  name: f.name,
  nameKo: f.nameKo,
  size: f.size as FirmSize,
  homeCountry: f.homeCountry,
  isSample: f.isSample,
});

/** The engine's report plus the sample and on-platform flags per member. */
export function toTeamReportDto(
  report: TeamReport,
  firmOf: (id: string) => IndexedFirm | undefined,
  onPlatform: ReadonlySet<string>,
): TeamReportDto {
  return {
    ...report,
    members: report.members.map((m) => ({
      ...m,
      size: m.size as FirmSize,
      isSample: firmOf(m.firmId)?.isSample ?? false,
      onPlatform: onPlatform.has(m.firmId),
    })),
  };
}
