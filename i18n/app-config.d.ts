import type messages from "@/messages/ja.json";
import type { AppLocale } from "./config";

// Message keys are checked by the compiler: a key that the Japanese messages (the source
// language) do not have fails `tsc`. That English has the same keys is a test
// (lib/i18n/messages.test.ts).
declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
