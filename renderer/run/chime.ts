/**
 * The chimes, made with Web Audio so the app ships no sound files: a soft two-note bell when an
 * item's time is up, and a rising three-note call when a break or lunch is over.
 */
let context: AudioContext | null = null;

export type ChimeKind = 'timeUp' | 'breakOver';

const NOTES: Record<ChimeKind, number[]> = {
  timeUp: [880, 1318.5],
  breakOver: [659.25, 880, 1046.5],
};

export function playChime(kind: ChimeKind): void {
  const AudioContextClass = globalThis.AudioContext;
  if (!AudioContextClass) return;
  context ??= new AudioContextClass();
  const ctx = context;
  if (ctx.state === 'suspended') void ctx.resume();
  NOTES[kind].forEach((frequency, index) => {
    const start = ctx.currentTime + index * 0.3;
    const oscillator = ctx.createOscillator();
    const gain = ctx.createGain();
    oscillator.type = 'sine';
    oscillator.frequency.value = frequency;
    // A bell: a quick attack and a long exponential decay.
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.35, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 1.8);
    oscillator.connect(gain).connect(ctx.destination);
    oscillator.start(start);
    oscillator.stop(start + 1.9);
  });
}
