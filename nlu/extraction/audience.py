"""Who is watching → a maturity cap: a child's age, companions, and "clean" / "no swearing".

The age bands are vocabulary.AGE_AUDIENCE (docs/contracts.md "Age mapping"): up to 4 preschool (TV-Y,
TV-G, G), 5–6 kids (+ TV-Y7), 7–12 family (+ PG, TV-PG), 13–17 teen (+ PG-13, TV-14), adults above —
Netflix's own maturity bands ("Older Kids 7+" holds PG and TV-PG).
Ages come as "for a 6 year old", "my 9yo", "aged 7", "my daughter is 4", "she's five", "my kids are 5 and
8" (several ages: the youngest decides), "my youngest is 6", "my 18 month old", "my 9yo daughter", literal
translations ("my son of 6 years", "my kids have 5 and 8 years"), and a
relative with an age anywhere in the sentence ("my granddaughter, 5,", "my grandson who is 7", "my niece is
coming over, she's 12"), and ages set off after the children ("the grandkids this weekend, 4 and 11,", "my
two, 5 and 8,"): the relative and the visit words belong to the age's span, so they never reach the free-text
query. Word audiences ("kids", "a toddler", "family movie night", "with my grandparents") are
lexicon terms, listed at the end of this module (a child of no stated age — "kids", "children",
"kid-friendly" — is family: what parents mean by a kids' film includes PG; "little kids", "young kids",
"a toddler", "preschoolers" are preschool); companions visiting ("grandma is visiting") are a pattern.

Content: "clean" (positively) and, through negation.py, a negated content word ("no swearing", "nothing
violent") are a *cap*: ``audience`` vocabulary.CLEAN_AUDIENCE with ``role: "cap"``; sexual or racy content ruled
out ("without sex scenes", "nothing too raunchy") or "tasteful" said positively cap at vocabulary.RACY_AUDIENCE,
which only ever tightens the audience already asked for (actions/constraints.py). A content word that is
not negated ("a bit of violence is fine") says nothing and is dropped.
"""

from __future__ import annotations

import re
from dataclasses import replace

from contract.vocabulary import AGE_AUDIENCE, AUDIENCES, CLEAN_AUDIENCE, RACY_AUDIENCE, audience_for_age, stricter_audience
from contract.words import (CHILD_KIN_PATTERN, COMPANY_VISIT_PATTERN, ELDER_KIN_PATTERN, GRANDPARENT_PATTERN,
                            PARTNER_PATTERN, content_reaction_spans)

from . import kin, media
from .numbers import AGE_ORDINAL, NUMBER, WORD_NUMBER, parse_age_ordinal, parse_number
from .spans import EXCLUDE, P_NAME, P_STRUCTURED, Found, Match, single
from .terms import Term
from .utterance import Collapsed

CAP = "cap"
CONTENT = "content"  # internal entity of content words; negation.py turns a negated one into a cap

_F = re.IGNORECASE
# The unit of a baby's age, as phone typists write it: "months", "mos", "mths", "mnths" and the common slips of
# "months" ("montsh", "monhts", "mounths", "monts": round 37): "she's 18 montsh" is a baby, never an 18-year-old.
MONTH_UNIT = r"(?:months?|mos?|mn?ths?|montsh|monhts?|mounths?|monts)"
# "one" followed by what it does is a pronoun, never an age: "6 and 13, one likes superheroes the other princesses",
# "one of them", "one's into dinosaurs", "one is scared of everything", "one just wants cartoons". A verb after it (a
# word ending in -s that is no unit a number counts: "one likes / wants / prefers / watches / hates"), "of", a form of
# "be" or "have", a modal or an adverb that heads a verb phrase. "my kids are one and three", "a one year old",
# "she's one", "he is one, so nothing scary" are ages.
_PRONOUN_ONE = (r"one(?:'s|’s|\s+(?:of|is|was|has|had|does|doesn'?t|isn'?t|can|can'?t|will|won'?t|would|could|just"
                r"|only|really|also|still|always|never|mostly|totally|absolutely|loves?|likes?|wants?|prefers?|into)\b"
                r"|\s+(?!(?:years?|yrs|" + MONTH_UNIT + r"|weeks|days|hours|hrs|mins|minutes|seasons|episodes|times|ones|this|as|plus|yes"
                r"|thus|unless|us|lols?)\b)"
                r"[a-z]+s\b)")
_AGE = rf"(?:\d{{1,2}}|(?!{_PRONOUN_ONE}){WORD_NUMBER})"
# "-ish" after the last age says it loosely: "bro is 8ish", "she's 6-ish" (round 22d).
_ISH = r"(?:[\s-]?ish\b)?"
_WHO = r"(?:(?:for|with)\s+)?(?:(?:a|an|my|our|the|his|her|their|your)\s+)?"
# "years of age" is the formal "years old" ("who are four and seven years of age").
_YEARS_OLD = r"[\s-]*(?:years?|yrs?|yr)(?:[\s-]*olds?|\s+of\s+age)\b"
# "my son 4 years", "for my daughter 5 yrs": the unit without "old", after a relative's bare number that ends the phrase.
_YEARS_BARE = r"[\s-]*(?:years?|yrs?|yr)\b"
# Children and relatives a viewer watches with. A relative counts only with an age somewhere in the
# sentence ("my nephew is 9", "my granddaughter, 5,", "my niece is coming over, she's 12"): a nephew may
# be any age. "youngest" / "oldest" stand for a child ("my youngest is 4").
_KIN = (rf"(?:{CHILD_KIN_PATTERN}"
        # "teen is 14, likes horror": one child watching, said with their age (not the Teen genre)
        r"|(?:teen|teenager|tween)(?=\s+(?:is|was|turned|turns|just)\b|'s\s+\d|’s\s+\d)"
        r"|little\s+ones?|youngest|oldest|eldest|middle\s+(?:one|child|kid)|youngest\s+one|oldest\s+one"
        # a pet name for a small child, with "little" after my / our ("my little guy is three", "our little man just turned 4")
        r"|(?:(?<=\bmy\s)|(?<=\bour\s))little\s+(?:guys?|man|men|lady|ladies|dudes?|buddy|fellas?|munchkins?|monkeys?|monsters?|rascals?))")
# A count in front names some of the children ("one boy is only 6", "a few of the kids are 4", "some of my nieces are 3").
_SOME_OF = r"(?:(?:one|two|three|four|both|some|a\s+few|several|a\s+couple)\s+(?:of\s+(?:the|my|our|them|those)\s+)?)?"
# "lil" is "little" typed short ("my lil cousin", "lil bro"): round 22d.
_CHILD = rf"{_SOME_OF}(?:(?:little|lil|young|youngest|oldest|eldest|baby|teenage|teen|older|younger|big|twin)\s+)?{_KIN}"
# "my niece and nephew", "my son, my daughter and my nephew".
_KINS = rf"{_CHILD}(?:\s*(?:,|\band\b|&)\s*(?:(?:my|our|the|his|her|their)\s+)?{_CHILD}){{0,3}}"
# "... and is coming over", "... is staying with us": the visit words after a relative's age.
_VISIT = (r"(?:\s*,?\s+(?:and\s+|who\s+)?(?:(?:(?:is|are|will\s+be)\s+)?(?:coming\s+over|visiting"
          r"|staying(?:\s+(?:with\s+(?:us|me)|over))?|sleeping\s+over)|(?:is|are|will\s+be)\s+(?:over|here"
          r"|in\s+town|coming))\b)")
_VISIT_TAIL = rf"{_VISIT}?"
# "a 9 year old nephew", "my 5yo daughter": the noun after the age is the same viewer.
_KIN_AFTER = rf"(?:\s+{_CHILD}\b)?"
# "for the 12 yo alone", "my 9 year old on her own": that child is the viewer (the words are the age's, no topic).
_ALONE_TAIL = r"(?:\s+(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:him|her)self)\b)?"
_YEAR_OLD_RE = re.compile(rf"\b{_WHO}(?P<age>{_AGE}){_ISH}{_YEARS_OLD}{_KIN_AFTER}{_ALONE_TAIL}{_VISIT_TAIL}", _F)
# "5 and 8 year olds", "a 4, 7 and 10 year old": the youngest decides.
_AGE_LIST_RE = re.compile(
    rf"\b{_WHO}(?P<ages>{_AGE}(?:\s*(?:,|and|&|or|-|–|to)\s*(?:an?\s+)?{_AGE})+){_YEARS_OLD}{_KIN_AFTER}", _F)
_YO_RE = re.compile(rf"\b{_WHO}(?P<age>{_AGE}){_ISH}[\s-]*(?:yo|y/o|y\.o\.?|yos)(?![\w/]){_KIN_AFTER}{_ALONE_TAIL}{_VISIT_TAIL}", _F)
# "my 18 month old", "a 6-month-old baby", "for a newborn": a baby.
_MONTHS = r"(?:\d{1,2}|" + WORD_NUMBER + r"|a\s+few|a\s+couple\s+of|several)[\s-]*" + MONTH_UNIT
_MONTHS_OLD_RE = re.compile(rf"\b{_WHO}{_MONTHS}[\s-]*olds?\b{_KIN_AFTER}", _F)
# Ages listed one after another: "5 and 8", "6, 9 and 13", "6, 9, and 13", "4 & 7", or as a range: "12-13", "8 to 10"
# (the youngest decides, like a list: both ends are ages).
_AGE_RANGE_SEP = r"\s*(?:-|–|\bto\b)\s*"
# "and" typed as "n" between two ages ("the kids 3 n 9", round 35) joins them as "and" does
_AGE_SEP = rf"(?:\s*(?:,\s*(?:and\b|&)?|\band\b|(?<=\d\s)n(?=\s+\d)|&)\s*|{_AGE_RANGE_SEP})"
_AGE_LIST = rf"{_AGE}(?:{_AGE_SEP}{_AGE})*"
# "aged 7", "ages 4 and 10", "ages 12, 9 and 5" (the youngest decides, in any order), "ages 7-12", "aged 4 and up".
# A hedge between "aged" and the ages ("boys aged like 9 to 11", "ages around 10 and 12", "aged between 8 and 10"): the
# same ages, the youngest deciding.
_AGE_HEDGE = (r"(?:(?:like|about|around|roughly|approximately|approx\.?|maybe|say|between|from|somewhere\s+around"
              r"|anywhere\s+from|~)\s*)?")
_AGED_RE = re.compile(rf"\b(?:aged?|ages)\s+{_AGE_HEDGE}(?P<ages>{_AGE_LIST})(?:\s*(?:\+|and\s+(?:up|over|older)|-\s*\d{{1,2}}|to\s+\d{{1,2}}))?", _F)
_NOT_AN_AGE = (r"(?!\s*(?:%|percent|min|mins|minutes?|h\b|hrs?|hours?|seasons?|episodes?|stars?|times|am\b|pm\b"
               r"|o'?clock|feet|foot|ft\b|inches|" + MONTH_UNIT + r"|weeks?|days?|nights?|evenings?|movies?|films?|shows?|series|titles?|things?|of\b|\.\d))")
