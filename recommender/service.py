"""The recommender facade: one object the API, CLI and benchmarks call.

``recommend`` is the whole pipeline: resolve the soft signals into one query vector, filter by the
hard constraints, retrieve candidates from the index, rank with prior and diversity, explain, and —
when nothing matches — propose the nearest relaxation.
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections import OrderedDict
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from contract import wording
from contract.constraints import SERIES_TYPES
from recommender import (editorial, editorial_store, encoder, franchises, impressions, live, ranking, relaxation,
                         topic_view)
from recommender.catalog import store
from recommender.catalog.db import make_engine, session_factory
from recommender.catalog.models import Item
from contract.vocabulary import AUDIENCES, GENRES, LANGUAGE_NAMES, MEDIA_TYPES, MOOD_TEXT, MOODS
from recommender.constraints import Constraints, RecommendationRequest
from recommender.embeddings import Embedder, item_vectors
from recommender.experiments import BUILT_IN, NO_EXPERIMENTS, Experiments, Tuning
from recommender.filters import hard_mask
from recommender.relaxation_offers import RelaxationOffers
from recommender.index import VectorIndex, storage_dtype
from recommender.similarity import ItemSimilarity
from recommender.snapshot import UNKNOWN, CatalogSnapshot, genre_mask, load_snapshot
from recommender import cap_context, profiles, standing
from recommender.taste import DEFAULT_CONFIG, Taste, TasteConfig, taste_of

log = logging.getLogger(__name__)

QUERY_CACHE_SIZE = 2048  # recent query vectors kept (LRU); 1.5 kB each
POOL_MIN = 40            # candidates considered by the diversity pass
POOL_PER_RESULT = 8
# Young audiences: titles made for them (not merely rated for them) come first.
AUDIENCE_GENRE_BOOST = {"preschool": ("kids", "family"), "kids": ("kids", "family"), "family": ("kids", "family")}
AUDIENCE_BOOST = 1.0
WEIGHTS = {"query": 1.0, "similar": 1.0, "mood": 0.6, "profile": 0.4}
# SERIES_TYPES (contract.constraints): "the longest series" is sorted by seasons, not runtime
DEFAULT_LIMIT = RecommendationRequest.model_fields["limit"].default  # the standard list length (5)


@dataclass
class SoftSignal:
    vector: np.ndarray | None
    similar_row: int | None


@dataclass(frozen=True)
class Generation:
    """Everything a request reads about the catalog, swapped as one reference (``recommender.live``)."""

    snapshot: CatalogSnapshot
    vectors: np.ndarray
    index: VectorIndex
    similarity: ItemSimilarity
    versions: live.Versions = live.Versions()
    topic: topic_view.TopicView | None = None  # synopsis-only view for subject queries (None: kind view only)


class Recommender:
    def __init__(self, snapshot: CatalogSnapshot, vectors: np.ndarray, embedder: Any,
                 index: VectorIndex | None = None, factory: sessionmaker[Session] | None = None,
                 territory: str = "", cache_dir: Path | None = None,
                 topic: topic_view.TopicView | None = None) -> None:
        self.embedder = embedder
        self.factory = factory
        self.territory = territory
        self.cache_dir = cache_dir
        self._current = Generation(snapshot, vectors, index or VectorIndex(vectors), ItemSimilarity(snapshot),
                                   topic=topic)
        self._pinned = threading.local()  # the generation the calling thread's request runs on
        self._refresh_lock = threading.Lock()
        self._query_vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        # offers of the nearest relaxation, and whether the viewer took them (recommender/relaxation_offers.py)
        self.relaxation_offers = RelaxationOffers()

    @classmethod
    def load(cls, database_url: str, model_name: str, cache_dir, batch_size: int = 64,
             progress: bool = False, territory: str = "", query_encoder: str = "onnx") -> Recommender:
        factory = session_factory(make_engine(database_url))
        seen = live.versions(factory)  # read first: a change landing during the load is picked up later
        snapshot = load_snapshot(factory)
        embedder = Embedder(model_name, batch_size, encoder.load(model_name, cache_dir, query_encoder))
        vectors = item_vectors(embedder, snapshot.texts, cache_dir, progress=progress)
        vectors = vectors.astype(storage_dtype(len(vectors)), copy=False)
        topic = topic_view.build(embedder, snapshot, cache_dir, progress=progress)
        snapshot.topic_index  # built before the generation serves: no request waits for it (exclude_topics)
        rec = cls(snapshot, vectors, embedder, factory=factory, territory=territory, cache_dir=cache_dir,
                  topic=topic)
        rec._swap(rec._with_rules(rec._current, seen))
        return rec

    # --- generations: one per catalog/rules version --------------------------------------------------

    @property
    def generation(self) -> Generation:
        """The request's generation inside ``one_generation``, else the current one."""
        return getattr(self._pinned, "gen", None) or self._current

    @property
    def snapshot(self) -> CatalogSnapshot:
        return self.generation.snapshot

    @property
    def vectors(self) -> np.ndarray:
        return self.generation.vectors

    @property
    def index(self) -> VectorIndex:
        return self.generation.index

    @property
    def similarity(self) -> ItemSimilarity:
        return self.generation.similarity

    @contextmanager
    def one_generation(self) -> Iterator[Generation]:
        """Run the enclosed calls on one generation, even if a swap happens meanwhile (re-entrant)."""
        outer = getattr(self._pinned, "gen", None)
        self._pinned.gen = outer or self._current
        try:
            yield self._pinned.gen
        finally:
            self._pinned.gen = outer

    def refresh(self) -> bool:
        """Swap in a new generation when the catalog or the rules changed in SQL; True if it swapped.

        The build runs in the caller's thread while other threads keep answering from the current
        generation; the swap itself is one assignment.
        """
        if self.factory is None:
            return False
        with self._refresh_lock:  # one build at a time
            seen = live.versions(self.factory)
            current = self._current
            if seen == current.versions:
                return False
            if seen.catalog != current.versions.catalog:
                next_gen = self._with_rules(self._rebuilt(current), seen)
            else:
                next_gen = self._with_rules(current, seen)
            self._swap(next_gen)
            return True

    def use_territory(self, territory: str) -> None:
        """Serve ``territory`` (window rules limited to territories depend on it): recompile the rules."""
        with self._refresh_lock:
            self.territory = territory
            current = self._current
            self._swap(self._with_rules(current, current.versions))

    def _rebuilt(self, current: Generation) -> Generation:
        snapshot = load_snapshot(self.factory)
        vectors = live.reuse_vectors(self.embedder, snapshot.texts, current.snapshot.texts, current.vectors,
                                     self.cache_dir)
        vectors = vectors.astype(storage_dtype(len(vectors)), copy=False)
        topic = (topic_view.build(self.embedder, snapshot, self.cache_dir, (current.snapshot, current.topic))
                 if current.topic is not None else None)
        snapshot.topic_index  # built while the old generation still serves (exclude_topics)
        return Generation(snapshot, vectors, VectorIndex(vectors), ItemSimilarity(snapshot), topic=topic)

    def _with_rules(self, gen: Generation, seen: live.Versions) -> Generation:
        """``gen`` with the rules stored now compiled over its snapshot."""
        rules = editorial_store.list_rules(self.factory) if self.factory is not None else []
        on = editorial_store.personalization(self.factory) if self.factory is not None else True
        compiled = editorial.compile_rules(gen.snapshot, rules, personalization=on, territory=self.territory)
        snapshot = gen.snapshot.with_editorial(compiled)
        return dataclasses.replace(gen, snapshot=snapshot, versions=seen)

    def _swap(self, gen: Generation) -> None:
        old = self._current
        self._current = gen
        log.info("generation_swapped", extra={"items": len(gen.snapshot), "catalog_version": gen.versions.catalog,
                                              "rules_version": gen.versions.rules,
                                              "new_index": gen.index is not old.index})

    # --- recommendations -------------------------------------------------------------------------

    experiments: Experiments = NO_EXPERIMENTS  # the API sets the configured file's (recommender/experiments.py)

    def recommend(self, request: RecommendationRequest) -> dict[str, Any]:
        return self.recommend_with_taste(request)[0]

    def recommend_with_taste(self, request: RecommendationRequest) -> tuple[dict[str, Any], Taste]:
        """The answer, and the viewer's taste it was ranked with: the API explains the picks with the same
        taste ("because you liked"), so a request reads the viewer's signals once, not twice."""
        arm = self.experiments.assign(request.user_id)  # None: anonymous, or no experiment running
        tuning = arm.tuning if arm else BUILT_IN
        if tuning.items and request.limit == DEFAULT_LIMIT:  # a viewer who asked for a number gets it
            request = request.model_copy(update={"limit": tuning.items})
        with self.one_generation():
            answer, taste = self._recommend(request, tuning)
        answer["impression_id"] = None
        # every answer to a known viewer, an empty one too (the experiments' zero-result rate)
        if request.user_id and self.factory is not None:
            if answer.get("similar_to"):  # "more like the second one": tied to the list that showed it
                impressions.attribute(self.factory, request.user_id, answer["similar_to"]["id"], "more_like")
            answer["impression_id"] = impressions.record(self.factory, request.user_id,
                                                         [it["id"] for it in answer["items"]],
                                                         arm.label if arm else None)
            shown = answer["constraints"]
            if cap_context.is_kids_cap(shown.get("audience"), shown.get("ratings") or ()):
                cap_context.mark_list(self.factory, answer["impression_id"])  # likes from it stay the child's
        if request.user_id:
            self.relaxation_offers.observe(request.user_id, Constraints.model_validate(answer["constraints"]),
                                           [Constraints.model_validate(r["constraints"])
                                            for r in answer["relaxations"]])
        return answer, taste

    def personalizes(self, user_id: str | None) -> bool:
        """False when the viewer's experiment variant turns personalization off (so nothing says "because
        you liked")."""
        arm = self.experiments.assign(user_id)
        return arm is None or arm.tuning.personalization

    def _recommend(self, request: RecommendationRequest,
                   tuning: Tuning = BUILT_IN) -> tuple[dict[str, Any], Taste]:
        c = request.merged().with_absolute_years(self.snapshot.newest_year)
        taste = self._taste(request.user_id, capped=cap_context.is_kids_cap(c.audience, c.ratings))
        feedback = taste.feedback
        # liked titles shape the taste profile; they are not offered back as "new" suggestions
        excluded = self._rows([*c.exclude_ids, *feedback["dislike"], *feedback["seen"], *feedback["like"]])
        personal = editorial.personalized(self.snapshot) and tuning.personalization  # operators' switch, variant
        soft = self._soft_signal(c, feedback["like"] if personal else [], tuning.profile_weight)
        if soft.similar_row is not None:
            excluded.append(soft.similar_row)
        mask = hard_mask(self.snapshot, c, excluded)
        if soft.similar_row is not None:  # "more like X": titles of X's kind
            mask = self.similarity.same_kind(soft.similar_row, mask, c)
        total = int(mask.sum())
        pool = max(POOL_MIN, POOL_PER_RESULT * request.limit)
        prior = taste.adjust_prior(self.snapshot, self._prior(c)) if personal else self._prior(c)
        topical = _topical(c, soft, bool(personal and feedback["like"]))
        if soft.similar_row is not None and soft.vector is not None:  # "more like": hybrid similarity
            hybrid = self.similarity.candidates(self.index, soft.similar_row, soft.vector, mask, pool, c)
            rows, relevance = hybrid.rows, hybrid.scores
        else:
            rows, relevance = self._candidates(soft.vector, mask, pool, prior, c.query if topical else None)
        franchise = franchises.franchise_rows(self.snapshot, c.query) if topical else np.empty(0, np.int64)
        if len(franchise):  # "lego movies": the titles the franchise word opens come first
            rows, relevance = franchises.with_franchise(rows, relevance, franchise, mask, self.snapshot.genre_bits)
        pins = [] if soft.similar_row is not None or c.sort else \
            editorial.pinned(self.snapshot, [*c.genres, *c.any_genres], mask)[:request.limit]
        if pins:  # pinned titles first, the ranking fills the rest
            keep = ~np.isin(rows, pins)
            rows, relevance = rows[keep], relevance[keep]
        if c.sort:  # "the shortest comedy you have": from that far end of everything that matches
            chosen = self._sorted(c, mask, soft.vector, prior, request.limit)
        else:
            chosen = [ranking.Ranked(r, 1.0, 0.0) for r in pins] + ranking.rank(
                self.snapshot, self.vectors, rows, relevance, request.limit - len(pins), prior,
                prior_weight=tuning.prior_weight, diversity=tuning.diversity,
                topical=topical, franchise_asked=bool(len(franchise)))
        similar_title = self.snapshot.titles[soft.similar_row] if soft.similar_row is not None else None
        items = [self._item(r, c, similar_title, featured=r.row in pins) for r in chosen]
        relaxations = (relaxation.suggest(self.snapshot, c, excluded, frozenset(request.relax_first))
                       if total == 0 else [])
        return {
            "items": items,
            "constraints": c.public(),
            "total_matches": total,
            "relaxations": [r.public() for r in relaxations],
            "message": _no_match_message(c, relaxations) if total == 0 else None,
            "similar_to": ({"id": self.snapshot.source_ids[soft.similar_row], "title": similar_title}
                           if soft.similar_row is not None else None),
        }, taste

    def _sorted(self, c: Constraints, mask: np.ndarray, query: np.ndarray | None, prior: np.ndarray,
                limit: int) -> list[ranking.Ranked]:
        """The matching titles ordered from the far end ``c.sort`` names (docs/contracts.md "Sort order"): runtime
        for shortest/longest — seasons when the search is for series only, or no match has a runtime — and release
        year for oldest/newest. Titles without the value are left out; ties go to the more relevant (the soft
        signal's similarity when there is one, else the prior)."""
        s = self.snapshot
        if c.sort in ("oldest", "newest"):
            key = s.years
        else:
            series_only = bool(c.media_type) and set(c.media_type) <= SERIES_TYPES
            key = s.seasons if series_only or not (mask & (s.runtimes != UNKNOWN)).any() else s.runtimes
        rows = np.flatnonzero(mask & (key != UNKNOWN))
        if not len(rows):
            return []
        relevance = (self.vectors[rows] @ query).astype(np.float32) if query is not None else \
            np.zeros(len(rows), np.float32)
        ties = relevance + ranking.PRIOR_WEIGHT * prior[rows]
        values = key[rows].astype(np.int64)
        far = -values if c.sort in ("longest", "newest") else values
        order = np.lexsort((-ties, far))[:limit]  # the last key sorts first
        return [ranking.Ranked(int(rows[i]), float(ties[i]), float(relevance[i])) for i in order]

    def _prior(self, c: Constraints) -> np.ndarray:
        """The catalog prior, nudged towards made-for-children titles when the audience is young."""
        if c.audience not in AUDIENCE_GENRE_BOOST:
            return self.snapshot.prior
        bits = genre_mask(AUDIENCE_GENRE_BOOST[c.audience])
        return self.snapshot.prior + AUDIENCE_BOOST * ((self.snapshot.genre_bits & bits) != 0)

    def _candidates(self, query: np.ndarray | None, mask: np.ndarray, pool: int, prior: np.ndarray,
                    topic: str | None = None) -> tuple[np.ndarray, np.ndarray]:
        """The pool and its relevance. ``topic``: the words of a topical request, whose subject words
        bring in the synopsis view (recommender.topic_view) over a wider retrieval."""
        if query is None:  # no soft signal: best prior among the allowed rows
            rows = np.flatnonzero(mask)
            if len(rows) > pool:
                score = editorial.adjust(self.snapshot, rows, ranking.PRIOR_WEIGHT * prior[rows])  # boosts count
                rows = rows[np.argpartition(-score, pool)[:pool]]
            return rows, np.zeros(len(rows), np.float32)
        view = self.generation.topic
        share = topic_view.subject_share(topic) if topic and view is not None else 0.0
        if not share or view is None or topic is None:
            hits = self.index.search(query, mask, pool)
            return hits.rows, hits.scores
        hits = self.index.search(query, mask, topic_view.POOL_FACTOR * pool)
        return topic_view.rescore(view, hits.rows, hits.scores, self._encode(topic), share, pool)

    def _soft_signal(self, c: Constraints, liked_ids: list[str], profile_weight: float | None = None) -> SoftSignal:
        parts: list[tuple[float, np.ndarray]] = []
        similar_row = self.resolve(c.similar_to) if c.similar_to else None
        if c.query:
            parts.append((WEIGHTS["query"], self._encode(c.query)))
        if c.similar_to and similar_row is None:  # unknown title: still use the words softly
            parts.append((WEIGHTS["similar"], self._encode(c.similar_to)))
        if similar_row is not None:
            parts.append((WEIGHTS["similar"], self.vectors[similar_row].astype(np.float32)))
        parts += [(WEIGHTS["mood"], self._encode(MOOD_TEXT.get(m, m))) for m in c.mood]
        liked = self._rows(liked_ids)
        if liked and any(w > 0 for w, _ in parts):
            weight = WEIGHTS["profile"] if profile_weight is None else profile_weight
            parts.append((weight, self.vectors[liked].astype(np.float32).mean(axis=0)))
        elif liked:  # personal taste is the only signal
            parts.append((1.0, self.vectors[liked].astype(np.float32).mean(axis=0)))
        if not any(w > 0 for w, _ in parts):
            return SoftSignal(None, similar_row)
        vector = np.sum([w * v for w, v in parts], axis=0).astype(np.float32)
        norm = float(np.linalg.norm(vector))
        return SoftSignal(vector / norm if norm else None, similar_row)

    def _encode(self, text: str) -> np.ndarray:
        """Query vector, remembered for a while: refinements resend the same words turn after turn."""
        key = " ".join(text.lower().split())
        with self._lock:  # one model, shared by request threads
            vec = self._query_vectors.get(key)
            if vec is None:
                vec = self.embedder.encode_query(key)
                self._query_vectors[key] = vec
                if len(self._query_vectors) > QUERY_CACHE_SIZE:
                    self._query_vectors.popitem(last=False)
            else:
                self._query_vectors.move_to_end(key)
            return vec

    def resolve(self, ref: str) -> int | None:
        """A catalog row from a source id or a title; a title operators blocked (or out of its window) is
        unknown, so "more like <it>" never names it back to the viewer."""
        row = self._resolve(ref)
        shown = editorial.available(self.snapshot)
        return row if row is None or shown is None or shown[row] else None

    def _resolve(self, ref: str) -> int | None:
        """A catalog row from a source id or a title (exact, then unique prefix, case-insensitive)."""
        if ref in self.snapshot.row_of:
            return self.snapshot.row_of[ref]
        key = ref.strip().lower()
        rows = self.snapshot.rows_by_title.get(key)
        if rows:
            return min(rows, key=lambda r: -self.snapshot.prior[r])
        prefixed = [t for t in self.snapshot.rows_by_title if t.startswith(key + " ") or t.startswith(key + ":")]
        if len(key) >= 4 and prefixed:
            return self.snapshot.rows_by_title[min(prefixed, key=len)][0]
        return None

    def _rows(self, ids: list[str]) -> list[int]:
        return [self.snapshot.row_of[i] for i in dict.fromkeys(ids) if i in self.snapshot.row_of]

    taste_config: TasteConfig = DEFAULT_CONFIG  # the API sets the configured half-life; the benchmark varies it

    def taste_for(self, user_id: str, shown: dict[str, Any]) -> Taste:
        """The taste a search with the answer's constraints ``shown`` used (the "because you liked" list)."""
        return self._taste(user_id, capped=cap_context.is_kids_cap(shown.get("audience"), shown.get("ratings") or ()))

    def _taste(self, user_id: str | None, capped: bool = False) -> Taste:
        """The viewer's taste (recommender/taste.py); nobody's for an anonymous request. An uncapped
        search leaves out likes and dislikes given under a kids cap (recommender/cap_context.py)."""
        if not user_id or self.factory is None:
            return Taste()
        ignore = frozenset() if capped else cap_context.capped_opinions(self.factory, user_id)
        return taste_of(self.snapshot, profiles.signals(self.factory, user_id), self.taste_config, ignore=ignore)

    def _item(self, ranked: ranking.Ranked, c: Constraints, similar_title: str | None,
              featured: bool = False) -> dict[str, Any]:
        s, r = self.snapshot, ranked.row
        reason = ranking.reason(s, r, c, ranked.relevance, similar_title)
        return {
            **self.summary(r),
            "reason": wording.SEP.join([wording.FEATURED, reason] if reason else [wording.FEATURED]) if featured else reason,
            "score": round(ranked.score, 4),
        }

    def summary(self, r: int) -> dict[str, Any]:
        s = self.snapshot
        return {
            "id": s.source_ids[r],
            "title": s.titles[r],
            "type": s.type_of(r),
            "year": int(s.years[r]) if s.years[r] != UNKNOWN else None,
            "duration_minutes": int(s.runtimes[r]) if s.runtimes[r] != UNKNOWN else None,
            "seasons": int(s.seasons[r]) if s.seasons[r] != UNKNOWN else None,
            "rating": s.ratings[r],
            "genres": s.genres_of(r),
            "description": s.descriptions[r] if s.descriptions else "",
            "countries": list(s.country_lists[r]) if s.country_lists else [],
        }

    # --- items, feedback, vocabulary ---------------------------------------------------------------

    def item(self, source_id: str, viewer: str | None = None) -> dict[str, Any] | None:
        """Details of a title (None when unknown or blocked); with ``viewer``, "tell me more" is tied back
        to the list that showed it (``recommender.impressions``)."""
        with self.one_generation():
            row = self.snapshot.row_of.get(source_id)
            shown = editorial.available(self.snapshot)
            if row is None or (shown is not None and not shown[row]):  # blocked titles have no details
                return None
            details = self._details(source_id, row)
        if viewer and self.factory is not None:
            impressions.attribute(self.factory, viewer, source_id, "details")
        return details

    def _details(self, source_id: str, row: int) -> dict[str, Any]:
        details = self.summary(row)
        if self.factory is None:
            return details
        with self.factory() as session:
            item = session.scalar(select(Item).where(Item.source_id == source_id))
            if item is None:
                return details
            details.update(
                cast=[cr.person.name for cr in item.credits if cr.role == "cast"],
                directors=[cr.person.name for cr in item.credits if cr.role == "director"],
                languages=[lang.language for lang in item.languages],
                tags=[t.tag for t in item.tags],
                date_added=item.date_added.isoformat() if item.date_added else None,
                countries=[c.country for c in item.countries],
            )
        return details

    def record_feedback(self, user_id: str, item_id: str, kind: str) -> None:
        if self.factory is None:
            raise RuntimeError("feedback needs a database")
        store.record_feedback(self.factory, user_id, item_id, kind)
        shown_in = impressions.attribute(self.factory, user_id, item_id, kind)  # which list, at which place
        if kind in cap_context.OPINIONS:
            capped = (cap_context.is_kids_cap(standing.get(self.factory, user_id).audience)
                      or (shown_in is not None and cap_context.is_capped_list(self.factory, shown_in.impression_id)))
            cap_context.record_opinion(self.factory, user_id, item_id, capped)

    @staticmethod
    def vocabulary() -> dict[str, Any]:
        return {
            "genres": [{"id": g.id, "label": g.label, "synonyms": list(g.synonyms)} for g in GENRES],
            "audiences": list(AUDIENCES),
            "media_types": list(MEDIA_TYPES),
            "moods": list(MOODS),
            "languages": [{"code": k, "name": v} for k, v in LANGUAGE_NAMES.items()],
        }


def _topical(c: Constraints, soft: SoftSignal, with_taste: bool) -> bool:
    """The relevance is a free-text topic's alone (recommender.ranking: diversity is relaxed for it): no
    "more like" anchor, and no liked titles mixed in (two horror films resemble each other by the viewer's
    taste, not by the asked topic)."""
    return bool(c.query) and soft.similar_row is None and not with_taste


def _no_match_message(c: Constraints, relaxations: list[relaxation.Relaxation]) -> str:
    """For API clients (the CLI): what was asked, in the contract's words, and the nearest relaxation."""
    asked = wording.describe({name: getattr(c, name) for name in c.hard_fields()}) or "your request"
    if not relaxations:
        return f"Nothing in the catalog matches {asked}."
    best = relaxations[0]
    return (f"Nothing in the catalog matches {asked}. "
            f"If you {best.label}, there {'is' if best.count == 1 else 'are'} {best.count} "
            f"title{'s' if best.count != 1 else ''}.")
