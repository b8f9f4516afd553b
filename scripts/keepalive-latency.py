#!/usr/bin/env python3
# Usage: python3 scripts/keepalive-latency.py PORT [PATH] (a running portal).
# One kept-alive HTTP/1.1 connection fetching a small static file N times:
# median and p95 latency and files per second (Nagle + delayed ACK shows as ~40 ms).
import http.client, sys, time, statistics
port = int(sys.argv[1]); path = sys.argv[2] if len(sys.argv) > 2 else "/robots.txt"
c = http.client.HTTPConnection("127.0.0.1", port)
times = []
start = time.perf_counter()
for _ in range(100):
    t = time.perf_counter()
    c.request("GET", path, headers={"Accept-Encoding": "br, gzip"})
    r = c.getresponse(); body = r.read()
    times.append((time.perf_counter() - t) * 1000)
total = time.perf_counter() - start
times.sort()
print(f"{path}: {len(body)} bytes, status {r.status}, median {statistics.median(times):.1f} ms, p95 {times[94]:.1f} ms, {100/total:.0f} files/s on one connection")
