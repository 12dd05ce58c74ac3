import { notFound } from "next/navigation";
import { Suspense } from "react";
import { NotFoundPage } from "@/components/layout/not-found-page";

// Why not just notFound(): in Next 16 a notFound() thrown while a page renders (on its
// first, incremental-cache render too) escapes the server's HTML render, which then sends an
// empty document and leaves the not-found UI to the browser: blank without JavaScript.
// A cached page that names nothing therefore renders the not-found UI itself, in the
// address's language, and throws notFound() only inside a Suspense boundary after it: Next
// then answers 404 (and caches it as such) while the HTML keeps the UI. In the browser the
// boundary throws again and the segment's not-found.tsx shows the same component.
async function NotFoundStatus(): Promise<never> {
  notFound();
}

export function NotFoundView() {
  return (
    <>
      <NotFoundPage />
      <Suspense fallback={null}>
        <NotFoundStatus />
      </Suspense>
    </>
  );
}
