// @ts-check
// How large a request body may be. One figure for the proxy (which refuses a larger body
// before it is read) and Next's own limit on server actions (next.config.js). The largest
// staff form, every field at its longest, is 80 KB at worst (lib/validation/
// form-body-size.test.ts); the spreadsheet upload, the only large body, goes to a route of
// its own with its own limit (lib/actions/import-upload.ts).

const MAX_FORM_BODY_BYTES = 512 * 1024;

module.exports = { MAX_FORM_BODY_BYTES };
