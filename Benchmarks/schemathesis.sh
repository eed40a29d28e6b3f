#!/usr/bin/env bash
# Property-based tests of the web service against its description (not CI): schemathesis (PyPI)
# sends generated requests, valid and invalid, to every operation in docs/openapi.yaml on a
# `handout serve` of its own, and checks that no answer is a 500, that every status, media type,
# header and JSON body is one the document describes, and that invalid requests are refused.
# Usage: bash Benchmarks/schemathesis.sh [seconds]   (default 180; the run stops at that budget)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-180}
[ -x .venv/bin/python ] || python3 -m venv .venv
.venv/bin/python -c 'import schemathesis' 2>/dev/null || .venv/bin/pip install -q 'schemathesis==4.32.5'
swift build -c release --static-swift-stdlib >/dev/null   # incremental; the server must be this tree
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
.build/release/handout serve --port "$port" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs -o /dev/null "http://127.0.0.1:$port/api/topics" && break; sleep 0.1; done
# The run's copy of the description lists the ids the service has (GET /api/topics) for topics,
# collection and layout, so that generated requests reach real builds rather than only 400s.
schema="$(mktemp --suffix .yaml)"
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; rm -f "$schema"' EXIT
.venv/bin/python - "$port" docs/openapi.yaml "$schema" <<'PY'
import json, sys, urllib.request, yaml
port, source, target = sys.argv[1:]
lists = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/api/topics"))
ids = {"topics": [t["id"] for t in lists["topics"]], "collection": [c["id"] for c in lists["collections"]],
       "layout": lists["layouts"]}
doc = yaml.safe_load(open(source))
def name(field, schema, empty):
    # In OpenAPI 3.0 a nullable enum lists null too; a form's empty field counts as absent.
    extra = [None] if schema.get("nullable") else [""] if empty and field != "topics" else []
    (schema["items"] if field == "topics" else schema)["enum"] = ids[field] + extra
for body in ("HandoutForm", "HandoutJSON"):
    for field, schema in doc["components"]["schemas"][body]["properties"].items():
        if field in ids: name(field, schema, body == "HandoutForm")
for parameter in doc["paths"]["/preview"]["get"]["parameters"]:
    if parameter["name"] in ids: name(parameter["name"], parameter["schema"], True)
yaml.safe_dump(doc, open(target, "w"), sort_keys=False)
PY
# positive_data_acceptance is left out: a schema-valid request can still be refused rightly (a
# body size at which a layout's text cannot fit its page, a speaking rate for a PDF).
timeout $((seconds + 60)) .venv/bin/schemathesis run "$schema" --url "http://127.0.0.1:$port" \
    --max-time "$seconds" --workers 2 --request-timeout 60 --phases examples,coverage,fuzzing \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_headers_conformance,response_schema_conformance,negative_data_rejection,unsupported_method,allow_header_conformance \
    --suppress-health-check too_slow --warnings off
