#!/usr/bin/python3
"""Peer 1: asyncio + aiohttp + lxml, what a person replacing ReleaseDesk writes by hand.

Logs in through the form, reads page 1, learns the page count from its pager, then fetches the
rest with TCPConnector(limit=C) and asyncio.gather, and reads every ticket's fields with lxml:
headers found by text once per page, each field by XPath at its header's position (td[n]).
"""
import asyncio
import time
from urllib.parse import urljoin

import aiohttp
import lxml.html

import common


def parse_page(text, url):
    root = lxml.html.fromstring(text)
    xpaths = common.header_xpaths(th.text_content() for th in root.xpath(common.HEADER_CELLS))
    tickets = []
    for row in root.xpath(common.ROWS):
        values = {field: common.clean(row.xpath(f"string({path})")) for field, path in xpaths.items()
                  if field != "release"}
        href = row.xpath(xpaths["release"] + "//a/@href")
        values["release"] = urljoin(url, href[0]) if href else None
        tickets.append(common.ticket(values))
    pages = common.page_count(root.xpath("string(//div[@class='pager']/span[@class='page'])"))
    return tickets, pages


async def main(args):
    base = args.base_url.rstrip('/')
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    # unsafe=True: aiohttp's default jar drops cookies set by an IP-address host (127.0.0.1).
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=jar) as session:
        async with session.get(f"{base}/login") as reply:
            form = common.login_form(await reply.text(), args.user, args.password)
        async with session.post(f"{base}/login", data=form) as reply:
            await reply.read()
            if "/login" in str(reply.url):
                raise SystemExit("login failed")

        async def fetch(number):
            url = common.page_url(args.base_url, number)
            async with session.get(url) as reply:
                if reply.status != 200:
                    return None, 0
                return parse_page(await reply.text(), str(reply.url))

        started, cpu_started = time.perf_counter(), common.cpu_seconds()
        first, pages = await fetch(1)
        if first is None:
            raise SystemExit("page 1 failed")
        rest = await asyncio.gather(*(fetch(n) for n in range(2, pages + 1)))
        tickets = first + [t for page, _ in rest if page for t in page]
        common.report("aiohttp+lxml", args, started, cpu_started, len(tickets),
                      sum(1 for page, _ in rest if page is None), digest=common.digest(tickets),
                      pages_read=pages)


if __name__ == "__main__":
    asyncio.run(main(common.parse_args(__doc__)))