# "they're all 15", "both are about 9", "she's only 4".
# An adverb of stance may come first: "he's actually 3", "she is really only 5", "they're literally 4".
# A hedge said loosely (round 22d): "shes like 6", "he's maybe 7", "she's probably 5".
# A hedge is an age's only when the number ends the clause or an age's words follow ("shes like 6", "he's maybe 7 and
# loves lego", "she's probably 5-ish"): "my sis is probably 2 steps ahead", "he's like 3 levels in" count something else.
_HEDGED_AGE_END = (r"(?=(?:\d{1,2}|[a-z]+(?:[\s-][a-z]+)?)(?:[\s-]?ish)?(?:[\s-]*(?:years?|yrs?|yo|y/o)\b"
                   r"|\s*(?:$|[,.!?;:)&]|(?:and|n|or|to|so|but|now|though|tho|lol|haha|btw|rn|next|this|who|which)\b)))")
_QUALIFIER = (r"(?:(?:all|both)\s+)?(?:(?:actually|really|literally|honestly|still|genuinely|technically)\s+)?"
              r"(?:only\s+|just\s+|about\s+|around\s+|almost\s+|nearly\s+"
              rf"|(?:like|maybe|probably|prob|roughly)\s+{_HEDGED_AGE_END})?")
_IS = (r"(?:\s+(?:is|are|'s|’s|was|were|turned|just\s+turned|turns|turning|will\s+be|is\s+turning)|'s|’s|'re|’re)"
       rf"\s+{_QUALIFIER}")
# "she's 7", and the same typed without the apostrophe ("shes 7", "hes 3", "theyre 5 and 8").
_PRONOUN_IS = (rf"(?:(?:she|he|they|(?:one|two|three|some|most|both|all|several|a\s+few|a\s+couple"
               r"|(?:the\s+)?(?:youngest|littlest|smallest|oldest)(?:\s+one)?)\s+of\s+(?:them|those))"
               rf"{_IS}|(?:shes|hes|theyre)\s+{_QUALIFIER})")
_AGES = rf"(?P<ages>{_AGE_LIST}){_ISH}"
# Someone else's child the viewer minds ("my friend's son, 7,", "my sister's daughter is 5", round 22d): the child.
_POSSESSIVE = r"(?:(?:for|with)\s+)?(?:my|our|the|his|her|their)\s+(?:[a-z]+(?:'s|’s)\s+)?"
# "my daughter is 4", "our kids are 5 and 8", "my youngest is 6".
_IS_AGE_RE = re.compile(rf"\b(?:{_POSSESSIVE})?{_KINS}{_IS}{_AGES}(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}{_VISIT_TAIL}", _F)
# "my grandson who is 7", "my granddaughter, 5,", "my nephew (9)", "my niece, aged 12", "my son age 8".
# A bare number after the relative must end the phrase ("my son 7 and my daughter 9", "my son (7)"), so
# "with the kids 3 nights a week" is no age.
# "and" ends the age unless a count of something follows it ("with the kids, 4 and 11 episodes" is no age).
_AND_NO_COUNT = r"\band\b(?!\s*\d{1,3}\s+(?!(?:years?|yrs?|yo|y/o)\b)[a-z])"
# ... or a conjunction opening the consequence ("my brothers 13 so keep it pg-13", "son 7 but he's brave": round 34).
_BARE_AGE_END = rf"(?=\s*(?:[,)]|$|[.!?;]|{_AND_NO_COUNT}|&|\b(?:so|but)\b))"
_BARE_AGE_END_OR_DASH = rf"(?=\s*(?:[,)]|$|[.!?;:–—-]|{_AND_NO_COUNT}|&))"
_KIN_AGE_RE = re.compile(
    rf"\b{_POSSESSIVE}{_CHILD}(?:\s*,\s*|\s*\(\s*|\s+)"
    r"(?:(?:(?:who|that)(?:\s+is|'s|’s|\s+just\s+turned|\s+turned|\s+will\s+be|\s+is\s+turning|\s+turns)\s+"
    rf"(?:only\s+|just\s+|about\s+|almost\s+|nearly\s+|like\s+|maybe\s+|around\s+|probably\s+)?|aged?\s+|age\s+)"
    rf"{_AGES}(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}"
    rf"|(?:(?:like|about|around|maybe|roughly|~)\s*)?(?=\d){_AGES.replace('?P<ages>', '?P<bare>')}(?:{_YEARS_OLD}|{_YEARS_BARE})?\b{_BARE_AGE_END})"
    rf"(?:\s*\))?{_VISIT_TAIL}", _F)
# Children named without "my" and their ages after them: "two girls (5 and 8)", "the twins: 6 and 6",
# "kids 4, 7 and 11", "nephews who are 6 and 14", "grandkids, who are 5 and 9", "three boys aged 9, 10 and 12", a
# range after "from" ("toddlers from 2 to 4": the lower end decides). A bare number after the
# children must end the phrase, and a single one needs brackets or a colon ("boys 2" may be a title).
_BARE_KIN_AGE_RE = re.compile(
    rf"\b{_CHILD}(?:\s*\(\s*{_AGES}(?:{_YEARS_OLD})?\s*\)"
    rf"|\s*:\s*{_AGES.replace('?P<ages>', '?P<bare>')}(?:{_YEARS_OLD})?\b{_BARE_AGE_END}"
    rf"|\s*,?\s*(?P<list>{_AGE}(?:{_AGE_SEP}{_AGE})+)(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}"
    rf"|\s*,?\s+(?:(?:who|that)\s+(?:are|is)\s+|aged?\s+{_AGE_HEDGE}|ages\s+{_AGE_HEDGE}|from\s+(?={_AGE}{_AGE_RANGE_SEP}{_AGE}(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}))"
    rf"{_AGES.replace('?P<ages>', '?P<said>')}(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}){_VISIT_TAIL}", _F)
# A child and a bare number, as second-language and hurried viewers list them: "boy 7, girl 12", "my son 6 and my
# daughter 9", "the twins 5 & niece 10", "nephew 7 niece 9" (no separator at all) — two or more such pairs in a row are ages (the youngest decides); one pair is
# an age only with the visit words after it ("granddaughter 8 coming over"), as "girl 6" alone may be a title.
_PAIR_AGE = rf"\d{{1,2}}(?![\d.:/%])(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}"
_KIN_PAIR = rf"(?:(?:my|our|the|a|one|and\s+(?:my|our|the|a)?)\s+)?{_CHILD}\s+{_PAIR_AGE}"
_KIN_PAIRS_RE = re.compile(rf"\b{_KIN_PAIR}(?:(?:\s*(?:,|&|\+|\band\b|/)\s*|\s+){_KIN_PAIR})+(?=\s*(?:$|[,.!?;:)–—-]|\s))", _F)
_KIN_PAIR_VISIT_RE = re.compile(rf"\b(?:(?:my|our|the|a)\s+)?{_CHILD}\s+(?P<said>\d{{1,2}})(?![\d.:/%]){_VISIT}", _F)
# A relative no title is named after, with a bare number that ends the phrase: "granddaughter 8, loves horses", "son 7 -
# something with dinosaurs" (a "girl 6" or "boys 2" may be a title: those need a second pair or the visit words).
_RELATIVE = (r"(?:sons?|daughters?|grandsons?|granddaughters?|grandkids?|grandchild(?:ren)?|nieces?|nephews?"
             r"|stepsons?|stepdaughters?|godsons?|goddaughters?)")
# ... or a verb of liking right after it, the child the subject (round 22m): "granddaughter 3 likes singing", "my
# nephew 9 loves dinosaurs", "son 5 is into trucks" ("season 3 likes" is no relative; "son 2 likes" is an age).
_LIKING_AFTER_AGE = (r"(?=\s+(?:likes?|loves?|wants?|enjoys?|adores?|hates?|is\s+(?:into|crazy\s+about|obsessed\s+with)"
                     r"|is\s+(?:a\s+)?(?:huge\s+|big\s+)?fan\s+of|only\s+(?:likes|watches|wants)|watches|can'?t\s+stand"
                     r"|(?:doesn'?t|does\s+not)\s+(?:like|want))\b)")
_LONE_RELATIVE_AGE_RE = re.compile(
    rf"(?:^|(?<=[,.!?;:]\s)|(?<=\bfor\s)|(?<=\bwith\s))(?:(?:my|our|the|a)\s+)?{_RELATIVE}\s+(?P<said>\d{{1,2}})(?![\d.:/%])"
    rf"(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}(?:{_BARE_AGE_END_OR_DASH}|{_LIKING_AFTER_AGE})", _F)
_PAIR_NUMBER_RE = re.compile(r"\d{1,2}")
# Ages set off by commas or dashes in a sentence about the viewer's children, away from them: "my boys love kung fu
# films, 9 and 12, what is ok for them", "our girls - 6 and 10 - want a musical". Two or more ages, every one a child's
# (an adult's number is something else: "my kids, 25 and 30 minutes" is no age), set off on both sides: the sentence
# goes on after them. Numbers that close the sentence after a title or a list ("my kids love harry potter, 1 and 2.")
# are its parts, and numbers after parts, ones or a rating verb ("the toy story ones, 3 and 4, …", "she rated them,
# 7 and 8, …") are parts or scores, wherever they stand (``_PARTS_BEFORE_RE``).
_SET_OFF_AGES_RE = re.compile(
    rf"(?:^|[,(:–—-])\s*(?P<list>{_AGE}(?:{_AGE_SEP}{_AGE})+)(?:{_YEARS_OLD})?\b{_NOT_AN_AGE}"
    r"(?=\s*(?:[,)–—-]|[;:](?=\s*\w))\s*\w)", _F)
_PARTS_BEFORE_RE = re.compile(
    r"\b(?:ones|parts?|volumes?|chapters?|installments?|instalments?|sequels?|episodes?|seasons?|films?\s+of\s+it"
    r"|rated|rate|rates|rating|scored|scores?|gave\s+(?:it|them)|give\s+(?:it|them)|ranked|out\s+of)"
    r"(?:\s+(?:it|them|those|these|both|all|each))?\s*[,(:–—-]\s*$", _F)
_OWN_CHILDREN_RE = re.compile(rf"\b(?:my|our)\s+(?:(?:two|three|four|five|little|young|youngest|oldest|teenage)\s+)?(?:{CHILD_KIN_PATTERN})\b", _F)
# Viewers of this age or older are no children and say no cap through their age: "my mother who is 85", "the
# grandparents are visiting, they're 80" (their company's words — "with my mum", "grandparents" — and what they
# dislike say the cap; an old viewer is not the adults'-only audience). A grown child ("my son is 25") stays adult.
ELDERLY_AGE = 60
# The first age past every child's band (vocabulary.AGE_AUDIENCE): a viewer's own age from here on is no cap.
ADULT_AGE = AGE_AUDIENCE[-1][0] + 1


def _kin_pairs(text: str) -> list[Match]:
    """"boy 7, girl 12", "granddaughter 8 coming over": children with bare numbers (``_KIN_PAIRS_RE``)."""
    out = []
    for rx in (_KIN_PAIRS_RE, _KIN_PAIR_VISIT_RE, _LONE_RELATIVE_AGE_RE):
        for m in rx.finditer(text):
            ages = [int(n) for n in _PAIR_NUMBER_RE.findall(m.group(0))]
            if ages and all(0 < a < 18 for a in ages):
                out.append(single("audience", m.start(), m.end(), audience_for_age(min(ages)), P_STRUCTURED,
                                  "audience-kin-pairs"))
    return out


