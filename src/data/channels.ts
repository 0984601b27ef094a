import { KIT } from './kit.generated.js';
import type { Channel } from './types.js';

/**
 * The one current channel for a role. The press-kit build guarantees there is exactly one and that
 * only current numbers are compiled in, so an element can never show a historical number.
 */
export function currentChannel(role: Channel['role']): Channel {
  const channel = KIT.channels.find((c) => c.role === role);
  if (!channel) throw new Error(`ct-awareness: the press kit has no current ${role} channel`);
  return channel;
}
