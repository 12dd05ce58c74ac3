import { REPORT_SCHEMA_VERSION, reportModelProblems, type ReportModel } from "@/lib/domain/report-model";

// An edition stores the report model as JSON, frozen: once published it can never be put
// right. So the model passes its schema first, and one that does not (a fault in building
// it, or data the format has no place for) is refused whole and nothing of it is stored.

export class EditionFormatError extends Error {
  constructor(readonly problems: string[]) {
    super(
      `The report does not match the edition format (schema version ${REPORT_SCHEMA_VERSION}), so it is not stored:\n${problems.join("\n")}`,
    );
    this.name = "EditionFormatError";
  }
}

/** What an edition stores for a model: its JSON, once the model has passed its schema. */
export function editionContent(model: ReportModel): string {
  const problems = reportModelProblems(model);
  if (problems.length) throw new EditionFormatError(problems);
  return JSON.stringify(model);
}
