import { Controller, Get, Header } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { TaxonomyDto } from './taxonomy.dto';
import { TaxonomyService } from './taxonomy.service';

@ApiTags('taxonomy')
@Controller('taxonomy')
export class TaxonomyController {
  constructor(private readonly taxonomy: TaxonomyService) {}

  /** Public: reference labels are needed before sign-in (sign-up form) and hold nothing private. */
  @Public()
  @Get()
  @Header('Cache-Control', 'public, max-age=300')
  @ApiOkResponse({ type: TaxonomyDto })
  get(): Promise<TaxonomyDto> {
    return this.taxonomy.get();
  }
}
