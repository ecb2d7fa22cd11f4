// Parse every example with the zod schema openapi-zod-client generated for its schema.
// Usage: node check_zod.mjs <compiled zod module> <examples.json>; prints {"checked": n} or fails.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, examplesPath] = process.argv.slice(2);
const { schemas } = await import(pathToFileURL(modulePath).href);
const examples = JSON.parse(readFileSync(examplesPath, "utf8"));
const failures = [];
for (const example of examples) {
  const schema = schemas[example.schema];
  if (!schema) {
    failures.push(`${example.pointer}: no zod schema named ${example.schema}`);
    continue;
  }
  const result = schema.safeParse(example.value);
  if (!result.success) {
    const issue = result.error.issues[0];
    failures.push(`${example.pointer}: ${example.schema} rejects it at /${issue.path.join("/")}: ${issue.message}`);
  }
}
if (failures.length > 0) {
  console.error(`${failures.join("\n")}\n${failures.length} of ${examples.length} examples rejected`);
  process.exit(1);
}
console.log(JSON.stringify({ checked: examples.length }));
