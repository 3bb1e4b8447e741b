-- wrk script for scan-bench.sh: every request is one online scan (POST /api/scanner/scans) of the next ticket of
-- this connection's thread, with a fresh nonce; a reply that is not 200 with an ADMIT counts as failed.
-- Arguments after "--": the file with one ticket token per line, the device token.
local threads = {}
local tokens, device, counter = {}, nil, 0
failed = 0 -- global: done() reads it from each thread
-- id: global, set by setup() in each thread
local run = os.time() % 0x7fffffff

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  for line in io.lines(args[1]) do
    tokens[#tokens + 1] = line
  end
  device = args[2]
end

function request()
  counter = counter + 1
  local token = tokens[(counter * 64 + id) % #tokens + 1]
  local nonce = string.format("%08x-%04x-4000-8000-%012x", run, id, counter)
  local body = '{"nonce":"' .. nonce .. '","token":"' .. token .. '","entranceKey":"main","direction":"IN",'
      .. '"at":"' .. os.getenv("SCAN_AT") .. '"}'
  return wrk.format("POST", "/api/scanner/scans",
      { ["Content-Type"] = "application/json", ["X-Device-Token"] = device }, body)
end

function response(status, headers, body)
  if status ~= 200 or not body:find('"ADMIT"', 1, true) then
    failed = failed + 1
  end
end

function done(summary, latency, requests)
  local failures = 0
  for _, thread in ipairs(threads) do
    failures = failures + tonumber(thread:get("failed"))
  end
  io.write(string.format("scans: %d in %.1f s (%.0f/s), %d failed, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
      summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), failures,
      latency:percentile(50) / 1e3, latency:percentile(99) / 1e3, latency.max / 1e3))
end
