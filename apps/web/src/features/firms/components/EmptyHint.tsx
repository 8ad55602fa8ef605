import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';

/** An empty section: what is missing and, for the firm's own admin, where to add it. */
export function EmptyHint({ text, action }: { text: string; action?: { to: string; label: string } | null }) {
  return (
    <Text size="sm" c="dimmed">
      {text}
      {action && (
        <>
          {' '}
          <Anchor component={Link} to={action.to} size="sm">
            {action.label}
          </Anchor>
        </>
      )}
    </Text>
  );
}
