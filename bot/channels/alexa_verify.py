"""Verifying that a request to ``/voice/alexa`` really comes from Alexa, exactly as Amazon requires.

Amazon's rules for a skill hosted as a web service:

1. ``SignatureCertChainUrl`` must be ``https``, host ``s3.amazonaws.com`` (any case), a path that starts
   with ``/echo.api/`` (case-sensitive, after normalising ``..``), and port 443 if a port is given.
   We are stricter than the letter of the rule, because the URL we check must be the URL we fetch:
   no percent-escapes (``%2e%2e`` or ``%2f`` would be decoded by the fetch, after the check), no
   backslashes, no query and no fragment (each would make a fresh download per request).
2. The PEM chain at that URL: the signing certificate first; it must be within its validity dates,
   carry ``echo-api.amazon.com`` in its Subject Alternative Names, and chain to a trusted root CA.
3. ``Signature-256``: base64 RSA PKCS#1 v1.5 signature, with SHA-256, of the raw request body bytes.
   (The legacy SHA-1 ``Signature`` header is not accepted: Alexa sends ``Signature-256`` on every
   request, and SHA-1 signatures are forgeable in principle.)
4. ``request.timestamp`` within 150 seconds of now; 5. the application id is our skill's.

Fetching the chain is a network boundary, so the fetcher and the trust roots are injected: production
uses ``HttpsCertFetcher`` (aiohttp, with an on-disk cache keyed by URL) and the public roots; tests use a
locally generated CA. The cheap checks (headers, URL, timestamp, application id) run before anything is
fetched, so a replayed or foreign request costs no download, and new downloads are capped per minute
(the unsigned headers of anyone's request can name a URL). Only chains that validated are cached (in memory, at
most ``MEMORY_CACHE_SIZE``, each until the earliest ``notAfter`` of its certificates; on disk, mode
0600), and every check still runs on every request, whatever the source of the chain bytes.

One module over ~300 lines on purpose: the verification steps are one security argument, read
together.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import hashlib
import logging
import os
import posixpath
import re
import ssl
import time
import warnings
from collections import OrderedDict, deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from yarl import URL
from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.utils import CryptographyDeprecationWarning
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.verification import DNSName, PolicyBuilder, Store
from cryptography.x509.verification import VerificationError as ChainError

log = logging.getLogger(__name__)

CERT_URL_HEADER = "SignatureCertChainUrl"
SIGNATURE_HEADER = "Signature-256"
CERT_URL_SCHEME = "https"
CERT_URL_HOST = "s3.amazonaws.com"
CERT_URL_PATH_PREFIX = "/echo.api/"
CERT_URL_PORT = 443
SIGNING_SAN = "echo-api.amazon.com"
TIMESTAMP_TOLERANCE_S = 150.0
MAX_CHAIN_BYTES = 64 * 1024  # Amazon's chain is ~5 KB; anything far bigger is not a certificate chain
FETCH_TIMEOUT_S = 2.5  # leaves room for the bot inside Alexa's 8 s answer limit
MEMORY_CACHE_SIZE = 16
FAILED_FETCH_RETRY_S = 30.0  # a URL that failed is not fetched again for this long (no fetch amplification)
MAX_REMEMBERED_FAILURES = 256
# New downloads allowed per minute, whatever the URLs: the headers, timestamp and skill id of a request
# are not signed yet when its chain is fetched, so anyone can make us fetch; Alexa itself needs one
# download per certificate rotation.
MAX_DOWNLOADS_PER_MINUTE = 10
# Amazon's chain URLs are plain paths such as /echo.api/echo-api-cert-12.pem: anything else is refused.
_SAFE_PATH = re.compile(r"^/[A-Za-z0-9._~/-]*$")

_PEM_BLOCK = re.compile(rb"-----BEGIN CERTIFICATE-----.+?-----END CERTIFICATE-----", re.DOTALL)

Clock = Callable[[], float]


class VerificationFailed(Exception):
    """A request that must be refused; ``status`` and ``code`` go into the JSON error answer."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def _refuse(code: str, message: str, status: int = 401) -> VerificationFailed:
    return VerificationFailed(status, code, message)


# --- 1. the certificate URL -----------------------------------------------------------------------


