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


FAILURES = []  # every driver that did not produce its figures; non-empty makes the exit code 1


def run_json(argv, timeout=1800):
    """Runs a driver and returns the JSON object on its last stdout line.

    A driver that is missing, fails or prints no JSON is recorded in FAILURES and gives an object
    with "error", so one broken driver does not hide every other figure of the run."""
    name = os.path.basename(argv[1] if argv[0] == PYTHON else argv[0])
    if argv[0] != PYTHON and not os.access(argv[0], os.X_OK):
        FAILURES.append(f"{name}: not built ({argv[0]})")
        return {"error": "not built"}
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        FAILURES.append(f"{name}: timed out after {timeout} s")
        return {"error": "timeout"}
    lines = [line for line in done.stdout.splitlines() if line.strip()]
    try:
        result = json.loads(lines[-1]) if lines else None
    except json.JSONDecodeError:
        result = None
    if done.returncode != 0 or not isinstance(result, dict):
        sys.stderr.write(done.stderr[-4000:])
        FAILURES.append(f"{name}: exit code {done.returncode}, {'no JSON' if result is None else 'JSON'}: {' '.join(argv)}")
        return dict(result or {}, error=f"exit code {done.returncode}")
    return result


def scrape_points(args):
    """Scrape: N pages at latency L and limit C, against the bound ceil(N/C)·L."""
    rows = []
    for latency, concurrency in args.scrape_points:
        with Portal(args.build_dir, tickets=args.pages * args.page_size, page_size=args.page_size,
                    latency_ms=latency, seed=7) as portal:
            common = ["--base-url", portal.url, "--pages", str(args.pages), "--concurrency", str(concurrency)]
            clients = {
                "releasedesk": [os.path.join(args.build_dir, "bench", "bench_scrape")] + common,
                "aiohttp": [PYTHON, os.path.join(HERE, "reference", "aiohttp_client.py")] + common,
                "threadpool": [PYTHON, os.path.join(HERE, "reference", "threadpool_client.py")] + common,
            }
            bound = math.ceil(args.pages / concurrency) * latency / 1000.0
            for name, argv in clients.items():
                portal.reset()
                portal_cpu = portal.cpu_seconds()
                result = run_json(argv)
                audit = portal.audit()
                result.update(client=name, latency_ms=latency, concurrency=concurrency, bound_s=bound,
                              peak_in_flight=audit.get("peak_in_flight"),
                              portal_cpu_ms_per_request=1000.0 * (portal.cpu_seconds() - portal_cpu) / args.pages)
                if "wall_s" in result and "cpu_s" in result:
                    result.update(wall_over_bound=(result["wall_s"] / bound) if bound else None,
                                  requests_per_s=args.pages / result["wall_s"],
                                  cpu_ms_per_request=1000.0 * result["cpu_s"] / args.pages,
                                  cpu_s_per_1000_requests=1000.0 * result["cpu_s"] / args.pages)
                    if result.get("rows") != args.pages * args.page_size:
                        FAILURES.append(f"scrape {name} L={latency} C={concurrency}: {result.get('rows')} rows, "
                                        f"expected {args.pages * args.page_size}")
                rows.append(result)
                sys.stderr.write(f"  scrape {name:<11} L={latency:<3} C={concurrency:<3} "
                                 f"wall {result.get('wall_s', float('nan')):.3f} s\n")
    return rows


def release_point(args, history_dir=None, recheck=True):
    """Release: tickets with jittered latency and real constraints, makespan against the lower bound."""
    with Portal(args.build_dir, tickets=args.release_tickets, page_size=50, release_latency_ms=args.release_latency,
                jitter=0.3, fail_rate=0, seed=11) as portal:
        argv = [os.path.join(args.build_dir, "bench", "bench_release"), "--base-url", portal.url,
                "--concurrency", str(args.release_concurrency), "--latency-ms", str(args.release_latency)]
        if history_dir:
            argv += ["--history-dir", history_dir]
        if not recheck:
            argv += ["--no-recheck"]
        result = run_json(argv)
        audit = portal.audit()
        result.update(peak_release_in_flight=audit.get("peak_release_in_flight"),
                      portal_releases=len(audit.get("releases", [])),
                      violations=len(audit.get("violations", [])), duplicates=len(audit.get("duplicates", [])))
        if result["violations"] or result["duplicates"]:
            FAILURES.append(f"release: the portal saw {result['violations']} constraint violations and "
                            f"{result['duplicates']} duplicate releases")
        return result


def local_driver(args, name, extra=()):
    argv = [os.path.join(args.build_dir, "bench", name)] + (["--quick"] if args.quick else []) + list(extra)
    return run_json(argv)


