-- wrk script for dashboard-bench.sh: GETs of one path (the command line's), and one line of results at the end:
-- requests per second, p50, p99 and max latency, and the replies that were not 2xx or 3xx or failed.
function done(summary, latency, requests)
  local errors = summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write
      + summary.errors.timeout
  io.write(string.format("%.0f req/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms, %d errors\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1e3, latency:percentile(99) / 1e3,
      latency.max / 1e3, errors))
end
