"use client";

import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * False in the server's HTML and while React takes the page over, true after. A form's
 * fields stay disabled until then: text typed into the server's HTML before the form's script
 * runs would be overwritten with the form's starting values, and a save would quietly send those.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}
