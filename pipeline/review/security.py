"""A pure ASGI middleware that keeps the workbench a local, single-origin tool.

- Host must be one of the server's own names (`127.0.0.1:<port>`, `localhost:<port>`):
  defeats DNS-rebinding pages that would otherwise reach the local port (400).
- State-changing requests (anything but GET/HEAD) must come from the workbench itself:
  an `Origin` header, when present, must be the server's own origin, and `Sec-Fetch-Site`,
  when present, must be `same-origin` (403); the body must be JSON (415), which a cross-site
  HTML form cannot send without a CORS preflight that this server never grants.
- Bodies are capped (`max_body` bytes, 413), whether or not Content-Length is given.
- Every response carries a strict Content-Security-Policy (scripts and styles from the server
  only, no inline script), `nosniff`, no referrer, no framing, and `no-store` caching.
"""
from __future__ import annotations

import json

SAFE_METHODS = ("GET", "HEAD")
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cache-control", b"no-store"),
]


def local_hosts(port: int) -> set[str]:
    """The Host header values a browser sends to the workbench on `port`."""
    return {f"127.0.0.1:{port}", f"localhost:{port}"}


class LocalOnlyMiddleware:
    """See the module docstring."""

    def __init__(self, app, allowed_hosts: set[str], max_body: int = 64 * 1024):
        self.app = app
        self.allowed_hosts = set(allowed_hosts)
        self.allowed_origins = {f"http://{h}" for h in self.allowed_hosts}
        self.max_body = max_body

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        problem = self._refusal(scope["method"], headers)
        if problem is None and scope["method"] not in SAFE_METHODS:
            body, too_big = await _read_body(receive, self.max_body)
            if too_big:
                problem = (413, f"request body larger than {self.max_body} bytes")
            else:
                receive = _replay(body, receive)
        if problem is not None:
            return await _error(send, *problem)
        await self.app(scope, receive, _with_headers(send))

    def _refusal(self, method: str, headers: dict[str, str]) -> tuple[int, str] | None:
        if headers.get("host") not in self.allowed_hosts:
            return 400, "unknown Host header: this server only answers to its local address"
        if method in SAFE_METHODS:
            return None
        origin = headers.get("origin")
        if origin is not None and origin not in self.allowed_origins:
            return 403, f"cross-origin request refused (Origin {origin})"
        if headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
            return 403, "cross-site request refused (Sec-Fetch-Site)"
        if headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return 415, "send JSON (Content-Type: application/json)"
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            return 413, f"request body larger than {self.max_body} bytes"
        return None


async def _read_body(receive, limit: int) -> tuple[bytes, bool]:
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            break
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return b"", True
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks), False


def _replay(body: bytes, original):
    """A receive() that gives the buffered body once, then waits on the real channel."""
    sent = False

    async def receive():
        nonlocal sent
        if sent:
            return await original()
        sent = True
        return {"type": "http.request", "body": body, "more_body": False}
    return receive


def _with_headers(send):
    async def wrapped(message):
        if message["type"] == "http.response.start":
            message = dict(message)
            message["headers"] = list(message.get("headers", [])) + SECURITY_HEADERS
        await send(message)
    return wrapped


async def _error(send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    await _with_headers(send)({"type": "http.response.start", "status": status, "headers": [
        (b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
    await send({"type": "http.response.body", "body": body})
