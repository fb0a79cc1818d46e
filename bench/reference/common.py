"""Shared by the reference clients: arguments, login form handling, row counting, the result line.

These are the scripts an engineer writes by hand for this job; bench/run measures ReleaseDesk
against them in the same run.
"""
import argparse
import hashlib
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


# The demo profile's columns, found by header text once per page, read by position in each row:
# the way the site profile tells ReleaseDesk to read them.
HEADERS = {"id": "单号", "application": "应用", "version": "版本", "environment": "环境", "submitter": "提交人",
           "dependencies": "依赖", "concurrent": "可并行", "status": "状态", "release": "操作"}
TABLE = "//table[@id='tickets']"
ROWS = TABLE + "/tbody/tr[td and not(contains(@class, 'summary'))]"
HEADER_CELLS = TABLE + "/thead//th"
PAGE_COUNT = re.compile(r"/\s*(\d+)")
NONE = {"—", "-", ""}
PENDING = {"待上线"}
YES = {"是"}


def clean(text):
    """Cell text as a person reads it: &nbsp; and runs of white space collapsed, ends trimmed."""
    return " ".join((text or "").split())


def header_xpaths(header_texts):
    """One XPath per field, by the position of its header on this page (1-based, as XPath counts)."""
    texts = [clean(text) for text in header_texts]
    return {field: f"td[{texts.index(name) + 1}]" for field, name in HEADERS.items()}


def ticket(values):
    """A ticket dict from the cleaned cell texts (and the release link) of one row."""
    deps = values["dependencies"]
    return {
        "id": values["id"], "application": values["application"], "version": values["version"],
        "environment": values["environment"], "submitter": values["submitter"],
        "dependencies": [] if deps in NONE else [d.strip() for d in deps.split(",") if d.strip()],
        "concurrent": values["concurrent"] in YES, "status": values["status"],
        "pending": values["status"] in PENDING, "release_url": values.get("release"),
    }


def page_count(pager_text):
    match = PAGE_COUNT.search(pager_text or "")
    return int(match.group(1)) if match else 1


def digest(tickets):
    """Fingerprint of the rows read: bench/run compares it between clients and with the portal's
    own list (/_tickets), so "same rows" means the same fields, not only the same count."""
    lines = sorted((int(t["id"]), "\t".join([str(t["id"]), t["application"], t["version"], t["environment"],
                                            t["submitter"], ",".join(str(d) for d in t["dependencies"]),
                                            "1" if t["concurrent"] else "0"]))
                   for t in tickets)
    return hashlib.sha1("".join(line + "\n" for _, line in lines).encode()).hexdigest()[:16]


def cpu_seconds():
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def report(client, args, started, cpu_started, rows, failures, **extra):
    # extra may hold wall_s and cpu_s measured by the client itself at the job's end.
    wall = time.perf_counter() - started
    print(json.dumps(dict({
        "client": client,
        "pages": args.pages,
        "concurrency": args.concurrency,
        "wall_s": wall,
        "cpu_s": cpu_seconds() - cpu_started,
        "rows": rows,
        "failures": failures,
    }, **extra)))
