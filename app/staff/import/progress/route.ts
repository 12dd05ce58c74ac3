import { progressAnswer } from "@/lib/actions/progress";
import { getCurrentUser } from "@/lib/auth/current-user";

// The step a running import is at, for the person who started it.
export async function GET(request: Request) {
  const { status, body } = await progressAnswer(
    await getCurrentUser(),
    new URL(request.url).searchParams.get("job") ?? "",
    "projects.edit",
  );
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