def normalize_cert_url(url: str) -> str:
    """Check ``SignatureCertChainUrl`` against Amazon's rules; return the normalised URL to fetch.

    Normalising first means ``/echo.api/../echo.api/x.pem`` is accepted and ``/echo.api/../evil.pem``
    is not. Percent-escapes, backslashes, queries and fragments are refused outright, so nothing the
    HTTP client does afterwards (decoding, re-encoding) can change the path that was checked; the
    normalised URL is what gets fetched.
    """
    raw = url.strip()
    if "%" in raw or "\\" in raw:
        raise _refuse("bad_cert_url", "SignatureCertChainUrl must not contain percent-escapes or backslashes.")
    if "?" in raw or "#" in raw:
        raise _refuse("bad_cert_url", "SignatureCertChainUrl must not have a query or a fragment.")
    try:
        parts = urlsplit(raw)
        port = parts.port
    except ValueError as exc:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl is not a valid URL: {exc}") from exc
    if parts.scheme.lower() != CERT_URL_SCHEME:
        raise _refuse("bad_cert_url", "SignatureCertChainUrl must use https.")
    if (parts.hostname or "").lower() != CERT_URL_HOST or parts.username or parts.password:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl must be on host {CERT_URL_HOST}.")
    if port is not None and port != CERT_URL_PORT:
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl must use port {CERT_URL_PORT}.")
    if not _SAFE_PATH.match(parts.path):
        raise _refuse("bad_cert_url", "SignatureCertChainUrl path has characters a certificate URL never has.")
    path = posixpath.normpath(parts.path)
    if not path.startswith(CERT_URL_PATH_PREFIX) or path.startswith("//"):
        raise _refuse("bad_cert_url", f"SignatureCertChainUrl path must start with {CERT_URL_PATH_PREFIX}.")
    return urlunsplit(("https", CERT_URL_HOST, path, "", ""))


# --- fetching the chain ---------------------------------------------------------------------------


class CertFetcher(Protocol):
    """Returns the PEM bytes at an (already validated) certificate URL; raises on any failure."""

    async def fetch(self, url: str) -> bytes: ...


class HttpsCertFetcher:
    """Downloads chains over HTTPS (verified TLS), keeping a copy of each validated chain in ``cache_dir``.

    The disk copy survives restarts, so a fresh gateway does not depend on S3 to answer its first
    Alexa request. Files are named by the SHA-256 of the URL and written (mode 0600) only through
    ``remember``, which the verifier calls once a chain has validated: a forged or broken chain never
    reaches the disk. Operators may also place a chain there themselves; it is checked exactly like a
    downloaded one.

    ``fetch_root`` (tests only) replaces ``https://s3.amazonaws.com`` with a local server's origin;
    the path, which is what the URL check is about, is requested byte for byte as it was checked.
    """

    def __init__(self, cache_dir: Path | None = None, timeout_s: float = FETCH_TIMEOUT_S,
                 fetch_root: str | None = None, ssl_context: ssl.SSLContext | None = None) -> None:
        self._cache_dir = cache_dir
        self._timeout = aiohttp.ClientTimeout(total=timeout_s)
        self._session: aiohttp.ClientSession | None = None
        self._fetch_root = fetch_root.rstrip("/") if fetch_root else None
        self._ssl = ssl_context

    @staticmethod
    def cache_name(url: str) -> str:
        return hashlib.sha256(url.encode("utf-8")).hexdigest() + ".pem"

    async def fetch(self, url: str) -> bytes:
        cached = self._read_cache(url)
        if cached is not None:
            return cached
        return await self._download(url)

    def remember(self, url: str, data: bytes) -> None:
        """Keep a validated chain on disk (mode 0600, written atomically)."""
        if self._cache_dir is None:
            return
        try:
            self._cache_dir.mkdir(parents=True, exist_ok=True)
            final = self._cache_dir / self.cache_name(url)
            tmp = final.with_suffix(".tmp")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
            tmp.replace(final)
        except OSError as exc:
            log.warning("alexa_cert_cache_write_failed", extra={"error": type(exc).__name__})

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()

    def _read_cache(self, url: str) -> bytes | None:
        if self._cache_dir is None:
            return None
        path = self._cache_dir / self.cache_name(url)
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if 0 < len(data) <= MAX_CHAIN_BYTES else None

    def target(self, url: str) -> URL:
        """The URL requested: the checked one, marked already encoded so nothing decodes or re-encodes it."""
        if self._fetch_root is not None:
            url = self._fetch_root + urlsplit(url).path
        return URL(url, encoded=True)

    async def _download(self, url: str) -> bytes:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(timeout=self._timeout)
        context = self._ssl or _tls_context()
        target = self.target(url)
        async with self._session.get(target, allow_redirects=False,
                                     ssl=context if target.scheme == "https" else False) as resp:
            if resp.status != 200:
                raise OSError(f"certificate URL answered HTTP {resp.status}")
            data = await resp.content.read(MAX_CHAIN_BYTES + 1)
            while len(data) <= MAX_CHAIN_BYTES and not resp.content.at_eof():
                more = await resp.content.read(MAX_CHAIN_BYTES + 1 - len(data))
                if not more:
                    break
                data += more
        if len(data) > MAX_CHAIN_BYTES:
            raise OSError("certificate chain too large")
        return data


