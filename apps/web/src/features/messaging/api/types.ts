/** Messaging API types, derived from the generated OpenAPI types. */
import type { RequestBody, ResponseBody } from '../../../lib/api/types';

export type ThreadPage = ResponseBody<'/api/threads', 'get', 200>;
export type ThreadSummary = ThreadPage['items'][number];
export type MessagePage = ResponseBody<'/api/threads/{id}/messages', 'get', 200>;
export type Message = MessagePage['items'][number];
export type ContactRequestPage = ResponseBody<'/api/contact-requests', 'get', 200>;
export type ContactRequest = ContactRequestPage['items'][number];
export type CreateContactRequest = RequestBody<'/api/contact-requests', 'post'>;