def machine():
    info = {"platform": platform.platform(), "cpus": os.cpu_count(), "python": platform.python_version(),
            "hostname": platform.node(), "load_average_at_start": os.getloadavg()}
    try:
        with open("/proc/cpuinfo") as cpuinfo:
            info["cpu"] = next(line.split(":", 1)[1].strip() for line in cpuinfo if line.startswith("model name"))
    except (OSError, StopIteration):
        pass
    return info


def fmt(value, spec=".3f", missing="—"):
    return format(value, spec) if isinstance(value, (int, float)) and not isinstance(value, bool) else missing


def print_scrape_table(rows, pages):
    print(f"\n## Scrape: {pages} list pages (wall ÷ bound, lower is better; bound = ceil(N/C)·L)")
    print(f"{'client':<12} {'C':>4} {'L ms':>5} {'wall s':>8} {'÷ bound':>8} {'req/s':>8} {'CPU ms/req':>10} "
          f"{'peak':>5} {'rows':>7} {'portal CPU ms/req':>18}")
    for row in rows:
        peak = row.get("peak_in_flight")
        mark = "" if peak == row["concurrency"] else "!"  # "!": the portal never saw C in flight
        print(f"{row['client']:<12} {row['concurrency']:>4} {row['latency_ms']:>5} {fmt(row.get('wall_s')):>8} "
              f"{fmt(row.get('wall_over_bound')):>8} {fmt(row.get('requests_per_s'), '.0f'):>8} "
              f"{fmt(row.get('cpu_ms_per_request')):>10} {str(peak) + mark:>5} {row.get('rows', '—')!s:>7} "
              f"{fmt(row.get('portal_cpu_ms_per_request')):>18}")
    print("(peak = the portal's observed peak in-flight count for that client; '!' marks peak != C)")
    print("\nReleaseDesk against the reference clients in the same run "
          "(ReleaseDesk ÷ reference; wall < 1 means ReleaseDesk is faster, CPU < 1 means it uses less):")
    for (latency, concurrency), clients in group_points(rows).items():
        ours = clients.get("releasedesk", {})
        parts = []
        for name, other in clients.items():
            if name == "releasedesk":
                continue
            if ours.get("wall_s") and other.get("wall_s") and other.get("cpu_s"):
                parts.append(f"{name}: wall {ours['wall_s'] / other['wall_s']:.3f}, CPU {ours['cpu_s'] / other['cpu_s']:.2f}")
            else:
                parts.append(f"{name}: —")
        print(f"  L={latency} ms C={concurrency}: " + "; ".join(parts))
    zero = [row for row in rows if row["latency_ms"] == 0 and row.get("wall_s")]
    if zero:
        print("\nL=0 (pure overhead):")
        for row in zero:
            print(f"  {row['client']:<12} C={row['concurrency']:<3} {row['requests_per_s']:>8.0f} req/s, "
                  f"{row['cpu_s_per_1000_requests']:.3f} CPU s per 1000 requests")


def group_points(rows):
    by_point = {}
    for row in rows:
        by_point.setdefault((row["latency_ms"], row["concurrency"]), {})[row["client"]] = row
    return by_point


def print_release(result, label):
    print(f"\n## Release{label}: {result.get('tickets', '—')} tickets, C={result.get('concurrency', '—')}, "
          f"L={result.get('latency_ms', '—')} ms ±30% (history in {result.get('history_dir', '—')}, "
          f"re-check {'on' if result.get('recheck') else 'off'})")
    print(f"  makespan {fmt(result.get('makespan_s'))} s, planner lower bound {fmt(result.get('lower_bound_s'))} s "
          f"→ makespan ÷ lower bound {fmt(result.get('makespan_over_bound'))}; plan estimate "
          f"{fmt(result.get('plan_estimate_s'))} s")
    print(f"  {result.get('planned', '—')} planned in {result.get('batches', '—')} batches / {result.get('steps', '—')} steps "
          f"(lower bound {result.get('lower_bound_batches', '—')}), {result.get('held', '—')} held; "
          f"released {result.get('released', '—')}, failed {result.get('failed', '—')}, unknown {result.get('unknown', '—')}, "
          f"skipped {result.get('skipped', '—')}; CPU {fmt(result.get('cpu_s'))} s")
    print(f"  portal: {result.get('portal_releases')} release calls, peak release in flight "
          f"{result.get('peak_release_in_flight')}, {result.get('violations')} violations, "
          f"{result.get('duplicates')} duplicates")


def print_parse(result):
    print(f"\n## Parse: {result.get('pages', '—')} pages × {result.get('page_size', '—')} rows "
          f"({fmt(result.get('page_kb'), '.1f')} KB each), profile {result.get('profile', '—')}")
    print(f"  one thread: {fmt(result.get('rows_per_s'), '.0f')} rows/s ({fmt(result.get('ms_per_page'))} ms per page, "
          f"{fmt(result.get('mb_per_s'), '.2f')} MB/s); QtConcurrent on {result.get('threads', '—')} threads: "
          f"{fmt(result.get('parallel_rows_per_s'), '.0f')} rows/s")


