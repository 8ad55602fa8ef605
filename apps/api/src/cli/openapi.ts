import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { generateOpenApi } from '../openapi';

const target = resolve(process.argv[2] ?? 'openapi.json');
void generateOpenApi().then((spec) => {
  writeFileSync(target, spec);
  console.log(`Wrote ${target}`);
  process.exit(0);
});
