import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '@app/config';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

/** Sends one message or throws; the outbox worker handles retries. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Injection token of the Mailer (tests spy on or replace it). */
export const MAILER = Symbol('MAILER');

/**
 * nodemailer: SMTP when SMTP_URL is set; otherwise the JSON transport, which builds the message
 * without any network (development and tests), so rows still end up `sent`.
 */
@Injectable()
export class NodemailerMailer implements Mailer, OnApplicationShutdown {
  private readonly logger = new Logger('Mailer');
  private readonly transport: Transporter;
  private readonly from: string;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    const { SMTP_URL, MAIL_FROM } = config.env;
    this.from = MAIL_FROM;
    this.transport = SMTP_URL
      ? createTransport({
          url: SMTP_URL,
          connectionTimeout: 10_000,
          greetingTimeout: 10_000,
          socketTimeout: 30_000,
        })
      : createTransport({ jsonTransport: true });
    if (!SMTP_URL) this.logger.log('SMTP_URL not set: e-mails are rendered but not delivered');
  }

  async send(message: MailMessage): Promise<void> {
    await this.transport.sendMail({ from: this.from, ...message });
  }

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
