import {
  createTheme,
  type CSSVariablesResolver,
  DEFAULT_THEME,
  type MantineColorsTuple,
} from '@mantine/core';

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

/** WCAG AA for normal-size text, with a little headroom for rounding in the browser. */
const TEXT_CONTRAST = 4.6;

function rgbOf(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

function hexOf([r, g, b]: [number, number, number]): string {
  return `#${[r, g, b].map((v) => Math.round(v).toString(16).padStart(2, '0')).join('')}`;
}

/** Relative luminance (WCAG 2.x). */
function luminance(rgb: [number, number, number]): number {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(rgbOf(a)), luminance(rgbOf(b))].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * `start` darkened towards black in small steps until it reaches AA contrast on every background
 * given (unchanged when it already does).
 */
export function readableOn(start: string, backgrounds: string[]): string {
  const rgb = rgbOf(start);
  for (let k = 0; k <= 1; k += 0.02) {
    const candidate = hexOf(rgb.map((v) => v * (1 - k)) as [number, number, number]);
    if (backgrounds.every((bg) => contrastRatio(candidate, bg) >= TEXT_CONTRAST)) return candidate;
  }
  return '#000000';
}

const colors = { ...DEFAULT_THEME.colors, ...theme.colors } as Record<string, MantineColorsTuple>;
const gray = colors.gray;
/** Page, card, striped-row and hover backgrounds text of a colour sits on. */
const NEUTRAL_BACKGROUNDS = [DEFAULT_THEME.white, gray[0], gray[1]];

/**
 * Light-scheme colour variables that Mantine's defaults leave below WCAG AA (4.5:1), fixed once for
 * every component:
 * - `dimmed` text: gray.6 (3.3:1 on white) becomes gray.7 (about 8:1);
 * - `<color>-light-color`, the text of light badges, alerts and light/subtle buttons: shade 9 is only
 *   3.8:1 on the pale shade-1 background for green (4.3:1 teal, ~3:1 yellow/orange), so it is
 *   darkened until it passes on shade 1 and the shade-2 hover;
 * - `<color>-text` (`<Text c="green">`) and `<color>-outline` (outline badges and buttons): shade 8
 *   (3.4:1 for orange on gray.0) is darkened until it passes on white, gray.0 and gray.1.
 */
export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(
      Object.keys(t.colors).flatMap((c) => {
        const shades = t.colors[c];
        const onNeutral = readableOn(shades[8], NEUTRAL_BACKGROUNDS);
        return [
          [`--mantine-color-${c}-light-color`, readableOn(shades[9], [shades[1], shades[2]])],
          [`--mantine-color-${c}-text`, onNeutral],
          [`--mantine-color-${c}-outline`, onNeutral],
        ];
      }),
    ),
  },
  dark: {},
});
