import { describe, expect, it } from 'vitest';
import {
  clampScore,
  firmDisplayName,
  formatAmount,
  formatDate,
  formatPoints,
  pickText,
  projectTitle,
  scoreColor,
} from './format';

describe('shared formatting', () => {
  it('uses the Korean project title in Korean when there is one', () => {
    expect(projectTitle({ title: 'Smart city', titleKo: '스마트시티' }, 'ko')).toEqual({
      text: '스마트시티',
      lang: 'ko',
    });
    expect(projectTitle({ title: 'Smart city', titleKo: null }, 'ko')).toEqual({
      text: 'Smart city',
      lang: 'en',
    });
    expect(projectTitle({ title: 'Smart city', titleKo: '스마트시티' }, 'en')).toEqual({
      text: 'Smart city',
      lang: 'en',
    });
  });

  it('names a firm in the UI language', () => {
    expect(firmDisplayName({ name: 'Seoul Mobility', nameKo: '서울모빌리티' }, 'ko')).toBe('서울모빌리티');
    expect(firmDisplayName({ name: 'Seoul Mobility', nameKo: null }, 'ko')).toBe('Seoul Mobility');
    expect(firmDisplayName({ name: 'Seoul Mobility', nameKo: '서울모빌리티' }, 'en')).toBe('Seoul Mobility');
  });

  it('picks the text in the UI language, falling back to the other one', () => {
    expect(pickText({ en: 'Hi', ko: '안녕' }, 'ko')).toBe('안녕');
    expect(pickText({ en: 'Hi', ko: '' }, 'ko')).toBe('Hi');
    expect(pickText({ en: '', ko: '안녕' }, 'en')).toBe('안녕');
  });

  it('formats points, dates and amounts for the UI language', () => {
    expect(formatPoints(59.66, 'en')).toBe('59.7');
    expect(formatPoints(15, 'ko')).toBe('15');
    expect(clampScore(105)).toBe(100);
    expect(clampScore(Number.NaN)).toBe(0);
    expect([scoreColor(70), scoreColor(45), scoreColor(10)]).toEqual(['teal', 'yellow', 'gray']);
    expect(formatDate('2026-01-05T00:00:00.000Z', 'en')).toMatch(/2026/);
    expect(formatDate(null, 'en')).toBeNull();
    expect(formatDate('not a date', 'en')).toBeNull();
    expect(formatAmount(1_250_000, 'USD', 'en')).toBe('$1,250,000');
    expect(formatAmount(1_250_000, 'USD', 'ko')).toBe('US$1,250,000');
    expect(formatAmount(3_000_000_000, 'KRW', 'ko')).toBe('₩3,000,000,000');
    expect(formatAmount(1000, 'XXXX', 'en')).toBe('1,000 XXXX');
  });
});
