// Small pieces shared by the report charts.
import { statusSymbolHref, type StatusShape } from "../status-icon";
import { ScrollFrame } from "../scroll-frame";
import type { MarkerShape } from "./palette";

/** A status icon inside an SVG chart: the same shapes as the badges (the page's sprite), drawn in currentColor. */
export function SvgStatusIcon({
  shape,
  x,
  y,
  size = 16,
  className,
}: {
  shape: StatusShape;
  x: number;
  y: number;
  size?: number;
  className?: string;
}) {
  return <use href={statusSymbolHref(shape)} x={x} y={y} width={size} height={size} className={className} />;
}

/** A data point; a hollow one is an approximate (約) value. */
export function Marker({
  shape,
  x,
  y,
  r = 4.5,
  fill,
  stroke,
  hollow,
}: {
  shape: MarkerShape;
  x: number;
  y: number;
  r?: number;
  fill: string;
  stroke: string;
  hollow?: boolean;
}) {
  const props = { className: hollow ? `fill-white ${stroke}` : fill, strokeWidth: hollow ? 2 : undefined };
  switch (shape) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...props} />;
    case "square":
      return <rect x={x - r * 0.9} y={y - r * 0.9} width={r * 1.8} height={r * 1.8} {...props} />;
    case "triangle":
      return (
        <path d={`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`} {...props} />
      );
    case "diamond":
      return (
        <path d={`M${x},${y - r * 1.2}L${x + r * 1.2},${y}L${x},${y + r * 1.2}L${x - r * 1.2},${y}Z`} {...props} />
      );
  }
}

/** A chart's data as a native table, folded away under a summary line. */
export function DataDetails({
  summary,
  caption,
  columns,
  rows,
}: {
  summary: string;
  caption: string;
  columns: string[];
  rows: { key: string; header: string; cells: string[] }[];
}) {
  return (
    <details className="mt-1">
      <summary className="min-h-11 cursor-pointer py-3 text-dns-14N-130 text-blue-1000 underline">{summary}</summary>
      <ScrollFrame label={caption}>
        <table className="report-table mt-1 border-collapse text-left text-dns-14N-130">
          <caption className="mb-1 text-left font-bold">{caption}</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-600">
              {columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.header}</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="text-right tabular-nums">
                    {c}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollFrame>
    </details>
  );
}
