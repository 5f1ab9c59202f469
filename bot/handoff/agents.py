"""Agents repository: accounts, signed-in console sessions and failed sign-ins (the rate limit's memory).

Only hashes are stored: passwords as scrypt hashes, session tokens and throttling keys as HMACs (made
by ``bot.handoff.auth``), so a copy of these tables lets nobody sign in or learn who tried.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.handoff.models import ACTIVE, WAITING, Agent, AgentSession, Conversation, LoginFailure, Repository, utcnow


@dataclass(frozen=True)
class AgentRecord:
    id: int
    username: str
    display_name: str
    password_hash: str
    disabled: bool


class Agents(Repository):
    """Agent accounts, their sessions and the sign-in failures counted against them."""

    # --- accounts -----------------------------------------------------------------------------------

    def add(self, username: str, display_name: str, password_hash: str) -> int:
        """Create an account; raises ``ValueError`` when the username is taken."""
        try:
            with self._tx() as s:
                agent = Agent(username=username.lower(), display_name=display_name, password_hash=password_hash)
                s.add(agent)
                s.flush()
                return agent.id
        except IntegrityError as exc:
            raise ValueError("username taken") from exc

    def set_password(self, username: str, password_hash: str) -> bool:
        """New password hash; signs the agent out everywhere."""
        with self._tx() as s:
            changed = s.execute(update(Agent).where(Agent.username == username.lower())
                                .values(password_hash=password_hash)).rowcount == 1
            if changed:
                _end_sessions_of(s, username)
            return changed

    def set_disabled(self, username: str, disabled: bool) -> bool:
        """Disable (ending every session and releasing every claim) or enable an account."""
        with self._tx() as s:
            changed = s.execute(update(Agent).where(Agent.username == username.lower())
                                .values(disabled=disabled)).rowcount == 1
            if changed and disabled:
                _end_sessions_of(s, username)
                _release_claims_of(s, username)
            return changed

    def claims_of(self, username: str) -> int:
        """How many conversations this agent is talking to (what disabling would release)."""
        with self._tx() as s:
            agent_id = s.scalar(select(Agent.id).where(Agent.username == username.lower()))
            return int(s.scalar(select(func.count()).select_from(Conversation)
                                .where(Conversation.agent_id == agent_id, Conversation.status == ACTIVE)) or 0)

    def by_username(self, username: str) -> AgentRecord | None:
        with self._tx() as s:
            agent = s.scalars(select(Agent).where(Agent.username == username.lower())).one_or_none()
            return _record(agent) if agent is not None else None

    def all(self) -> list[AgentRecord]:
        with self._tx() as s:
            return [_record(a) for a in s.scalars(select(Agent).order_by(Agent.username))]

    def any_enabled(self) -> bool:
        """Whether anybody could take a handoff at all."""
        with self._tx() as s:
            return s.scalar(select(func.count()).select_from(Agent).where(Agent.disabled.is_(False))) > 0

    # --- presence -----------------------------------------------------------------------------------

    def anyone_present(self, since: dt.datetime, now: dt.datetime | None = None) -> bool:
        """Whether an enabled agent is signed in and was seen (console connected or acting) after ``since``.

        What "agents available" means to a viewer: somebody who could answer now, not an account.
        """
        with self._tx() as s:
            live = select(AgentSession.token_hash).where(present_sessions(since, now or utcnow())).exists()
            return s.scalar(select(live)) is True

    def present_ids(self, since: dt.datetime, now: dt.datetime | None = None) -> set[int]:
        with self._tx() as s:
            return set(s.scalars(select(AgentSession.agent_id).where(present_sessions(since, now or utcnow()))
                                 .distinct()))

    # --- console sessions ---------------------------------------------------------------------------

    def create_session(self, token_hash: str, agent_id: int, expires_at: dt.datetime) -> None:
        with self._tx() as s:
            s.add(AgentSession(token_hash=token_hash, agent_id=agent_id, expires_at=expires_at))

    def session_agent(self, token_hash: str, idle: dt.timedelta, touch_every: dt.timedelta,
                      now: dt.datetime | None = None) -> AgentRecord | None:
        """The agent of a live session, or None (unknown, expired, idle too long, account disabled)."""
        now = now or utcnow()
        with self._tx() as s:
            row = s.execute(
                select(AgentSession, Agent).join(Agent, Agent.id == AgentSession.agent_id)
                .where(AgentSession.token_hash == token_hash)
            ).one_or_none()
            if row is None:
                return None
            sess, agent = row
            if sess.expires_at <= now or sess.last_seen_at + idle <= now or agent.disabled:
                s.delete(sess)
                return None
            if sess.last_seen_at + touch_every <= now:
                sess.last_seen_at = now
            return _record(agent)

    def delete_session(self, token_hash: str) -> None:
        with self._tx() as s:
            s.execute(delete(AgentSession).where(AgentSession.token_hash == token_hash))

    def purge_expired_sessions(self, now: dt.datetime | None = None) -> None:
        with self._tx() as s:
            s.execute(delete(AgentSession).where(AgentSession.expires_at <= (now or utcnow())))

    # --- sign-in throttling -------------------------------------------------------------------------

    def failures_since(self, key: str, ip_key: str, since: dt.datetime) -> tuple[int, int, dt.datetime | None]:
        """(failures for this username+address, failures from this address, oldest relevant failure)."""
        with self._tx() as s:
            by_key, oldest = s.execute(
                select(func.count(), func.min(LoginFailure.at))
                .where(LoginFailure.key == key, LoginFailure.at > since)
            ).one()
            by_ip = s.scalar(select(func.count()).where(LoginFailure.ip_key == ip_key, LoginFailure.at > since))
            return int(by_key), int(by_ip or 0), oldest

    def attempt_stats(self, key: str, ip_key: str, since: dt.datetime) -> tuple[int, dt.datetime | None, int, dt.datetime | None]:
        """(count, latest) of recorded attempts for this account and for this address since ``since``."""
        with self._tx() as s:
            by_key, last_key = s.execute(
                select(func.count(), func.max(LoginFailure.at)).where(LoginFailure.key == key, LoginFailure.at > since)
            ).one()
            by_ip, last_ip = s.execute(
                select(func.count(), func.max(LoginFailure.at)).where(LoginFailure.ip_key == ip_key, LoginFailure.at > since)
            ).one()
            return int(by_key), last_key, int(by_ip), last_ip

    def add_failure(self, key: str, ip_key: str, now: dt.datetime, forget_before: dt.datetime) -> None:
        with self._tx() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.at <= forget_before))
            s.add(LoginFailure(key=key, ip_key=ip_key, at=now))

    def clear_failures(self, key: str) -> None:
        with self._tx() as s:
            s.execute(delete(LoginFailure).where(LoginFailure.key == key))


def present_sessions(since: dt.datetime, now: dt.datetime) -> Any:
    """Live sessions of enabled agents seen after ``since`` (a WHERE clause over ``AgentSession``)."""
    enabled = select(Agent.id).where(Agent.id == AgentSession.agent_id, Agent.disabled.is_(False)).exists()
    return and_(AgentSession.last_seen_at > since, AgentSession.expires_at > now, enabled)


def _release_claims_of(s: Session, username: str) -> None:
    """A disabled agent's conversations go back to the queue (waiting afresh), so no viewer is stranded."""
    agent_id = s.scalar(select(Agent.id).where(Agent.username == username.lower()))
    s.execute(update(Conversation).where(Conversation.agent_id == agent_id, Conversation.status == ACTIVE)
              .values(status=WAITING, agent_id=None, claimed_at=None, waiting_since=utcnow(), last_ack_at=None))


def _end_sessions_of(s: Session, username: str) -> None:
    agent_id = s.scalar(select(Agent.id).where(Agent.username == username.lower()))
    s.execute(delete(AgentSession).where(AgentSession.agent_id == agent_id))


def _record(agent: Agent) -> AgentRecord:
    return AgentRecord(id=agent.id, username=agent.username, display_name=agent.display_name,
                       password_hash=agent.password_hash, disabled=bool(agent.disabled))
