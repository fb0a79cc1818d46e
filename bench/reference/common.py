"""Shared by the reference clients: arguments, login form handling, row counting, the result line.

These are the scripts an engineer writes by hand for this job; bench/run measures ReleaseDesk
against them in the same run.
"""
import argparse
import html
import json
import re
import resource
import time

CSRF = re.compile(r'name="csrf_token"\s+value="([^"]*)"')
NEXT = re.compile(r'name="next"\s+value="([^"]*)"')
ROW = re.compile(r'<tr class="ticket"')


def parse_args(description):
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--pages", type=int, required=True)
    parser.add_argument("--concurrency", type=int, required=True)
    parser.add_argument("--user", default="demo")
    parser.add_argument("--password", default="demo")
    return parser.parse_args()


def login_form(page_text, user, password):
    """The login form's fields as a browser would post them (hidden CSRF token included)."""
    token = CSRF.search(page_text)
    nxt = NEXT.search(page_text)
    if not token:
        raise SystemExit("login page has no csrf_token field")
    form = {"username": user, "password": password, "csrf_token": html.unescape(token.group(1))}
    if nxt:
        form["next"] = html.unescape(nxt.group(1))
    return form


def page_url(base, number):
    return f"{base.rstrip('/')}/tickets?page={number}"


def count_rows(page_text):
    return len(ROW.findall(page_text))


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(client, args, started, cpu_started, rows, failures):
    wall = time.perf_counter() - started
    print(json.dumps({
        "client": client,
        "pages": args.pages,
        "concurrency": args.concurrency,
        "wall_s": wall,
        "cpu_s": cpu_seconds() - cpu_started,
        "rows": rows,
        "failures": failures,
    }))
