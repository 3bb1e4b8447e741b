-- wrk script for ceiling-bench.sh: the body of one online scan, the same size as scans.lua sends, always the same.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"nonce":"0000aaaa-0001-4000-8000-000000000001","token":"'
    .. string.rep("A", 96) .. '","entranceKey":"main","direction":"IN","at":"2026-11-28T10:00:00Z"}'
