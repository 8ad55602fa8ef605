import { describe, expect, it } from 'vitest';
import { clearFilters, parseFilters, setParam, toApiQuery, toggleFacet } from './filters';

describe('project list URL filters', () => {
  it('parses repeated facets, the search word, page and sort', () => {
    const f = parseFilters(
      new URLSearchParams('q=%20Issyk%20&country=KG&country=VN&page=3&sort=title&sort=bogus'),
    );
    expect(f).toMatchObject({ q: 'Issyk', page: 3, sort: 'title' });
    expect(f.selected.country).toEqual(['KG', 'VN']);
    expect(toApiQuery(f)).toEqual({ q: 'Issyk', country: ['KG', 'VN'], sort: 'title', page: 3, limit: 20 });
    expect(parseFilters(new URLSearchParams('page=-2&sort=bogus'))).toMatchObject({ page: 1, sort: null });
  });

  it('toggles a facet value on and off and goes back to page 1', () => {
    const on = toggleFacet(new URLSearchParams('country=KG&page=4'), 'country', 'VN');
    expect(on.getAll('country')).toEqual(['KG', 'VN']);
    expect(on.has('page')).toBe(false);
    expect(toggleFacet(on, 'country', 'KG').getAll('country')).toEqual(['VN']);
  });

  it('sets the page without losing filters, and clears everything but the sort', () => {
    const p = setParam(new URLSearchParams('program=EDCF'), 'page', '2');
    expect(p.toString()).toBe('program=EDCF&page=2');
    expect(setParam(p, 'q', 'bus').toString()).toBe('program=EDCF&q=bus');
    expect(clearFilters(new URLSearchParams('q=x&country=KG&sort=budget&page=2')).toString()).toBe(
      'sort=budget',
    );
  });
});
