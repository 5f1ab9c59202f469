"""The typo matcher (nlu/extraction/typos.py): one fuzzy matcher over the closed vocabulary, with a
length-scaled edit limit and a guard list of real words it never rewrites.

Its phrases are rows of cases/typos.tsv (run by test_extractor.py); the tests here each name one behaviour.
"""

from __future__ import annotations


from nlu.extraction.extractor import _vocabulary
from nlu.extraction.typos import RUNTIME_WORDS, guard_words, max_edits


def test_the_edit_limit_scales_with_length():
    assert [max_edits(w) for w in ("hour", "short", "comedy", "thriller", "documentaries")] == [0, 1, 1, 2, 2]


def test_the_guard_list_ships_and_holds_no_vocabulary_word():
    typos = _vocabulary().typos
    guard = guard_words()
    assert {"shooter", "shorts", "loner", "shirt"} <= guard
    assert not guard & set(typos._targets)


def test_guarded_and_common_words_are_never_rewritten():
    typos = _vocabulary().typos
    for word in sorted(guard_words())[:200] + ["night", "shooter", "sport", "scare", "moves", "train"]:
        assert typos._correct(word) is None, word


def test_runtime_and_phrase_words_are_targets():
    typos = _vocabulary().typos
    assert set(RUNTIME_WORDS) <= set(typos._targets)
    assert {"background", "comedy", "night"} <= set(typos._targets)  # words of "in the background", ...


def test_swapped_letters_break_a_tie():
    assert _vocabulary().typos._correct("huors") == "hours"


def test_a_word_typed_short_is_not_an_inflection():
    typos = _vocabulary().typos
    assert typos._correct("horro") == "horror"      # "horro" + "r" is the vocabulary word itself
    assert typos._correct("thrille") == "thriller"
    assert typos._correct("scare") is None          # a real word, still left alone


def test_letters_dropped_from_a_long_word_use_the_long_words_limit():
    from nlu.extraction.typos import edit_limit
    assert edit_limit("thrlle", "thriller") == 2     # a subsequence, same first letter
    assert edit_limit("hriller", "thriller") == 1    # first letter lost: the token's own limit
    assert edit_limit("abcd", "abcdefgh") == 0       # too short to guess


def test_decade_words_are_targets_and_a_ys_plural_is_read_as_ies():
    from nlu.extraction.typos import DECADE_WORDS, spellings
    typos = _vocabulary().typos
    assert set(DECADE_WORDS) <= set(typos._targets)
    assert spellings("fiftys") == ("fiftys", "fifties")
    assert typos._correct("seventeis") == "seventies"
    assert typos._correct("seventeen") is None       # a number word, not the 1970s


def test_a_dropped_letter_of_a_short_media_cue_or_runtime_word_is_corrected():
    typos = _vocabulary().typos
    assert [typos._correct(w) for w in ("flm", "shws", "mvie", "lke", "undr", "similr")] == [
        "film", "shows", "movie", "like", "under", "similar"]


def test_two_swapped_letters_of_a_short_media_or_cue_word_are_corrected():
    typos = _vocabulary().typos
    assert [typos._correct(w) for w in ("fiml", "shwo", "lkie")] == ["film", "show", "like"]


def test_short_real_words_near_a_cue_or_media_word_stay():
    typos = _vocabulary().typos
    for word in ("lie", "lick", "shoe", "shoes", "sow", "undo", "file", "lice"):
        assert typos._correct(word) is None, word


def test_a_letter_left_out_breaks_a_tie_with_a_letter_added():
    assert _vocabulary().typos._correct("longr") == "longer"
    assert _vocabulary().typos._correct("shortr") == "shorter"


def test_typod_cue_words_reach_the_likeness_and_runtime_rules(ents):
    found = ents("anything simlar to Stranger Things but shortr")
    assert ("title", "Stranger Things", "similar") in [(e.entity, e.value, e.role) for e in found]
    assert ("duration", "shorter") in [(e.entity, e.value) for e in found]
    assert [(e.entity, e.value) for e in ents("a documentry undr 100 minuts")] == [
        ("genre", "documentary"), ("duration", "-100")]
    assert [(e.entity, e.value) for e in ents("got a good flm for date night")][0] == ("media_type", "movie")


def test_an_inflection_of_a_cue_word_is_no_slip_of_it():
    from nlu.extraction.utterance import Utterance
    vocabulary = _vocabulary()
    for text in ("we liked it", "she likes horror", "similarly dark stuff"):
        utt = Utterance(text, vocabulary.nlp.make_doc(text))
        assert vocabulary.typos.cue_corrections(utt) == {}, text


def test_a_slip_of_a_cue_word_is_still_corrected():
    from nlu.extraction.utterance import Utterance
    vocabulary = _vocabulary()
    utt = Utterance("something simlar to dark", vocabulary.nlp.make_doc("something simlar to dark"))
    assert vocabulary.typos.cue_corrections(utt) == {1: "similar"}


def test_two_forms_of_one_genre_are_no_ambiguity():
    # "anime" and its adjective form "animey" sit one slip from "animee": both are the anime genre
    assert _vocabulary().typos._correct("animee") in ("anime", "animey", "animes")
    assert _vocabulary().typos._correct("thrillr") is not None
