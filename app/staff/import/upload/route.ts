import { importUploadResponse } from "@/lib/actions/import-upload";
import { requestContext } from "@/lib/actions/request-context";

// The import's upload: the checks live in lib/actions/import-upload.ts and the action definition.
export async function POST(request: Request) {
  return importUploadResponse(request, await requestContext());
}
