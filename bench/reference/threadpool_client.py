#!/usr/bin/python3
"""Reference client 2: ThreadPoolExecutor(max_workers=C), one requests.Session per thread."""
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import requests

import common


def main(args):
    base = args.base_url.rstrip('/')
    # Log in once; every worker's session starts from the same cookies.
    login = requests.Session()
    form = common.login_form(login.get(f"{base}/login").text, args.user, args.password)
    answer = login.post(f"{base}/login", data=form)
    if "/login" in answer.url:
        raise SystemExit("login failed")
    cookies = login.cookies.get_dict()

    local = threading.local()

    def session():
        if not hasattr(local, "session"):
            local.session = requests.Session()
            local.session.cookies.update(cookies)
        return local.session

    def fetch(number):
        reply = session().get(common.page_url(args.base_url, number))
        return common.count_rows(reply.text) if reply.status_code == 200 else -1

    started, cpu_started = time.perf_counter(), common.cpu_seconds()
    with ThreadPoolExecutor(max_workers=args.concurrency) as pool:
        results = list(pool.map(fetch, range(1, args.pages + 1)))
    common.report("threadpool", args, started, cpu_started,
                  sum(r for r in results if r > 0), sum(1 for r in results if r < 0))


if __name__ == "__main__":
    main(common.parse_args(__doc__))
