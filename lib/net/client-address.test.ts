import { describe, expect, it } from "vitest";
import { clientAddress, normaliseAddress, PEER_HEADER } from "./client-address";

const request = (peer: string | null, forwarded?: string) => {
  const headers = new Headers();
  if (peer !== null) headers.set(PEER_HEADER, peer);
  if (forwarded !== undefined) headers.set("x-forwarded-for", forwarded);
  return headers;
};

describe("the client's address", () => {
  it("with no trusted proxy (0 hops), is the socket's, whatever X-Forwarded-For says", () => {
    expect(clientAddress(request("192.0.2.7"), 0)).toBe("192.0.2.7");
    expect(clientAddress(request("192.0.2.7", "203.0.113.1"), 0)).toBe("192.0.2.7");
    expect(clientAddress(request("::ffff:192.0.2.7", "203.0.113.1, 198.51.100.2"), 0)).toBe("192.0.2.7");
  });

  it("with one proxy, is what that proxy appended, not what the client wrote before it", () => {
    // nginx's $proxy_add_x_forwarded_for: the client's own header, then the address nginx saw.
    expect(clientAddress(request("10.0.0.5", "203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(request("10.0.0.5", "6.6.6.6,203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("with two proxies (a CDN, then nginx), counts two from the right", () => {
    expect(clientAddress(request("10.0.0.5", "6.6.6.6, 203.0.113.9, 198.51.100.20"), 2)).toBe("203.0.113.9");
  });

  it("stores nothing but a valid address", () => {
    expect(clientAddress(request("10.0.0.5", "<script>, 203.0.113.9"), 2)).toBeNull();
    expect(clientAddress(request("10.0.0.5", "'; drop table users; --"), 1)).toBeNull();
    expect(clientAddress(request(null, "203.0.113.9"), 1)).toBeNull();
    expect(clientAddress(request("not an address"), 0)).toBeNull();
    // A chain shorter than the hops (someone reached the server past the proxy) ends at its left.
    expect(clientAddress(request("10.0.0.5"), 1)).toBe("10.0.0.5");
  });

  it.each([
    ["192.0.2.1", "192.0.2.1"],
    [" 2001:DB8::1 ", "2001:db8::1"],
    ["[2001:db8::1]:443", "2001:db8::1"],
    ["192.0.2.1:8080", "192.0.2.1"],
    ["::ffff:192.0.2.1", "192.0.2.1"],
    ["999.1.1.1", null],
    ["example.com", null],
    ["", null],
  ])("normalises %j to %j", (raw, expected) => expect(normaliseAddress(raw)).toBe(expected));
});
