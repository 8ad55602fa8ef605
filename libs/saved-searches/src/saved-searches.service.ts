import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { plainToInstance } from 'class-transformer';
import { validate, type ValidationError } from 'class-validator';
import { DataSource } from 'typeorm';
import type { FieldError } from '@app/common';
import { ListFirmsQueryDto } from '@app/firms';
import { ProjectFiltersDto } from '@app/projects';
import type { CreateSavedSearchDto, UpdateSavedSearchDto } from './saved-search.dto';
import { SavedSearchDto } from './saved-search.dto';
import { SavedSearch, type SavedSearchKind, type SavedSearchNotify } from './saved-search.entity';

/** Enough for anyone; keeps one user's alerts from making every project save slow. */
export const MAX_SAVED_SEARCHES = 50;

function flatten(errors: ValidationError[], parent: string): FieldError[] {
  return errors.flatMap((e) => {
    const field = `${parent}.${e.property}`;
    const own = Object.values(e.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown filter $1'),
    }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/**
 * Checks saved filters with the list route's own query DTO (same transforms, same messages) and
 * returns them normalised; page and limit are not part of a search.
 */
export async function normaliseFilters(
  kind: SavedSearchKind,
  filters: Record<string, unknown>,
): Promise<Record<string, unknown>> {
  const { page: _page, limit: _limit, ...rest } = filters;
  const instance: object =
    kind === 'projects' ? plainToInstance(ProjectFiltersDto, rest) : plainToInstance(ListFirmsQueryDto, rest);
  const errors = await validate(instance, {
    whitelist: true,
    forbidNonWhitelisted: true,
    stopAtFirstError: true,
  });
  if (errors.length)
    throw new BadRequestException({
      message: 'Some filters are invalid',
      details: flatten(errors, 'filters'),
    });
  const plain = JSON.parse(JSON.stringify(instance)) as Record<string, unknown>;
  delete plain.page;
  delete plain.limit;
  return plain;
}

function assertNotify(kind: SavedSearchKind, notify: SavedSearchNotify): void {
  if (kind === 'firms' && notify !== 'none')
    throw new BadRequestException({
      message: 'Alerts are for project searches',
      details: [{ field: 'notify', message: 'a firm search takes notify "none"' }],
    });
}

/** A user's own saved searches; another user's answer 404, as if they did not exist. */
@Injectable()
export class SavedSearchesService {
  constructor(private readonly dataSource: DataSource) {}

  async list(userId: string): Promise<SavedSearchDto[]> {
    const rows = await this.dataSource.manager.find(SavedSearch, {
      where: { userId },
      order: { createdAt: 'DESC', id: 'ASC' },
    });
    return rows.map((r) => SavedSearchDto.from(r));
  }

  async create(userId: string, dto: CreateSavedSearchDto): Promise<SavedSearchDto> {
    assertNotify(dto.kind, dto.notify);
    const filters = await normaliseFilters(dto.kind, dto.filters);
    return this.dataSource.transaction(async (tx) => {
      // Serialises one user's creates so the cap holds under concurrent requests.
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`saved-searches:${userId}`]);
      if ((await tx.countBy(SavedSearch, { userId })) >= MAX_SAVED_SEARCHES)
        throw new BadRequestException({
          message: `At most ${MAX_SAVED_SEARCHES} saved searches`,
          details: [
            { field: 'name', message: `delete a saved search first (at most ${MAX_SAVED_SEARCHES})` },
          ],
        });
      const row = await tx.save(
        tx.create(SavedSearch, { userId, name: dto.name, kind: dto.kind, filters, notify: dto.notify }),
      );
      return SavedSearchDto.from(row);
    });
  }

  async update(userId: string, id: string, dto: UpdateSavedSearchDto): Promise<SavedSearchDto> {
    return this.dataSource.transaction(async (tx) => {
      const row = await tx.findOne(SavedSearch, {
        where: { id, userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row) throw new NotFoundException('Saved search not found');
      if (dto.kind !== undefined && dto.kind !== row.kind)
        throw new BadRequestException({
          message: 'The kind of a saved search cannot change',
          details: [{ field: 'kind', message: 'save a new search instead' }],
        });
      const notify = dto.notify ?? row.notify;
      assertNotify(row.kind, notify);
      if (dto.filters !== undefined) row.filters = await normaliseFilters(row.kind, dto.filters);
      if (dto.name !== undefined) row.name = dto.name;
      row.notify = notify;
      return SavedSearchDto.from(await tx.save(row));
    });
  }

  async remove(userId: string, id: string): Promise<void> {
    const { affected } = await this.dataSource.manager.delete(SavedSearch, { id, userId });
    if (!affected) throw new NotFoundException('Saved search not found');
  }
}
