"use client";

import { useEffect, useRef, useState } from "react";

// A frame that scrolls sideways what is wider than its column (a table, a chart, the map),
// never the page. While it scrolls it is a named region that takes focus, so the keyboard
// scrolls it too; where its content fits (a desktop, mostly) it is a plain box, so the
// page's tab order and landmarks are not filled with frames that do nothing. Without
// JavaScript it stays a region that takes focus: that it might scroll is the safe guess.
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
  const ref = useRef<HTMLDivElement>(null);
  const [scrolls, setScrolls] = useState(true);
  useEffect(() => {
    const frame = ref.current;
    if (!frame) return;
    const check = () => setScrolls(frame.scrollWidth > frame.clientWidth + 1);
    check();
    const observer = new ResizeObserver(check);
    observer.observe(frame);
    if (frame.firstElementChild) observer.observe(frame.firstElementChild);
    return () => observer.disconnect();
  }, []);
  const region = scrolls ? { role: "region", "aria-label": label, tabIndex: 0 } : {};
  return (
    <div ref={ref} className={className} data-scrolls={scrolls} {...region}>
      {children}
    </div>
  );
}
