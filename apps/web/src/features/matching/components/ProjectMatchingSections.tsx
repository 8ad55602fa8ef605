import type { TeamAction } from './ConsortiumCard';
import { MatchingFirmsSection } from './MatchingFirmsSection';
import { SuggestedConsortiaSection } from './SuggestedConsortiaSection';

/**
 * The matching part of a project page: ranked firms, then suggested consortia. `teamAction` is
 * what each suggested team offers (the app passes the consortia feature's "Start this consortium").
 */
export function ProjectMatchingSections({
  projectId,
  teamAction,
}: {
  projectId: string;
  teamAction?: TeamAction;
}) {
  return (
    <>
      <MatchingFirmsSection projectId={projectId} />
      <SuggestedConsortiaSection projectId={projectId} teamAction={teamAction} />
    </>
  );
}
