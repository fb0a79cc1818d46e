#!/usr/bin/python3
"""Reference client 1: asyncio + one aiohttp.ClientSession, TCPConnector(limit=C), asyncio.gather."""
import asyncio
import time

import aiohttp

import common


async def main(args):
    connector = aiohttp.TCPConnector(limit=args.concurrency)
    # unsafe=True: aiohttp's default jar drops cookies set by an IP-address host (127.0.0.1),
    # which is what anyone pointing this script at a loopback portal has to add.
    jar = aiohttp.CookieJar(unsafe=True)
    async with aiohttp.ClientSession(connector=connector, cookie_jar=jar) as session:
        async with session.get(f"{args.base_url.rstrip('/')}/login") as reply:
            form = common.login_form(await reply.text(), args.user, args.password)
        async with session.post(f"{args.base_url.rstrip('/')}/login", data=form) as reply:
            await reply.read()
            if "/login" in str(reply.url):
                raise SystemExit("login failed")

        async def fetch(number):
            async with session.get(common.page_url(args.base_url, number)) as reply:
                text = await reply.text()
                return common.count_rows(text) if reply.status == 200 else -1

        started, cpu_started = time.perf_counter(), common.cpu_seconds()
        results = await asyncio.gather(*(fetch(n) for n in range(1, args.pages + 1)))
        common.report("aiohttp", args, started, cpu_started,
                      sum(r for r in results if r > 0), sum(1 for r in results if r < 0))


if __name__ == "__main__":
    asyncio.run(main(common.parse_args(__doc__)))
