import 'reflect-metadata';
import { createDataSource } from '../database';

// For TypeORM's own CLI (migration:generate); `npm run migration:generate` sets DATABASE_URL.
if (!process.env.DATABASE_URL) throw new Error('DATABASE_URL is required (use npm run migration:generate)');
export default createDataSource(process.env.DATABASE_URL);
