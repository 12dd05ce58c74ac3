import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAddress, PEER_HEADER } from "./client-address";
import { installPeerAddressHeader } from "./peer-address";

// A real HTTP server with the start-up hook installed, as `next start` runs with it: the
// address each setting of TRUSTED_PROXY_HOPS takes from requests with forged headers.

let server: http.Server;
let port: number;
beforeAll(async () => {
  installPeerAddressHeader();
  server = http.createServer((request, response) => {
    const headers = new Headers(
      Object.entries(request.headers).flatMap(([k, v]) => (typeof v === "string" ? [[k, v] as [string, string]] : [])),
    );
    response.end(
      JSON.stringify({
        hops0: clientAddress(headers, 0),
        hops1: clientAddress(headers, 1),
        peer: headers.get(PEER_HEADER),
      }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const ask = async (headers: Record<string, string>) => (await fetch(`http://127.0.0.1:${port}/`, { headers })).json();

describe("client addresses on a real server", () => {
  it("with 0 hops, a forged X-Forwarded-For or peer header changes nothing", async () => {
    const answer = await ask({
      "x-forwarded-for": "203.0.113.66",
      [PEER_HEADER]: "198.51.100.1",
      "x-real-ip": "198.51.100.2",
    });
    expect(answer.peer).toBe("127.0.0.1");
    expect(answer.hops0).toBe("127.0.0.1");
  });

  it("with 1 hop (a proxy appending the address it saw), only the proxy's entry counts", async () => {
    // What nginx sends on for a client that forged its own header: "forged, client".
    expect((await ask({ "x-forwarded-for": "203.0.113.66, 192.0.2.10" })).hops1).toBe("192.0.2.10");
    expect((await ask({ "x-forwarded-for": "192.0.2.10" })).hops1).toBe("192.0.2.10");
    // Reached without the proxy and nothing forwarded: the socket's own address.
    expect((await ask({})).hops1).toBe("127.0.0.1");
    // A forged value that is not an address is stored as nothing, never as text.
    expect((await ask({ "x-forwarded-for": "<img src=x>" })).hops1).toBeNull();
  });
});
