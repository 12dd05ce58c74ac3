import { z } from "zod";
import {
  DELIVERY_CONFIDENCES,
  LIFECYCLE_STATUSES,
  LOCATION_KINDS,
  ORGANIZATION_KINDS,
  SIDES,
} from "@/lib/domain/code-lists";
import {
  flagSchema,
  idSchema,
  optionalText,
  plainText,
  requiredText,
  TEXT,
  versionSchema,
  wholeNumber,
} from "./fields";
import { typedString } from "./typed";

const areaNumberSchema = wholeNumber(1, 99, "validation.area");

export const projectDetailsSchema = z
  .object({
    id: idSchema,
    version: versionSchema,
    areaNumber: areaNumberSchema,
    titleJa: requiredText(TEXT.title),
    titleEn: plainText(TEXT.title),
    subtitleJa: optionalText(TEXT.title),
    subtitleEn: optionalText(TEXT.title),
    summaryJa: optionalText(TEXT.long),
    summaryEn: optionalText(TEXT.long),
    lifecycleStatus: z.enum(LIFECYCLE_STATUSES, { error: "validation.status" }),
    deliveryConfidence: z.enum(DELIVERY_CONFIDENCES, { error: "validation.status" }),
    confidenceNarrativeJa: optionalText(TEXT.note),
    confidenceNarrativeEn: optionalText(TEXT.note),
    organizationsEtc: flagSchema,
    linkedProjectIds: z
      .array(idSchema, { error: "validation.unknownRecord" })
      .max(20, { error: "validation.tooMany" })
      .transform((ids) => [...new Set(ids)].sort()),
  })
  .superRefine((v, ctx) => {
    // Design rule (and a database check): at risk and off track say why.
    if ((v.deliveryConfidence === "at_risk" || v.deliveryConfidence === "off_track") && !v.confidenceNarrativeJa) {
      ctx.addIssue({ code: "custom", path: ["confidenceNarrativeJa"], message: "validation.narrativeRequired" });
    }
    if (v.linkedProjectIds.includes(v.id))
      ctx.addIssue({ code: "custom", path: ["linkedProjectIds"], message: "validation.linkSelf" });
  });

const linkText = {
  roleJa: optionalText(TEXT.short),
  roleEn: optionalText(TEXT.short),
  labelJa: optionalText(TEXT.title),
  labelEn: optionalText(TEXT.title),
};

const newOrganizationSchema = z.object({
  nameJa: requiredText(TEXT.title),
  nameEn: plainText(TEXT.title),
  side: z.enum(SIDES, { error: "validation.side" }),
  kind: z.enum(ORGANIZATION_KINDS, { error: "validation.choice" }),
});

/** A partner on a project: an existing organisation, or a new one created with the link. */
export const addOrganizationSchema = z
  .object({
    projectId: idSchema,
    organizationId: z.union([z.literal(""), idSchema], { error: "validation.unknownRecord" }),
    create: flagSchema,
    organization: newOrganizationSchema.optional(),
    ...linkText,
  })
  .superRefine((v, ctx) => {
    if (v.create && !v.organization)
      ctx.addIssue({ code: "custom", path: ["organization", "nameJa"], message: "validation.required" });
    if (!v.create && !v.organizationId)
      ctx.addIssue({ code: "custom", path: ["organizationId"], message: "validation.chooseOne" });
  });

export const saveOrganizationLinkSchema = z.object({
  projectId: idSchema,
  organizationId: idSchema,
  version: versionSchema,
  ...linkText,
});
export const removeOrganizationSchema = z.object({
  projectId: idSchema,
  organizationId: idSchema,
  version: versionSchema,
});

const coordinate = (limit: number) =>
  typedString("validation.number")
    .max(12, { error: "validation.number" })
    .refine((s) => s === "" || (/^-?\d{1,3}(\.\d{1,6})?$/.test(s) && Math.abs(Number(s)) <= limit), {
      error: "validation.coordinate",
    })
    .transform((s) => (s === "" ? null : s));

/** A place of a project: an existing one, or a new one created with the link. */
export const addLocationSchema = z
  .object({
    projectId: idSchema,
    locationId: z.union([z.literal(""), idSchema], { error: "validation.unknownRecord" }),
    create: flagSchema,
    location: z
      .object({
        nameJa: requiredText(TEXT.title),
        nameEn: plainText(TEXT.title),
        kind: z.enum(LOCATION_KINDS, { error: "validation.choice" }),
        lat: coordinate(90),
        lon: coordinate(180),
      })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.create && !v.location)
      ctx.addIssue({ code: "custom", path: ["location", "nameJa"], message: "validation.required" });
    if (!v.create && !v.locationId)
      ctx.addIssue({ code: "custom", path: ["locationId"], message: "validation.chooseOne" });
  });

export const removeLocationSchema = z.object({ projectId: idSchema, locationId: idSchema });
export const moveLinkSchema = z.object({
  projectId: idSchema,
  targetId: idSchema,
  direction: z.enum(["up", "down"], { error: "validation.direction" }),
});

export type ProjectDetailsInput = z.input<typeof projectDetailsSchema>;
export type AddOrganizationInput = z.input<typeof addOrganizationSchema>;
export type SaveOrganizationLinkInput = z.input<typeof saveOrganizationLinkSchema>;
export type AddLocationInput = z.input<typeof addLocationSchema>;