def _set_off_ages(text: str) -> list[Match]:
    """Children's ages set off in a sentence that names the viewer's own children (``_SET_OFF_AGES_RE``)."""
    out = []
    for sentence in _SENTENCE_RE.finditer(text):
        if not _OWN_CHILDREN_RE.search(text, sentence.start(), sentence.end()):
            continue
        for m in _SET_OFF_AGES_RE.finditer(text, sentence.start(), sentence.end()):
            if _PARTS_BEFORE_RE.search(text, max(sentence.start(), m.start() - 40), m.start("list")):
                continue
            ages = said_ages(m["list"])
            if ages and all(a is not None and a == int(a) and 0 < a < 18 for a in ages):
                out.append(single("audience", m.start("list"), m.end("list"), audience_for_age(int(min(ages))),
                                  P_STRUCTURED, "audience-set-off-ages"))
    return out


# Ages in a literal translation ("of N years", "have N years"): "my daughter of 5 years", "a boy of 9 years",
# "my kids have 6 and 11 years". The years must end the age: "my son has 3 years of piano", "the kids have 2 years
# left at school" are no ages.
_NOT_A_DURATION = (r"(?!\s*(?:of|left|ago|more|since|before|after|until|till|to|in|at|with|experience|later|long)\b)")
_OF_YEARS_RE = re.compile(
    rf"\b{_WHO}{_CHILD}\s+of\s+{_AGES}\s+(?:years?|yrs?)\b(?:\s+old\b)?{_NOT_A_DURATION}{_VISIT_TAIL}", _F)
# "she has 6 years" too, as "she's 6" is an age
_HAVE_YEARS_RE = re.compile(
    rf"\b(?:(?:{_POSSESSIVE})?{_KINS}|she|he|they)\s+(?:has|have|having)\s+(?:only\s+|just\s+)?{_AGES}\s+(?:years?|yrs?)\b"
    rf"{_NOT_A_DURATION}{_VISIT_TAIL}", _F)
# Ages in a non-native word order without "years" (round 20d): "for my son of 14", "children of five", "my nephew of 11
# and niece of 5" (several: the youngest decides). The age must end the phrase ("children of 2 worlds", "the boys of
# summer" are no ages); "years (old)" may follow.
_OF_AGE = rf"of\s+{_AGE}(?![\w.:/%-])(?:{_YEARS_BARE}(?:\s+old)?)?"
_OF_AGE_END = (r"(?=\s*(?:$|[,.!?;:)–—-]|&|\b(?:and|but|so|who|he|she|they|something|anything|please|pls|now|too"
               r"|together|what|which|any|some|can|could|would|need|want|wants|likes?|loves?)\b))")
_KIN_OF_AGE_RE = re.compile(
    rf"\b{_WHO}{_CHILD}\s+{_OF_AGE}{_OF_AGE_END}"
    rf"(?:\s*(?:,|&|\band\b)\s*(?:(?:my|our|the|his|her|their|a|an)\s+)?{_CHILD}\s+{_OF_AGE}{_OF_AGE_END})*{_VISIT_TAIL}", _F)
_OF_AGE_NUMBER_RE = re.compile(rf"\bof\s+(?P<age>{_AGE})", _F)
# A correction of a child's age after it ("… of 6 - sorry, he have 7 now"): "now" makes the bare number an age.
_HAS_NOW_RE = re.compile(rf"\b(?:she|he|they)\s+(?:has|have)\s+(?:already\s+)?{_AGES}\s+now\b", _F)
# An elderly relative watching (round 20d): "my old mother", "my elderly dad", "my mother of ninety", "my grandfather
# wants westerns" → the clean cap, as grandparents are (the README's judgement calls), as a cap: grown-ups' ratings, no
# children's shelf unless a child watches too. Their own age is no cap.
_ELDER_RELATIVE = rf"(?:{ELDER_KIN_PATTERN})"
_GRANDPARENT = rf"(?:{GRANDPARENT_PATTERN})"
_OLD = r"(?:old|elderly|aged|ageing|aging)"
_ELDER_OF_AGE_RE = re.compile(
    rf"\b(?:(?:for|with)\s+)?(?:my|our)\s+(?:(?:{_OLD}|dear|sweet)\s+)*{_ELDER_RELATIVE}\s+of\s+(?P<age>{_AGE})(?![\w.:/%-])"
    r"(?:\s+(?:years?|yrs?)(?:\s+old)?)?", _F)
_OLD_RELATIVE_RE = re.compile(rf"\b(?:(?:for|with)\s+)?(?:my|our)\s+(?:dear\s+|sweet\s+)?{_OLD}\s+{_ELDER_RELATIVE}\b", _F)
_GRANDPARENT_WANTS_RE = re.compile(
    # "my grandpa wants …", and bare at a clause's start ("nana wants a film", round 22d) — never a story's grandma
    rf"(?:\b(?:my|our)\s+|(?:^|(?<=[,.!?;:]\s)))(?:{_GRANDPARENT}|nan)(?=\s+(?:(?:only|really|just|mostly)\s+)?(?:wants?|likes?|loves?|prefers?|enjoys?"
    r"|would\s+(?:like|love|enjoy)|'d\s+(?:like|love)|watch(?:es)?|is\s+into|are\s+into|needs?)\b)", _F)
# A relative named as the subject of a story, not as company: "a documentary about my old mother", "a film on my gran".
_SUBJECT_BEFORE_RE = re.compile(r"\b(?:about|on|of|regarding)\s+$", _F)


def _of_ages(text: str) -> list[Match]:
    """Children "of N" and elderly relatives (``_KIN_OF_AGE_RE``, ``_ELDER_OF_AGE_RE`` …): the children's ages, and
    the elderly relatives as the clean cap (their ages claimed with no cap of their own)."""
    out: list[Match] = []
    for m in _KIN_OF_AGE_RE.finditer(text):
        ages = [parse_number(n["age"]) for n in _OF_AGE_NUMBER_RE.finditer(m.group(0))]
        ages = [int(a) for a in ages if a is not None]
        if ages and all(0 < a < 18 for a in ages):
            out.append(single("audience", m.start(), m.end(), audience_for_age(min(ages)), P_STRUCTURED,
                              "audience-kin-of-age"))
    for m in _HAS_NOW_RE.finditer(text):
        ages = [int(a) for a in said_ages(m["ages"]) if a is not None and 0 < a < 18]
        if ages:
            out.append(single("audience", m.start(), m.end(), audience_for_age(min(ages)), P_STRUCTURED,
                              "audience-has-now"))
    for m in _ELDER_OF_AGE_RE.finditer(text):
        age = parse_number(m["age"])
        if age is not None and age >= ELDERLY_AGE and not kin.nobody_watching(text, m.end()) \
                and not _SUBJECT_BEFORE_RE.search(text, 0, m.start()):
            out.append(single("audience", m.start(), m.end(), CLEAN_AUDIENCE, P_STRUCTURED, "elderly-relative", CAP))
    for rx in (_OLD_RELATIVE_RE, _GRANDPARENT_WANTS_RE):
        # "my old dad used to love westerns", "my grandma recommended it": the viewer's past or a tip, nobody watching
        out += [single("audience", m.start(), m.end(), CLEAN_AUDIENCE, P_STRUCTURED, "elderly-relative", CAP)
                for m in rx.finditer(text)
                if not kin.nobody_watching(text, m.end()) and not _SUBJECT_BEFORE_RE.search(text, 0, m.start())]
    return out


# A grandparent named after an elderly age ("my 85 year old grandma", "for my 90yo nan"): company, the grown-ups' cap.
_GRANDPARENT_AFTER_RE = re.compile(rf"\s+(?:great[\s-])*(?:{_GRANDPARENT}|nan)\b", _F)


# "my baby is 10 months old", "she's 8 months".
_IS_MONTHS_RE = re.compile(rf"\b(?:{_POSSESSIVE}{_KINS}|she|he|they){_IS}{_MONTHS}(?:[\s-]+old)?\b", _F)
# The viewers' own age: "we're 14", "we r 15", "i'm 13 lol", "me and my friends are 16", "im 12 years old". Said
# with an age word (years old, yo, y/o) any child's age counts; without one only a teen's age (13-17) with no
# noun after it, since "we're 2 people", "we are 3" count the viewers. An adult's age is no cap (no entity).
_SELF = (r"(?:we|i|me\s+and\s+my\s+(?:\w+\s+)?\w+|my\s+(?:\w+\s+)?\w+\s+and\s+(?:i|me)|(?:both|all)\s+of\s+us"
         r"|(?:the\s+)?(?:two|three|four|five)\s+of\s+us)")
_SELF_BE = rf"(?:{_SELF}(?:\s+(?:are|r|am|is|'re|’re)|'re|’re|'m|’m)|im|were)\s+(?:both\s+|all\s+)?{_QUALIFIER}"
_SELF_AGE_WORD_RE = re.compile(
    rf"\b{_SELF_BE}{_AGES}(?:{_YEARS_OLD}|[\s-]*(?:yo|y/o|y\.o\.?|yrs?)(?![\w/]))", _F)
_SELF_TEEN_RE = re.compile(
    rf"\b{_SELF_BE}{_AGES}(?=\s*(?:$|[.,!?;:)]|(?:lol|haha\w*|lmao|so|and\s+(?:we|i|my|want|need|looking)|but|btw|tho"
    r"|rn|now|ok|okay|here|if|any|anything|something|what|pls|please)\b))", _F)
_OWN_TEEN_AGES = range(13, 18)
# One viewer telling their own age ("im 12, ...", "i'm 11 and bored") counts nobody: any school child's age is theirs.
_SELF_ONE_RE = re.compile(_SELF_TEEN_RE.pattern.replace(_SELF_BE, rf"(?:i\s+am|i'm|i’m|im)\s+{_QUALIFIER}", 1), _F)
_OWN_CHILD_AGES = range(6, 18)


# A child's age said through a birthday: "my son's sixth birthday party", "for her 9th birthday", "the twins' 4th bday".
# Someone else's birthday only (a relative, "his", "her", "their", "a"): "my 40th birthday" is the viewer's own, and
# "it's my birthday, i'm 75" says no child's age at all.
_BIRTHDAY_RE = re.compile(
    rf"\b(?:(?:{_POSSESSIVE})?{_KINS}(?:'s|’s|'|’)|his|her|their|a|an)\s+(?:(?:little|big|special)\s+)?"
    rf"(?P<ordinal>{AGE_ORDINAL})\s+(?:birthday|bday|b-day)(?:\s+(?:party|sleepover|celebration|weekend))?\b", _F)


def _birthdays(text: str) -> list[Match]:
    """A child's birthday with its ordinal: the child's age (the age bands decide; an adult's birthday says nothing)."""
    out = []
    for m in _BIRTHDAY_RE.finditer(text):
        age = parse_age_ordinal(m["ordinal"])
        if age is not None and 0 < age < 18:
            out.append(single("audience", m.start(), m.end(), audience_for_age(age), P_STRUCTURED, "audience-birthday"))
    return out