def _tls_context() -> ssl.SSLContext:
    """Verified TLS to S3, with the same CA bundle as everything else (works without a system bundle)."""
    bundle = _default_bundle()
    return ssl.create_default_context(cafile=str(bundle) if bundle else None)


# --- trust roots ----------------------------------------------------------------------------------


def load_trust_roots(pem_path: Path | None = None) -> list[x509.Certificate]:
    """Trusted root CAs: the PEM bundle at ``pem_path`` if given, else certifi's (Mozilla) bundle, else
    the system bundle. Amazon's signing chain ends at a public root, so the public roots are right."""
    path = pem_path or _default_bundle()
    if path is None:
        raise RuntimeError("no CA bundle found: set ALEXA_TRUSTED_ROOTS_PEM to a PEM file of root CAs")
    roots = _load_each(Path(path).read_bytes())
    if not roots:
        raise RuntimeError(f"no certificates in {path}")
    return roots


def _load_each(bundle: bytes) -> list[x509.Certificate]:
    """Load certificates one by one, so one malformed root in a system bundle (some carry serial numbers
    RFC 5280 forbids) costs that root only, not Alexa altogether."""
    roots: list[x509.Certificate] = []
    for block in _PEM_BLOCK.findall(bundle):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", CryptographyDeprecationWarning)
            try:
                roots.append(x509.load_pem_x509_certificate(block))
            except ValueError:
                continue
    return roots


def _default_bundle() -> Path | None:
    try:
        import certifi

        return Path(certifi.where())
    except ImportError:
        cafile = ssl.get_default_verify_paths().cafile
        return Path(cafile) if cafile else None


# --- 2. + 3. chain and signature ------------------------------------------------------------------


def check_signing_certificate(chain: list[x509.Certificate], roots: list[x509.Certificate], now: datetime) -> None:
    """Validity dates and SAN of the signing certificate, then the whole chain up to a trusted root.

    The explicit checks come first only so the refusal says precisely what is wrong; the path
    validation (RFC 5280 / Web PKI rules: signatures, CA flags, every certificate's dates, the SAN
    again) is the authority.
    """
    if not chain:
        raise _refuse("bad_cert_chain", "The certificate chain is empty.")
    if not roots:
        raise _refuse("no_trust_roots", "No trusted root CAs are configured on this server.", status=403)
    leaf = chain[0]
    if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
        raise _refuse("cert_expired", "The signing certificate is expired or not yet valid.")
    if SIGNING_SAN not in _dns_names(leaf):
        raise _refuse("cert_wrong_san", f"The signing certificate is not issued for {SIGNING_SAN}.")
    verifier = PolicyBuilder().store(Store(roots)).time(now).build_server_verifier(DNSName(SIGNING_SAN))
    try:
        verifier.verify(leaf, chain[1:])
    except ChainError as exc:
        raise _refuse("cert_untrusted", f"The certificate chain does not lead to a trusted root: {exc}") from exc


def _dns_names(cert: x509.Certificate) -> list[str]:
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return []
    return [name.lower() for name in san.get_values_for_type(x509.DNSName)]


