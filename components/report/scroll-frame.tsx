// A frame that scrolls sideways what is wider than its column (a table, a chart, the map),
// never the page. It is a named region that takes focus, so the keyboard scrolls it too.
// The classes (app/globals.css): table-scroll adds the edge shadows; chart-scroll and
// table-scroll-end open it scrolled to its end.
export function ScrollFrame({
  label,
  className = "table-scroll",
  children,
}: {
  label: string;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div className={className} role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