def _own_age(text: str) -> list[Match]:
    """The viewers' own age (see the patterns above); the youngest decides. A grown-up's own age ("I'm 45 years old", "i
    am seventy-eight years old") is claimed with no entity: a viewer telling their age asks for no ceiling, and no
    grown-ups'-only search either (their company says who else watches)."""
    out = []
    for rx, allowed in ((_SELF_AGE_WORD_RE, range(1, 18)), (_SELF_TEEN_RE, _OWN_TEEN_AGES),
                        (_SELF_ONE_RE, _OWN_CHILD_AGES)):
        for m in rx.finditer(text):
            ages = said_ages(m["ages"])
            if not ages or not all(a is not None and int(a) == a for a in ages):
                continue
            if min(ages) in allowed:
                out.append(single("audience", m.start(), m.end(), audience_for_age(int(min(ages))),
                                  P_STRUCTURED, "audience-own-age"))
            elif rx is _SELF_AGE_WORD_RE and min(ages) >= ADULT_AGE:
                out.append(Match(m.start(), m.end(), P_STRUCTURED, (), "audience-own-adult-age"))
    return out


# An age a title should suit: "horror ok for 13", "something fine for 8", "suitable for a 10", "appropriate for 12+".
_FOR_AGE_RE = re.compile(
    rf"\b(?:ok|okay|fine|suitable|appropriate|safe|alright|age[\s-]appropriate)\s+for\s+(?:an?\s+)?{_AGES}"
    rf"(?:{_YEARS_OLD}|\s*(?:yo|y/o)\b)?(?:\s*\+|\s+and\s+(?:up|over|older)\b)?(?![\w-])"
    r"(?!\s*(?:people|persons|adults|of\s+us|guests|viewers|players|friends))" + _NOT_AN_AGE, _F)
# Ages said of a group with "all" ("5 girls all 12-13", "the cousins, all 10", "friends who are all 9 to 11") or as the
# ends of a range ("kids between 9 and 11", "between the ages of 6 and 8"): the youngest decides. A count, a time or
# a rating is no age ("all 12-13 episodes", "between 9 and 11 pm", "rated between 7 and 9").
_GROUP = rf"(?:{_CHILD}|friends|guests|guys|of\s+them)"
_ALL_AGES_RE = re.compile(
    rf"\b{_GROUP}\s*,?\s*(?:(?:who\s+)?(?:are|'re|’re)\s+)?all\s+(?:aged?\s+|about\s+|around\s+)?{_AGES}"
    rf"(?:{_YEARS_OLD})?(?![\w-]){_NOT_AN_AGE}", _F)
_BETWEEN_AGES_RE = re.compile(
    r"(?<!\brated\s)(?<!\brating\s)(?<!\bscore\s)(?<!\bsometime\s)\bbetween\s+(?:the\s+ages?\s+of\s+)?"
    rf"(?P<ages>{_AGE}\s+(?:and|&)\s+{_AGE})(?:{_YEARS_OLD})?(?![\w-]){_NOT_AN_AGE}"
    r"(?!\s*(?:tonight|today|tomorrow|at\s+night|in\s+the|on\b|stars?|out\s+of|/))", _F)
_PRONOUN_AGE_RE = re.compile(rf"\b{_PRONOUN_IS}{_AGES}(?:{_YEARS_OLD})?(?![\w-]){_NOT_AN_AGE}", _F)
# "my niece is coming over, she's 12", "my nephew is staying with us and he is 9": the relative, the
# words about the visit and the age are one mention, so none of them reaches the free-text query.
_VISIT_WORDS = (r"(?:is|are|'s|’s|will\s+be|be|coming|come|over|visiting|staying|stays|sleeping|here|with|us|me"
                r"|tonight|today|tomorrow|this|weekend|week|night|evening|afternoon|for|the|and|who|in|town|again|too"
                r"|also|around|at|our|place|home|so|both|of|them)")
_KIN_THEN_PRONOUN_RE = re.compile(
    rf"\b{_POSSESSIVE}{_KINS}(?P<gap>(?:\s*,?\s*{_VISIT_WORDS}\b){{0,8}})\s*[,;:-]?\s*(?:and\s+|but\s+|so\s+)?"
    rf"{_PRONOUN_IS}{_AGES}(?:{_YEARS_OLD})?(?![\w-]){_NOT_AN_AGE}", _F)
# Children named, a few words about the visit, then their ages set off by a comma, a bracket or a dash, without
# "are" / "aged": "we've got the grandkids this weekend, 4 and 11,", "the boys are over today (6 and 9)", "my
# two, 5 and 8,", "our three - 4, 7 and 12 -". Two or more ages (one only in brackets) that end the phrase, so
# "the kids, 2 or 3 options" and "with the kids, 4 and 11 episodes" are no ages.
_COUNTED_CHILDREN = r"(?:(?:my|our)\s+(?:two|three|four|five)|(?:both|all\s+(?:three|four))\s+of\s+(?:mine|ours))"
_GAP_WORDS = (rf"(?:{_VISIT_WORDS}|got|have|having|has|had|all|day|morning|until|till|saturday|sunday|friday"
              r"|monday|tuesday|wednesday|thursday)")
_KIN_THEN_AGES_RE = re.compile(
    rf"\b(?:{_POSSESSIVE}|(?:the|two|three|both)\s+)?(?:{_KINS}|{_COUNTED_CHILDREN})"
    rf"(?:\s*,?\s*{_GAP_WORDS}\b){{0,8}}"
    rf"(?:\s*(?:,|:|[-–—])\s*(?P<list>{_AGE}(?:{_AGE_SEP}{_AGE})+)(?:{_YEARS_OLD})?\b{_BARE_AGE_END_OR_DASH}"
    rf"|\s*\(\s*(?P<ages>{_AGE_LIST})(?:{_YEARS_OLD})?\s*\))", _F)
# Cheap test first: the pattern above is slow on long messages, and it needs two ages in a row or one in brackets.
_AGES_SET_OFF_RE = re.compile(rf"\b{_AGE}{_AGE_SEP}{_AGE}\b|\(\s*{_AGE}\b", _F)
# A relative mentioned elsewhere in a sentence that gives an age ("something for my niece. she is 12" is two
# sentences; "for my nephew, he loves cars, he's 9" is one): the relative is the same viewer.
_KIN_MENTION_RE = re.compile(rf"\b{_POSSESSIVE}{_KINS}\b", _F)
_SENTENCE_RE = re.compile(r"[^.!?;\n]+")
# "teen" before a genre next to an age ("a teen comedy for my 14 yo") is who it is for, not the Teen genre. Before a
# series noun it is the genre (the catalog's Teen TV Shows) whatever the ages say: "a teen show for my 15 yo".
# A teen feel ("a teen vibe", "teenage energy": genres.EXTRA) is the genre beside an age too (round 25e).
_TEEN_WORD_RE = re.compile(r"\b(?:teen|teenage|teen-friendly)\b(?![\s-]+(?:sons?|daughters?|kids?|boys?|girls?"
                           r"|nephews?|nieces?|children|ones?|shows?|series|tv|sitcoms?|vibes?|feel|feeling|energy)\b)"
                           r"(?![\s-]+[a-z-]+\s+(?:tv\s+)?(?:shows?|series|sitcoms?)\b)", _F)
# "a teen series", "teen drama shows", "a teenage sitcom": the catalog's Teen TV Shows (the genre) and, since such a
# show is made for teens, the teen cap; both on the word "teen", so the genre and format words after it are still read
# ("for my teen", "for teens" name a viewer: the audience only). A kin word after "teen" is a viewer, and "shows"
# after it the verb ("my teen daughter shows no interest in …", "my teenage son shows me clips"), so neither counts;
# nor "shows" with an object after it ("my teen shows me …").
_SHOWS_AS_VERB = r"shows\s+(?:me|us|him|her|them|you|no|zero|little|off|up)\b"
_TEEN_SHOW_RE = re.compile(
    rf"\b(?P<teen>teen(?:age)?|teeny)(?=[\s-]+(?:(?!(?:for|with|and|or|{CHILD_KIN_PATTERN})\b)[a-z-]+\s+)?(?:tv\s+)?"
    rf"(?!{_SHOWS_AS_VERB})(?:shows?|series|sitcoms?)\b)", _F)


# Titles made for babies, named as a kind ("the baby shows", "babyish cartoons", "baby stuff"): the preschool audience,
# which a viewer mostly turns down for an older child ("not the baby shows": actions/constraints.py leaves out the
# preschool TV ratings). A title's priority (P_NAME): a catalog title that covers the word and more ("is million dollar
# baby movie on here", "rosemary's baby film") is longer and wins; vocabulary readings of "baby" lose. The reading of
# "the baby" as a viewer said beside an age (``_same_viewer``) is dropped inside it (``_outside_baby_kinds``).
P_BABY_KIND = P_NAME
_BABY_KIND_RE = re.compile(
    r"\b(?:(?:the|those|these|any|all\s+the)\s+)?bab(?:y|yish|ies)(?=[\s-]+(?:shows?|cartoons?|stuff|movies?|films?|tv"
    r"|series|programs?|programmes?|content|ones?)\b)|\bbabyish\b", _F)


def _baby_kinds(text: str) -> list[Match]:
    return [single("audience", m.start(), m.end(), audience_for_age(0), P_BABY_KIND, "audience-baby-kind")
            for m in _BABY_KIND_RE.finditer(text)]


def _outside_baby_kinds(matches: list[Match], kinds: list[Match]) -> list[Match]:
    """The viewer readings not inside a kind of titles for babies: "not the baby shows, the 13 year old would riot"
    names no baby watching (``_same_viewer`` would read "the baby" as the 13 year old's company)."""
    return [m for m in matches if not any(k.start <= m.start and m.end <= k.end for k in kinds)]


def _teen_shows(text: str) -> list[Match]:
    out = []
    for m in _TEEN_SHOW_RE.finditer(text):
        found = (Found("genre", m.start(), m.end(), "teen"), Found("audience", m.start(), m.end(), "teen", CAP))
        out.append(Match(m.start(), m.end(), P_STRUCTURED, found, "audience-teen-show"))
    return out
# One number of a list or range of ages. A compound number word is one number ("seventy-eight", "sixty five", "twenty-one
# and twenty-four"): the pattern reads the longest number first, so the hyphen of a range ("12-13", "seven-nine") still
# parts two ages and the tens word of a compound never becomes an age of its own.
_ONE_AGE_RE = re.compile(rf"(?<![\w.])(?:{NUMBER})(?![\w.])", _F)


def said_ages(said: str) -> list[float | None]:
    """The numbers of a list or range of ages as the patterns above captured it ("5 and 8", "12-13", "aged 4 and an 8",
    "seventy-eight"), in the order said."""
    return [parse_number(m.group(0)) for m in _ONE_AGE_RE.finditer(said)]
# Companions visiting or watching too, named with or without "my": "grandma is visiting", "grandparents are
# over tonight", "the in-laws are staying with us", "grandma's here" → the family cap.
# Said without the verb too, as telegraphic and second-language viewers do ("grandparents visiting", "grandma coming
# over this weekend"): only the words that cannot be anything else ("dad here" is not this).
_VISITING = COMPANY_VISIT_PATTERN

# A rating for all ages ("something rated for all ages", "suitable for all ages", "general audiences"): what a G rating
# says, so the preschool band (TV-Y, TV-G, G) as a cap (round 19c): a grown-up saying it gets those ratings, never the
# children's shelf (actions/constraints.grown_ups_capped); "fun for all ages" / "all ages" alone stay the family audience.
_RATED_FOR_ALL_AGES_RE = re.compile(r"\b(?:rated|suitable|fit|appropriate|safe|ok|okay)\s+for\s+all\s+ages\b"
                                    r"|\b(?:rated\s+(?:for\s+)?)?general\s+audiences?\b", re.IGNORECASE)

