import { Group } from '@mantine/core';
import { FirmProfilePage } from '../features/firms/components/FirmProfilePage';
import { ContactFirmButton } from '../features/messaging/components/ContactFirmButton';
import { useSession } from '../lib/auth/session';

/** `/firms/:id`: the profile, with "Contact this firm" for users of another firm. */
export function FirmProfileRoute() {
  const session = useSession();
  const user = session.status === 'authenticated' ? session.user : null;
  const canContact = !!user?.firmId && (user.permissions as string[]).includes('message:write-own');
  return (
    <FirmProfilePage
      actions={(firm) =>
        canContact && firm.id !== user?.firmId ? (
          <Group>
            <ContactFirmButton firmId={firm.id} firmName={firm.name} />
          </Group>
        ) : null
      }
    />
  );
}
