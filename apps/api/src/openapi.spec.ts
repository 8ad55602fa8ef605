import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateOpenApi } from './openapi';

describe('openapi.json', () => {
  it('is up to date with the code (run `npm run openapi` after changing routes or DTOs)', async () => {
    const committed = JSON.parse(readFileSync(resolve(__dirname, '../../../openapi.json'), 'utf8'));
    const current = JSON.parse(await generateOpenApi());
    expect(current).toEqual(committed);
  });

  it('documents the auth routes and the error shape', async () => {
    const spec = JSON.parse(await generateOpenApi());
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/auth/me', '/api/health']),
    );
    expect(spec.components.schemas.ErrorResponseDto.properties).toHaveProperty('details');
  });
});
