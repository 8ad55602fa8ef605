import { useTranslation } from 'react-i18next';
import { useDeleteSolutionMutation, useSaveSolutionMutation } from '../api/firms';
import type { FirmSolution } from '../api/types';
import { ProfileListEditor, type ProfileListForm } from './ProfileListEditor';
import { SolutionCard } from './SolutionCard';
import { SolutionFields } from './SolutionFields';
import {
  EMPTY_SOLUTION,
  solutionFields,
  solutionSchema,
  toSolutionInput,
  toSolutionRequest,
  type SolutionInput,
  type SolutionValues,
} from './solutionSchema';

const solutionForm: ProfileListForm<FirmSolution, SolutionInput, SolutionValues> = {
  schema: solutionSchema,
  empty: EMPTY_SOLUTION,
  toInput: toSolutionInput,
  fields: (form) => <SolutionFields form={form} />,
  serverFields: (values) => solutionFields(values.referenceSites.length) as (keyof SolutionInput)[],
};

/** The firm's solutions as cards, with add / edit / delete. */
export function SolutionsEditor({ firmId, solutions }: { firmId: string; solutions: FirmSolution[] }) {
  const { t } = useTranslation();
  const save = useSaveSolutionMutation(firmId);
  const remove = useDeleteSolutionMutation(firmId);
  return (
    <ProfileListEditor
      items={solutions}
      form={solutionForm}
      texts={{
        hint: t('firms.solutions.hint'),
        add: t('firms.solutions.add'),
        empty: t('firms.solutions.empty'),
        addTitle: t('firms.solutions.addTitle'),
        editTitle: t('firms.solutions.editTitle'),
        save: t('firms.solutions.save'),
        deleteTitle: t('firms.solutions.deleteTitle'),
        deleteConfirm: (s) => t('firms.solutions.deleteConfirm', { name: s.name }),
        editNamed: (s) => t('firms.solutions.editNamed', { name: s.name }),
        deleteNamed: (s) => t('firms.solutions.deleteNamed', { name: s.name }),
        saved: (v) => t('firms.notices.solutionSaved', { name: v.name }),
        deleted: (s) => t('firms.notices.solutionDeleted', { name: s.name }),
      }}
      renderList={(items, actions) =>
        items.map((s) => <SolutionCard key={s.id} solution={s} actions={actions(s)} />)
      }
      onSave={(item, values) => save.mutateAsync({ solutionId: item?.id, body: toSolutionRequest(values) })}
      saving={save.isPending}
      onDelete={(item) => remove.mutateAsync(item.id)}
      deleting={remove.isPending}
    />
  );
}
