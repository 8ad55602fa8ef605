import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../../lib/i18n';
import { json, mockFetch, renderWithProviders } from '../../../test/render';
import { taxonomy, team } from '../test/fixtures';
import { ConsortiumCard } from './ConsortiumCard';

function renderCard() {
  const mock = mockFetch({ 'GET /api/taxonomy': () => json(200, taxonomy) });
  vi.stubGlobal('fetch', vi.fn(mock.fetch));
  return renderWithProviders(<ConsortiumCard team={team} index={0} />);
}

describe('ConsortiumCard', () => {
  it('marks gaps in red with the word "Gap" and must-haves with the word, lead column first', async () => {
    renderCard();
    const matrix = screen.getByTestId('coverage-matrix');
    const its = (await within(matrix).findByText('Intelligent transport systems (ITS)')).closest('tr')!;
    expect(its.getAttribute('data-gap')).toBe('true');
    expect(its.textContent).toContain('Gap');
    expect(within(its).getByTestId('gap-badge')).toBeTruthy();

    const streetlight = within(matrix).getByText('Smart streetlights').closest('tr')!;
    expect(streetlight.getAttribute('data-gap')).toBe('false');
    expect(streetlight.getAttribute('data-must-have')).toBe('true');
    expect(streetlight.textContent).toContain('Must-have');
    expect(streetlight.textContent).not.toContain('Gap');
    const bems = within(matrix).getByText('Building energy management (BEMS)').closest('tr')!;
    expect(bems.textContent).not.toContain('Must-have');

    // Columns: the lead first, then the others in the server's order; each cell prints its strength.
    const headers = within(matrix)
      .getAllByRole('columnheader')
      .map((th) => th.textContent);
    expect(headers[1]).toContain('LG CNS');
    expect(headers[1]).toContain('Lead');
    expect(headers[2]).toContain('Chuncheon Data Lab');
    expect(headers[2]).toContain('Solution provider');
    const bemsCells = within(bems)
      .getAllByRole('cell')
      .map((td) => td.textContent);
    expect(bemsCells).toEqual(['0', '0.67', '0', '0']);
    expect(streetlight.querySelector('[data-best]')?.textContent).toBe('1');
  });

  it('says who in the team has worked together and how the team differs from the others', () => {
    renderCard();
    expect(screen.getByTestId('team-relations').textContent).toContain(
      'LG CNS and Mokpo Power Grid (sample) worked together on "Dong Anh smart city master plan", Dong Anh, 2017',
    );
    const alternative = screen.getByTestId('team-alternative');
    expect(alternative.querySelector('[data-alternative="best"]')!.textContent).toBe('Best overall');
    expect(alternative.textContent).toContain('The best team overall');
  });

  it('shows every rule as a pass/fail/not-required badge with its sentence', () => {
    renderCard();
    const rules = screen.getByTestId('rule-checks');
    const item = (rule: string) => rules.querySelector(`[data-rule="${rule}"]`)!;
    expect(item('must_haves').textContent).toContain('Passed');
    expect(item('must_haves').textContent).toContain('Must-haves covered: All 1 must-haves covered');
    expect(item('local_partner').getAttribute('data-state')).toBe('failed');
    expect(item('local_partner').textContent).toContain('Failed');
    expect(item('local_partner').textContent).toContain('No partner based in Indonesia');
    expect(item('lead_country_experience').textContent).toContain('Not required');
    // Partial team label, members with role labels, SME and sample badges, the explanation.
    expect(screen.getByText('Partial team')).toBeTruthy();
    const members = screen.getByTestId('team-members');
    expect(within(members).getAllByRole('listitem')[0].textContent).toContain('LG CNS');
    expect(within(members).getByTestId('lead-badge').textContent).toBe('Lead');
    expect(within(members).getByText('SME')).toBeTruthy();
    expect(within(members).getAllByTestId('sample-badge')).toHaveLength(3);
    expect(screen.getByTestId('team-explanation').textContent).toBe('LG CNS leads a team of 4.');
  });

  it('speaks Korean: gap, must-have, rule states and explanation', async () => {
    await i18n.changeLanguage('ko');
    renderCard();
    const matrix = screen.getByTestId('coverage-matrix');
    const its = (await within(matrix).findByText('지능형교통체계(ITS)')).closest('tr')!;
    expect(its.textContent).toContain('미충족');
    expect(within(matrix).getByText('스마트 가로등').closest('tr')!.textContent).toContain('필수');
    expect(
      screen.getByTestId('rule-checks').querySelector('[data-rule="local_partner"]')!.textContent,
    ).toContain('인도네시아 현지 파트너 없음');
    expect(screen.getByTestId('team-explanation').textContent).toBe('LG CNS 주관, 총 4개사.');
  });
});
