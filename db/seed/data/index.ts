import type { SeedArea } from "../types";
import { area1 } from "./area-1";
import { area2 } from "./area-2";
import { area3 } from "./area-3";
import { area4 } from "./area-4";
import { area5 } from "./area-5";
import { area6 } from "./area-6";
import { area7 } from "./area-7";
import { area8 } from "./area-8";
import { area9 } from "./area-9";

export { plan } from "./plan";
export const areas: SeedArea[] = [area1, area2, area3, area4, area5, area6, area7, area8, area9];
