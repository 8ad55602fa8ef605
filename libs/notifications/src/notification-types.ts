import type { LocalizedText } from '@app/mail';

/** Every kind of notification the product sends; the web app picks an icon and a route by type. */
export const NOTIFICATION_TYPES = [
  'invitation_received',
  'invitation_accepted',
  'invitation_declined',
  'invitation_reminder',
  'invitation_expired',
  'consortium_submitted',
  'consortium_decided',
  'consortium_changed',
  'firm_verification',
  'project_match',
  'message_received',
  'contact_request_received',
  'contact_request_answered',
  'message_reported',
  'partner_request_match',
] as const;
export type NotificationType = (typeof NOTIFICATION_TYPES)[number];

/** What a producer sends; every recipient gets the same text. */
export interface NotificationInput {
  type: NotificationType;
  title: LocalizedText;
  body: LocalizedText;
  /** Path inside the web app, e.g. `/firms/<id>`; e-mails make it absolute with PUBLIC_URL. */
  link?: string;
  data?: Record<string, unknown>;
  /** Also queue an e-mail to each recipient (default true). */
  email?: boolean;
}
