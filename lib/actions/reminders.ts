import { z } from "zod";
import { dateInTokyo } from "@/lib/domain/calendar";
import { deliverPending } from "@/lib/mail/deliver";
import { queueDigests } from "@/lib/mail/reminders";
import { defineAction, refreshedByTheForm } from "./define-action";

// Today's digests at an admin's request, as the daily `npm run reminders` writes them: on a
// machine without a timer (the demo), or when a round has just opened. Still one digest per
// person per day, whoever starts it.

export const sendDigestsDef = defineAction({
  name: "sendDigests",
  permission: "rounds.manage",
  schema: z.object({}),
  run: async (tx, _input, { audit }) => {
    const today = dateInTokyo();
    const run = await queueDigests(tx, today);
    await audit({
      entityType: "round",
      entityId: `digests:${today}`,
      action: "send_digests",
      changes: { digests: { old: null, new: run.digests } },
      label: today,
    });
    return run;
  },
  revalidate: refreshedByTheForm,
  // Only the digests just written leave from the admin's click; older refused mail waits for
  // the daily run.
  after: async (ctx, { written }) => {
    await deliverPending(ctx.db, { ids: written });
  },
});
