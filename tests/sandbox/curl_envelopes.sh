#!/usr/bin/env bash
# curl against `leadopp sandbox`: every documented status answers with its documented
# envelope. Usage: curl_envelopes.sh PATH/TO/leadopp
set -euo pipefail

leadopp=${1:?usage: curl_envelopes.sh PATH/TO/leadopp}
command -v curl >/dev/null || { echo "curl is not installed" >&2; exit 1; }
python=/usr/bin/python3
work=$(mktemp -d)
server=
cleanup() {
  if [[ -n $server ]]; then kill -TERM "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$leadopp" sandbox --port 0 >"$work/out" 2>"$work/err" &
server=$!
base=
for _ in $(seq 1 200); do
  base=$(sed -n 's/^Sandbox listening on \(http:\/\/127\.0\.0\.1:[0-9]*\)$/\1/p' "$work/out")
  [[ -n $base ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$work/err" >&2; exit 1; }
  sleep 0.05
done
[[ -n $base ]] || { echo "the sandbox printed no URL" >&2; exit 1; }

leads=/sales/api4partners/v0/leads-opportunities
failures=0

# check STATUS METHOD PATH BODY KEY MEMBERS...: MEMBERS are dotted paths that must exist.
check() {
  local status=$1 method=$2 path=$3 body=$4 key=$5
  shift 5
  local args=(-sS -o "$work/body" -w '%{http_code}' -X "$method" -H 'Content-Type: application/json')
  [[ -n $key ]] && args+=(-H "X-API-Key: $key")
  [[ -n $body ]] && args+=(--data "$body")
  local got
  got=$(curl "${args[@]}" "$base$path")
  if [[ $got != "$status" ]]; then
    echo "FAIL $method $path: status $got, expected $status" >&2
    failures=$((failures + 1))
    return
  fi
  if ! "$python" -c '
import json, sys
body = json.load(open(sys.argv[1]))
missing = []
for path in sys.argv[2:]:
    node = body
    for part in path.split("."):
        if isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        elif isinstance(node, dict) and part in node:
            node = node[part]
        else:
            missing.append(path)
            break
if missing:
    sys.exit("missing members: " + ", ".join(missing))
' "$work/body" "$@"; then
    echo "FAIL $method $path ($status): $(cat "$work/body")" >&2
    failures=$((failures + 1))
    return
  fi
  echo "ok   $status $method $path"
}

update='{"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234", "status": "QUALIFIED"}}'
create='{"partnerId": "200000000014442",
  "leadOpportunity": {"partnerLeadOpportunityId": "CURL-LEAD-1", "name": "Curl check", "status": "LEAD_OPEN",
                      "closeDate": "2026-06-01T18:46:51.326Z", "currency": "EUR"},
  "offerLines": [{"amount": 13800, "offerNameId": "3DEXPERIENCE_Design/Engineering_On_Premise", "revenueType": "UPFRONT"}],
  "customerLegalEntity": {"name": "Curl GmbH", "city": "Stockdorf", "country": "Germany"}}'
badOffer='{"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234"},
  "offerLines": [{"amount": 1, "offerNameId": "UNKNOWN_OFFER", "revenueType": "UPFRONT"}]}'
badDate='{"leadOpportunity": {"partnerLeadOpportunityId": "CRM-LEAD-1234", "closeDate": "31/12/2025"}}'
search='{"data": [{"modifiedDate": {"fromDate": "2025-08-04T08:00:00Z", "toDate": "2025-08-08T18:00:00Z"}}]}'

check 200 GET "$leads/XJSR-DZMFFT" "" key info.success info.statusCode info.timeStamp info.traceId error \
  data.leadOpportunity.dsLeadOpportunityId data.leadOpportunity.customerContact data.leadOpportunity.modifiedDate
check 200 PATCH "$leads/XJSR-DZMFFT" "$update" key info.traceId error \
  data.partnerLeadOpportunityId data.dsLeadOpportunityId data.action
check 201 POST "$leads" "$create" key dsLeadOpportunityId partnerLeadOpportunityId action info.timestamp error
check 201 POST "/sales/api4partners/v1/leads-opportunities" "${create/CURL-LEAD-1/CURL-LEAD-2}" key \
  dsLeadOpportunityId action info.timestamp
check 200 POST "$leads/search" "$search" key info.traceId error data.0.dsLeadOpportunityId
check 400 PATCH "$leads/XJSR-DZMFFT" "$badOffer" key data.leadOportunityId data.leadOpportunity.partnerExternalId \
  info.statusCode errors error.0.errors.0.pointer
check 400 POST "$leads" "${create/CURL-LEAD-1/CRM-LEAD-1234}" key info.traceId error.code error.message data.action
check 400 POST "$leads/search" '{"data": [{"modifiedDate": {"fromDate": "2025-08-04T08:00:00Z"}}]}' key \
  info.traceId error.code data
check 401 GET "$leads/XJSR-DZMFFT" "" "" message
check 403 PATCH "$leads/XJSR-DZMFFT" "$update" forbidden message
check 406 PATCH "$leads/XJSR-DZMFFT" "$badDate" key info.timeStamp info.traceId error.code error.message data.action
check 500 GET "$leads/ZZZZ-000000" "" key info.traceId error.code error.message data

if ((failures > 0)); then
  echo "$failures envelope check(s) failed" >&2
  exit 1
fi
echo "all envelopes as documented"
