#!/usr/bin/python3
"""Runs every ReleaseDesk benchmark side by side in one run and prints ratios.

Absolute times on a small shared machine are noise; ratios measured in the same run are not. Each
C++ driver (bench_*) prints one JSON object on its last stdout line; the reference clients in
reference/ do the same. This script starts the demo portal, runs each client against it, reads the
portal's own audit (peak in-flight), prints a table and writes every figure to a JSON file.
"""
import argparse
import json
import math
import os
import platform
import subprocess
import sys
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
PYTHON = "/usr/bin/python3"  # Debian's, where python3-aiohttp and python3-requests live


class Portal:
    """The demo portal as a separate process, so its CPU is never counted as the client's."""

    def __init__(self, build_dir, **flags):
        exe = os.path.join(build_dir, "demo", "releasedesk-demo-portal")
        argv = [exe, "--port", "0"]
        for key, value in flags.items():
            argv += ["--" + key.replace("_", "-"), str(value)]
        self.process = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True)
        self.url = self.process.stdout.readline().strip()
        if not self.url.startswith("http://"):
            self.process.kill()
            raise SystemExit(f"demo portal did not start: {argv}")

    def audit(self):
        with urllib.request.urlopen(self.url + "_audit") as reply:
            return json.load(reply)

    def reset(self, data=False):
        request = urllib.request.Request(self.url + "_reset" + ("?data=1" if data else ""), method="POST", data=b"")
        urllib.request.urlopen(request).read()

    def cpu_seconds(self):
        with open(f"/proc/{self.process.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)


def run_json(argv, timeout=1800):
    """Runs a driver and returns the JSON object on its last stdout line."""
    done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    if done.returncode != 0 or not lines:
        sys.stderr.write(done.stderr[-4000:])
        raise SystemExit(f"benchmark driver failed ({done.returncode}): {' '.join(argv)}")
    return json.loads(lines[-1])


def scrape_points(args):
    """Scrape: N pages at latency L and limit C, against the bound ceil(N/C)·L."""
    rows = []
    for latency, concurrency in args.scrape_points:
        with Portal(args.build_dir, tickets=args.pages * args.page_size, page_size=args.page_size,
                    latency_ms=latency, seed=7) as portal:
            clients = {
                "releasedesk": [os.path.join(args.build_dir, "bench", "bench_scrape"), "--base-url", portal.url,
                                "--pages", str(args.pages), "--concurrency", str(concurrency)],
                "aiohttp": [PYTHON, os.path.join(HERE, "reference", "aiohttp_client.py"), "--base-url", portal.url,
                            "--pages", str(args.pages), "--concurrency", str(concurrency)],
                "threadpool": [PYTHON, os.path.join(HERE, "reference", "threadpool_client.py"), "--base-url",
                               portal.url, "--pages", str(args.pages), "--concurrency", str(concurrency)],
            }
            bound = math.ceil(args.pages / concurrency) * latency / 1000.0
            for name, argv in clients.items():
                portal.reset()
                portal_cpu = portal.cpu_seconds()
                result = run_json(argv)
                audit = portal.audit()
                result.update(client=name, latency_ms=latency, concurrency=concurrency, bound_s=bound,
                              peak_in_flight=audit.get("peak_in_flight"),
                              portal_cpu_s=portal.cpu_seconds() - portal_cpu,
                              wall_over_bound=(result["wall_s"] / bound) if bound else None,
                              requests_per_s=args.pages / result["wall_s"],
                              cpu_ms_per_request=1000.0 * result["cpu_s"] / args.pages)
                rows.append(result)
    return rows


def release_point(args):
    """Release: tickets with jittered latency and real constraints, makespan against the lower bound."""
    with Portal(args.build_dir, tickets=args.release_tickets, page_size=50, release_latency_ms=args.release_latency,
                jitter=0.3, fail_rate=0, seed=11) as portal:
        result = run_json([os.path.join(args.build_dir, "bench", "bench_release"), "--base-url", portal.url,
                           "--concurrency", str(args.release_concurrency),
                           "--latency-ms", str(args.release_latency)])
        audit = portal.audit()
        result.update(peak_release_in_flight=audit.get("peak_release_in_flight"),
                      violations=len(audit.get("violations", [])), duplicates=len(audit.get("duplicates", [])))
        return result


def local_driver(args, name, extra=()):
    argv = [os.path.join(args.build_dir, "bench", name)] + (["--quick"] if args.quick else []) + list(extra)
    return run_json(argv)


def machine():
    info = {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version()}
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            info["cpu"] = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return info


def print_scrape_table(rows):
    print("\n## Scrape (wall ÷ bound, lower is better; bound = ceil(N/C)·L)")
    print(f"{'client':<12} {'C':>4} {'L ms':>5} {'wall s':>8} {'÷ bound':>8} {'req/s':>8} {'CPU ms/req':>10} {'peak':>5} {'rows':>7}")
    for row in rows:
        ratio = f"{row['wall_over_bound']:.3f}" if row["wall_over_bound"] else "—"
        print(f"{row['client']:<12} {row['concurrency']:>4} {row['latency_ms']:>5} {row['wall_s']:>8.3f} {ratio:>8} "
              f"{row['requests_per_s']:>8.0f} {row['cpu_ms_per_request']:>10.3f} {row['peak_in_flight']!s:>5} {row['rows']:>7}")
    by_point = {}
    for row in rows:
        by_point.setdefault((row["latency_ms"], row["concurrency"]), {})[row["client"]] = row
    print("\nReleaseDesk against the reference clients in the same run (wall time ratio, < 1 means ReleaseDesk is faster):")
    for (latency, concurrency), clients in by_point.items():
        ours = clients.get("releasedesk")
        if not ours:
            continue
        parts = [f"{name} {ours['wall_s'] / other['wall_s']:.3f} (CPU {ours['cpu_s'] / other['cpu_s']:.2f})"
                 for name, other in clients.items() if name != "releasedesk" and other["wall_s"] > 0 and other["cpu_s"] > 0]
        print(f"  L={latency} ms C={concurrency}: " + ", ".join(parts))


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--build-dir", default=os.path.join(os.path.dirname(HERE), "build"))
    parser.add_argument("--quick", action="store_true", help="tiny sizes, so CTest can run it")
    parser.add_argument("--out", default=None, help="JSON file for every figure (default bench/results/TIMESTAMP.json)")
    parser.add_argument("--only", default="scrape,release,parse,models,planner,responsiveness")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.page_size = 20, 20
        args.scrape_points = [(10, 6), (0, 10)]
        args.release_tickets, args.release_latency, args.release_concurrency = 40, 10, 6
    else:
        args.pages, args.page_size = 1000, 20
        args.scrape_points = [(50, 10), (50, 6), (50, 50), (50, 100), (0, 10)]
        args.release_tickets, args.release_latency, args.release_concurrency = 500, 50, 10
    only = set(args.only.split(","))

    results = {"machine": machine(), "quick": args.quick, "started": time.strftime("%Y-%m-%dT%H:%M:%S%z")}
    if "scrape" in only:
        results["scrape"] = scrape_points(args)
        print_scrape_table(results["scrape"])
    if "release" in only:
        results["release"] = release_point(args)
        r = results["release"]
        print("\n## Release")
        print(json.dumps(r, indent=1))
    for name in ("parse", "models", "planner", "responsiveness"):
        if name in only:
            results[name] = local_driver(args, "bench_" + name)
            print(f"\n## {name.capitalize()}")
            print(json.dumps(results[name], indent=1))

    out = args.out or os.path.join(HERE, "results", time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "") + ".json")
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "w") as handle:
        json.dump(results, handle, indent=1)
    print(f"\nEvery figure: {out}")


if __name__ == "__main__":
    main()
