"""JSON Lines of already-structured records, as scrapers export them (e.g. Scrapy feeds).

One JSON object a line. Key names vary between scrapers, so each field is looked up under
the names commonly used for it, English or Chinese.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from generator.ingest.bounded import head_and_tail
from generator.ingest.records import MAX_PAGES, Notice, Rejected, http_url, parse_count, parse_date
from generator.model import ListingItem
from generator.normalize import clean_item, strip_invisible

FIELDS = {
    "title": ("title", "name", "report_title", "reportTitle", "report_name", "headline",
              "研报名称", "报告名称", "标题"),
    "date": ("date", "publish_date", "publishDate", "publish_time", "publishTime", "pub_date", "pubdate", "published",
             "time", "发布时间", "发布日期", "日期"),
    "views": ("views", "view_count", "viewCount", "read_count", "readCount", "clicks", "hits", "浏览量", "阅读量"),
    "pages": ("pages", "page_count", "pageCount", "page_num", "pageNum", "attachPages", "页数"),
    "text": ("text", "preview", "content", "summary", "abstract", "desc", "预览"),
    "url": ("url", "link", "href", "source_url", "detail_url", "pdf_url", "file_url", "研报地址", "链接"),
    "publisher": ("publisher", "publishers", "org", "org_name", "orgName", "orgSName", "institution", "broker",
                  "机构名称", "机构", "发布机构"),
}


def _field(record: dict[str, object], name: str) -> object:
    return next((record[key] for key in FIELDS[name] if record.get(key) not in (None, "")), None)


def parse(text: str, file: str) -> Iterator[ListingItem | Rejected | Notice]:
    for number, line in enumerate(strip_invisible(text).split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, RecursionError) as exc:
            yield Rejected(number, "not valid JSON ({problem}); the line is skipped",
                           {"problem": getattr(exc, "msg", "nested too deeply")})
            continue
        if not isinstance(record, dict):
            yield Rejected(number, "expected a JSON object per line")
            continue
        title = _field(record, "title")
        if not isinstance(title, str) or not title.strip():
            yield Rejected(number, "no title (looked for {names}…)", {"names": ", ".join(FIELDS["title"][:4])})
            continue
        published = parse_date(_field(record, "date"))
        if published is None:
            yield Rejected(number, "no valid publish date (found {found!r})", {"found": _field(record, "date")})
            continue
        raw_url = _field(record, "url")
        url = http_url(raw_url)
        if raw_url and not url:
            yield Notice(number, "source URL {url!r} is not http(s); it is left out", {"url": str(raw_url)[:60]})
        preview = _field(record, "text")
        head, tail = head_and_tail(preview if isinstance(preview, str) else "")
        publisher = _field(record, "publisher")
        if isinstance(publisher, list):  # joint publishers as a list: ["德勤", "普华永道"]
            publisher = "、".join(p for p in publisher if isinstance(p, str))
        yield clean_item(ListingItem(
            file=file, line=number, title=title.strip(), head=head, tail=tail,
            date=published, views=parse_count(_field(record, "views")),
            pages=parse_count(_field(record, "pages"), MAX_PAGES) or None, url=url,
            publisher_hint=publisher.strip() if isinstance(publisher, str) and publisher.strip() else None,
        ))