# "clean" as a request ("something clean", "clean comedies", "keep it clean"), not the chore ("while I
# clean", "clean the kitchen").
# A possessive is the chore only before a thing cleaned ("clean my room"); "something clean my mom is in the room"
# asks the cap with the company said after it (round 35).
_CLEANED_THINGS = r"(?:house|room|bedroom|bathroom|kitchen|flat|place|car|desk|office|apartment|home|clothes|shoes|teeth)"
_NOT_THE_CHORE = (r"(?![\s-]+(?:up|out|the|house|room|kitchen|slate|energy|water|eating|air|sweep|break|cut|shaven"
                  rf"|(?:my|our|your)\s+{_CLEANED_THINGS}))")
_CLEAN_RE = re.compile(
    r"\b(?:(?:keep\s+it|something|anything|nothing\s+but|only|strictly|totally|completely|very|super|squeaky"
    # "needs to be clean", "it has to be clean, my boss is here" (round 22d)
    r"|(?:needs?|has|have|got)\s+to\s+be|must\s+be|should\s+be|gotta\s+be"
    rf"|pretty|fairly|nice\s+and|a|some)[\s-]+)(?P<w>clean)\b{_NOT_THE_CHORE}"
    r"|(?<!\bi\s)(?<!\bwe\s)(?<!\bto\s)\b(?P<w2>clean)(?=[\s-]+(?:comed|movie|film|flick|show|series|stuff|content"
    r"|humou?r|joke|fun\b|famil|entertainment|stand|ones?\b|option|pick|title|anime|cartoon|kids?\b|tv\b|please|pls\b|plz\b"
    r"|only"
    r"|(?:enough\s+)?for\s+(?:the|my|our|a|all|kids|family|fam)\b)"
    r"|\s*[.!?]*\s*$)"
    # "clean" as its own item of a list of wishes, closing its clause: "a film, and clean, ...", "a show and clean
    # please", "a series, clean, grandad is devout" (round 27B): after a kind of title, never a chore ("cook and clean")
    r"|\b(?:movies?|films?|flicks?|shows?|series|something|one|comed(?:y|ies)|documentar(?:y|ies)|cartoons?|anime)"
    r"(?:\s*,\s*(?:(?:and|also|but|plus)\s+)*|\s+(?:(?:and|also|but|plus)\s+)+)(?:(?:it'?s|its|it\s+has\s+to\s+be|has\s+to\s+be)\s+)?(?P<w3>clean)"
    r"(?=\s*(?:[,.;!?]|$|\b(?:please|pls|plz|since|because|cause|cuz|as|she|he|they|my|our|mum|mom|dad|grand\w*)\b))", _F)
# "Cleaner" asks for the same cap after a list ("something cleaner", "cleaner stuff", "any cleaner ones", "a bit
# cleaner please"): a comparative after a wish word or a degree, before what is wanted (after a determiner or opening
# its clause), or said alone; never the person, who comes after a noun or an article ("the cleaner is here", "a window
# cleaner", "works as a hospital cleaner", "the vacuum cleaner", "Code Name: The Cleaner").
_CLAUSE_OPENING = r"(?:^|(?<=[,.!?;:]))\s*"
_CLEANER_RE = re.compile(
    r"\b(?:(?:something|anything|stuff|things?|ones?|keep\s+it|make\s+it|(?:a\s+)?(?:bit|little|lot|tad)|much|way|even"
    r"|slightly|somewhat|more)\s+)(?P<w>cleaner)\b(?!\s+(?:is|was|who|came|comes|lady|guy|man|woman|that)\b)"
    rf"|(?:{_CLAUSE_OPENING}|\b(?:the|some|any|a|just|only|maybe|for|got|want|need)\s+)(?P<w2>cleaner)"
    r"(?=[\s-]+(?:stuff|ones?\b|options?|picks?|titles?|content|comed|movies?|films?|flicks?|shows?|series|humou?r"
    r"|jokes?|stand))"
    rf"|{_CLAUSE_OPENING}(?P<w3>cleaner)(?=\s*(?:please|pls)?\s*[.!?]*\s*$)", _F)

# Not offending anyone is the clean cap too: "something that won't offend anyone", "nothing offensive",
# "inoffensive", "safe for everyone", "clean enough for the in-laws", "no one gets offended". The span takes the
# negation word in, so negation.py never reads "nothing offensive" as a cap to rule out.
_INOFFENSIVE_RE = re.compile(
    r"\b(?:(?:won'?t|wouldn'?t|doesn'?t|does\s+not|will\s+not|would\s+not|shouldn'?t|can'?t|cannot|not\s+going\s+to"
    r"|nothing\s+that\s+(?:will|would|could|might|can)|not)\s+offend(?:\s+(?:anyone|anybody|any\s+one|people|them|him|her"
    r"|us|(?:my|our|the|his|her)\s+[\w-]+))?"
    r"|(?:nothing|not|no|nothing\s+too|not\s+too|nothing\s+remotely|not\s+remotely)\s+offensive"
    # a copula's short negation, often without its apostrophe: "a comedy that isnt offensive", "ones that arent too
    # offensive" (round 22m)
    r"|(?:isn'?t|aren'?t|wasn'?t|ain'?t|won'?t\s+be)\s+(?:too\s+|very\s+|remotely\s+|at\s+all\s+)?offensive"
    r"(?!\s+(?:to|for)\s+(?:me|us|him|her|them|my|our|his|their)\b|\s+(?:that|if|when|how)\b)"
    r"|(?:in|non-?)offensive"
    r"|(?:safe|ok|okay|fine|suitable|appropriate|good)\s+for\s+(?:everyone|everybody|all\s+audiences|anyone|anybody)"
    r"|clean\s+enough"
    # safe for work ("keep it sfw", "safe for work pls", "nothing nsfw"): the clean cap (round 22d)
    r"|(?:keep\s+it\s+)?(?:sfw|safe\s+for\s+work|work[\s-]safe)|(?:nothing|no|not)\s+(?:too\s+)?nsfw(?:\s+stuff)?"
    # "nothing dirty", "no filthy stuff pls", "not too dirty": the clean cap said as its opposite ruled out (round 22d),
    # closing its clause — "not dirty dancing", "no dirty harry films" name something else
    r"|(?:nothing|no|not|nothing\s+too|not\s+too|none\s+of\s+the)\s+(?:dirty|filthy|smutty|naughty)(?:\s+(?:stuff|things?"
    r"|ones?|bits|content))?(?=\s*(?:$|[,.!?;:]|\b(?:please|pls|plz|or|and|but|though|tho|thanks|thx|either|at\s+all"
    r"|tonight|this\s+time|pls)\b))"
    r"|(?:no\s*one|nobody)\s+(?:(?:will|would|could|gets?|getting)\s+)?(?:be\s+)?offended)\b", _F)


def find(text: str) -> list[Match]:
    """Audience matches for every age expression in ``text``, "clean" caps, companions visiting, and the
    words around an age that name the same viewer (a relative, "teen" before a genre). The patterns run on the text
    with its whitespace runs collapsed (utterance.Collapsed keeps them linear); offsets are the original text's."""
    collapsed = Collapsed(text)
    if not collapsed.changed:
        return _find(text)
    return [_moved(m, collapsed) for m in _find(collapsed.text)]


def _moved(m: Match, collapsed: Collapsed) -> Match:
    """``m`` found on the collapsed text, at the original text's offsets."""
    found = tuple(replace(f, start=collapsed.start(f.start), end=collapsed.end(f.end)) for f in m.found)
    return Match(collapsed.start(m.start), collapsed.end(m.end), m.priority, found, m.rule)


def _find(text: str) -> list[Match]:
    """``find`` on text whose whitespace runs are single characters."""
    out: list[Match] = []
    elderly: list[Match] = []  # an older viewer's age: the span is claimed, no cap (``ELDERLY_AGE``)
    for rx in (_YEAR_OLD_RE, _YO_RE):
        for m in rx.finditer(text):
            age = parse_number(m["age"])
            if age is not None and ELDERLY_AGE <= age < 120:
                elderly.append(Match(m.start(), m.end(), P_STRUCTURED, (), "audience-elderly"))
                grandparent = _GRANDPARENT_AFTER_RE.match(text, m.end())
                if grandparent:  # "for my 80 year old grandma": the grandparent's company is the grown-ups' cap (22d)
                    out.append(single("audience", m.start(), grandparent.end(), CLEAN_AUDIENCE, P_STRUCTURED,
                                      "elderly-grandparent", CAP))
            elif age is not None and 0 < age < 100:
                out.append(single("audience", m.start(), m.end(), audience_for_age(int(age)),
                                  P_STRUCTURED, "audience-age"))
    for rx in (_MONTHS_OLD_RE, _IS_MONTHS_RE):
        for m in rx.finditer(text):
            out.append(single("audience", m.start(), m.end(), audience_for_age(0), P_STRUCTURED, "audience-months"))
    # the relative-then-pronoun pattern is the slow one: only where a pronoun gives an age
    pronoun_age = _PRONOUN_AGE_RE.search(text) is not None
    ages_set_off = _AGES_SET_OFF_RE.search(text) is not None
    for rx in (_AGED_RE, _AGE_LIST_RE, _IS_AGE_RE, _KIN_AGE_RE, _BARE_KIN_AGE_RE, _KIN_THEN_AGES_RE, _PRONOUN_AGE_RE,
               _KIN_THEN_PRONOUN_RE, _FOR_AGE_RE, _ALL_AGES_RE, _BETWEEN_AGES_RE,
               _OF_YEARS_RE, _HAVE_YEARS_RE):
        if (rx is _KIN_THEN_PRONOUN_RE and not pronoun_age) or (rx is _KIN_THEN_AGES_RE and not ages_set_off):
            continue
        for m in rx.finditer(text):
            groups = m.groupdict()
            said = next((groups[g] for g in ("ages", "bare", "list", "said") if groups.get(g)), "")
            ages = said_ages(said)
            ages = [int(a) for a in ages if a is not None and 0 < a < 120]
            if ages and min(ages) >= ELDERLY_AGE:
                elderly.append(Match(m.start(), m.end(), P_STRUCTURED, (), "audience-elderly"))
            elif ages:
                # longer than a single "8 year olds" match, so the whole list wins the overlap
                out.append(single("audience", m.start(), m.end(), audience_for_age(min(ages)),
                                  P_STRUCTURED, "audience-ages"))
    own = _own_age(text)
    out += [m for m in own if m.found]
    elderly += [m for m in own if not m.found]  # a grown-up's own age: claimed, no cap
    out += _kin_pairs(text)
    out += _of_ages(text)
    out += _set_off_ages(text)
    out += _birthdays(text)
    out += _teen_shows(text)
    out += _chains(text, out)
    out += _same_viewer(text, out)
    out += kin.find(text, out)  # "the grandkids", "my nieces and nephews", "4th graders": children of no stated age
    babies = _baby_kinds(text)  # a kind of title, no viewer: after the rules that read the viewers around an age
    out = _outside_baby_kinds(out, babies) + babies
    for rx in (_CLEAN_RE, _CLEANER_RE):
        for m in rx.finditer(text):
            word = next(g for g in ("w", "w2", "w3") if m.groupdict().get(g))
            out.append(single("audience", m.start(word), m.end(word), CLEAN_AUDIENCE, P_STRUCTURED, "clean", CAP))
    for m in _TASTEFUL_RE.finditer(text):
        if _NEGATED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue
        out.append(single("audience", m.start(), m.end(), RACY_AUDIENCE, P_STRUCTURED, "tasteful", CAP))
    for m in _INOFFENSIVE_RE.finditer(text):
        out.append(single("audience", m.start(), m.end(), CLEAN_AUDIENCE, P_STRUCTURED, "inoffensive", CAP))
    for m in _RATED_FOR_ALL_AGES_RE.finditer(text):  # round 19c: "rated for all ages" is the G band, as a cap
        out.append(single("audience", m.start(), m.end(), AUDIENCES[0], P_STRUCTURED, "all-ages", CAP))
    out += [Match(m.start(), m.end(), P_STRUCTURED, (), "audience-life-event") for m in _LIFE_EVENT_RE.finditer(text)]
    out += [Match(m.start(), m.end(), P_STRUCTURED, (), "audience-simile") for m in _SIMILE_RE.finditer(text)]
    for m in _COMPANION_VISITING_RE.finditer(text):
        out.append(single("audience", m.start(), m.end(), CLEAN_AUDIENCE, P_STRUCTURED, "companion-visiting"))
    if _JOINING_RE.search(text):
        out = [_as_cap(m) for m in out]
    return out + elderly


