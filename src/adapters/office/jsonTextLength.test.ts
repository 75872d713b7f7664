import fc from 'fast-check';
import { jsonTextLength } from './jsonTextLength';

describe('jsonTextLength', () => {
  it('is the length of JSON.stringify of any text: escapes, control characters, surrogates paired or not', () => {
    const unit = fc.oneof(fc.string({ unit: 'binary', maxLength: 30 }), fc.constantFrom('"', '\\', '\n', '\r\n', '\t', '\b', '\f', '\u0000', '\u001f', '\u007f', '\ud83d\ude00', '\ud83d', '\ude00', 'é', '東京'));
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(jsonTextLength(text)).toBe(JSON.stringify(text).length);
      }),
      { numRuns: 20000 },
    );
  });
});
