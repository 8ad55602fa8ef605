import { DEFAULT_THEME, mergeMantineTheme } from '@mantine/core';
import { describe, expect, it } from 'vitest';
import { contrastRatio, cssVariablesResolver, readableOn, theme } from './theme';

const full = mergeMantineTheme(DEFAULT_THEME, theme);
const vars = cssVariablesResolver(full).light;
const gray = full.colors.gray;

describe('theme colours meet WCAG AA (4.5:1)', () => {
  it('readableOn keeps a colour that passes and darkens one that does not', () => {
    expect(readableOn('#000000', ['#ffffff'])).toBe('#000000');
    expect(contrastRatio(DEFAULT_THEME.colors.green[9], DEFAULT_THEME.colors.green[1])).toBeLessThan(4.5);
    expect(
      contrastRatio(readableOn(DEFAULT_THEME.colors.green[9], [DEFAULT_THEME.colors.green[1]]), '#d3f9d8'),
    ).toBeGreaterThanOrEqual(4.5);
  });

  for (const color of Object.keys(full.colors)) {
    it(`${color}: light-variant text on shades 1 and 2, text and outline on white/gray.0/gray.1`, () => {
      const shades = full.colors[color];
      const light = vars[`--mantine-color-${color}-light-color`];
      for (const bg of [shades[1], shades[2]]) expect(contrastRatio(light, bg)).toBeGreaterThanOrEqual(4.5);
      for (const name of ['text', 'outline']) {
        const fg = vars[`--mantine-color-${color}-${name}`];
        for (const bg of ['#ffffff', gray[0], gray[1]])
          expect(contrastRatio(fg, bg)).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
});
