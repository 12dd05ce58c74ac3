// Writes the import's hostile corpus (lib/import/testing/hostile-files.ts) to a folder, to try
// by hand on a running server: npx tsx scripts/hostile-imports.ts [folder]
// The edited workbooks start from the staff export of the seeded plan.
import fs from "node:fs";
import path from "node:path";
import { HOSTILE_FILES, OVERSIZED_FILES, READABLE_FILES } from "@/lib/import/testing/hostile-files";
import { seededRows, staffXlsx } from "@/lib/import/testing/export-files";

async function main() {
  const folder = path.resolve(process.argv[2] ?? "hostile-imports");
  fs.mkdirSync(folder, { recursive: true });
  const exported = await staffXlsx(await seededRows());
  const files = [...HOSTILE_FILES, ...OVERSIZED_FILES, ...READABLE_FILES];
  for (const [i, file] of files.entries()) {
    // Numbered folders keep the file names the import reads tables by (milestones.csv).
    const target = path.join(folder, String(i + 1).padStart(2, "0"), file.fileName);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    const bytes = await file.make(exported);
    fs.writeFileSync(target, bytes);
    console.log(
      `${path.relative(folder, target).padEnd(28)} ${String(bytes.length).padStart(9)} bytes  ${file.expected.padEnd(28)} ${file.name}`,
    );
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
