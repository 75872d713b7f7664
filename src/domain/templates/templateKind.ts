import type { Channel, Tone } from '../ladder';

/**
 * What a step produces: a `message` the customer reads (an email or a printable letter), a
 * `call` script for the clerk, or an internal `note` for the clerk (a hand-off). A step with
 * tone internal never reaches the customer, whatever its channel; a task is always internal.
 */
export type TemplateKind = 'message' | 'call' | 'note';

export function templateKind(channel: Channel, tone: Tone): TemplateKind {
  if (tone === 'internal' || channel === 'task') return 'note';
  return channel === 'call' ? 'call' : 'message';
}
