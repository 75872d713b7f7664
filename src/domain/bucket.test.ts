import { bucketIds, bucketIndex } from './bucket';

describe('aging buckets', () => {
  const edges = [30, 60, 90, 120];

  it('names buckets after the default edges', () => {
    expect(bucketIds(edges)).toEqual(['current', '1-30', '31-60', '61-90', '91-120', 'over-120']);
  });

  it.each([
    [-5, 'current'], [0, 'current'], [1, '1-30'], [30, '1-30'], [31, '31-60'], [60, '31-60'],
    [61, '61-90'], [90, '61-90'], [91, '91-120'], [120, '91-120'], [121, 'over-120'], [5000, 'over-120'],
  ])('puts an invoice %i days overdue in %s', (age, id) => {
    expect(bucketIds(edges)[bucketIndex(age, edges)]).toBe(id);
  });

  it('follows custom edges', () => {
    expect(bucketIds([15])).toEqual(['current', '1-15', 'over-15']);
    expect(bucketIndex(16, [15])).toBe(2);
  });
});
