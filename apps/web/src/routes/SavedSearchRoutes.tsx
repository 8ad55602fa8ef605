import { SettingsPage } from '../features/account/components/SettingsPage';
import { FirmDirectoryPage } from '../features/firms/components/FirmDirectoryPage';
import { ProjectListPage } from '../features/projects/components/ProjectListPage';
import { SaveSearchButton } from '../features/saved-searches/components/SaveSearchButton';
import { SavedSearchesPanel } from '../features/saved-searches/components/SavedSearchesPanel';

/** `/projects` with "Save this search" (the saved-searches feature) in the list's action slot. */
export function ProjectListRoute() {
  return <ProjectListPage actions={(query) => <SaveSearchButton kind="projects" query={query} />} />;
}

/** `/firms` with "Save this search". */
export function FirmDirectoryRoute() {
  return <FirmDirectoryPage actions={(query) => <SaveSearchButton kind="firms" query={query} />} />;
}

/** `/settings` with the saved searches managed in it. */
export function SettingsRoute() {
  return <SettingsPage extra={<SavedSearchesPanel />} />;
}
