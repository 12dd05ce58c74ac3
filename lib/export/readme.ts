/** The edition a download and its README belong to. */
export type EditionRef = { id: string; period: string; asOfDate: string; titleJa: string; titleEn: string };

// The README.txt inside an edition's CSV zip: what the files are, how they are encoded and
// how to cite them, in Japanese and English, for whoever opens the zip without the website.
export function editionReadme(edition: Pick<EditionRef, "period" | "titleJa" | "titleEn" | "asOfDate">): string {
  return [
    `${edition.titleJa}（${edition.period}）`,
    edition.titleEn ? `${edition.titleEn} (${edition.period})` : null,
    "",
    "・表ごとに1つのCSVファイルです。1行目が見出し（日本語名と列キー）、2行目からがデータです。",
    "・文字コードは UTF-8（BOM付き）、改行は CRLF です。Excel でそのまま開けます。",
    "・数式と解釈されうる文字列（=, +, -, @ で始まるもの）は先頭にアポストロフィ（'）を付けています。",
    "・各列の意味、型、単位、コード表はデータ辞書（/data）をご覧ください。",
    "・利用条件：公共データ利用規約（第1.0版）（PDL1.0）。CC BY 4.0 と互換です。",
    `・出典の記載例：「出典：${edition.titleJa}（${edition.period}）」`,
    "",
    "- One CSV file per table. Row 1 is the header (Japanese name and column key); data starts on row 2.",
    "- Encoding UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting.",
    "- Text a spreadsheet could take for a formula (starting with =, +, -, @) starts with an apostrophe (').",
    "- The meaning, type, unit and code list of every column: see the data dictionary (/en/data).",
    "- Licence: Public Data License (Version 1.0), compatible with CC BY 4.0.",
    `- Attribution example: "Source: ${edition.titleEn || edition.titleJa} (${edition.period})"`,
    "",
  ]
    .filter((line) => line !== null)
    .join("\r\n");
}
