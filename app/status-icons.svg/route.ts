import { statusSprite } from "@/components/report/status-icon";

// The status shapes every badge and chart refers to (<use href="/status-icons.svg?v=…#check">),
// made once at build time. Its address changes with its content, so it may be kept for good.
export const dynamic = "force-static";

export function GET() {
  return new Response(statusSprite(), {
    headers: { "Content-Type": "image/svg+xml; charset=utf-8", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