# A baby's arrival is news about the viewer's life, not who watches: "had a baby last year and missed everything",
# "we're having a baby", "our new baby", "since the baby came", "expecting our first baby". The phrase claims its
# words with no entity, so the word "baby" is no preschool audience there; "for my baby", "with the baby", "my
# baby is 1" still are (a baby said to be asleep is actions/planning.py's children away).
_BABY = r"(?:baby|newborn)(?:\s+(?:girl|boy|brother|sister))?"
_ONE_OF_US = r"(?:a|an|the|our|my|their|her|his|another)"
# When it happened belongs to the news, not to the titles wanted: "had a baby last year" asks for no recent titles.
_WHEN = (r"(?:\s+(?:(?:last|this|earlier\s+this)\s+(?:year|month|week|spring|summer|fall|autumn|winter)"
         r"|in\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)"
         r"|(?:a|an|one|two|three|four|five|six|a\s+few|a\s+couple\s+of|\d{1,2})\s+(?:weeks?|months?|years?)\s+ago)\b)?")
_LIFE_EVENT_RE = re.compile(
    r"\b(?:(?:(?:just|recently|finally|also)\s+)?(?:had|having|have\s+had|'ve\s+had|’ve\s+had|expecting|welcomed|welcoming"
    rf"|adopted|adopting)\s+{_ONE_OF_US}\s+(?:(?:new|first|second|third|little)\s+)?{_BABY}"
    rf"|{_ONE_OF_US}\s+new(?:born)?\s+{_BABY}"
    rf"|(?:the|our|my|their|her|his)\s+(?:new\s+)?{_BABY}\s+(?:came|arrived|was\s+born|is\s+due|is\s+coming|comes|arrives|arriving)"
    rf"|{_ONE_OF_US}\s+{_BABY}\s+on\s+the\s+way)\b{_WHEN}", _F)


# A baby in a figure of speech is nobody watching: "it made me cry like a baby", "slept like a baby after it".
# Only after a verb of how someone reacted: "i'd like kids movies", "we'd like a child friendly film" are wishes.
_SIMILE_VERB = (r"(?:cr(?:y|ied|ying)|sle(?:ep|pt|eping)|laugh(?:ed|ing)?|act(?:ed|ing)?|behav(?:e|ed|ing)|scream(?:ed|ing)?"
                r"|giggl(?:e|ed|ing)|sob(?:bed|bing)?|bawl(?:ed|ing)?|squeal(?:ed|ing)?|fe(?:el|lt|eling)|grinn(?:ed|ing)"
                r"|smil(?:e|ed|ing)|watch(?:ed|ing)?\s+it)")
_SIMILE_RE = re.compile(rf"\b{_SIMILE_VERB}(?:\s+(?:again|all\s+over|so\s+hard|hard|so\s+much))?\s+like\s+"
                        r"(?:a\s+(?:little\s+)?baby|babies|a\s+little\s+kid|a\s+kid|a\s+child|kids)\b", _F)


# Someone joins those already watching ("his older brother is joining, he's 14", "my 12 year old wants to
# watch too"): the new viewer adds to the audience, so the ages said are caps (the youngest viewer decides,
# contracts "Age mapping"), never a replacement of the audience already set.
_JOINING_RE = re.compile(
    r"\b(?:join(?:s|ing)?(?:\s+(?:us|in|them|me))?|(?:is|are|'s|'re)\s+coming\s+too|watch(?:ing)?\s+(?:too|as\s+well|with\s+(?:us|them))"
    r"|also\s+(?:watching|coming|here)|tagging\s+along|tag\s+along)\b", _F)


def _as_cap(m: Match) -> Match:
    found = tuple(replace(f, role=CAP) if f.entity == "audience" and f.role is None else f for f in m.found)
    return Match(m.start, m.end, m.priority, found, m.rule)


_CHAIN_GAP_RE = re.compile(r"\s*(?:,|;|&|\band\b|\bplus\b|\bas\s+well\s+as\b)?\s*(?:,\s*)?(?:and\s+)?", _F)


def _chains(text: str, ages: list[Match]) -> list[Match]:
    """Ages said one after another ("my son is 8 and my daughter is 9", "my son 7, my niece 10") are one
    mention: the youngest decides and every word of it is covered (two equal readings would otherwise be
    reported once, leaving the second viewer's words to the free-text query)."""
    out = []
    ordered = sorted(ages, key=lambda m: (m.start, -m.end))
    for i, first in enumerate(ordered):
        end, values = first.end, [first.found[0].value]
        for nxt in ordered[i + 1:]:
            if nxt.start < end:
                continue
            if not _CHAIN_GAP_RE.fullmatch(text, end, nxt.start):
                break
            end = nxt.end
            values.append(nxt.found[0].value)
        if len(values) > 1:
            out.append(single("audience", first.start, end, stricter_audience(*values) or values[0], P_STRUCTURED,
                              "audience-chain"))
    return out


def _same_viewer(text: str, ages: list[Match]) -> list[Match]:
    """In a sentence that gives an age: a relative mentioned apart from it ("for my niece, she loves
    cats, she's 12") and "teen" before a genre ("a teen comedy for my 14 yo") name who is watching too —
    each is reported as a cap (role ``cap``) of the youngest age's audience of that sentence: the same
    constraint as the age itself (a cap only tightens, and the age is named in the same message), but a
    separate entity, so its words are consumed and never reach the free-text query, and "teen" is not
    read as the Teen genre."""
    out = []
    for sentence in _SENTENCE_RE.finditer(text):
        inside = [m for m in ages if sentence.start() <= m.start and m.end <= sentence.end()]
        if not inside:
            continue
        value = stricter_audience(*(f.value for m in inside for f in m.found)) or audience_for_age(0)
        covered = [(m.start, m.end) for m in inside]
        for rx, rule in ((_KIN_MENTION_RE, "audience-relative"), (_TEEN_WORD_RE, "audience-teen-word")):
            for m in rx.finditer(text, sentence.start(), sentence.end()):
                if not any(s < m.end() and m.start() < e for s, e in covered):
                    out.append(single("audience", m.start(), m.end(), value, P_STRUCTURED, rule, CAP))
    return out


# Word audiences. They take precedence over the vocabulary's genre synonyms "for kids"/"children"/
# "family friendly": who is watching is a maturity constraint (contracts §5), not a catalog tag.
_WORDS: dict[str, tuple[str, ...]] = {
    "preschool": ("toddler", "toddlers", "preschooler", "preschoolers", "little one", "little ones", "baby",
                  "babies", "newborn", "newborns", "infant", "infants", "tots", "tiny tots", "very young kids", "very young children",
                  "under fives", "under-fives", "nursery kids", "kindergartener", "kindergarteners",
                  "kindergartner", "kindergartners", "little kids", "young kids", "young children",
                  "little children", "small kids", "small children", "little kid", "young kid"),
    # the family's slang ("the fam", "famjam") is ``FAMILY_SLANG``'s, framed as company only
    "family": ("family", "whole family", "the whole family", "all the family", "kids", "kid", "children", "child",
               "youngsters", "kiddos", "kiddies",
               # a learner's plural of "children" ("good for childrens"): the same children (round 34)
               "childrens"),
    "teen": ("teens", "teenagers", "teenager", "adolescents", "young adult", "young adults", "teenage son",
             "teenage daughter", "teenage kids", "teenage children", "teenage boy", "teenage girl", "teen son",
             "teen daughter", "teenage nephew", "teenage niece",
             # round 27D: teens said as a group or in the plural ("my teenage boys", "the teen girls", "teenaged sons")
             *(f"{t} {k}" for t in ("teenage", "teenaged", "teen") for k in (
                 "girls", "boys", "daughters", "sons", "nieces", "nephews", "kid", "twins", "grandkids",
                 "grandchildren", "granddaughter", "grandson", "granddaughters", "grandsons", "cousins", "students"))),
    "adult": ("adults", "grown-ups", "grownups", "grown ups", "grown-up", "mature audiences"),
}
_FIXED: dict[str, tuple[str, ...]] = {
    "preschool": ("toddler-friendly", "toddler friendly", "preschool", "pre-school", "for the little ones",
                  "baby-friendly", "baby friendly", "safe for a baby", "safe for babies", "ok for a baby"),
    "family": ("kid-friendly", "kid friendly", "child-friendly", "child friendly", "safe for kids",
               "suitable for kids", "appropriate for kids", "ok for kids", "family-friendly", "family friendly",
               "all ages", "family night", "family movie night", "family safe", "family-safe", "movie night with the family", "family film night", "family tv night"),
    "teen": ("my teen", "a teen", "tweens and teens"),
    "adult": ("adult", "mature", "adults only", "for adults", "grown-up stuff"),
}
# Grown-ups watching on their own ("date night", "just the two of us"): the adults' audience, so no child audience
# and no children's titles (actions/constraints.py); a date night asks for romance too: this is the phrase's only home
# (moods.SITUATIONS holds the other date phrases, which say nothing about who watches: "on a date" may be a teen's).
_GROWN_UPS_ALONE: dict[str, tuple[tuple[str, str], ...]] = {
    **{p: (("mood", "romantic"),) for p in ("date night", "date-night", "our date night", "a date night",
                                            # a date at home tonight (round 35): the same evening
                                            "date tonight", "date tonite", "date at my place", "date at mine",
                                            "date over at mine", "date over at my place", "date tonight at my place",
                                            "date tonite at my place", "date tonight at mine", "date tonite at mine")},
    **{p: () for p in ("just the two of us", "just the 2 of us", "only the two of us", "just us two", "just us 2",
                       "the two of us alone", "just me and my wife", "just me and my husband", "just me and my partner",
                       "just my wife and me", "just my husband and me", "just my partner and me", "just me and the wife",
                       "just me and the husband", "just us grown-ups", "just us adults")},
}
# A date night with a child or the family ("a daddy daughter date night", "date night with my 10 year old", "family
# date night") is no grown-ups-alone evening: the adults' audience is dropped (``date_night_with_children``), the
# romantic mood stays.
_DATE_NIGHT_RE = re.compile(r"date(?:[\s-]+night|\s+(?:tonight|tonite|(?:over\s+)?at\s+(?:mine|my\s+place)))",
                            re.IGNORECASE)
