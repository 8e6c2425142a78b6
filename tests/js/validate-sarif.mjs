// Validates a SARIF log (file given as argument) against the official SARIF 2.1.0 schema
// shipped by @microsoft/jest-sarif (JSON Schema draft-04).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json"), "utf8"));
// The schema has a pattern with a stray "]" that is invalid with the u flag.
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);  // uri, uri-reference, date-time are checked too
const validate = ajv.compile(schema);
const log = JSON.parse(readFileSync(process.argv[2], "utf8"));
if (!validate(log)) {
  console.error(JSON.stringify(validate.errors, null, 2));
  process.exit(1);
}
const results = log.runs.reduce((n, run) => n + run.results.length, 0);
const rules = log.runs[0].tool.driver.rules.length;
if (results === 0 || rules === 0) {
  console.error(`expected results and rules, got ${results} results and ${rules} rules`);
  process.exit(1);
}
console.log(`SARIF valid: ${results} results, ${rules} rules`);
