import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsObject, IsString, Length, ValidateIf } from 'class-validator';
import {
  SAVED_SEARCH_KINDS,
  SAVED_SEARCH_NOTIFY,
  type SavedSearch,
  type SavedSearchKind,
  type SavedSearchNotify,
} from './saved-search.entity';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateSavedSearchDto {
  @ApiProperty({ example: 'Open transport projects in Central Asia', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name: string;

  @ApiProperty({ enum: SAVED_SEARCH_KINDS, enumName: 'SavedSearchKind' })
  @IsIn(SAVED_SEARCH_KINDS)
  kind: SavedSearchKind;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'The list route\'s query parameters (GET /api/projects or GET /api/firms, without page and limit), e.g. `{ "country": ["KG"], "status": ["open"] }`',
  })
  @IsObject()
  filters: Record<string, unknown>;

  @ApiProperty({
    enum: SAVED_SEARCH_NOTIFY,
    enumName: 'SavedSearchNotify',
    description:
      'Alerts when a new or changed project matches (project searches only; firm searches take `none`)',
  })
  @IsIn(SAVED_SEARCH_NOTIFY)
  notify: SavedSearchNotify;
}

const present = ValidateIf((_o, v) => v !== undefined); // absent: unchanged; null: refused

/** Every field optional; the kind is fixed once saved (its filters belong to one list). */
export class UpdateSavedSearchDto {
  @ApiProperty({ required: false, maxLength: 100 })
  @present
  @Transform(trim)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiProperty({ required: false, enum: SAVED_SEARCH_KINDS, enumName: 'SavedSearchKind' })
  @present
  @IsIn(SAVED_SEARCH_KINDS)
  kind?: SavedSearchKind;

  @ApiProperty({ required: false, type: Object, additionalProperties: true })
  @present
  @IsObject()
  filters?: Record<string, unknown>;

  @ApiProperty({ required: false, enum: SAVED_SEARCH_NOTIFY, enumName: 'SavedSearchNotify' })
  @present
  @IsIn(SAVED_SEARCH_NOTIFY)
  notify?: SavedSearchNotify;
}

export class SavedSearchDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: SAVED_SEARCH_KINDS, enumName: 'SavedSearchKind' }) kind: SavedSearchKind;
  @ApiProperty({ type: 'object', additionalProperties: true }) filters: Record<string, unknown>;
  @ApiProperty({ enum: SAVED_SEARCH_NOTIFY, enumName: 'SavedSearchNotify' }) notify: SavedSearchNotify;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;

  static from(s: SavedSearch): SavedSearchDto {
    return {
      id: s.id,
      name: s.name,
      kind: s.kind,
      filters: s.filters,
      notify: s.notify,
      createdAt: s.createdAt.toISOString(),
      updatedAt: s.updatedAt.toISOString(),
    };
  }
}

export class SavedSearchListDto {
  @ApiProperty({ type: [SavedSearchDto] }) items: SavedSearchDto[];
}