def print_models(result):
    print(f"\n## Models: {result.get('tickets', '—')} tickets")
    for key, value in result.items():
        if key.endswith("_ms"):
            print(f"  {key[:-3]:<28} {fmt(value, '.1f'):>10} ms")
    print(f"  peak RSS {fmt(result.get('peak_rss_mb'), '.1f')} MB (tickets alone {fmt(result.get('tickets_rss_mb'), '.1f')} MB)")


def print_planner(result):
    print("\n## Planner")
    print(f"  {'tickets':>8} {'plan ms':>9} {'validate ms':>12} {'batches':>8} {'steps÷bound':>12} {'makespan÷bound':>15}")
    for point in result.get("points", []):
        print(f"  {point.get('tickets', '—'):>8} {fmt(point.get('plan_ms'), '.1f'):>9} {fmt(point.get('validate_ms'), '.1f'):>12} "
              f"{point.get('batches', '—'):>8} {fmt(point.get('steps_over_bound')):>12} {fmt(point.get('makespan_over_bound')):>15}")


def print_responsiveness(result):
    print(f"\n## Responsiveness: GUI event-loop stalls (2 ms timer), real MainWindow offscreen, L={result.get('latency_ms', '—')} ms")
    for key, label in (("scrape", f"scraping {result.get('pages', '—')} pages ({result.get('rows', '—')} rows)"),
                       ("plan", "planning them"), ("release", f"releasing {result.get('release_tickets', '—')} tickets")):
        phase = result.get(key, {})
        print(f"  {label:<36} max {fmt(phase.get('max_stall_ms'), '.1f'):>7} ms, p99 {fmt(phase.get('p99_stall_ms'), '.1f'):>7} ms, "
              f"{phase.get('stalls_over_50ms', '—')} gaps over 50 ms")


def check_figures(results, args):
    """Every figure the issue asks for is there (not whether it meets its target): the CTest check."""
    missing = []

    def need(ok, what):
        if not ok:
            missing.append(what)

    if "scrape" in results:
        for (latency, concurrency), clients in group_points(results["scrape"]).items():
            for name in ("releasedesk", "aiohttp", "threadpool"):
                row = clients.get(name, {})
                need(isinstance(row.get("wall_s"), (int, float)) and isinstance(row.get("cpu_ms_per_request"), float)
                     and row.get("peak_in_flight") is not None, f"scrape {name} L={latency} C={concurrency}")
                if latency > 0:
                    need(row.get("wall_over_bound") is not None, f"scrape {name} L={latency} C={concurrency}: ratio to bound")
        need(any(row["latency_ms"] == 0 for row in results["scrape"]), "scrape at L=0")
    if "release" in results:
        need(isinstance(results["release"].get("makespan_over_bound"), float), "release makespan ÷ lower bound")
    if "parse" in results:
        need(isinstance(results["parse"].get("rows_per_s"), float), "parse rows/s")
    if "models" in results:
        keys = " ".join(results["models"])
        for word in ("insert", "sweep", "sort", "filter", "peak_rss"):
            need(word in keys, f"models {word}")
    if "planner" in results:
        need(bool(results["planner"].get("points")), "planner points")
    if "responsiveness" in results:
        for phase in ("scrape", "release"):
            need(isinstance(results["responsiveness"].get(phase, {}).get("max_stall_ms"), float)
                 and "p99_stall_ms" in results["responsiveness"].get(phase, {}), f"responsiveness {phase} stalls")
    return missing


