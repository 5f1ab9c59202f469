"""Linking channels: one profile for the same person on Telegram, the web chat and an Alexa household.

"Link my account" on one channel issues a one-time code (``CODE_CHARS`` characters from an alphabet
without look-alikes, valid ``CODE_TTL``, single use; at most ``MAX_CODES_PER_WINDOW`` per profile per
``WINDOW``). Saying or typing it on another channel makes that channel's viewer key an alias of the
profile: its feedback, viewing events and settings move into the profile, and every later read or
write for it goes there (``profile_key``). Redeeming is rate-limited per viewer
(``MAX_FAILED_REDEEMS`` wrong codes per ``WINDOW``), so guessing 32^6 codes is hopeless. "Unlink" makes
the alias a fresh viewer again (the shared history stays with the profile). Deleting a profile deletes
its links too (``delete_links``).
"""

from __future__ import annotations

import datetime as dt
import secrets
from dataclasses import dataclass

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker

from recommender import cap_context
from recommender.catalog.models import Feedback, LinkAttempt, LinkCode, ViewerLink, ViewerSetting, ViewingEvent
from recommender.profiles import now, utc

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes are read aloud and typed on TVs
CODE_CHARS = 6
CODE_TTL = dt.timedelta(minutes=10)
WINDOW = dt.timedelta(minutes=15)
MAX_CODES_PER_WINDOW = 5
MAX_FAILED_REDEEMS = 5

LINKED, SAME, INVALID, LOCKED = "linked", "same", "invalid", "locked"


@dataclass(frozen=True)
class Redeemed:
    status: str           # LINKED | SAME (already one profile) | INVALID | LOCKED
    profile_key: str | None = None


def normalise_code(text: str) -> str:
    """A code as typed or spoken ("k7m-2qx", "K 7 M 2 Q X"): upper case, only the alphabet's characters."""
    return "".join(c for c in text.upper() if c in ALPHABET)


def profile_key(factory: sessionmaker[Session], key: str) -> str:
    """The profile a viewer key reads and writes: its own, or the one it was linked to."""
    with factory() as s:
        return s.scalar(select(ViewerLink.profile_key).where(ViewerLink.alias_key == key)) or key


def create_code(factory: sessionmaker[Session], key: str, at: dt.datetime | None = None) -> str | None:
    """A new code for the viewer's profile, or None when too many were asked for lately."""
    at = at or now()
    profile = profile_key(factory, key)
    with factory.begin() as s:
        s.execute(delete(LinkCode).where(LinkCode.expires_at < at))
        recent = s.scalar(select(func.count()).select_from(LinkCode).where(
            LinkCode.profile_key == profile, LinkCode.created_at > at - WINDOW)) or 0
        if recent >= MAX_CODES_PER_WINDOW:
            return None
        while True:
            code = "".join(secrets.choice(ALPHABET) for _ in range(CODE_CHARS))
            if s.get(LinkCode, code) is None:
                break
        s.add(LinkCode(code=code, profile_key=profile, created_at=at, expires_at=at + CODE_TTL))
    return code


def redeem(factory: sessionmaker[Session], key: str, code: str, at: dt.datetime | None = None) -> Redeemed:
    """Link ``key`` to the profile that issued ``code`` (single use), moving its data there."""
    at = at or now()
    code = normalise_code(code)
    cap_context.ensure(factory)  # its tables exist before the transaction that moves capped opinions too
    with factory.begin() as s:
        failures = s.scalar(select(func.count()).select_from(LinkAttempt).where(
            LinkAttempt.user_id == key, LinkAttempt.at > at - WINDOW)) or 0
        if failures >= MAX_FAILED_REDEEMS:
            return Redeemed(LOCKED)
        row = s.get(LinkCode, code) if len(code) == CODE_CHARS else None
        if row is None or utc(row.expires_at) < at:
            s.add(LinkAttempt(user_id=key, at=at))
            return Redeemed(INVALID)
        profile = row.profile_key
        s.delete(row)  # single use, whatever happens next
        own = s.scalar(select(ViewerLink.profile_key).where(ViewerLink.alias_key == key)) or key
        if own == profile:
            return Redeemed(SAME, profile)
        _move(s, own, profile)
        s.execute(update(ViewerLink).where(ViewerLink.profile_key == own).values(profile_key=profile))
        s.execute(delete(ViewerLink).where(ViewerLink.alias_key == key))
        s.add(ViewerLink(alias_key=key, profile_key=profile, linked_at=at))
    return Redeemed(LINKED, profile)


def _move(s: Session, source: str, target: str) -> None:
    """The source profile's data becomes the target's (the target's own signal wins on a clash)."""
    have = set(s.execute(select(Feedback.item_source_id, Feedback.kind).where(Feedback.user_id == target)).all())
    for row in s.scalars(select(Feedback).where(Feedback.user_id == source)).all():
        if (row.item_source_id, row.kind) in have:
            s.delete(row)
        else:
            row.user_id = target
    cap_context.move(s, source, target, {item for item, kind in have if kind in cap_context.OPINIONS})
    events = set(s.scalars(select(ViewingEvent.event_id).where(ViewingEvent.user_id == target)))
    for ev in s.scalars(select(ViewingEvent).where(ViewingEvent.user_id == source)).all():
        if ev.event_id in events:
            s.delete(ev)
        else:
            ev.user_id = target
    mine = s.get(ViewerSetting, source)
    if mine is not None:
        if s.get(ViewerSetting, target) is None:
            s.add(ViewerSetting(user_id=target, personalize=mine.personalize, updated_at=mine.updated_at))
        s.delete(mine)


def unlink(factory: sessionmaker[Session], key: str) -> bool:
    """This viewer key stops sharing a profile; False when it was not linked (a profile itself is not)."""
    with factory.begin() as s:
        return bool(s.execute(delete(ViewerLink).where(ViewerLink.alias_key == key)).rowcount)


def linked_count(factory: sessionmaker[Session], profile: str) -> int:
    """How many other channel identities share this profile."""
    with factory() as s:
        return s.scalar(select(func.count()).select_from(ViewerLink).where(ViewerLink.profile_key == profile)) or 0


def delete_links(factory: sessionmaker[Session], profile: str) -> int:
    """Forget every link and pending code of a profile (part of "delete my data")."""
    with factory.begin() as s:
        s.execute(delete(LinkCode).where(LinkCode.profile_key == profile))
        return s.execute(delete(ViewerLink).where(ViewerLink.profile_key == profile)).rowcount or 0


def keys_of_profile(factory: sessionmaker[Session], profile: str) -> list[str]:
    """The profile's own key and every key linked to it (whose transcripts a deletion removes too)."""
    with factory() as s:
        return [profile, *s.scalars(select(ViewerLink.alias_key).where(ViewerLink.profile_key == profile))]
