import { createTheme, darken, DEFAULT_THEME, luminance, mergeThemeOverrides, type CSSVariablesResolver, type MantineColorsTuple, type MantineThemeOverride } from '@mantine/core';

/** WCAG's contrast ratio of two colours (1–21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** The colour darkened in small steps until it reaches `ratio` against `background` (text ≥ 4.5:1). */
export function readableOn(color: string, background: string, ratio = 4.5): string {
  let shade = color;
  for (let i = 0; i < 40 && contrastRatio(shade, background) < ratio; i++) shade = darken(shade, 0.04);
  return shade;
}

/**
 * Mantine's palettes with their dark end made readable: shades 6–9 carry white text (filled buttons,
 * badges) and are text (links, coloured text, a red menu item) at ≥ 4.5:1 on white and on the
 * app's tinted panels, and shade 9 — the text of a light button or badge — is readable on shade 1,
 * its background. Mantine's own teal 7 on white is
 * 3.1:1, orange 7 3.0:1, green 7 2.8:1, yellow 7 2.1:1: status and buttons failed WCAG 1.4.3.
 */
/** The darkest of the app's light backgrounds that text sits on (panels, the selected row). */
const PANEL = '#eef2f1';

function readablePalette(palette: MantineColorsTuple): MantineColorsTuple {
  const shades = [...palette];
  for (const i of [6, 7, 8, 9]) shades[i] = readableOn(shades[i]!, PANEL);
  shades[9] = readableOn(shades[9]!, shades[1]!);
  return shades as unknown as MantineColorsTuple;
}

const colors = Object.fromEntries(Object.entries(DEFAULT_THEME.colors).map(([name, palette]) => [name, name === 'dark' ? palette : readablePalette(palette)]));

/** Calm and readable on a projector: a deep teal, generous type, no web fonts (the app works offline). */
export const theme = createTheme({
  colors,
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", monospace',
  headings: { fontWeight: '650' },
  // Modals, menus and collapses appear without animation when the user asks for reduced motion.
  respectReducedMotion: true,
  components: {
    // Mantine caps each child of a Group at its share of the row and cuts the rest with "…"
    // ("Kom se…", "Word-dokument…" at 1366×768 in Swedish): a child keeps its full width, and a
    // row that is too narrow wraps instead.
    Group: { defaultProps: { preventGrowOverflow: false } },
  },
});

/**
 * "Dimmed" text (hints, secondary figures) readable on the app's grey-white background: Mantine's
 * gray 6 is 3.3:1 on white.
 */
const dimmed = readableOn(DEFAULT_THEME.colors.gray[6], '#eef1f3');

/**
 * The theme with the names of Mantine's icon-only buttons in the app's language: a modal's or
 * alert's close button (×) and a field's clear button have no name of their own (WCAG 4.1.2).
 */
export function themeIn(labels: { close: string; clear: string }): MantineThemeOverride {
  return mergeThemeOverrides(theme, {
    components: {
      CloseButton: { defaultProps: { 'aria-label': labels.close } },
      InputClearButton: { defaultProps: { 'aria-label': labels.clear } },
      // Mantine's focus placeholder is an unnamed focusable <div> inside role="menu" (ARIA 1.2
      // allows only menu items there); without it the menu focuses its first item, as menus do.
      Menu: { defaultProps: { withInitialFocusPlaceholder: false } },
    },
  });
}

export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': dimmed,
    // A field's placeholder and its error text are read too: Mantine's are gray 5/6 and red 6 (3.3:1).
    '--mantine-color-placeholder': dimmed,
    '--mantine-color-error': 'var(--mantine-color-red-8)',
  },
  dark: {},
});
