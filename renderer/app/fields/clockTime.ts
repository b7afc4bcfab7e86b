/**
 * Reading a clock time as people type it: "9", "930", "9:30", "09.30" → "09:30" (24 h, as in
 * Sweden and Norway). null when it is not a time of day.
 */
export function parseClockText(text: string): string | null {
  const trimmed = text.trim();
  const match = /^(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(trimmed);
  if (!match) return null;
  const hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
