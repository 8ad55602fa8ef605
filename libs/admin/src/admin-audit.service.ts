import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { offsetOf } from '@app/database';
import type { AuditEntryDto, AuditKind, AuditPageDto, ListAuditQueryDto } from './admin.dto';

/**
 * One timeline of who decided what: admin actions on accounts (admin_audit_events), staff decisions
 * on consortia (consortium_decisions) and firm verification decisions (the firm's latest, from firms).
 */
const AUDIT_SQL = `
  SELECT e.id::text AS id, e.action AS kind, e.actor_id, a.name AS actor_name,
         t.email AS subject, NULL::text AS link, e.data, e.created_at
    FROM admin_audit_events e
    LEFT JOIN users a ON a.id = e.actor_id
    LEFT JOIN users t ON t.id = e.target_user_id
  UNION ALL
  SELECT d.id::text, 'consortium_decision', d.decided_by_id, a.name, c.name, '/staff/review/' || c.id,
         jsonb_build_object('decision', d.decision, 'reason', d.reason), d.created_at
    FROM consortium_decisions d
    JOIN consortia c ON c.id = d.consortium_id
    LEFT JOIN users a ON a.id = d.decided_by_id
  UNION ALL
  SELECT f.id::text, 'firm_verification', f.verified_by_id, a.name, f.name, '/firms/' || f.id,
         jsonb_build_object('status', f.verification_status, 'reason', f.verification_reason), f.verified_at
    FROM firms f
    LEFT JOIN users a ON a.id = f.verified_by_id
   WHERE f.verified_at IS NOT NULL`;

interface AuditRow {
  id: string;
  kind: AuditKind;
  actor_id: string | null;
  actor_name: string | null;
  subject: string | null;
  link: string | null;
  data: Record<string, unknown>;
  created_at: Date;
}

@Injectable()
export class AdminAuditService {
  constructor(private readonly dataSource: DataSource) {}

  async list(q: ListAuditQueryDto): Promise<AuditPageDto> {
    const m = this.dataSource.manager;
    const kind = q.kind ?? null;
    const [{ total }] = await m.query<{ total: number }[]>(
      `SELECT count(*)::int AS total FROM (${AUDIT_SQL}) x WHERE ($1::text IS NULL OR x.kind = $1)`,
      [kind],
    );
    const rows = await m.query<AuditRow[]>(
      `SELECT * FROM (${AUDIT_SQL}) x WHERE ($1::text IS NULL OR x.kind = $1)
        ORDER BY x.created_at DESC, x.id LIMIT $2 OFFSET $3`,
      [kind, q.limit, offsetOf(q)],
    );
    const items: AuditEntryDto[] = rows.map((r) => ({
      id: r.id,
      kind: r.kind,
      actorId: r.actor_id,
      actorName: r.actor_name,
      subject: r.subject,
      link: r.link,
      data: r.data,
      createdAt: new Date(r.created_at).toISOString(),
    }));
    return { items, total, page: q.page, limit: q.limit };
  }
}
