import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';

interface AuthCardProps {
  title: string;
  subtitle: string;
  footerText: string;
  footerLinkText: string;
  footerLinkTo: string;
  children: ReactNode;
}

export function AuthCard({
  title,
  subtitle,
  footerText,
  footerLinkText,
  footerLinkTo,
  children,
}: AuthCardProps) {
  return (
    <Container size={520} py="xl">
      <Stack gap="xs" mb="lg">
        <Title order={1} size="h2">
          {title}
        </Title>
        <Text c="dimmed">{subtitle}</Text>
      </Stack>
      <Paper withBorder shadow="sm" p="lg" radius="md">
        {children}
      </Paper>
      <Text ta="center" mt="md" size="sm">
        {footerText}{' '}
        <Anchor component={Link} to={footerLinkTo}>
          {footerLinkText}
        </Anchor>
      </Text>
    </Container>
  );
}
