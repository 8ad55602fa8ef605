import { describe, expect, it } from 'vitest';
import { en, ko } from './locales';

function flatten(obj: unknown, prefix = ''): Record<string, unknown> {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return { [prefix]: obj };
  return Object.entries(obj).reduce<Record<string, unknown>>(
    (acc, [key, value]) => ({ ...acc, ...flatten(value, prefix ? `${prefix}.${key}` : key) }),
    {},
  );
}

describe('locale files', () => {
  const koFlat = flatten(ko);
  const enFlat = flatten(en);

  it('ko and en have exactly the same keys', () => {
    const koKeys = Object.keys(koFlat).sort();
    const enKeys = Object.keys(enFlat).sort();
    expect(koKeys.filter((k) => !enKeys.includes(k))).toEqual([]);
    expect(enKeys.filter((k) => !koKeys.includes(k))).toEqual([]);
    expect(koKeys.length).toBeGreaterThan(50);
  });

  it('every value is a non-empty string', () => {
    for (const [key, value] of [...Object.entries(koFlat), ...Object.entries(enFlat)]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: unknown) => [...String(s).matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(enFlat)) {
      expect(vars(koFlat[key]), key).toEqual(vars(enFlat[key]));
    }
  });

  it('has the agreed Korean labels for firm sizes and types', () => {
    expect(ko.enums.firmSize).toEqual({
      large: '대기업',
      mid: '중견기업',
      sme: '중소기업',
      startup: '스타트업',
      public: '공기업·공공기관',
      research: '대학·연구기관',
    });
    expect(ko.enums.firmType).toEqual({
      planning_development: '도시계획·개발형',
      service_solution: '서비스·솔루션형',
      finance_support: '금융·지원형',
    });
    expect(en.language).toEqual({ label: 'Language / 언어', ko: '한국어', en: 'English' });
  });
});
