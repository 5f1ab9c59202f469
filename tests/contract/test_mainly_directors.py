"""Who is mainly a director (contract.gazetteer.from_credits): directing at least as often as acting, a cast credit
on a documentary (the person appearing as themselves) not counted as acting. Names are this module's own."""

from __future__ import annotations

from contract.gazetteer import from_credits


def test_documentary_appearances_do_not_make_a_director_an_actor() -> None:
    credits = [("Ana Vela", "director", False)] * 3 + [("Ana Vela", "cast", False)] * 2
    credits += [("Ana Vela", "cast", True)] * 2   # talking about film in two documentaries
    assert from_credits([("t1", "One")], credits, []).mainly_directors == ("Ana Vela",)


def test_an_actor_who_directed_now_and_then_stays_an_actor() -> None:
    credits = [("Bo Reyes", "director", False)] * 2 + [("Bo Reyes", "cast", False)] * 5
    credits += [("Bo Reyes", "cast", True)]
    assert from_credits([("t1", "One")], credits, []).mainly_directors == ()


def test_someone_only_in_documentaries_who_never_directed_is_no_director() -> None:
    credits = [("Cy Lone", "cast", True)] * 4
    g = from_credits([("t1", "One")], credits, [])
    assert g.mainly_directors == () and g.actors == ("Cy Lone",)


def test_credits_without_the_documentary_flag_keep_the_plain_count() -> None:
    credits = [("Di Moss", "director")] * 2 + [("Di Moss", "cast")] * 2 + [("Ed Pine", "director")] + [("Ed Pine", "cast")] * 2
    assert from_credits([("t1", "One")], credits, []).mainly_directors == ("Di Moss",)
