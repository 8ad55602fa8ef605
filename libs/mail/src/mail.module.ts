import { Module } from '@nestjs/common';
import { MAILER, NodemailerMailer } from './mailer';
import { OutboxWorker } from './outbox.worker';

/** E-mail delivery: the outbox worker and the mailer behind it. Producers only call queueEmails(). */
@Module({
  providers: [OutboxWorker, { provide: MAILER, useClass: NodemailerMailer }],
  exports: [OutboxWorker, MAILER],
})
export class MailModule {}