_CHILD_OR_FAMILY_RE = re.compile(rf"\b(?:{CHILD_KIN_PATTERN}|family|families|daddy|mommy|\d{{1,2}}\s*(?:yo|y/o|years?[\s-]+old))\b",
                                 re.IGNORECASE)
_TWEENS = ("tweens", "tween", "preteens", "pre-teens", "preteen")
_PREPS = ("", "for ", "with ", "w ", "w/ ")  # "w my kids", "w/ the whole fam": "with" typed short
_DETS = ("", "my ", "the ", "our ", "your ", "a ")
# Company that calls for nothing embarrassing: the family cap, when they watch too ("with my grandparents",
# "for my grandma", "me and my parents") — "my dad loves westerns" alone says nothing.
_COMPANIONS = ("grandparents", "grandparent", "grandma", "grandpa", "granny", "grandmother", "grandfather",
               "grandmum", "grandmom", "nana", "nan", "gran", "grandad", "granddad", "parents", "mom", "mum",
               "dad", "mother", "father", "mom and dad", "mum and dad", "in-laws", "parents-in-law",
               "mother-in-law", "father-in-law", "relatives", "aunt", "auntie", "uncle", "pastor", "priest")
_COMPANION_PREPS = ("with ", "for ", "and ", "watching with ", "along with ", "w ", "w/ ", "watching w ", "watching w/ ",
                    "me n ", "me & ")
_COMPANION_DETS = ("my ", "the ", "our ", "my elderly ")
# Said without "my" too ("watching with grandma", "grandma is visiting"): the grandparents and parents.
_BARE_COMPANIONS = ("grandparents", "grandma", "grandpa", "granny", "grandmother", "grandfather", "nana", "nanna",
                    "grandad", "granddad", "gramps", "grammy", "mom", "mum", "dad", "mom and dad", "mum and dad",
                    "grandma and grandpa")
_COMPANION_NAME = (r"(?:(?:my|the|our)\s+(?:elderly\s+|old\s+)?)?(?:"
                   + "|".join(re.escape(w) for w in sorted(set(_COMPANIONS + _BARE_COMPANIONS), key=len, reverse=True))
                   + ")")
_COMPANION_VISITING_RE = re.compile(
    rf"\b{_COMPANION_NAME}(?:\s+(?:and|&)\s+{_COMPANION_NAME})?{_VISITING}", _F)
# Violence a viewer may rule out ("no gore", "nothing with guns"): content words (below) that negation.py also reads as
# ruling out the violent kinds. "Graphic" alone may be sex as much as violence: a content word, no violence.
VIOLENCE_CONTENT: tuple[str, ...] = (
    "graphic violence", "violence", "gore", "gory", "blood", "bloody", "bloodshed", "killing", "killings", "guns",
    "gunfights", "gun fights", "shootouts", "gunplay",
)
# Blood and gore ruled out ("nothing with blood", "no gore", "without the gory stuff") is a grown-up's dislike of the
# violent kinds, not a child's rating: negated, such a word caps nothing (negation.py ``_gore``) and rules out the
# violent kinds unless one is asked for (negation.py ``_violent_kinds``) — a child watching brings the cap through their
# age. Swearing, violence, guns and the rest stay the clean cap.
GORE_WORDS = frozenset({"gore", "gory", "blood", "bloody", "bloodshed"})
# Violence words that are moods too (``CONTENT_MOODS``): "nothing violent", "not brutal".
VIOLENT_MOODS: dict[str, str] = {"violent": "dark", "brutal": "dark"}
# Every word of violence, the one list negation.py reads.
VIOLENCE_WORDS = frozenset(VIOLENCE_CONTENT) | frozenset(VIOLENT_MOODS)
# Content a viewer may rule out: negated ("no swearing", "nothing violent", "without sex scenes") each is a
# cap at vocabulary.CLEAN_AUDIENCE (negation.py); words that are also moods keep their mood reading too.
CONTENT_WORDS: tuple[str, ...] = (
    "swearing", "swear words", "swear word", "swears", "cursing", "curse words", "curse word", "cuss words",
    "cuss word", "cussing", "bad words", "bad word", "f-bomb", "f-word", "profanity",
    "profanities", "bad language", "foul language", "strong language", "coarse language", "crude language",
    "adult language", "rough language", "f-bombs", "f-words", "obscenities", "vulgarity", "vulgar",
    "crude humor", "crude humour", "dirty jokes", "rude", "rude stuff", "rude jokes", "rude humor", "rude humour",
    "crude", "crude stuff", "crude jokes", "graphic",
    "graphic content", "graphic scenes", "drugs", "drug use", "adult content", "adult themes", "mature content",
    "mature themes", "inappropriate", "inappropriate stuff", "inappropriate content",
    *VIOLENCE_CONTENT,
)
# Sexual and racy content a viewer may rule out ("no sex scenes", "nothing too raunchy", "not too explicit", "nothing
# steamy"): negated, a cap at vocabulary.RACY_AUDIENCE (TV-14 / PG-13), looser than the swearing and violence cap.
RACY_WORDS: tuple[str, ...] = (
    "sex scene", "nude scene", "nudity", "nude scenes", "naked people", "sex", "sex scenes",
    "sexual content", "sexual stuff", "sexual scenes", "sexy stuff", "sexy scenes", "steamy scenes", "sexual", "sexy",
    "steamy", "raunchy", "racy", "risque", "risqué", "smutty", "erotic", "spicy scenes", "sexual themes", "innuendo",
    "smut", "explicit", "explicit content", "explicit scenes", "explicit stuff", "tasteless", "sleazy", "lewd",
)
# "keep it tasteful", "something tasteful", "tastefully done": the same cap, said positively as a wish. "tasteful"
# describing a title ("a tasteful documentary about the holocaust") is its quality, no cap; a negated one ("isn't
# tasteful", "never tasteful", "not something tasteful") neither (``_NEGATED_BEFORE_RE``).
_TASTEFUL_RE = re.compile(
    r"\b(?:keep(?:s|ing)?\s+(?:it|things|them)\s+|(?:something|anything|stuff|one|ones|things?)\s+(?:that'?s\s+)?"
    r"|(?:needs?\s+to|has\s+to|have\s+to|must|should)\s+be\s+|as\s+long\s+as\s+(?:it'?s|it\s+is|they'?re)\s+)"
    r"(?:(?:more|very|fairly|pretty|quite|really|super|nice\s+and)\s+)?tasteful\b(?!\s+(?:and\s+)?\w+(?:ary|ies|s)\b)"
    r"|\btastefully\s+(?:done|made|shot|handled|told)\b", _F)
_NEGATED_BEFORE_RE = re.compile(r"(?:\bnot|\bnever|n't|n’t|\bno|\bnothing|\bhardly)\s+(?:\w+\s+){0,2}$", _F)
# Content words that are moods too: negated, they cap *and* exclude the mood ("less violent" → not dark).
CONTENT_MOODS: dict[str, str] = {**VIOLENT_MOODS, "disturbing": "dark"}


# Round 30C: swearing told as what people on screen do, right after a reaction frame ("walks out if anyone swears",
# "gets upset whenever people curse", "leaves the room the moment someone starts cussing":
# ``contract.words.content_reaction_spans``) is the clean cap like "no swearing". The verbs are no content words of
# their own ("nothing about curses" is a story's subject, round 28A), so only this frame reads them.
_SWEARING_DONE_RE = re.compile(
    r"\s*(?:(?:there|there's|theres|is|are|when|if|whenever|once|the|a)\s+)*"
    r"(?:someone|somebody|anyone|anybody|people|they|characters|folks|he|she|a\s+character|the\s+characters)\s+"
    r"(?:(?:starts?|keeps?|begins?|even|just|ever)\s+)?"
    r"(?P<verb>swear(?:s|ing)?|swore|curse[sd]?|cursing|cuss(?:es|ed|ing)?|drops?\s+(?:an?\s+)?f[\s-]?bombs?)\b", _F)


def swearing_reacted_to(text: str, found: list[Found]) -> list[Found]:
    """``found`` with the clean cap on swearing told as an act after a reaction frame (above), unless read already."""
    out = list(found)
    for _, end in content_reaction_spans(text):
        m = _SWEARING_DONE_RE.match(text, end)
        if m is None or any(f.start < m.end("verb") and m.start("verb") < f.end for f in out):
            continue
        out.append(Found("audience", m.start("verb"), m.end("verb"), CLEAN_AUDIENCE, CAP))
    return sorted(out, key=lambda f: (f.start, f.end)) if len(out) > len(found) else found


WORD_AUDIENCES = _WORDS  # the audience nouns, for the typo reader (typos.AUDIENCE_WORDS)
# The family in slang (round 31D): "for the fam", "me and my fam", "the whole fam", "fam night", "famjam". "fam" alone
# is also how a friend is addressed ("thanks fam", "ok fam"), so it is the family only framed as the company — after
# a determiner ("the", "my", "our") or "whole", or before a night word; the longer slang words are the family anywhere.
FAMILY_SLANG = ("fam", "famjam", "fam jam", "fambam", "fam bam", "fambly")
_ADDRESS_SLANG = frozenset({"fam"})
_COMPANY_DETS = ("my ", "the ", "our ", "the whole ", "my whole ", "our whole ", "whole ")
_FAMILY_NIGHTS = ("night", "movie night", "film night", "tv night")


def _family_slang_terms() -> list[tuple[str, Term]]:
    """The family's slang framed as company (``FAMILY_SLANG``)."""
    phrases = [f"{prep}{det}{w}" for w in FAMILY_SLANG for prep in _PREPS
               for det in _COMPANY_DETS + (() if w in _ADDRESS_SLANG else ("",))]
    phrases += [f"{w} {night}" for w in FAMILY_SLANG for night in _FAMILY_NIGHTS]
    return [(p, Term("audience", "family")) for p in phrases]


def terms() -> list[tuple[str, Term]]:
    """Lexicon entries for audiences, including "with my kids" / "for the family" framings."""
    out: list[tuple[str, Term]] = []
    for value, nouns in _WORDS.items():
        for noun in nouns:
            out += [(f"{prep}{det}{noun}", Term("audience", value)) for prep in _PREPS for det in _DETS]
    for value, phrases in _FIXED.items():
        out += [(p, Term("audience", value)) for p in phrases]
    out += [(f"{prep}{w}", Term("audience", "family")) for w in _TWEENS for prep in ("", "for ", "with ")]
    out += _family_slang_terms()
    out += [(p, Term("audience", "adult", extra=extra)) for p, extra in _GROWN_UPS_ALONE.items()]
    # "and the mom, <actress>" names a character of a title, not who is watching: "and" takes "my" / "our" only
    out += [(f"{prep}{det}{w}", Term("audience", CLEAN_AUDIENCE))
            for w in _COMPANIONS for prep in _COMPANION_PREPS for det in _COMPANION_DETS
            if not (prep == "and " and det == "the ")]
    out += [(w, Term("audience", CLEAN_AUDIENCE)) for w in ("grandparents", "the grandparents", "the in-laws")]
    out += [(f"{prep}{w}", Term("audience", CLEAN_AUDIENCE))
            for w in _BARE_COMPANIONS for prep in ("with ", "for ", "watching with ", "along with ", "w ", "w/ ")]
    out += [(f"{det}{w} {verb}", Term("audience", CLEAN_AUDIENCE))
            for w in _COMPANIONS for det in ("my ", "the ", "our ")
            for verb in ("is visiting", "are visiting", "is over", "are over", "is coming over", "are coming over",
                         "is staying with us", "are staying with us", "is watching too", "are watching too")]
    return [(p, _with_media_word(p, t)) for p, t in out]


