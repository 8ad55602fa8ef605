import { Module } from '@nestjs/common';
import { TaxonomyController } from './taxonomy.controller';
import { TaxonomyService } from './taxonomy.service';

/** The capability taxonomy; every feature that validates codes imports this module. */
@Module({ controllers: [TaxonomyController], providers: [TaxonomyService], exports: [TaxonomyService] })
export class TaxonomyModule {}
