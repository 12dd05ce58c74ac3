// The one code style, applied by `npm run format` and checked by `npm run lint`. Lines up to
// 120 columns (JSX with Japanese text reads better wide than wrapped at 80); Tailwind's
// classes in their canonical order, so that a class list diff shows what changed.
/** @type {import("prettier").Config} */
const config = {
  printWidth: 120,
  plugins: ["prettier-plugin-tailwindcss"],
  tailwindStylesheet: "./app/globals.css",
};

export default config;
