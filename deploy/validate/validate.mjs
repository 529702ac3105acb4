// Validates the Kubernetes manifests against the API schemas of kubernetes-models (types, required
// fields, enumerations; it does not refuse unknown fields). Run by the build (mvn verify).
import { readFileSync } from "node:fs";
import yaml from "js-yaml";

const groups = {
  "v1": "kubernetes-models/v1",
  "apps/v1": "kubernetes-models/apps/v1",
  "policy/v1": "kubernetes-models/policy/v1",
  "networking.k8s.io/v1": "kubernetes-models/networking.k8s.io/v1",
  "rbac.authorization.k8s.io/v1": "kubernetes-models/rbac.authorization.k8s.io/v1",
};
let failures = 0;
for (const file of process.argv.slice(2)) {
  for (const doc of yaml.loadAll(readFileSync(file, "utf8"))) {
    if (!doc) continue;
    const where = `${file}: ${doc.kind} ${doc.metadata?.name}`;
    const module = groups[doc.apiVersion];
    if (!module) { console.log(`${where}: apiVersion ${doc.apiVersion} not known here`); failures++; continue; }
    const Kind = (await import(module))[doc.kind];
    if (!Kind) { console.log(`${where}: kind not in ${doc.apiVersion}`); failures++; continue; }
    try { new Kind(doc).validate(); console.log(`${where}: valid`); }
    catch (e) { console.log(`${where}: INVALID ${e.message}`); failures++; }
  }
}
process.exit(failures ? 1 : 0);
