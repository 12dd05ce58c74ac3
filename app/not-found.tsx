import "@fontsource-variable/noto-sans-jp";
import "./globals.css";
import Link from "next/link";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

// Addresses that match no page at all. Next renders this inside every page as the fallback,
// so it must not depend on the request (a page that read the request's language here would
// stop being cacheable): it is one static page that says it in Japanese and then in English,
// each with the way back to its own site. Addresses inside the public site that do match a
// route but name nothing (/areas/99) get [locale]/not-found.tsx in their own language.
const SECTIONS = [
  { lang: "ja", m: ja, home: "/" },
  { lang: "en", m: en, home: "/en" },
] as const;

export default function NotFound() {
  return (
    <html lang="ja">
      <body className="min-h-screen">
        {/* No layout gives this page metadata; React places the title in the head. */}
        <title>{`${ja.notFound.title} / ${en.notFound.title} – ${ja.site.name}`}</title>
        <header className="border-b border-solid-gray-420 bg-white">
          <p className="mx-auto max-w-[1200px] px-4 py-4 text-std-20B-150 md:px-8">
            <Link href="/" className="text-solid-gray-900 no-underline hover:underline">
              {ja.site.name}
            </Link>
          </p>
        </header>
        <main id="main" className="mx-auto max-w-[1200px] space-y-8 px-4 py-8 md:px-8" data-testid="not-found">
          {SECTIONS.map(({ lang, m, home }) => (
            <section key={lang} lang={lang} className="space-y-4">
              {lang === "ja" ? (
                <h1 className="text-std-32B-150">{m.notFound.title}</h1>
              ) : (
                <h2 className="text-std-32B-150">{m.notFound.title}</h2>
              )}
              <p>{m.notFound.body}</p>
              <p>
                <Link href={home} className="inline-flex min-h-11 items-center">
                  {m.notFound.home}
                </Link>
              </p>
            </section>
          ))}
        </main>
      </body>
    </html>
  );
}