def print_targets(results):
    """The issue's targets against this run's figures: reported, never asserted (the machine is shared)."""
    lines = []

    def target(ok, text):
        if ok is None:
            lines.append(f"  [ n/a ] {text}")
        else:
            lines.append(f"  [{' met ' if ok else 'SHORT'}] {text}")

    for (latency, concurrency), clients in group_points(results.get("scrape", [])).items():
        ours = clients.get("releasedesk", {})
        if latency > 0 and ours.get("wall_over_bound"):
            limit = 1.02 if concurrency <= 10 else 1.05
            target(ours["wall_over_bound"] <= limit,
                   f"scrape L={latency} C={concurrency}: wall ÷ bound {ours['wall_over_bound']:.3f} (target ≤ {limit})")
        for name in ("aiohttp", "threadpool"):
            other = clients.get(name, {})
            if ours.get("wall_s") and other.get("wall_s"):
                target(ours["wall_s"] < other["wall_s"],
                       f"scrape L={latency} C={concurrency}: faster than {name} ({ours['wall_s']:.3f} s vs {other['wall_s']:.3f} s)")
        aio = clients.get("aiohttp", {})
        if ours.get("cpu_ms_per_request") and aio.get("cpu_ms_per_request"):
            target(ours["cpu_ms_per_request"] <= aio["cpu_ms_per_request"],
                   f"scrape L={latency} C={concurrency}: CPU {ours['cpu_ms_per_request']:.3f} ms/request vs aiohttp "
                   f"{aio['cpu_ms_per_request']:.3f} (target ≤ aiohttp)")
        for name, row in clients.items():
            if latency > 0 and row.get("peak_in_flight") is not None:
                target(row["peak_in_flight"] == concurrency,
                       f"scrape L={latency} C={concurrency}: {name} peak in flight {row['peak_in_flight']} (must equal C)")
    release = results.get("release", {})
    if release.get("makespan_over_bound"):
        target(release["makespan_over_bound"] <= 1.10,
               f"release: makespan ÷ lower bound {release['makespan_over_bound']:.3f} (target ≤ 1.10)")
    models = results.get("models", {})
    if models.get("peak_rss_mb"):
        target(models["peak_rss_mb"] < 200, f"models: peak RSS {models['peak_rss_mb']:.1f} MB with "
                                             f"{models.get('tickets')} tickets (target < 200 MB)")
    resp = results.get("responsiveness", {})
    for phase in ("scrape", "release"):
        stall = resp.get(phase, {}).get("max_stall_ms")
        if stall is not None:
            target(stall < 50, f"GUI stall while {phase}: max {stall:.1f} ms, p99 "
                               f"{resp[phase].get('p99_stall_ms', 0):.1f} ms (target < 50 ms)")
    print("\n## Targets of issue 9 (reported, not asserted)")
    print("\n".join(lines) if lines else "  (nothing measured)")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build-dir", default=os.path.join(os.path.dirname(HERE), "build"))
    parser.add_argument("--quick", action="store_true", help="tiny sizes, so CTest can run it")
    parser.add_argument("--out", default=None, help="JSON file for every figure (default bench/results/TIMESTAMP.json)")
    parser.add_argument("--only", default="scrape,release,parse,models,planner,responsiveness")
    parser.add_argument("--pages", type=int, default=None, help="scrape: list pages per point (default 1000)")
    args = parser.parse_args()
    if args.quick:
        args.pages, args.page_size = 20, 20
        args.scrape_points = [(10, 6), (0, 10)]
        args.release_tickets, args.release_latency, args.release_concurrency = 40, 10, 6
    else:
        args.pages, args.page_size = args.pages or 1000, 20
        args.scrape_points = [(50, 10), (50, 6), (50, 50), (50, 100), (0, 10)]
        args.release_tickets, args.release_latency, args.release_concurrency = 500, 50, 10
    only = set(args.only.split(","))

    results = {"machine": machine(), "quick": args.quick, "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
               "command": " ".join([os.path.basename(sys.argv[0])] + sys.argv[1:])}
    if "scrape" in only:
        results["scrape"] = scrape_points(args)
        print_scrape_table(results["scrape"], args.pages)
    if "release" in only:
        results["release"] = release_point(args)
        print_release(results["release"], "")
        # The same run with the history on tmpfs isolates what the durable intent (fsync) costs.
        if not args.quick and os.path.isdir("/dev/shm"):
            results["release_tmpfs_history"] = release_point(args, history_dir="/dev/shm")
            print_release(results["release_tmpfs_history"], " (history on tmpfs: fsync cost removed)")
        # And without the re-check before each batch (the app's default is on): what it costs.
        if not args.quick:
            results["release_no_recheck"] = release_point(args, recheck=False)
            print_release(results["release_no_recheck"], " (re-check off: its cost removed)")
    printers = {"parse": print_parse, "models": print_models, "planner": print_planner,
                "responsiveness": print_responsiveness}
    for name, printer in printers.items():
        if name in only:
            results[name] = local_driver(args, "bench_" + name)
            printer(results[name])

    print_targets(results)
    missing = check_figures(results, args)
    results["machine"]["load_average_at_end"] = os.getloadavg()
    results["failures"] = FAILURES + [f"missing figure: {what}" for what in missing]
    out = args.out or os.path.join(HERE, "results", time.strftime("%Y%m%d-%H%M%S") + ("-quick" if args.quick else "") + ".json")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w") as handle:
        json.dump(results, handle, indent=1)
    print(f"\nEvery figure: {out}")
    if results["failures"]:
        print("\nFAILED: " + "\n        ".join(results["failures"]))
        sys.exit(1)


if __name__ == "__main__":
    main()
