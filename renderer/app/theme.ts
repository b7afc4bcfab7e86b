import { createTheme } from '@mantine/core';

/** Calm and readable on a projector: a deep teal, generous type, no web fonts (the app works offline). */
export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: 7,
  defaultRadius: 'md',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, "SF Mono", "Cascadia Mono", "DejaVu Sans Mono", monospace',
  headings: { fontWeight: '650' },
  // Modals, menus and collapses appear without animation when the user asks for reduced motion.
  respectReducedMotion: true,
});
