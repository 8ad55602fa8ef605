import type { EntityManager } from 'typeorm';
import type { EmailContent } from './email-format';
import { EmailOutbox } from './email-outbox.entity';

export interface QueuedEmail extends EmailContent {
  to: string;
}

/** Postgres allows 65535 bind parameters per statement; 1000 rows stay far below. */
const CHUNK = 1000;

/**
 * Puts e-mails into the outbox in the CALLER's transaction, so they exist exactly when the action
 * that caused them committed; OutboxWorker sends them later, so a mail server problem never fails
 * or slows the action.
 */
export async function queueEmails(tx: EntityManager, emails: QueuedEmail[]): Promise<void> {
  const rows = emails.map((e) => ({
    toAddress: e.to,
    subject: e.subject,
    textBody: e.text,
    htmlBody: e.html,
  }));
  for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(EmailOutbox, rows.slice(i, i + CHUNK));
}
