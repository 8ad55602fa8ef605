import { describe, expect, it } from 'vitest';
import { expiryState, relativeTime } from './time';
import { readListFilters, toConsortiumQuery, writeListFilters } from './params';

const NOW = Date.parse('2026-11-23T12:00:00Z');
const DAY = 86_400_000;

describe('relative time', () => {
  it('speaks in days, hours and minutes in both languages', () => {
    expect(relativeTime(new Date(NOW + 5 * DAY).toISOString(), NOW, 'en')).toBe('in 5 days');
    expect(relativeTime(new Date(NOW + 5 * DAY).toISOString(), NOW, 'ko')).toBe('5일 후');
    expect(relativeTime(new Date(NOW - 3 * 3_600_000).toISOString(), NOW, 'en')).toBe('3 hours ago');
    expect(relativeTime(new Date(NOW + 10_000).toISOString(), NOW, 'ko')).toBe('지금');
  });

  it('classifies invitation expiry', () => {
    expect(expiryState(null, NOW)).toBe('none');
    expect(expiryState(new Date(NOW - 1).toISOString(), NOW)).toBe('expired');
    expect(expiryState(new Date(NOW + DAY).toISOString(), NOW)).toBe('soon');
    expect(expiryState(new Date(NOW + 5 * DAY).toISOString(), NOW)).toBe('later');
  });
});

describe('list filters in the URL', () => {
  it('defaults staff to "waiting for review" and firms to all statuses', () => {
    const staff = readListFilters(new URLSearchParams(''), true);
    expect(toConsortiumQuery(staff)).toEqual({ page: 1, limit: 20, status: ['submitted', 'under_review'] });
    expect(toConsortiumQuery(readListFilters(new URLSearchParams(''), false))).toEqual({
      page: 1,
      limit: 20,
    });
  });

  it('round-trips status, country and page and drops junk', () => {
    const filters = readListFilters(new URLSearchParams('status=approved&country=VN&page=3'), true);
    expect(toConsortiumQuery(filters)).toEqual({ page: 3, limit: 20, status: ['approved'], country: ['VN'] });
    expect(writeListFilters(filters, true)).toEqual({ status: 'approved', country: 'VN', page: '3' });
    expect(readListFilters(new URLSearchParams('status=nope&country=vietnam&page=-2'), false)).toEqual({
      page: 1,
      status: 'all',
      country: null,
    });
  });
});