def _with_media_word(phrase: str, term: Term) -> Term:
    """An audience phrase holding a media word ("family movie night", "family tv night") reports that media
    type too, as a companion on the same span (terms.Term.extra): the audience value is unchanged."""
    values = [v for w in phrase.lower().split() if (v := media.media_word(w))]
    return replace(term, extra=term.extra + ((media.ENTITY, values[0]),)) if values else term


def content_terms() -> list[tuple[str, Term]]:
    """Content words (only meaningful when negated; see negation.py). Listed before moods."""
    out = [(w, Term(CONTENT, CLEAN_AUDIENCE)) for w in CONTENT_WORDS]
    out += [(w, Term(CONTENT, RACY_AUDIENCE)) for w in RACY_WORDS]
    out += [(w, Term(CONTENT, CLEAN_AUDIENCE, extra=(("mood", mood),))) for w, mood in CONTENT_MOODS.items()]
    return out


def date_night_with_children(text: str, found: list) -> list:
    """The adults' audience read from "date night" is dropped when the message names a child, kin, an age or the
    family, or another audience is found (a child's date night is no grown-ups-alone evening; the mood stays)."""
    def date_adult(f) -> bool:
        return f.entity == "audience" and f.value == "adult" and _DATE_NIGHT_RE.search(text, f.start, f.end) is not None
    dates = [f for f in found if date_adult(f)]
    if not dates:
        return found
    others = any(f.entity == "audience" and not date_adult(f) for f in found)
    if not others and _CHILD_OR_FAMILY_RE.search(text) is None:
        return found
    return [f for f in found if f not in dates]


# Round 28D: a partner as the viewer's only company ("a thriller me and my boyfriend can watch", "with my fiancee
# and the cat", "my husband and I want a comedy"): grown-ups alone, the adults' audience (no children's titles), like
# "just me and my wife". Only a company frame counts ("me and my", "with my", "my <partner> and I"); a partner's taste
# ("my wife loves westerns"), a partner ruled out ("without my husband") or a story's partner ("about a man and his wife")
# is none. A child, kin, an age, the family, teens, a children's kind or another audience anywhere in the message
# decides instead.
_PARTNER = rf"(?:{PARTNER_PATTERN})"  # one list of partner words (contract/words.py, round 29D)
_PARTNER_COMPANY_RE = re.compile(
    rf"\b(?:(?:me|myself)\s+(?:and|&|n|\+)\s+|(?<!without\s)(?<!w/o\s)(?:with|w/?|alongside|for)\s+)(?:my|the)\s+{_PARTNER}\b"
    rf"|\b(?:my|the)\s+{_PARTNER}\s+(?:and|&|n|\+)\s+(?:i|me|myself)\b", _F)
_NOT_GROWN_UPS_ALONE_RE = re.compile(
    r"\b(?:kids?|kiddos?|child|children|baby|babies|toddlers?|teens?|teenagers?|tweens?|niece|nephew|grand\w*|"
    r"family|fam|cartoons?|animated|disney|pixar|\d{1,2}\s*(?:yo|y/o|years?[\s-]+old|yr\s*old))\b", _F)


def partners_alone(text: str, found: list) -> list:
    """The adults' audience for a partner as the only company named (round 28D): nothing is added when any audience,
    a children's or family genre, or a child / family / teen word is in the message."""
    m = _PARTNER_COMPANY_RE.search(text)
    if m is None:
        return found
    if any(f.entity == "audience" or (f.entity == "genre" and f.value in ("kids", "family", "teen")) for f in found):
        return found
    if _NOT_GROWN_UPS_ALONE_RE.search(text) or _CHILD_OR_FAMILY_RE.search(text):
        return found
    if any(f.start < m.end() and m.start() < f.end for f in found):  # the words are a title's or a name's
        return found
    return [*found, Found("audience", m.start(), m.end(), "adult")]


# Someone else's family met, not watching ("we're meeting his family next week", "before I meet her family"): people
# the viewer meets, no audience (round 25b). Only a possessive of someone else: "meet the family" stays a title's story
# or the viewer's own company.
_FAMILY_MET_RE = re.compile(r"\b(?:meet|meets|meeting|met|introduced\s+to)\s+(?:his|her|their)\s+$", _F)


def families_met(text: str, found: list[Found]) -> list[Found]:
    """The family audience read from "family" is dropped when the family is someone else's met by the viewer."""
    return [f for f in found if not (f.entity == "audience" and f.role is None and f.value == "family"
                                     and text[f.start:f.end].lower() in ("family", "families")
                                     and _FAMILY_MET_RE.search(text[:f.start]) is not None)]


# Round 36: a family in a title's story, not the viewers: "the royal family", "a crime family", "his family" told in a
# plot, or "family" doing something ("the family launders money", "a family who moves to …"). Only the bare word
# "family" is read so; "family movie night", "for the family" and "the whole family" stay the company watching.
_STORY_FAMILY_BEFORE_RE = re.compile(
    r"\b(?:royal|crime|mafia|mob|criminal|rich|wealthy|poor|dysfunctional|immigrant|noble|aristocratic|political"
    r"|grieving|farming|famous|feuding|cartel|his|their)\s+$", _F)
_STORY_FAMILY_AFTER_RE = re.compile(
    r"^\s+(?:who|whose|that\s+(?!is|are|can|will|would|could|won'?t|doesn'?t)|in\s+which|of\s+(?:\d+|two|three|four|five|six)"
    r"|(?:moves|moving|launders|laundering|runs|running|lives|living|tries|trying|must|discovers|hides|hiding|fights"
    r"|flees|inherits|struggles|goes|gets|buys|owns)\b)", _F)


_FOR_THE_FAMILY_RE = re.compile(r"\b(?:for|with)\s+(?:(?:the|a|an|my|our)\s+)?$", _F)
_FAMILY_NOUN_RE = re.compile(r"(?:(?:the|a|an)\s+)?famil(?:y|ies)", _F)


def families_in_a_story(text: str, found: list[Found]) -> list[Found]:
    """The family audience read from "family" is dropped when the family is one a title's story tells of (note above)."""
    def told(f: Found) -> bool:
        return (f.entity == "audience" and f.role is None and f.value == "family"
                and _FAMILY_NOUN_RE.fullmatch(text[f.start:f.end]) is not None
                and _FOR_THE_FAMILY_RE.search(text[:f.start]) is None  # "for a family who loves musicals": watching
                and (_STORY_FAMILY_BEFORE_RE.search(text[:f.start]) is not None
                     or _STORY_FAMILY_AFTER_RE.match(text[f.end:]) is not None))
    return [f for f in found if not told(f)]


# Grown-up kin named as company ("with my mum", "my dad is visiting"): no children, so no audience (round 21q). Beside a
# content cap ("something clean for my dad") the cap word alone is the grown-ups' cap (ratings up to the family band,
# actions/constraints.grown_ups_capped), never the children's audience and its label "for kids and family".
# Grandparents are the exception (round 22d): the issue names them among the caps, so their company ("watching w my
# gran", "with my grandparents", "nana's coming over") is that grown-ups' cap — the content cap's role, ratings up to
# PG / TV-PG, never the children's shelf. "nan" counts here (the span is company: "with my nan", "my nan is over").
_ELDER_WORD_RE = re.compile(rf"\b(?:{_ELDER_RELATIVE}|relatives)s?\b", _F)
_GRANDPARENT_WORD_RE = re.compile(rf"\b(?:great[\s-])*(?:{_GRANDPARENT}|nan|nans|grandparents)\b", _F)
# A grandparent's visit told as a title's story ("a comedy about a grandpa in town for the holidays", "a show where the
# grandparents are visiting"): the story's people, no company, so no cap (review of round 22d). Company words of its own
# ("about dogs, with grandma") keep the cap.
_STORY_BEFORE_RE = re.compile(r"\b(?:about|regarding|where|in\s+which)\s+(?:(?:an?|the|some|my|our|his|her|their)\s+)?$", _F)
_COMPANY_WORD_RE = re.compile(r"(?:with|w/?|for|along|watching|me)\b", _F)


def elders_in_company(text: str, found: list[Found]) -> list[Found]:
    """Grown-up kin watching too: parents, in-laws, aunts and uncles ("with my mum who only watches crime dramas", "for
    my dad, he's 70", "the in-laws are over") are no children and cap nothing, so their audience goes (the words stay
    out of the query: actions/query_text ``_COMPANION``); grandparents ("with my gran", "grandma is visiting") are the
    grown-ups' cap (role ``cap``: ratings up to PG / TV-PG, no children's shelf). A cap word said beside them is the
    grown-ups' cap on its own, and a child named beside them decides the audience. A grandparent named as the fan of a
    person or a title ("my grandma loves <actor>", "grandpa adores <title>") is no company: only the person or the title
    counts (round 24a, ``_fan_of_someone``)."""
    out = []
    for f in found:
        if f.entity == "audience" and f.role == CAP and _fan_of_someone(text, f, found):
            continue
        if (f.entity == "audience" and f.role is None and f.value == CLEAN_AUDIENCE
                and _ELDER_WORD_RE.search(text, f.start, f.end) and not _CHILD_OR_FAMILY_RE.search(text, f.start, f.end)):
            if _GRANDPARENT_WORD_RE.search(text, f.start, f.end) and not _in_a_story(text, f):
                out.append(f.with_role(CAP))
            continue
        out.append(f)
    return out


def _in_a_story(text: str, f: Found) -> bool:
    """The grandparents of ``f`` are a story's ("a film about grandma visiting"): a story cue right before, no company
    word opening the span."""
    return (_STORY_BEFORE_RE.search(text[:f.start]) is not None
            and _COMPANY_WORD_RE.match(text, f.start) is None)


# A liking verb right after a grandparent (round 24a): "my grandma loves <actor>", "nana is a huge fan of <title>".
_FAN_VERB_RE = re.compile(
    r"\s+(?:(?:really|just|absolutely|totally|so|still|always)\s+)*(?:loves?|likes?|adores?|enjoys?|worships?|is\s+into"
    r"|(?:is|'s|’s)\s+(?:a\s+)?(?:huge\s+|big\s+|massive\s+|great\s+)?fan\s+of|is\s+obsessed\s+with|is\s+crazy\s+about)"
    r"\s+(?:(?:the|that|anything\s+with|everything\s+with|anything\s+by|everything\s+by)\s+)?", _F)
_FANCIED = frozenset({"actor", "director", "title", "unknown_person"})


def _fan_of_someone(text: str, f: Found, found: list[Found]) -> bool:
    """The grandparent of the cap ``f`` is named only as the fan of a person or a title said right after the liking verb."""
    if f.value != CLEAN_AUDIENCE or not _GRANDPARENT_WORD_RE.search(text, f.start, f.end):
        return False
    m = _FAN_VERB_RE.match(text, f.end)
    return m is not None and any(g.entity in _FANCIED and g.start == m.end() for g in found)
