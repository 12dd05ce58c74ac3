import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { progressSchemas } from "./content";
import { TEXT } from "./fields";
import { projectDetailsSchema } from "./projects";

// Every staff form but the import (which uploads through a route with a limit of its own)
// is bounded by lib/request-limits.js (the proxy's limit, and next.config.js's
// serverActions.bodySizeLimit). The largest form is a
// project's details; filled to every maximum with the characters that cost most to send
// (a control character is six bytes once escaped, Japanese text three), it must still fit.

const load = createRequire(import.meta.url);
const nextConfig = load("../../next.config.js") as { experimental: { serverActions: { bodySizeLimit: number } } };
const { MAX_FORM_BODY_BYTES } = load("../request-limits.js") as { MAX_FORM_BODY_BYTES: number };
const limitBytes = () => {
  expect(nextConfig.experimental.serverActions.bodySizeLimit).toBe(MAX_FORM_BODY_BYTES);
  return MAX_FORM_BODY_BYTES;
};

const fill = (length: number, char: string) => char.repeat(length);
const projectAtMost = (char: string) => ({
  id: randomUUID(),
  version: 2_147_483_647,
  areaNumber: 99,
  titleJa: fill(TEXT.title, char),
  titleEn: fill(TEXT.title, char),
  subtitleJa: fill(TEXT.title, char),
  subtitleEn: fill(TEXT.title, char),
  summaryJa: fill(TEXT.long, char),
  summaryEn: fill(TEXT.long, char),
  lifecycleStatus: "in_progress",
  deliveryConfidence: "not_assessed",
  confidenceNarrativeJa: fill(TEXT.note, char),
  confidenceNarrativeEn: fill(TEXT.note, char),
  organizationsEtc: true,
  linkedProjectIds: Array.from({ length: 20 }, () => randomUUID()),
});
const noteAtMost = (char: string) => ({
  parentId: randomUUID(),
  date: { year: "2021", month: "10", day: "31", precision: "day" },
  groupJa: fill(TEXT.line, char),
  groupEn: fill(TEXT.line, char),
  textJa: fill(TEXT.note, char),
  textEn: fill(TEXT.long, char),
  sub: true,
});
const bytes = (value: unknown) => Buffer.byteLength(JSON.stringify([value]));

describe("the body limit of server actions", () => {
  it.each(["\u0001", "協"])("holds the largest staff form filled with %j, with room to spare", (char) => {
    const project = projectAtMost(char);
    expect(projectDetailsSchema.safeParse(project).success).toBe(true);
    const note = noteAtMost(char);
    expect(progressSchemas.create.safeParse(note).success).toBe(true);
    const largest = Math.max(bytes(project), bytes(note));
    expect(largest).toBe(bytes(project));
    console.info(`largest staff form body (${JSON.stringify(char)}): ${largest} bytes; limit ${limitBytes()}`);
    expect(largest * 4).toBeLessThan(limitBytes());
  });
});
