import {
  Alert,
  Button,
  Card,
  Container,
  PasswordInput,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ApiError } from '../../../lib/api/errors';
import { useSession } from '../../../lib/auth/session';
import { claimInvitationQueryOptions, myClaimsQueryOptions, useClaimSignUpMutation } from '../api/claims';

/** Signed in as a claimant: the state of one's claims. */
function MyClaims() {
  const { t, i18n } = useTranslation();
  const mine = useQuery(myClaimsQueryOptions());
  return (
    <Stack gap="sm" data-testid="my-claims">
      {mine.data?.items.map((c) => (
        <Alert
          key={c.id}
          color={c.status === 'rejected' ? 'red' : c.status === 'approved' ? 'green' : 'blue'}
        >
          <Text fw={600}>{(i18n.language === 'ko' && c.firm.nameKo) || c.firm.name}</Text>
          <Text size="sm">{t(`claims.status.${c.status}`)}</Text>
          {c.reason && <Text size="sm">{c.reason}</Text>}
        </Alert>
      ))}
      {mine.data?.items.some((c) => c.status === 'approved') && (
        <Button component="a" href="/invitations" variant="light">
          {t('claims.toInvitations')}
        </Button>
      )}
    </Stack>
  );
}

/** `/claim?token=…`: the page of the e-mailed link. Sign up with the invited address and ask to run the firm. */
export function ClaimPage() {
  const { t, i18n } = useTranslation();
  const [params] = useSearchParams();
  const [token] = useState(() => params.get('token') ?? '');
  const session = useSession();
  const invitation = useQuery({ ...claimInvitationQueryOptions(token), enabled: !!token && !session.user });
  const signUp = useClaimSignUpMutation();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const fieldErr = (field: string) =>
    signUp.error instanceof ApiError
      ? signUp.error.details?.find((d) => d.field === field)?.message
      : undefined;

  return (
    <Container size="xs" py="xl">
      <Card withBorder padding="lg">
        <Stack gap="md">
          <Title order={1} size="h3">
            {t('claims.page.title')}
          </Title>
          {session.user ? (
            <>
              <Text>{t('claims.page.pending')}</Text>
              <MyClaims />
            </>
          ) : !token || invitation.isError ? (
            <Alert color="red" role="alert">
              {t('claims.page.invalid')}
            </Alert>
          ) : invitation.isPending ? (
            <Skeleton h={120} />
          ) : (
            <form
              onSubmit={(e) => {
                e.preventDefault();
                signUp.mutate({ token, name, password });
              }}
              noValidate
            >
              <Stack gap="sm">
                <Text>
                  {t('claims.page.intro', {
                    lead: invitation.data.leadFirmName ?? '—',
                    firm:
                      (i18n.language === 'ko' && invitation.data.firm.nameKo) || invitation.data.firm.name,
                    project: invitation.data.projectTitle ?? '—',
                  })}
                </Text>
                <TextInput label={t('claims.page.email')} value={invitation.data.email} readOnly />
                <TextInput
                  label={t('claims.page.name')}
                  required
                  value={name}
                  onChange={(e) => setName(e.currentTarget.value)}
                  error={fieldErr('name')}
                />
                <PasswordInput
                  label={t('claims.page.password')}
                  description={t('claims.page.passwordHint')}
                  required
                  value={password}
                  onChange={(e) => setPassword(e.currentTarget.value)}
                  error={fieldErr('password')}
                />
                {signUp.error && !fieldErr('name') && !fieldErr('password') && (
                  <Alert color="red" role="alert">
                    {signUp.error.message}
                  </Alert>
                )}
                <Button type="submit" loading={signUp.isPending}>
                  {t('claims.page.submit')}
                </Button>
              </Stack>
            </form>
          )}
        </Stack>
      </Card>
    </Container>
  );
}
