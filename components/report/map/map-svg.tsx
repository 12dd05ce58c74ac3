// The map itself: pure markup from a computed layout, no client JavaScript.
import { islandOfLabel, type PlacesMapLayout } from "@/lib/map/layout";
import { ScrollFrame } from "../scroll-frame";
import { AREA_CLASS, BOUNDARY_CLASS, BOUNDARY_DASH } from "./map-style";

const pct = (n: number, of: number) => `${Math.round((n / of) * 10000) / 100}%`;

export function PlacesMapSvg({
  layout,
  title,
  describedBy,
  markerTitles,
}: {
  layout: PlacesMapLayout;
  title: string;
  describedBy: string;
  /** Hover text per place key, e.g. "1. Vladivostok: 12 items". */
  markerTitles: Record<string, string>;
}) {
  const { width, height, outline, markers, groups, labels } = layout;
  // Never drawn narrower than its own width, so that its 12 px labels stay 12 px: on a phone the
  // map scrolls sideways, opening on its east end (Japan and the Russian Far East), and the
  // table below lists every place.
  return (
    <ScrollFrame className="chart-scroll" label={title}>
      <div className="relative" style={{ minWidth: `${width / 16}rem` }}>
        <svg
          viewBox={`0 0 ${width} ${height}`}
          role="img"
          aria-labelledby="places-map-title"
          aria-describedby={describedBy}
          className="block h-auto w-full border border-solid-gray-420 bg-white"
          data-testid="places-map-svg"
        >
          <title id="places-map-title">{title}</title>
          <rect width={width} height={height} className={AREA_CLASS.sea} />
          {/* Japan (with the Northern Territories), land of undetermined status and every other
            country, each in its own fill, as maps published in Japan draw them (lib/map/territory.ts). */}
          <g strokeWidth={0.6} className="stroke-solid-gray-536 forced-colors:stroke-[CanvasText]">
            <path d={outline.foreign} className={AREA_CLASS.foreign} />
            <path d={outline.undetermined} className={AREA_CLASS.undetermined} />
            <path d={outline.japan} className={AREA_CLASS.japan} />
          </g>
          <path
            d={outline.borders}
            fill="none"
            className={BOUNDARY_CLASS}
            strokeWidth={0.8}
            strokeDasharray={BOUNDARY_DASH}
          />
          {/* Leaders first, so markers and labels sit on top of them. */}
          <g fill="none" strokeWidth={1} className="stroke-solid-gray-800 forced-colors:stroke-[CanvasText]">
            {labels.map(
              (l) =>
                l.leader && <path key={l.key} d={`M${l.leader[0]},${l.leader[1]}L${l.leader[2]},${l.leader[3]}`} />,
            )}
          </g>
          <g
            stroke="#fff"
            strokeWidth={1.5}
            strokeLinejoin="round"
            className="fill-blue-900 forced-colors:fill-[CanvasText] forced-colors:stroke-[Canvas]"
          >
            {markers
              .filter((m) => !m.group)
              .map((m) => (
                <path key={m.key} d={m.shape} transform={`translate(${m.x} ${m.y})`} data-place={m.key} />
              ))}
          </g>
          {/* A group: a ring holding how many places lie there. */}
          {groups.map((g) => (
            <g key={g.key} data-group={g.members.join(" ")}>
              <circle
                cx={g.x}
                cy={g.y}
                r={g.r}
                strokeWidth={3}
                className="fill-white stroke-blue-900 forced-colors:fill-[Canvas] forced-colors:stroke-[CanvasText]"
              />
              <text
                x={g.x}
                y={Math.round((g.y + 4.2) * 10) / 10}
                fontSize={12}
                fontWeight="bold"
                textAnchor="middle"
                className="fill-blue-900 forced-colors:fill-[CanvasText]"
              >
                {g.members.length}
              </text>
            </g>
          ))}
          <g
            stroke="#fff"
            strokeWidth={3}
            strokeLinejoin="round"
            paintOrder="stroke"
            className="fill-solid-gray-900 forced-colors:fill-[CanvasText] forced-colors:stroke-[Canvas]"
          >
            {labels.map((l) => (
              <text
                key={l.key}
                x={l.x}
                y={l.y}
                fontSize={l.fontSize}
                textAnchor={l.anchor === "start" ? undefined : l.anchor}
                data-island={islandOfLabel(l.key)}
              >
                {l.text}
              </text>
            ))}
          </g>
        </svg>
        {/* Pointer shortcuts from each marker to its table row. They sit over the SVG rather
          than inside it because role="img" may contain nothing interactive (axe:
          nested-interactive); hidden from assistive technology and out of the tab order,
          since the table below carries the same links for keyboard and screen readers. */}
        <div
          aria-hidden="true"
          className="*:absolute *:aspect-square *:-translate-x-1/2 *:-translate-y-1/2 *:rounded-full *:hover:outline-2 *:hover:outline-black"
        >
          {[
            ...markers.filter((m) => !m.group).map((m) => ({ key: m.key, target: m.key, x: m.x, y: m.y, r: m.r })),
            ...groups.map((g) => ({ key: g.key, target: g.members[0]!, x: g.x, y: g.y, r: g.r })),
          ].map((m) => (
            <a
              key={m.key}
              href={`#place-${m.target}`}
              tabIndex={-1}
              title={markerTitles[m.key]}
              style={{ left: pct(m.x, width), top: pct(m.y, height), width: pct(Math.max(2 * m.r + 4, 24), width) }}
              data-marker-link={m.key}
            />
          ))}
        </div>
      </div>
    </ScrollFrame>
  );
}
