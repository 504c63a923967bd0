/** Show time in milliseconds as "0:07:05" (hours, minutes, seconds; whole seconds down). */
export function formatShowTime(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000));
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** A speed as "10×", or "9.6×" with one decimal when it is not whole. */
export function formatSpeed(speed: number, language: string): string {
  return `${new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(speed)}×`;
}