def check_body_signature(leaf: x509.Certificate, signature_b64: str, body: bytes) -> None:
    """RSA PKCS#1 v1.5 / SHA-256 signature of the exact body bytes (never a re-serialised JSON)."""
    try:
        signature = base64.b64decode(signature_b64.strip(), validate=True)
    except (binascii.Error, ValueError) as exc:
        raise _refuse("bad_signature", "Signature-256 is not valid base64.") from exc
    key = leaf.public_key()
    if not isinstance(key, rsa.RSAPublicKey):
        raise _refuse("bad_signature", "The signing certificate does not carry an RSA key.")
    try:
        key.verify(signature, body, padding.PKCS1v15(), hashes.SHA256())
    except InvalidSignature as exc:
        raise _refuse("bad_signature", "The request signature does not match its body.") from exc


# --- 4. + 5. timestamp and application id ---------------------------------------------------------


def parse_timestamp(value: Any) -> datetime:
    """Alexa sends ISO 8601 (``2024-05-01T12:00:00Z``); some event requests send epoch milliseconds."""
    try:
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            return datetime.fromtimestamp(value / 1000.0, tz=timezone.utc)
        if isinstance(value, str):
            stamp = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
            return stamp if stamp.tzinfo else stamp.replace(tzinfo=timezone.utc)
    except (ValueError, OverflowError, OSError):
        pass
    raise _refuse("bad_timestamp", "request.timestamp is missing or not a valid time.", status=400)


def check_timestamp(value: Any, now: datetime, tolerance_s: float = TIMESTAMP_TOLERANCE_S) -> None:
    """Refuse replays: the request must be stamped within ``tolerance_s`` of our clock, either side."""
    stamp = parse_timestamp(value)
    if abs((now - stamp).total_seconds()) > tolerance_s:
        raise _refuse("stale_request", f"request.timestamp is more than {int(tolerance_s)} seconds from now.",
                      status=400)


def application_ids(envelope: Mapping[str, Any]) -> list[str]:
    """Every application id the envelope states (``context.System`` and, when present, ``session``)."""
    found: list[str] = []
    for path in (("context", "System", "application", "applicationId"), ("session", "application", "applicationId")):
        node: Any = envelope
        for key in path:
            node = node.get(key) if isinstance(node, Mapping) else None
        if node is not None:
            found.append(node if isinstance(node, str) else repr(node))
    return found


def check_application_id(envelope: Mapping[str, Any], skill_id: str) -> None:
    """Only our own skill may use this endpoint; with no skill id configured, nobody may."""
    if not skill_id:
        raise _refuse("skill_not_configured", "ALEXA_SKILL_ID is not set on this server, so Alexa requests "
                      "are refused.", status=403)
    ids = application_ids(envelope)
    if not ids or any(app_id != skill_id for app_id in ids):
        raise _refuse("wrong_application", "The request is not for this skill.", status=403)


# --- putting it together --------------------------------------------------------------------------


@dataclass
class _Failure:
    at: float
    refusal: VerificationFailed


@dataclass(frozen=True)
class SignedRequest:
    """The signature headers of a request, the URL already checked (no download yet)."""

    cert_url: str
    signature: str


@dataclass
class _Cached:
    chain: list[x509.Certificate]
    expires: datetime  # the earliest notAfter in the chain: past it, the chain cannot validate again


def signature_headers(headers: Mapping[str, str]) -> SignedRequest:
    """Rule 1 and the headers' presence: cheap, no network. Run before anything else is looked at."""
    cert_url = headers.get(CERT_URL_HEADER)
    signature = headers.get(SIGNATURE_HEADER)
    if not cert_url:
        raise _refuse("missing_signature", f"The {CERT_URL_HEADER} header is missing.")
    if not signature:
        raise _refuse("missing_signature", f"The {SIGNATURE_HEADER} header is missing.")
    return SignedRequest(normalize_cert_url(cert_url), signature)


