import { useTranslation } from 'react-i18next';
import { useDeleteTrackRecordMutation, useSaveTrackRecordMutation } from '../api/firms';
import type { FirmTrackRecord } from '../api/types';
import { ProfileListEditor, type ProfileListForm } from './ProfileListEditor';
import { TrackRecordFields } from './TrackRecordFields';
import { TrackRecordsTable } from './TrackRecordsTable';
import {
  EMPTY_TRACK_RECORD,
  TRACK_RECORD_FIELD_MAP,
  toTrackRecordInput,
  toTrackRecordRequest,
  trackRecordSchema,
  type TrackRecordInput,
  type TrackRecordValues,
} from './trackRecordSchema';

const trackRecordForm: ProfileListForm<FirmTrackRecord, TrackRecordInput, TrackRecordValues> = {
  schema: trackRecordSchema,
  empty: EMPTY_TRACK_RECORD,
  toInput: toTrackRecordInput,
  fields: (form) => <TrackRecordFields form={form} />,
  serverFields: () => Object.keys(EMPTY_TRACK_RECORD) as (keyof TrackRecordInput)[],
  // The server names `contractValue.amount`; the form has `amount` and `currency`.
  serverFieldMap: TRACK_RECORD_FIELD_MAP,
};

/** The firm's past overseas projects as a table, with add / edit / delete. */
export function TrackRecordsEditor({ firmId, records }: { firmId: string; records: FirmTrackRecord[] }) {
  const { t } = useTranslation();
  const save = useSaveTrackRecordMutation(firmId);
  const remove = useDeleteTrackRecordMutation(firmId);
  return (
    <ProfileListEditor
      items={records}
      form={trackRecordForm}
      texts={{
        hint: t('firms.trackRecords.hint'),
        add: t('firms.trackRecords.add'),
        empty: t('firms.trackRecords.empty'),
        addTitle: t('firms.trackRecords.addTitle'),
        editTitle: t('firms.trackRecords.editTitle'),
        save: t('firms.trackRecords.save'),
        deleteTitle: t('firms.trackRecords.deleteTitle'),
        deleteConfirm: (r) => t('firms.trackRecords.deleteConfirm', { title: r.projectTitle }),
        editNamed: (r) => t('firms.trackRecords.editNamed', { title: r.projectTitle }),
        deleteNamed: (r) => t('firms.trackRecords.deleteNamed', { title: r.projectTitle }),
        saved: (v) => t('firms.notices.trackRecordSaved', { title: v.projectTitle }),
        deleted: (r) => t('firms.notices.trackRecordDeleted', { title: r.projectTitle }),
      }}
      renderList={(items, actions) => <TrackRecordsTable records={items} actions={actions} />}
      onSave={(item, values) => save.mutateAsync({ recordId: item?.id, body: toTrackRecordRequest(values) })}
      saving={save.isPending}
      onDelete={(item) => remove.mutateAsync(item.id)}
      deleting={remove.isPending}
    />
  );
}
