import { templateKind } from './templateKind';

describe('templateKind', () => {
  it('gives the customer a message for email and letter steps', () => {
    expect(templateKind('email', 'friendly')).toBe('message');
    expect(templateKind('letter', 'formal')).toBe('message');
  });

  it('gives the clerk a call script for call steps', () => {
    expect(templateKind('call', 'firm')).toBe('call');
  });

  it('keeps task steps and internal tones internal, whatever the channel', () => {
    expect(templateKind('task', 'internal')).toBe('note');
    expect(templateKind('task', 'firm')).toBe('note');
    expect(templateKind('email', 'internal')).toBe('note');
    expect(templateKind('call', 'internal')).toBe('note');
  });
});
