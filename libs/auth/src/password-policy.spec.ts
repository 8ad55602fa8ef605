import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('password policy', () => {
  it('rejects short passwords', () => {
    expect(passwordProblem('short1')).toMatch(/at least 10/);
  });
  it('rejects common passwords regardless of case', () => {
    expect(passwordProblem('Password123')).toMatch(/too common/);
    expect(passwordProblem('1234567890')).toMatch(/too common/);
    expect(passwordProblem('zzzzzzzzzzzz')).toMatch(/too common/);
  });
  it('rejects non-strings and over-long input', () => {
    expect(passwordProblem(12345678901)).toMatch(/string/);
    expect(passwordProblem('x'.repeat(201))).toMatch(/at most/);
  });
  it('accepts a long uncommon passphrase', () => {
    expect(passwordProblem('busan harbour lights 2026')).toBeNull();
  });
});
