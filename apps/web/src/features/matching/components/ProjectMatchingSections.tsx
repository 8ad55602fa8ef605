import { MatchingFirmsSection } from './MatchingFirmsSection';
import { SuggestedConsortiaSection } from './SuggestedConsortiaSection';

/** The matching part of a project page: ranked firms, then suggested consortia. */
export function ProjectMatchingSections({ projectId }: { projectId: string }) {
  return (
    <>
      <MatchingFirmsSection projectId={projectId} />
      <SuggestedConsortiaSection projectId={projectId} />
    </>
  );
}
