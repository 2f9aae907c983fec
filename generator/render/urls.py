"""Links that work wherever the site is served: `https://host/`, or `https://user.github.io/repo/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

_URL_UNSAFE = frozenset(" \t\n\r\"'<>\\`")


def base_url_problem(url: str) -> str | None:
    """Why `url` cannot be the site's base URL (it is put into every page and feed), or None."""
    try:
        parts = urlsplit(url)
    except ValueError as exc:
        return f"base URL {url!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https") or not parts.netloc or _URL_UNSAFE & set(url):
        return f"base URL {url!r} must be an http(s) URL like https://user.github.io/repo/"
    try:
        parts.port  # noqa: B018 -- raises on a port out of range or not a number
    except ValueError:
        return f"base URL {url!r} has an invalid port"
    if "?" in url or "#" in url or "@" in parts.netloc or not parts.hostname:
        return f"base URL {url!r} may not hold a query (?), a fragment (#) or a user name (@)"
    return None


@dataclass(frozen=True)
class Urls:
    base_url: str

    @cached_property
    def base_path(self) -> str:
        path = urlsplit(self.base_url).path or "/"
        return path if path.endswith("/") else path + "/"

    def path(self, target: str) -> str:
        """Root-relative link with the base path, so it works at any page depth and in 404.html."""
        return self.base_path + target.removeprefix("/").removesuffix("index.html")

    def absolute(self, target: str) -> str:
        return self.base_url + target.removeprefix("/").removesuffix("index.html")
