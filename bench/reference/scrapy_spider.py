#!/usr/bin/python3
"""Peer 2: a Scrapy spider (Debian's python3-scrapy), the framework people reach for.

Logs in with FormRequest.from_response (the form's hidden CSRF token carried over), reads page 1,
learns the page count from its pager and requests the rest; CONCURRENT_REQUESTS and
CONCURRENT_REQUESTS_PER_DOMAIN = C. Every row's fields come by XPath at its header's position
(td[n], headers found by text once per page) and are yielded as items, as a spider does.
"""
import os
import time

import scrapy
from scrapy.crawler import CrawlerProcess

import common


class TicketSpider(scrapy.Spider):
    name = "tickets"

    def __init__(self, args, **kwargs):
        super().__init__(**kwargs)
        self.args = args
        self.base = args.base_url.rstrip("/")
        self.tickets = []
        self.failures = 0
        self.pages = 0
        self.started = self.cpu_started = self.wall_s = self.cpu_s = None

    def start_requests(self):
        yield scrapy.Request(f"{self.base}/login", callback=self.login)

    def login(self, response):
        yield scrapy.FormRequest.from_response(
            response, formid="login-form",
            formdata={"username": self.args.user, "password": self.args.password},
            callback=self.logged_in)

    def logged_in(self, response):
        if "/login" in response.url:
            raise scrapy.exceptions.CloseSpider("login failed")
        self.started, self.cpu_started = time.perf_counter(), common.cpu_seconds()
        yield scrapy.Request(common.page_url(self.base, 1), callback=self.first_page, dont_filter=True,
                             errback=self.failed)

    def first_page(self, response):
        self.pages = common.page_count(response.xpath(
            "string(//div[@class='pager']/span[@class='page'])").get())
        for number in range(2, self.pages + 1):
            yield scrapy.Request(common.page_url(self.base, number), callback=self.parse, errback=self.failed)
        yield from self.parse(response)

    def parse(self, response):
        xpaths = common.header_xpaths(response.xpath(common.HEADER_CELLS).xpath("string(.)").getall())
        for row in response.xpath(common.ROWS):
            values = {field: common.clean(row.xpath(f"string({path})").get()) for field, path in xpaths.items()
                      if field != "release"}
            href = row.xpath(xpaths["release"] + "//a/@href").get()
            values["release"] = response.urljoin(href) if href else None
            item = common.ticket(values)
            self.tickets.append(item)
            yield item
        # The job ends with the last row read; closing the spider afterwards is the framework's
        # own time (counted in the process figures).
        self.wall_s = time.perf_counter() - self.started
        self.cpu_s = common.cpu_seconds() - self.cpu_started

    def failed(self, failure):
        self.failures += 1



def main(args):
    process = CrawlerProcess(settings={
        "CONCURRENT_REQUESTS": args.concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": args.concurrency,
        "ROBOTSTXT_OBEY": False,  # the portal has no robots.txt; asking would cost a request
        "LOG_LEVEL": os.environ.get("SCRAPY_LOG_LEVEL", "WARNING"),
        "TELNETCONSOLE_ENABLED": False,
        "RETRY_ENABLED": False,  # the other clients do not retry either
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",  # what Scrapy 2.7+ asks new spiders to set
    })
    crawler = process.create_crawler(TicketSpider)
    process.crawl(crawler, args=args)
    process.start()
    spider = crawler.spider
    if spider.started is None:
        raise SystemExit("login failed")
    common.report("scrapy", args, spider.started, spider.cpu_started, len(spider.tickets), spider.failures,
                  digest=common.digest(spider.tickets), pages_read=spider.pages, wall_s=spider.wall_s,
                  cpu_s=spider.cpu_s)


if __name__ == "__main__":
    main(common.parse_args(__doc__))
