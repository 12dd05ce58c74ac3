import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installPeerAddressHeader } from "./peer-address";
import { REQUEST_ID_HEADER, requestIdOf } from "./request-id";
import { installRequestLog } from "./request-log";

// A real HTTP server with the start-up hooks installed, as `next start` runs with them: every
// request gets an id the client cannot choose (no proxy of ours is trusted here), which the
// app reads from the request and the client gets back.

let server: http.Server;
let port: number;
beforeAll(async () => {
  installPeerAddressHeader();
  installRequestLog();
  server = http.createServer((request, response) => response.end(String(request.headers[REQUEST_ID_HEADER])));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe("request ids", () => {
  it("are new for every request, the same in the app and the response, whatever the client sent", async () => {
    const forged = "0123456789abcdef0123456789abcdef";
    const answers = await Promise.all(
      ([{}, { "x-request-id": forged }, { "x-request-id": "<script>" }] as Record<string, string>[]).map((headers) =>
        fetch(`http://127.0.0.1:${port}/`, { headers }),
      ),
    );
    const ids = await Promise.all(answers.map((r) => r.text()));
    for (const [i, id] of ids.entries()) {
      expect(id).toMatch(UUID);
      expect(answers[i]!.headers.get("x-request-id")).toBe(id);
    }
    expect(new Set(ids).size).toBe(3);
  });

  it("keep the id of a proxy of ours when it is well formed", () => {
    const nginxId = "0123456789abcdef0123456789abcdef";
    expect(requestIdOf(nginxId, true)).toBe(nginxId);
    expect(requestIdOf(nginxId, false)).toMatch(UUID);
    for (const sent of [
      "short",
      "x".repeat(65),
      "a b c d e f g h i j",
      "ｆｕｌｌｗｉｄｔｈ１２３４５６７８",
      undefined,
      ["a", "b"],
    ])
      expect(requestIdOf(sent, true)).toMatch(UUID);
  });
});
