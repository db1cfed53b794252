// Seeded pseudo-random respondents for the chart pages: 7 tensions, 4 roles, ~10% unsure.
const TENSIONS = [
  'locus-of-control',
  'pace',
  'resource-allocation',
  'cultivating-capacity',
  'flexibility',
  'model-type',
  'sharing-learnings',
];
const ROLES = ['District leader', 'Principal', 'Teacher', 'Coach'];

export function team(size, prefix, seed = 20260301) {
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const position = () => (random() < 0.1 ? null : 1 + Math.floor(random() * 7));
  return Array.from({ length: size }, (_, i) => ({
    version: 1,
    id: `${prefix}-${i}`,
    survey: 'tensions',
    role: ROLES[i % 4],
    submittedAt: '2026-03-01T09:00:00Z',
    locale: 'en',
    tensions: Object.fromEntries(
      TENSIONS.map((id) => [id, { current: position(), desired: position() }]),
    ),
  }));
}
