/**
 * WCAG contrast between two computed colours (`rgb(...)` or `rgba(...)` as getComputedStyle gives
 * them). Both are taken as opaque: a test compares a drawn colour with the page behind it.
 */
function luminance(color: string): number {
  const channels = color.match(/[\d.]+/g);
  if (!channels || channels.length < 3) throw new Error(`Not an rgb() colour: ${color}`);
  const [r, g, b] = channels.slice(0, 3).map((channel) => {
    const value = Number(channel) / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}
