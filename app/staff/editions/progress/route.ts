import { progressAnswer } from "@/lib/actions/progress";
import { getCurrentUser } from "@/lib/auth/current-user";

// The step a running "make a draft" action is at, for the admin who started it.
export async function GET(request: Request) {
  const { status, body } = await progressAnswer(
    await getCurrentUser(),
    new URL(request.url).searchParams.get("job") ?? "",
  );
  return Response.json(body, { status, headers: { "cache-control": "no-store" } });
}
