import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'indigo',
  // Shade 8 in light mode: links, filled buttons and outlines meet WCAG AA contrast (shade 6 is ~4:1).
  primaryShade: { light: 8, dark: 8 },
  // Filled components choose black or white text by the background's luminance.
  autoContrast: true,
  defaultRadius: 'md',
  fontFamily:
    'Pretendard, "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  headings: { fontWeight: '700' },
});

/**
 * Mantine's "dimmed" text (gray.6, 3.3:1 on white) fails WCAG AA contrast; gray.7 is used instead
 * (about 8:1).
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    // Text of "light" variants (badges, alerts, light buttons) at shade 9 on their pale background.
    ...Object.fromEntries(
      Object.keys(t.colors).map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`]),
    ),
  },
  dark: {},
});
