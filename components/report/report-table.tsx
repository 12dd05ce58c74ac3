// A native data table as the design system prescribes: a caption, column headers with
// scope, and horizontal scrolling on narrow screens instead of squeezed columns.
export function ReportTable({ caption, columns, testId, children }: {
  caption: string;
  columns: string[];
  testId: string;
  children: React.ReactNode;
}) {
  return (
    <div className="overflow-x-auto">
      <table className="report-table w-full border-collapse text-left" data-testid={testId}>
        <caption className="text-std-17B-170 text-left mb-1">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-solid-gray-600">
            {columns.map((c) => <th key={c} scope="col">{c}</th>)}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