class AlexaVerifier:
    """Checks the certificate URL, chain and body signature of one request (rules 1–3 above).

    Chains that validated are kept per URL (a small LRU, each entry until its earliest ``notAfter``),
    failed downloads and chains that did not validate are remembered briefly, and concurrent requests
    for the same new URL share one download.
    """

    def __init__(self, roots: list[x509.Certificate], fetcher: CertFetcher,
                 clock: Clock = time.time, cache_size: int = MEMORY_CACHE_SIZE) -> None:
        self._roots = roots
        self._fetcher = fetcher
        self._clock = clock
        self._cache_size = cache_size
        self._chains: OrderedDict[str, _Cached] = OrderedDict()
        self._failures: dict[str, _Failure] = {}
        self._inflight: dict[str, asyncio.Future[list[x509.Certificate]]] = {}
        self._downloads: deque[float] = deque()

    def now(self) -> datetime:
        return datetime.fromtimestamp(self._clock(), tz=timezone.utc)

    def cached_urls(self) -> list[str]:
        """URLs whose validated chain is in memory, oldest use first (for tests and diagnostics)."""
        return list(self._chains)

    async def verify_signature(self, headers: Mapping[str, str], body: bytes) -> None:
        """Raise ``VerificationFailed`` unless the body is signed by Alexa's current certificate."""
        await self.check_signed(signature_headers(headers), body)

    async def check_signed(self, signed: SignedRequest, body: bytes) -> None:
        """Rules 2 and 3 for headers ``signature_headers`` accepted: the (possibly cached) chain is
        checked again, then the signature over the exact body bytes."""
        chain = await self._chain(signed.cert_url)
        check_signing_certificate(chain, self._roots, self.now())
        check_body_signature(chain[0], signed.signature, body)

    async def _chain(self, url: str) -> list[x509.Certificate]:
        cached = self._chains.get(url)
        if cached is not None:
            if self.now() <= cached.expires:
                self._chains.move_to_end(url)
                return cached.chain
            del self._chains[url]
        failure = self._failures.get(url)
        if failure and self._clock() - failure.at < FAILED_FETCH_RETRY_S:
            refusal = failure.refusal
            raise _refuse(refusal.code, refusal.message, refusal.status)
        pending = self._inflight.get(url)
        if pending is None:
            if not self._may_download():
                log.warning("alexa_cert_download_limited")
                raise _refuse("cert_unavailable", "Too many new certificate URLs; try again in a minute.")
            pending = asyncio.ensure_future(self._load(url))
            self._inflight[url] = pending
            pending.add_done_callback(lambda _f: self._inflight.pop(url, None))
        return await asyncio.shield(pending)

    async def _load(self, url: str) -> list[x509.Certificate]:
        """Download, parse and validate; only a chain that validated is cached (memory and disk)."""
        try:
            data = await self._fetcher.fetch(url)
            chain = x509.load_pem_x509_certificates(data)
        except (OSError, ValueError, aiohttp.ClientError, asyncio.TimeoutError) as exc:
            reason = type(exc).__name__
            log.warning("alexa_cert_fetch_failed", extra={"error": reason})
            refusal = _refuse("cert_unavailable", f"The certificate chain could not be loaded ({reason}).")
            self._remember_failure(url, refusal)
            raise refusal from exc
        try:
            check_signing_certificate(chain, self._roots, self.now())
        except VerificationFailed as exc:
            self._remember_failure(url, exc)
            raise
        self._chains[url] = _Cached(chain, min(c.not_valid_after_utc for c in chain))
        while len(self._chains) > self._cache_size:
            self._chains.popitem(last=False)
        remember = getattr(self._fetcher, "remember", None)
        if remember is not None:
            remember(url, data)
        return chain

    def _may_download(self) -> bool:
        """At most ``MAX_DOWNLOADS_PER_MINUTE`` new downloads in any 60 s (a sliding window)."""
        now = self._clock()
        while self._downloads and now - self._downloads[0] >= 60.0:
            self._downloads.popleft()
        if len(self._downloads) >= MAX_DOWNLOADS_PER_MINUTE:
            return False
        self._downloads.append(now)
        return True

    def _remember_failure(self, url: str, refusal: VerificationFailed) -> None:
        self._failures[url] = _Failure(self._clock(), refusal)
        if len(self._failures) > MAX_REMEMBERED_FAILURES:
            oldest = min(self._failures, key=lambda u: self._failures[u].at)
            self._failures.pop(oldest, None)
