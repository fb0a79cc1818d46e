#!/usr/bin/env python3
"""Release makespan, variants side by side: run in turn (A B A B ...), a fresh demo portal per run
(a release run changes the portal), the load average noted with every figure.

  bench/release_sidebyside.py BUILD_DIR '[["label", "path/to/bench_release", ["--overlap"]], ...]' [REPEATS]

Portal: 500 tickets, pages of 50, 50 ms latency (pages and releases), jitter 0.3; C = 10.
"""
import json, os, subprocess, sys, urllib.request, statistics, time
PORTAL = os.path.join(sys.argv[1], "demo", "releasedesk-demo-portal")
def load(): return os.getloadavg()[0]
def one(binary, flags):
    p = subprocess.Popen([PORTAL, "--port", "0", "--tickets", "500", "--page-size", "50",
                          "--latency-ms", "50", "--jitter", "0.3"], stdout=subprocess.PIPE, text=True)
    url = p.stdout.readline().strip()
    try:
        l0 = load()
        out = subprocess.run([binary, "--base-url", url, "--concurrency", "10", "--latency-ms", "50"] + flags,
                             capture_output=True, text=True, timeout=300, env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
        lines = [l for l in out.stdout.splitlines() if l.startswith("{")]
        r = json.loads(lines[-1]) if lines else {"error": out.stderr[-500:]}
        with urllib.request.urlopen(url + "_audit") as reply:
            a = json.load(reply)
        r["violations"] = len(a.get("violations", [])); r["duplicates"] = len(a.get("duplicates", []))
        rel = a.get("releases", [])
        if rel:
            r["portal_service_ms"] = statistics.mean(x["end_ms"] - x["start_ms"] for x in rel)
            r["portal_span_s"] = (max(x["end_ms"] for x in rel) - min(x["start_ms"] for x in rel)) / 1000
        r["portal_releases"] = len(a.get("releases", [])); r["load"] = (l0 + load()) / 2
        # Every list page read, the scrape's own included; the peak counts reads and releases.
        r["page_reads"] = sum(a.get("page_reads", {}).values()); r["peak_in_flight"] = a.get("peak_in_flight", 0)
        r["stderr_trace"] = [l for l in out.stderr.splitlines() if l.startswith("trace") or l.startswith("release:")]
        return r
    finally:
        p.terminate(); p.wait()
variants = json.loads(sys.argv[2])  # [[label, binary, [flags]], ...]
reps = int(sys.argv[3]) if len(sys.argv) > 3 else 3
res = {v[0]: [] for v in variants}
for i in range(reps):
    for label, binary, flags in variants:
        r = one(binary, flags)
        res[label].append(r)
        print(f"{label:28s} ratio {r.get('makespan_over_bound', 0):.3f} makespan {r.get('makespan_s',0):.3f} "
              f"bound {r.get('lower_bound_s',0):.3f} floor {r.get('barrier_floor_s',0):.3f} gaps {r.get('trace_gaps_s',0):.3f} "
              f"first {r.get('trace_first_send_ms',0):.0f}ms svc {r.get('trace_service_mean_ms',0):.1f}/{r.get('portal_service_ms',0):.1f} pspan {r.get('portal_span_s',0):.2f} "
              f"reads {r['page_reads']} peak {r['peak_in_flight']} rel {r.get('released')} unk {r.get('unknown')} viol {r['violations']} dup {r['duplicates']} "
              f"cpu {r.get('cpu_s',0):.2f} load {r['load']:.1f} {r.get('error','')}", flush=True)
print("--- medians")
for label, rs in res.items():
    ratios = [r.get("makespan_over_bound", 0) for r in rs]
    print(f"{label:28s} median {statistics.median(ratios):.3f} min {min(ratios):.3f} max {max(ratios):.3f} "
          f"load {statistics.median([r['load'] for r in rs]):.1f}")
