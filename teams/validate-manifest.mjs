// Validates a Teams app manifest offline against the JSON schema bundled in the npm package
// @microsoft/app-manifest (pinned in package.json), with the same validator settings as the
// package's own ManifestUtil.validateManifestAgainstSchema (ajv, draft-04, formats uri, email and
// regex). The package's validateManifest would fetch the manifest's $schema over the network.
//
//   node teams/validate-manifest.mjs path/to/manifest.json
//
// Prints one JSON line: {valid, errors, manifestVersion, newestBundled, package}; exits 1 when invalid.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);
const Ajv = require("ajv-draft-04");
const addFormats = require("ajv-formats");

const packageJson = require.resolve("@microsoft/app-manifest/package.json");
const schemas = join(dirname(packageJson), "build", "json-schemas", "teams");
const numeric = (name) => name.slice(1).split(".").map(Number);
const newestBundled = readdirSync(schemas)
  .filter((name) => /^v\d+\.\d+$/.test(name))
  .sort((a, b) => numeric(a)[0] - numeric(b)[0] || numeric(a)[1] - numeric(b)[1])
  .pop()
  .slice(1);

const manifest = JSON.parse(readFileSync(process.argv[2], "utf8"));
const version = manifest.manifestVersion;
let errors;
if (typeof version !== "string" || !/^\d+\.\d+$/.test(version)) {
  errors = ["manifestVersion is not a released schema version"];
} else {
  const schema = JSON.parse(readFileSync(join(schemas, `v${version}`, "MicrosoftTeams.schema.json"), "utf8"));
  const ajv = new Ajv({ allErrors: true, strictTypes: false });
  addFormats(ajv, ["uri", "email", "regex"]);
  const validate = ajv.compile(schema);
  errors = validate(manifest)
    ? []
    : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`);
}
console.log(
  JSON.stringify({
    valid: errors.length === 0,
    errors,
    manifestVersion: version,
    newestBundled,
    package: `@microsoft/app-manifest@${require(packageJson).version}`,
  }),
);
process.exit(errors.length === 0 ? 0 : 1);
