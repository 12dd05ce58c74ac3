// npm run user:add -- --email E --name N --role admin|editor|reviewer|viewer [--areas 1,2]
// The first accounts, without a UI. The password comes from USER_PASSWORD or a prompt
// that does not echo; it is never taken from the command line (shell history).
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { z } from "zod";
import { describeTarget, openDatabase, resolveTarget } from "@/db/connection";
import { startupMessage } from "@/db/errors";
import { prepareDatabase } from "@/lib/seed/database";
import { writeAudit } from "@/db/mutations/audit";
import { createUser } from "@/db/mutations/users";
import { hashPassword } from "@/lib/auth/passwords";
import { DomainError } from "@/lib/domain/errors";
import { createUserSchema } from "@/lib/validation/users";
import en from "@/messages/en.json";

const USAGE = "Usage: npm run user:add -- --email E --name N --role admin|editor|reviewer|viewer [--areas 1,2]";

function text(key: string): string {
  const [group, name] = key.split(".") as [string, string];
  return (en as unknown as Record<string, Record<string, string>>)[group]?.[name] ?? key;
}

async function promptPassword(): Promise<string> {
  if (!process.stdin.isTTY)
    throw new CliError("No password: set USER_PASSWORD or run in a terminal to be asked for it.");
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const muted = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write("Password (at least 12 characters): ");
  muted._writeToOutput = () => {};
  const answer = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

class CliError extends Error {}

async function main() {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        email: { type: "string" },
        name: { type: "string" },
        role: { type: "string" },
        areas: { type: "string" },
      },
      strict: true,
    }));
  } catch (e) {
    throw new CliError(`${(e as Error).message}\n${USAGE}`);
  }
  if (!values.email || !values.name || !values.role) throw new CliError(USAGE);
  const areas = values.areas
    ? values.areas
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];
  const password = process.env.USER_PASSWORD ?? (await promptPassword());
  const parsed = createUserSchema.safeParse(
    { email: values.email, name: values.name, role: values.role, areas, password },
    { error: z.locales.en().localeError },
  );
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CliError(`--${String(issue.path[0] ?? "input")}: ${text(issue.message)}`);
  }
  const target = resolveTarget();
  const handle = await openDatabase(target);
  try {
    await prepareDatabase(handle);
    const { password: _, ...user } = parsed.data;
    const passwordHash = await hashPassword(password);
    const { id } = await handle.db.transaction((tx) =>
      createUser(tx, { ...user, passwordHash }, (entry) =>
        writeAudit(tx, { actorId: null, ip: null }, { ...entry, action: "create_cli" }),
      ),
    );
    console.log(`Created ${parsed.data.role} ${parsed.data.email} (${id}) in the ${describeTarget(target)}.`);
  } catch (e) {
    if (e instanceof DomainError) {
      const [field, messages] = Object.entries(e.fieldErrors)[0] ?? [null, [e.formError ?? "errors.unexpected"]];
      throw new CliError(`${field ? `--${field}: ` : ""}${text(messages![0]!)}`);
    }
    throw e;
  } finally {
    await handle.close();
  }
}

main().catch((e) => {
  console.error(e instanceof CliError ? e.message : startupMessage(e));
  process.exit(1);
});
