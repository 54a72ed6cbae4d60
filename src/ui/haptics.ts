// A short vibration to confirm a grade by touch, where the platform offers it (Android Chrome; not iOS Safari).

/** How long the grade buzz lasts, in ms: felt, not noticed. */
export const GRADE_BUZZ_MS = 12;

/** Vibrates briefly, unless the user asked for reduced motion or the device cannot. */
export function buzz(ms: number = GRADE_BUZZ_MS): void {
  if (typeof navigator.vibrate !== 'function') return;
  if (matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  navigator.vibrate(ms);
}
