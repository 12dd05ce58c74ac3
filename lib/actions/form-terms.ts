import { StaleRecord } from "@/db/records/conflict";
import { DomainError } from "@/lib/domain/errors";

/**
 * The database layer speaks of rows and columns: a stale save carries the row as it now
 * stands, a rule it checks names the column it refused. A form speaks of its own values
 * and fields; this tells a write's refusal in the form's terms.
 */
export async function inFormTerms<R, T>(
  write: Promise<T>,
  form: { toInput: (row: R) => Record<string, unknown>; fields?: Record<string, string> },
): Promise<T> {
  try {
    return await write;
  } catch (e) {
    if (e instanceof StaleRecord) {
      // The row is the one the write locked, of the table this form edits.
      const stale: StaleRecord<R> = e;
      throw DomainError.conflict({ ...stale.since, current: stale.current && form.toInput(stale.current) });
    }
    if (e instanceof DomainError && form.fields) {
      const fields = form.fields;
      const fieldErrors = Object.entries(e.fieldErrors).map(([column, messages]) => [
        fields[column] ?? column,
        messages,
      ]);
      throw new DomainError(e.formError, Object.fromEntries(fieldErrors), e.conflict);
    }
    throw e;
  }
}
