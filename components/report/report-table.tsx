import { ScrollFrame } from "./scroll-frame";

// A native data table as the design system prescribes: a caption, column headers with
// scope, and horizontal scrolling on narrow screens instead of squeezed columns. The frame
// that scrolls is a ScrollFrame.
export function ReportTable({
  caption,
  columns,
  testId,
  describedBy,
  style,
  startAtEnd,
  children,
}: {
  caption: string;
  /** Column headings; a heading may hold more than its name (the milestone timeline's years). */
  columns: React.ReactNode[];
  testId: string;
  describedBy?: string;
  style?: React.CSSProperties;
  /** Opens scrolled to its last column (the milestones' timeline: the latest years first). */
  startAtEnd?: boolean;
  children: React.ReactNode;
}) {
  return (
    <ScrollFrame label={caption} className={startAtEnd ? "table-scroll table-scroll-end" : "table-scroll"}>
      <table
        className="report-table w-full border-collapse text-left"
        data-testid={testId}
        aria-describedby={describedBy}
        style={style}
      >
        <caption className="mb-1 text-left text-std-17B-170">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            {columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </ScrollFrame>
  );
}
