"""Links that work wherever the site is served: `https://host/`, or `https://user.github.io/repo/`."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit


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
