import { z } from "zod";

// The staff import's request: the uploaded file, whether to try it (dry run) or apply it,
// and, to apply, the sha256 of the file the dry run saw, so that what is applied is exactly
// what the user reviewed. It arrives as FormData (a file cannot travel as JSON).

export const IMPORT_MODES = ["dryRun", "apply"] as const;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

const fromFormData = (raw: unknown) => {
  if (typeof FormData === "undefined" || !(raw instanceof FormData)) return raw;
  return Object.fromEntries([...raw.keys()].map((k) => [k, raw.get(k)]));
};

export const importRequestSchema = z.preprocess(
  fromFormData,
  z.object({
    file: z.custom<File>((v) => typeof File !== "undefined" && v instanceof File && v.size > 0, {
      error: "import.fileRequired",
    }),
    mode: z.enum(IMPORT_MODES, { error: "import.mode" }),
    expectedSha256: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^[0-9a-f]{64}$/, { error: "import.fileChanged" })
        .optional(),
    ),
    job: z.preprocess(blankToUndefined, z.uuid().optional()),
  }),
);

/** The largest file the import takes (lib/import/read-file.ts says why it is refused). */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

/**
 * The page's form: one file chosen, within the size limit (checked again on the server). A
 * larger file is stopped here, before it is sent: a server action's body is bounded too,
 * and past that bound the server could only answer with a generic failure.
 */
export const importFormSchema = z.object({
  file: z
    .custom<FileList>((v) => typeof FileList !== "undefined" && v instanceof FileList && v.length === 1, {
      error: "import.fileRequired",
    })
    .refine((files) => !files?.[0] || files[0].size <= MAX_UPLOAD_BYTES, { error: "import.fileTooLarge" }),
});
