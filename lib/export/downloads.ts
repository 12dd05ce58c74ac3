// What each download is called and how it is served: shared by the API, its listing and the
// edition pages that list the downloads.

export type DownloadFormat = "json" | "csv" | "xlsx";

export const MEDIA_TYPES: Record<DownloadFormat, string> = {
  json: "application/json; charset=utf-8",
  csv: "application/zip",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

export const downloadName = (period: string, format: DownloadFormat) =>
  format === "csv" ? `cooperation-plan-${period}-csv.zip` : `cooperation-plan-${period}.${format}`;

/** The address of a download (the JSON is the edition's own address in the API). */
export const downloadPath = (period: string, format: DownloadFormat) =>
  format === "json" ? `/api/v1/editions/${period}` : `/api/v1/editions/${period}/${format}`;
