import { DEFAULT_LADDER } from '../ladder';
import { localDate } from '../localDate';
import { exampleAction } from './exampleAction';
import { LANGUAGES } from './languages';

const asOf = localDate(2026, 11, 30)!;

describe('exampleAction', () => {
  it.each(LANGUAGES)('is a consistent action at every step in %s', (language) => {
    for (const level of DEFAULT_LADDER) {
      const action = exampleAction(language, level.id, asOf);
      expect(action.level).toBe(level);
      expect([action.channel, action.tone]).toEqual([level.channel, level.tone]);
      expect(action.daysOverdue).toBe(level.offsetDays);
      expect(action.oldestDue).toBe(action.invoices[0].invoice.dueDate);
      expect(action.totals).toEqual([{ currency: action.invoices[0].invoice.currency, open: action.invoices.reduce((sum, p) => sum + p.invoice.open, 0) }]);
      expect(action.invoices.every((p) => p.invoice.language === language && p.invoice.customer === action.customer)).toBe(true);
    }
  });
});
