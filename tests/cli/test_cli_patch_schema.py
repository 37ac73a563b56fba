#!/usr/bin/python3
"""`leadopp export` writes schema-valid PATCH bodies that carry only what changed.

Usage: test_cli_patch_schema.py LEADOPP OPENAPI_YML CONTRACT_DIR

- Each official PATCH request example, exported with `--id XJSR-DZMFFT`, validates
  against the spec's PATCH schema (closed: no member it does not declare) and carries
  exactly the example's members.
- The official GET answer, opened as a draft based on itself with only `status` changed,
  exports to exactly {"leadOpportunity": {"partnerLeadOpportunityId", "status"}}, which
  validates; with `--full` it carries the sections again.
- Without --id the same PATCH example still gives a POST body, which the PATCH check
  would not take for a PATCH (so the comparison can fail).
"""
import json
import os
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "core"))
import test_schema_exports as schema  # noqa: E402

PATCH_EXAMPLES = [
    "updateLeadOpportunitiesDetails-request-updateLeadStatus.json",
    "updateLeadOpportunitiesDetails-request-updateLeadNextMilestone.json",
]
GET_EXAMPLE = "getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json"


def export(leadopp, path, *options):
    done = subprocess.run([leadopp, "export", path, *options], capture_output=True, check=False,
                          env=dict(os.environ, HOME=tempfile.gettempdir(), LC_ALL="C.UTF-8"))
    if done.returncode not in (0, 1):
        raise AssertionError("%s: export failed (%d): %s"
                             % (path, done.returncode, done.stderr.decode("utf-8", "replace")))
    return json.loads(done.stdout.decode("utf-8"))


def patch_errors(spec, body):
    return schema.errors_of(schema.validator_for(schema.strict(spec), schema.UPDATE_SCHEMA), body)


def check_patch_examples(leadopp, spec, contract):
    problems = []
    for name in PATCH_EXAMPLES:
        path = os.path.join(contract, name)
        body = export(leadopp, path, "--id", "XJSR-DZMFFT")
        problems += ["%s: %s" % (name, e) for e in patch_errors(spec, body)]
        with open(path, encoding="utf-8") as handle:
            if body != json.load(handle):
                problems.append("%s: not exactly the example's members: %s" % (name, json.dumps(body)))
        if export(leadopp, path) == body:
            problems.append("%s: without --id the body should be a create body" % name)
        print("checked", name, "--id XJSR-DZMFFT")
    return problems


def changed_get_draft(contract, directory):
    with open(os.path.join(contract, GET_EXAMPLE), encoding="utf-8") as handle:
        server = json.load(handle)["data"]
    mine = json.loads(json.dumps(server))
    mine["leadOpportunity"]["status"] = "LOST"
    draft = {"format": "leadopp-draft", "version": 1, "record": mine, "base": {"record": server}}
    path = os.path.join(directory, "status-changed.leadopp.json")
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(draft, handle)
    return path


def check_status_change(leadopp, spec, contract):
    problems = []
    with tempfile.TemporaryDirectory() as directory:
        path = changed_get_draft(contract, directory)
        body = export(leadopp, path)
        expected = {"leadOpportunity": {"partnerLeadOpportunityId": "API4PARTNERS-0813C", "status": "LOST"}}
        if body != expected:
            problems.append("status change: body is %s" % json.dumps(body))
        problems += ["status change: %s" % e for e in patch_errors(spec, body)]
        if "offerLines" not in export(leadopp, path, "--full"):
            problems.append("status change: --full left the offer lines out")
    unchanged = export(leadopp, os.path.join(contract, GET_EXAMPLE))
    problems += ["GET example: %s" % e for e in patch_errors(spec, unchanged)]
    print("checked the GET example with its status changed")
    return problems


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    leadopp, spec_path, contract = argv[1:]
    spec = schema.load_spec(spec_path)
    problems = check_patch_examples(leadopp, spec, contract) + check_status_change(leadopp, spec, contract)
    for problem in problems:
        print("FAIL", problem)
    print("%d PATCH examples and the GET example checked, %d problems" % (len(PATCH_EXAMPLES), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
