import { describe, expect, it } from 'vitest';
import { budgetLabel, formatMoney } from './format';

describe('budget formatting', () => {
  it('formats KRW and USD amounts for English', () => {
    expect(formatMoney({ amount: 400_000_000, currency: 'KRW', text: null }, 'en')).toBe('₩400,000,000');
    expect(formatMoney({ amount: 1_797_980_000, currency: 'USD', text: null }, 'en')).toBe('$1,797,980,000');
  });

  it('formats KRW and USD amounts for Korean', () => {
    expect(formatMoney({ amount: 400_000_000, currency: 'KRW', text: null }, 'ko')).toBe('₩400,000,000');
    expect(formatMoney({ amount: 2_500_000, currency: 'USD', text: null }, 'ko')).toBe('US$2,500,000');
  });

  it('falls back to the original text when there is no amount', () => {
    const budget = { amount: null, currency: 'KRW', text: 'KRW 300-500 million per project' };
    expect(formatMoney(budget, 'ko')).toBeNull();
    expect(budgetLabel(budget, 'ko')).toBe('KRW 300-500 million per project');
    expect(budgetLabel({ amount: null, currency: null, text: null }, 'en')).toBeNull();
  });

  it('keeps a non-ISO currency as given', () => {
    expect(formatMoney({ amount: 1000, currency: 'XXXX', text: null }, 'en')).toBe('1,000 XXXX');
  });
});
