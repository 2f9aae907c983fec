"""Turn the bytes of a scraped file into text, whatever encoding the scraper saved it in."""

from __future__ import annotations

import codecs
import re

from generator.i18n import Message
from generator.normalize import HANGUL

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class UndecodableFile(ValueError):
    """The file is binary or in no encoding we can read; the message says where and why."""


def _looks_utf16(data: bytes) -> str | None:
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even_nul = sample[0::2].count(0) / len(sample[0::2])
    odd_nul = sample[1::2].count(0) / len(sample[1::2])
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


STRAY_NULS = 16  # more NUL bytes than this make a file binary


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode(data: bytes) -> tuple[str, str, str | None]:
    """Return (text, encoding name, warning or None). Raise UndecodableFile for binary input.

    Tried in order: a byte-order mark, UTF-16 without one, UTF-8, CP949 (a superset of
    EUC-KR, as Korean sites and Excel on a Korean system save text) where it reads as Korean,
    then GB18030 (a superset of GBK and GB2312, the usual encodings of Chinese sites). A mostly-UTF-8 file with a few
    bad bytes (a scrape cut off mid-character) is read with them replaced, and a warning.
    Line ends come out as `\n`; invisible characters stay in, for each reader to remove as
    its format allows (a text dump need not scan the preview text it throws away).
    """
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    encoding = encoding or _looks_utf16(data)
    if encoding:
        try:
            return _finish(data.decode(encoding)), encoding, None
        except UnicodeDecodeError as exc:
            raise UndecodableFile(Message("invalid {encoding} at byte {byte}", encoding=encoding,
                                          byte=exc.start)) from None
    stray = None
    if b"\x00" in data:
        offset, count = data.index(b"\x00"), data.count(b"\x00")
        # A few stray NUL bytes (a scraper's glitch) in what is text without them are removed,
        # and every item stays; anything else is binary.
        if count > STRAY_NULS or not _is_utf8(cleaned := data.replace(b"\x00", b"")):
            raise UndecodableFile(Message("binary data ({count} NUL byte(s), the first at byte {byte}); "
                                          "expected a text listing", count=count, byte=offset))
        line = data.count(b"\n", 0, offset) + 1
        stray = Message("{count} NUL byte(s) removed, the first on line {line} (byte {byte})",
                        count=count, line=line, byte=offset)
        data = cleaned
    try:
        return _finish(data.decode("utf-8")), "utf-8", stray
    except UnicodeDecodeError as utf8_error:
        if (korean := _korean(data)) is not None:
            return _finish(korean), "cp949", None
        try:
            return _finish(data.decode("gb18030")), "gb18030", None
        except UnicodeDecodeError:
            text = data.decode("utf-8", errors="replace")
            bad = text.count("\ufffd")
            if bad <= max(16, len(text) // 100):
                line = data.count(b"\n", 0, utf8_error.start) + 1
                return _finish(text), "utf-8", Message(
                    "{bad} undecodable byte(s), the first on line {line} (byte {byte}), shown as �; "
                    "re-save the file as UTF-8", bad=bad, line=line, byte=utf8_error.start)
            raise UndecodableFile(Message("neither UTF-8 nor GB18030 (first bad byte at {byte}); re-save the file "
                                          "as UTF-8", byte=utf8_error.start)) from None


# A Korean file read as CP949 is Hangul where it is not ASCII, with a few Hanja at most; a
# Chinese GBK file read so turns about half its characters (those whose first byte is past
# the Hangul rows, 0xC9) into Hanja. Too few characters to tell apart are read as Chinese.
_MIN_KOREAN, _KOREAN_SHARE = 8, 0.9
_SAMPLE = 65536  # bytes the test reads: the file's start tells Korean from Chinese as well as the whole
_WIDE = re.compile("[^\x00-\u02ff]")
_HANGUL = re.compile(f"[{HANGUL}]")


def _korean(data: bytes) -> str | None:
    """The text of a CP949 (EUC-KR) file, if the bytes read so as Korean; else None."""
    sample = data[:_SAMPLE]
    if len(data) > _SAMPLE:  # (cut after an ASCII byte: never inside a character)
        sample = sample[: max(sample.rfind(b"\n"), 0) + 1] or sample
    try:
        head = sample.decode("cp949")
    except UnicodeDecodeError:
        return None
    hangul = len(_HANGUL.findall(head))
    if hangul < _MIN_KOREAN or hangul < _KOREAN_SHARE * len(_WIDE.findall(head)):
        return None
    try:
        return data.decode("cp949")
    except UnicodeDecodeError:
        return None


def _finish(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
