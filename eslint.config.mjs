import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import drizzle from "eslint-plugin-drizzle";
import prettier from "eslint-config-prettier/flat";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    plugins: { drizzle },
    rules: {
      // An update or delete without `where` rewrites a whole table: never by accident.
      "drizzle/enforce-delete-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      "drizzle/enforce-update-with-where": ["error", { drizzleObjectName: ["db", "tx"] }],
      // Leaving fields out of a rest object (`const { id, version, ...fields } = input`) is the point.
      "@typescript-eslint/no-unused-vars": ["warn", { ignoreRestSiblings: true }],
    },
  },
  // Layers point one way: database ← domain ← actions ← pages and components (ARCHITECTURE.md).
  // The domain (lib/domain) imports nothing else of the product; the database layer (db/)
  // only the domain and the configuration (lib/env.ts, which imports nothing either); lib/
  // nothing from components or pages; components nothing from pages (server actions live in
  // lib/actions/server). Tests and test helpers sit above every layer.
  {
    files: ["**/*.{ts,tsx,mts}"],
    ignores: ["**/*.test.ts", "**/testing/**"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./lib/domain",
              from: "./lib",
              except: ["./domain"],
              message: "The domain imports nothing else of the product.",
            },
            {
              target: "./lib/domain",
              from: ["./db", "./components", "./app", "./scripts", "./i18n"],
              message: "The domain imports nothing else of the product.",
            },
            {
              target: "./db",
              from: "./lib",
              except: ["./domain", "./env.ts"],
              message: "The database layer imports only the domain (lib/domain) and the configuration.",
            },
            {
              target: "./db",
              from: ["./components", "./app", "./scripts"],
              message: "The database layer imports only the domain.",
            },
            { target: "./lib", from: ["./components", "./app"], message: "lib/ sits below components and pages." },
            {
              target: "./components",
              from: "./app",
              message: "Components sit below pages: server actions are in lib/actions/server.",
            },
          ],
        },
      ],
    },
  },
  // next.config.js is CommonJS: Next loads it before any bundler runs.
  { files: ["next.config.js"], rules: { "@typescript-eslint/no-require-imports": "off" } },
  // Layout is Prettier's (prettier.config.mjs): no lint rule argues with it.
  prettier,
  globalIgnores([
    ".next/**",
    "node_modules/**",
    ".data/**",
    "test-results/**",
    "playwright-report/**",
    "next-env.d.ts",
    "db/migrations/**",
  ]),
]);
