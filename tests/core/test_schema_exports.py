#!/usr/bin/python3
"""Every official request example must export to a body that validates against the
spec's request schema and means the same as the example.

Usage: test_schema_exports.py EXPORT_TOOL OPENAPI_YML EXAMPLES_DIR

The export tool prints the body the API would receive for a file. Bodies are checked
with a Draft 2020-12 validator built on the whole OpenAPI document, so the spec's
`#/components/schemas/...` references resolve. "Means the same" is JSON equality with the
example after the exporter's documented normalisations (canonical names, plural contact
keys, ISO 8601 UTC date-times with milliseconds, nulls and empty dates dropped); the
official request examples are already in that form, so they must come back unchanged.
"""
import copy
import datetime
import json
import os
import re
import subprocess
import sys

import jsonschema
import yaml

UPDATE_SCHEMA = "patch_leads-opportunities_data"
CREATE_SCHEMA = "post_leads-opportunities_data"

# (example file, export option, schema the body must satisfy)
REQUEST_EXAMPLES = [
    ("updateLeadOpportunitiesDetails-request-updateLeadStatus.json", "--update", UPDATE_SCHEMA),
    ("updateLeadOpportunitiesDetails-request-updateLeadNextMilestone.json", "--update", UPDATE_SCHEMA),
    ("createLeadsOpportunities-request-createLeadBasic.json", "--create", CREATE_SCHEMA),
    ("createLeadsOpportunities-request-createOpportunityBasic.json", "--create", CREATE_SCHEMA),
]

# The 400 echo holds the spec's type placeholders ("double", "date"): its export must be
# refused by the same validator, which proves the check can fail.
PLACEHOLDER_ECHO = "updateLeadOpportunitiesDetails-response-400-400_leadsOpportunitiesCreateResponse.json"


# Shapes of other inputs whose export must hold no member the schema does not declare:
# the GET response (response-only members) and a draft with unknown members.
STRICT_INPUTS = [
    ("getLeadsOpportunities-response-200-200_leadsOpportunitiesGetResponse.json", "--update", UPDATE_SCHEMA),
    ("../golden/unknown-members.input.json", "--update", UPDATE_SCHEMA),
]

# The clean example draft must export to a valid POST body.
VALID_DRAFTS = [("../drafts/clean-new-lead.leadopp.json", "--create", CREATE_SCHEMA)]

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")

# jsonschema checks "date-time" only with an optional module; this checker does it itself.
FORMATS = jsonschema.FormatChecker()


@FORMATS.checks("date-time")
def is_date_time(value):
    if not isinstance(value, str):
        return True
    if not RFC3339.match(value):
        return False
    datetime.datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    return True


def strict(spec):
    """The spec with every schema that lists properties closed (additionalProperties:
    false); unevaluatedProperties would also flag members whose value is invalid."""
    closed = copy.deepcopy(spec)

    def close(node):
        if isinstance(node, dict):
            if isinstance(node.get("properties"), dict):
                node["additionalProperties"] = False
            for child in node.values():
                close(child)
        elif isinstance(node, list):
            for child in node:
                close(child)

    close(closed["components"]["schemas"])
    return closed


def load_spec(path):
    with open(path, encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def validator_for(spec, name):
    resolver = jsonschema.RefResolver(base_uri="", referrer=spec)
    schema = {"$ref": "#/components/schemas/" + name}
    return jsonschema.Draft202012Validator(
        schema, resolver=resolver, format_checker=FORMATS
    )


def export(tool, path, option):
    done = subprocess.run([tool, path, option], capture_output=True, check=False)
    if done.returncode != 0:
        raise AssertionError("%s: export failed: %s" % (path, done.stderr.decode("utf-8", "replace")))
    if not done.stdout.endswith(b"\n"):
        raise AssertionError("%s: export body does not end with a newline" % path)
    again = subprocess.run([tool, path, option], capture_output=True, check=True)
    if again.stdout != done.stdout:
        raise AssertionError("%s: two exports gave different bytes" % path)
    return json.loads(done.stdout.decode("utf-8"))


def errors_of(validator, body):
    return sorted(
        "/".join(str(p) for p in error.absolute_path) + ": " + error.message
        for error in validator.iter_errors(body)
    )


def check_example(tool, spec, examples, entry):
    name, option, schema = entry
    path = os.path.join(examples, name)
    body = export(tool, path, option)
    problems = ["%s: %s" % (name, e) for e in errors_of(validator_for(spec, schema), body)]
    with open(path, encoding="utf-8") as handle:
        original = json.load(handle)
    if body != original:
        problems.append("%s: export does not mean the same as the example:\n%s\n%s"
                        % (name, json.dumps(body, sort_keys=True), json.dumps(original, sort_keys=True)))
    return problems


def check_placeholders_refused(tool, spec, examples):
    body = export(tool, os.path.join(examples, PLACEHOLDER_ECHO), "--update")
    errors = errors_of(validator_for(spec, UPDATE_SCHEMA), body)
    if not any(e.startswith("offerLines/0/amount:") for e in errors):
        return ["%s: the placeholder amount \"double\" was not refused: %s" % (PLACEHOLDER_ECHO, errors)]
    return []


def check_strict(tool, spec, examples, entry):
    name, option, schema = entry
    body = export(tool, os.path.join(examples, name), option)
    unknown = [e for e in errors_of(validator_for(strict(spec), schema), body) if "Additional properties" in e]
    return ["%s: member the API does not know: %s" % (name, e) for e in unknown]


def check_valid(tool, spec, examples, entry):
    name, option, schema = entry
    body = export(tool, os.path.join(examples, name), option)
    return ["%s: %s" % (name, e) for e in errors_of(validator_for(strict(spec), schema), body)]


def check_dates_refused(spec):
    body = {"leadOpportunity": {"partnerLeadOpportunityId": "X", "closeDate": "date"}}
    if not errors_of(validator_for(spec, UPDATE_SCHEMA), body):
        return ["the date-time format check accepts \"date\""]
    return []


def main(argv):
    if len(argv) != 4:
        print(__doc__)
        return 2
    tool, spec_path, examples = argv[1:]
    spec = load_spec(spec_path)
    problems = []
    for entry in REQUEST_EXAMPLES:
        problems += check_example(tool, spec, examples, entry)
        print("checked", entry[0], "against", entry[2])
    problems += check_placeholders_refused(tool, spec, examples)
    problems += check_dates_refused(spec)
    for entry in STRICT_INPUTS:
        problems += check_strict(tool, spec, examples, entry)
        print("checked", entry[0], "holds only members", entry[2], "declares")
    for entry in VALID_DRAFTS:
        problems += check_valid(tool, spec, examples, entry)
        print("checked", entry[0], "against", entry[2])
    for problem in problems:
        print("FAIL", problem)
    print("%d request examples, %d problems" % (len(REQUEST_EXAMPLES), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
