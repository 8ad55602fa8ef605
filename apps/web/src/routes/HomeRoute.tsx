import { HomePage } from '../features/home/components/HomePage';
import { ProjectsForYouSection } from '../features/matching/components/ProjectsForYouSection';

/** `/`: the home page, with the projects that fit the user's firm below the firm card. */
export function HomeRoute() {
  return <HomePage forFirm={(firmId) => <ProjectsForYouSection firmId={firmId} />} />;
}
