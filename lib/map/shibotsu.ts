// Shibotsu (志発島), the largest of the Habomai Islands, which Natural Earth's
// 1:50m outline leaves out. Its ring is taken from the same source at 1:10m (world-atlas
// countries-10m.json), rounded to 0.001° (about 100 m), so the map needs only the 50m file;
// shibotsu.test.ts checks it against the 10m outline.
import type { Position } from "geojson";

export const SHIBOTSU: Position[][] = [
  [
    [146.174, 43.539],
    [146.203, 43.539],
    [146.221, 43.537],
    [146.228, 43.532],
    [146.228, 43.52],
    [146.214, 43.512],
    [146.206, 43.502],
    [146.21, 43.483],
    [146.152, 43.463],
    [146.134, 43.463],
    [146.131, 43.468],
    [146.127, 43.486],
    [146.124, 43.49],
    [146.113, 43.493],
    [146.102, 43.5],
    [146.08, 43.517],
    [146.131, 43.541],
    [146.156, 43.546],
    [146.174, 43.539],
  ],
];
