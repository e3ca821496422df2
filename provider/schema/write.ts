/** `npm run gen:pulumi-schema`: rewrites provider/schema.json from the generator (run after `npm run build`). */
import { writeFileSync } from "node:fs";
import * as path from "node:path";
import { pulumiSchemaText } from "./generate";

const target = process.argv[2] ?? path.resolve(__dirname, "../../../provider/schema.json");
writeFileSync(target, pulumiSchemaText());
process.stdout.write(`wrote ${target}\n`);
