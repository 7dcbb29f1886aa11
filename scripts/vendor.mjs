// Copies the browser builds of the UI's npm packages into ui/vendor/, which the app bundles.
// ui/vendor/ is generated (git-ignored): npm is the one source of these files.
import { cpSync, mkdirSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";

const target = "ui/vendor";
rmSync(target, { recursive: true, force: true });

const packages = [
  { name: "@fluent/bundle", from: "esm", to: "fluent-bundle", keep: (f) => f.endsWith(".js") },
  // The review's charts. The UMD build is one self-contained file; the review screen loads it
  // when it first opens, so start-up does not pay for it.
  { name: "chart.js", from: "dist", to: "chart.js", keep: (f) => f === "chart.umd.min.js" },
];

for (const pkg of packages) {
  const source = join("node_modules", pkg.name, pkg.from);
  const dest = join(target, pkg.to);
  mkdirSync(dest, { recursive: true });
  for (const file of readdirSync(source).filter(pkg.keep)) {
    cpSync(join(source, file), join(dest, file));
  }
  cpSync(join("node_modules", pkg.name, "package.json"), join(dest, "package.json"));
}
console.log(`vendored ${packages.map((p) => p.name).join(", ")} into ${target}`);
