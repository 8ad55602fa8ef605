import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { IMPORT_FIELDS } from './project-import.columns';

const bool = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);

export class ImportProjectsQueryDto {
  @ApiProperty({
    required: false,
    default: true,
    description: 'true: check the file and answer the preview; false: insert every row or none',
  })
  @Transform(bool)
  @IsOptional()
  @IsBoolean()
  dryRun: boolean = true;
}

export class ImportProjectsBodyDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'CSV (UTF-8) or XLSX, at most 5 MB' })
  file: unknown;

  @ApiProperty({
    required: false,
    description:
      'JSON object: column header → project field (or null to ignore the column); overrides the detected mapping',
    example: '{"Project name":"title","Nation":"countryCode"}',
  })
  mapping?: string;
}

export class ImportErrorDto {
  @ApiProperty({ description: 'Row number as a spreadsheet shows it (the header is row 1); 0 for the file' })
  row: number;
  @ApiProperty({ example: 'country', description: 'The column header (or "file", "mapping")' })
  field: string;
  @ApiProperty() message: string;
}

export class ImportColumnDto {
  @ApiProperty() header: string;
  @ApiProperty({ type: String, nullable: true, enum: IMPORT_FIELDS, description: 'null: ignored' })
  field: string | null;
}

export class ImportRowDto {
  @ApiProperty() row: number;
  @ApiProperty({ enum: ['valid', 'duplicate', 'invalid'] }) status: 'valid' | 'duplicate' | 'invalid';
  @ApiProperty({ type: String, nullable: true }) title: string | null;
  @ApiProperty({ type: String, nullable: true }) countryCode: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'For a duplicate: the id of the stored project, or "row N" of this file',
  })
  duplicateOf: string | null;
}

export class ProjectImportResultDto {
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ enum: ['csv', 'xlsx'] }) format: 'csv' | 'xlsx';
  @ApiProperty({ type: [ImportColumnDto] }) columns: ImportColumnDto[];
  @ApiProperty({ type: [String], enum: IMPORT_FIELDS, description: 'Fields a column may be mapped to' })
  fields: string[];
  @ApiProperty() total: number;
  @ApiProperty() valid: number;
  @ApiProperty({
    description: 'Rows already stored (same id, or same title and country) or repeated in the file; skipped',
  })
  duplicates: number;
  @ApiProperty() invalid: number;
  @ApiProperty({ description: 'Projects inserted (0 on a dry run)' }) inserted: number;
  @ApiProperty({ type: [ImportRowDto] }) rows: ImportRowDto[];
  @ApiProperty({ type: [ImportErrorDto] }) errors: ImportErrorDto[];
}
