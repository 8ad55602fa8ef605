import { StartConsortiumButton } from '../features/consortia/components/StartConsortiumButton';
import { ProjectMatchingSections } from '../features/matching/components/ProjectMatchingSections';
import { ProjectDetailPage } from '../features/projects/components/ProjectDetailPage';

/**
 * `/projects/:id`: the project, then the matching firms and suggested consortia, each suggested team
 * with "Start this consortium" (shown only to the admin of the firm that leads it).
 */
export function ProjectDetailRoute() {
  return (
    <ProjectDetailPage
      extra={(project) => (
        <ProjectMatchingSections
          projectId={project.id}
          teamAction={(team) => <StartConsortiumButton projectId={project.id} team={team} />}
        />
      )}
    />
  );
}
