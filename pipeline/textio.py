"""Bytes -> text: encoding detection and the only normalisation SPEC allows.

UTF-8 (BOM stripped) is tried first; UTF-16/32 are recognised by their BOM; anything else goes
to `charset_normalizer`, with a preference for cp1252 among single-byte Western encodings (a
French cp1252 file is often mis-guessed as another code page on short texts). Then CRLF and
lone CR become LF. Binary data (NUL bytes, control characters) is refused.
"""
from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
_WESTERN = {"cp1252", "windows-1252", "latin_1", "iso8859_1", "iso8859_15", "cp1250",
            "mac_roman", "cp850", "cp437", "iso8859_2", "ascii"}
_CONTROL_OK = {"\n", "\r", "\t", "\f"}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we can trust."""


def decode_bytes(data: bytes) -> str:
    """Decode an article's bytes and normalise line ends; raise DecodeError if not text."""
    text = _decode(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _control_ratio(text) > 0.01:
        raise DecodeError("binary file (control characters in the content)")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(f"invalid {encoding} after its byte-order mark: {exc}") from exc
    if b"\x00" in data[:8192]:
        raise DecodeError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_legacy(data: bytes) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise DecodeError("undecodable file: no text encoding fits its bytes")
    encoding = best.encoding.lower()
    if encoding in _WESTERN or encoding.startswith(("iso8859", "cp125", "mac")):
        for candidate in ("cp1252", "latin-1"):
            try:
                return data.decode(candidate)
            except UnicodeDecodeError:
                continue
    return str(best)


def _control_ratio(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in _CONTROL_OK)
    bad += sample.count("\ufffd")
    return bad / len(sample)
