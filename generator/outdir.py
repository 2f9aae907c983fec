"""Which directory a build may replace: never one holding the content, the templates, the
cache, the home directory or the file-system root, and never a directory of other files than
a site this generator built (write.py then replaces it atomically)."""

from __future__ import annotations

from pathlib import Path

from generator.cachedir import BuildCache, UnsafeOutput, state_of

LEGACY_MARKER = ".digest-site"  # written into sites by earlier versions
SITE_FILES = ("index.html", "feeds.opml", "robots.txt")  # a directory holding all three is a built site


def built_from(out: Path, cache: BuildCache) -> str | None:
    """The fingerprint of the inputs the site in `out` was built from, if the cache records
    the build of this very directory."""
    state = state_of(cache.current(), out)
    fingerprint = state.get("fingerprint") if state else None
    return fingerprint if isinstance(fingerprint, str) and fingerprint else None


def _looks_built(out: Path, cache: BuildCache) -> bool:
    if (out / LEGACY_MARKER).is_file() or built_from(out, cache) is not None:
        return True
    return all((out / name).is_file() for name in SITE_FILES)


def check_output_dir(out: Path, content: Path, cache: Path | None = None,
                     templates: Path | None = None) -> None:
    """Refuse an output directory whose replacement would destroy or publish anything but a
    site built here: the root, home or current directory, one holding or inside the content,
    the templates or the cache, or a directory of other files."""
    out, content = out.resolve(), content.resolve()
    forbidden = {Path("/"), Path.home().resolve(), Path.cwd().resolve()}
    if out in forbidden or out == content or out in content.parents:
        raise UnsafeOutput(f"refusing to build into {out}: it is the content, home, current or root directory")
    if content.is_relative_to(out):
        raise UnsafeOutput(f"refusing to build into {out}: it contains the content directory")
    if out.is_relative_to(content):
        raise UnsafeOutput(f"refusing to build into {out}: it is inside the content directory {content}")
    for name, other in (("templates", templates), ("cache", cache)):
        if other is not None and (out.is_relative_to(other.resolve()) or other.resolve().is_relative_to(out)):
            raise UnsafeOutput(f"refusing to build into {out}: it holds or is inside the {name} directory {other}")
    if out.is_symlink() or (out.exists() and not out.is_dir()):
        raise UnsafeOutput(f"refusing to replace {out}: it is not a directory")
    if cache is not None and cache.resolve().is_relative_to(content):
        raise UnsafeOutput(f"refusing to keep the build cache in {cache}: it is inside the content directory "
                           f"{content}, whose files are read as content")


def check_replaceable(out: Path, cache: BuildCache) -> None:
    """Refuse to replace a directory of files that is not a site this generator built."""
    out = out.resolve()
    if out.is_dir() and any(out.iterdir()) and not _looks_built(out, cache):
        raise UnsafeOutput(
            f"refusing to replace {out}: it exists and is not a site built by this generator "
            f"(no record of it in the cache and no {', '.join(SITE_FILES)}); choose another --out "
            "or remove it yourself"
        )
