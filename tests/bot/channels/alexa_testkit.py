"""A local stand-in for Amazon's side of an Alexa request: a test CA, signing certificates and envelopes.

Everything is generated with ``cryptography`` (no network, no fixtures on disk): a root CA, an
intermediate, and signing ("leaf") certificates that are valid, expired, not yet valid, or issued for
the wrong name. ``sign`` produces the ``Signature-256`` header exactly as Alexa does (RSA PKCS#1 v1.5,
SHA-256, over the raw body). Used by the unit tests here and the real-stack test in tests/integration.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import uuid
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CERT_URL = "https://s3.amazonaws.com/echo.api/echo-api-cert-mediabot-test.pem"
SKILL_ID = "amzn1.ask.skill.00000000-1111-2222-3333-444444444444"
USER_ID = "amzn1.ask.account.TESTVIEWER"
SAN = "echo-api.amazon.com"


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _ca_cert(key: rsa.RSAPrivateKey, subject: str, issuer: str, issuer_key: rsa.RSAPrivateKey,
             path_length: int | None) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject)).issuer_name(_name(issuer)).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(_now() - dt.timedelta(days=1)).not_valid_after(_now() + dt.timedelta(days=365))
        .add_extension(x509.BasicConstraints(ca=True, path_length=path_length), critical=True)
        .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False, key_encipherment=False,
                                     data_encipherment=False, key_agreement=False, key_cert_sign=True,
                                     crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if issuer_key is not key:
        builder = builder.add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    return builder.sign(issuer_key, hashes.SHA256())


@dataclass
class SigningCert:
    """A signing certificate with its key and the chain file Alexa would publish for it."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate
    chain: list[x509.Certificate] = field(default_factory=list)

    def chain_pem(self) -> bytes:
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in [self.cert, *self.chain])

    def sign(self, body: bytes) -> str:
        return base64.b64encode(self.key.sign(body, padding.PKCS1v15(), hashes.SHA256())).decode("ascii")


class TestCA:
    """Root → intermediate → signing certificates, like Amazon's real chain."""

    __test__ = False  # not a pytest test class

    def __init__(self, name: str = "mediabot test") -> None:
        self.root_key = _key()
        self.root = _ca_cert(self.root_key, f"{name} root CA", f"{name} root CA", self.root_key, None)
        self.intermediate_key = _key()
        self.intermediate = _ca_cert(self.intermediate_key, f"{name} intermediate CA", f"{name} root CA",
                                     self.root_key, 0)

    def root_pem(self) -> bytes:
        return self.root.public_bytes(serialization.Encoding.PEM)

    def signing_cert(self, *, san: str | None = SAN, not_before: dt.datetime | None = None,
                     not_after: dt.datetime | None = None, include_intermediate: bool = True) -> SigningCert:
        """A leaf issued by the intermediate; ``san=None`` leaves the SAN extension out entirely."""
        key = _key()
        builder = (
            x509.CertificateBuilder()
            .subject_name(_name(san or "no-san.example")).issuer_name(self.intermediate.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(not_before or _now() - dt.timedelta(days=1))
            .not_valid_after(not_after or _now() + dt.timedelta(days=90))
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH, ExtendedKeyUsageOID.CLIENT_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(self.intermediate_key.public_key()),
                           critical=False)
        )
        if san is not None:
            builder = builder.add_extension(x509.SubjectAlternativeName([x509.DNSName(san)]), critical=False)
        cert = builder.sign(self.intermediate_key, hashes.SHA256())
        return SigningCert(key, cert, [self.intermediate] if include_intermediate else [])


@lru_cache(maxsize=1)
def shared_ca() -> TestCA:
    """RSA key generation is slow-ish; one CA serves a whole test session."""
    return TestCA()


@lru_cache(maxsize=1)
def shared_signing_cert() -> SigningCert:
    return shared_ca().signing_cert()


class StaticFetcher:
    """A ``CertFetcher`` serving fixed bytes per URL, counting downloads."""

    def __init__(self, chains: dict[str, bytes]) -> None:
        self.chains = chains
        self.calls: list[str] = []

    async def fetch(self, url: str) -> bytes:
        self.calls.append(url)
        if url not in self.chains:
            raise OSError("404 from the fake S3")
        return self.chains[url]


def timestamp(offset_s: float = 0.0) -> str:
    stamp = _now() + dt.timedelta(seconds=offset_s)
    return stamp.strftime("%Y-%m-%dT%H:%M:%SZ")


def envelope(request_type: str = "IntentRequest", *, intent: str | None = "FindMediaIntent",
             query: str | None = None, skill_id: str = SKILL_ID, user_id: str = USER_ID,
             ts: str | int | None = None, new_session: bool = False, **request_extra: Any) -> dict[str, Any]:
    """An Alexa request envelope shaped like Amazon's (session, context.System, request)."""
    app = {"applicationId": skill_id}
    request: dict[str, Any] = {
        "type": request_type, "requestId": f"amzn1.echo-api.request.{uuid.uuid4()}",
        "timestamp": ts if ts is not None else timestamp(), "locale": "en-US", **request_extra,
    }
    if request_type == "IntentRequest" and intent:
        slots = {"query": {"name": "query", "value": query, "confirmationStatus": "NONE"}} if query else {}
        request["intent"] = {"name": intent, "confirmationStatus": "NONE", "slots": slots}
    return {
        "version": "1.0",
        "session": {"new": new_session, "sessionId": "amzn1.echo-api.session.TEST", "application": app,
                    "attributes": {}, "user": {"userId": user_id}},
        "context": {"System": {"application": app, "user": {"userId": user_id},
                               "device": {"deviceId": "amzn1.ask.device.TEST", "supportedInterfaces": {}},
                               "apiEndpoint": "https://api.amazonalexa.com"}},
        "request": request,
    }


def body_bytes(data: dict[str, Any]) -> bytes:
    return json.dumps(data, separators=(",", ":")).encode("utf-8")


def signed_headers(body: bytes, signer: SigningCert | None = None, url: str = CERT_URL) -> dict[str, str]:
    signer = signer or shared_signing_cert()
    return {"SignatureCertChainUrl": url, "Signature-256": signer.sign(body),
            "Content-Type": "application/json; charset=utf-8"}


def write_cert_cache(cache_dir: Path, url: str, chain_pem: bytes) -> Path:
    """Place a chain where ``HttpsCertFetcher`` looks first (sha256 of the URL + .pem)."""
    from bot.channels.alexa_verify import HttpsCertFetcher

    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / HttpsCertFetcher.cache_name(url)
    path.write_bytes(chain_pem)
    return path
