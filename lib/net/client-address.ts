import { isIP } from "node:net";

// The client's address, for the sign-in throttle and the audit log. Only what the server saw
// itself is believed: the socket's own address (the peer header, set from the socket by
// peer-address.ts, never by the client), and as many X-Forwarded-For entries, counted from
// the right, as there are proxies of ours in front that append to it. Whatever a client
// writes further left is its own claim and decides nothing.

/** Set on every request from the socket itself, overwriting any header of that name a client sent. */
export const PEER_HEADER = "x-tracker-peer-address";

/** An address as stored: a plain IPv4 or IPv6 address (an IPv4-mapped IPv6 one as IPv4), else null. */
export function normaliseAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let value = raw.trim();
  // "[2001:db8::1]:443" and "192.0.2.1:443", as some proxies write them.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(value)) value = value.slice(0, value.indexOf(":"));
  if (/^::ffff:[\d.]+$/i.test(value)) value = value.slice(7);
  return isIP(value) ? value.toLowerCase() : null;
}

/**
 * The address `hops` places from the right of the chain X-Forwarded-For + the socket's
 * address (0: the socket; 1: what the one proxy in front appended; …). A chain shorter than
 * that ends at its leftmost entry; an entry that is not an address gives null, never a guess.
 */
export function clientAddress(headers: Pick<Headers, "get">, hops: number): string | null {
  const peer = normaliseAddress(headers.get(PEER_HEADER));
  if (!peer) return null;
  if (hops === 0) return peer;
  // Node bounds the whole header block (16 KB), so the split is bounded too.
  const forwarded = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const chain = [...forwarded, peer];
  return normaliseAddress(chain[Math.max(0, chain.length - 1 - hops)]);
}
