"""Follow-ups as edits of the current search: which kind of edit a message is (pure; no I/O).

While a search is active (constraints are set or a list was shown), the message decides what happens, whatever the
intent classifier called it (docs/contracts.md "Dialogue edit rules"). One module per kind of edit; import from the
module itself (this package re-exports nothing):

* ``removals`` — **remove**: "any length is fine", "forget the kids", "the year doesn't matter", "it doesn't have to
  be Korean", "swap the drama for comedy": the named constraint is cleared (``find_removals``, ``remove_fields``,
  ``remove_values``; the entities it names are consumed, never re-added);
* ``rejections`` — **exclude an item**: "not this one", "not the third", "skip the first one", a dislike of a listed
  title, "the second one looks boring": that title never comes back in this conversation and the answer shows fresh
  picks (``find_rejection``, ``opinion_turn_down``);
* ``person_pivots`` — **pivot to a person**: "anything else with her?", "more from that director", "what else has
  <person> been in", "movies by the guy who made <title>": keep the person, drop the unrelated filters
  (``find_person_pivot``, ``asks_for_other_works``, ``names_a_maker``);
* ``person_roles`` — the search's person in another role: "the ones she directed" (``role_switch``), or in a second
  one beside it: "and with him acting" (``role_added``);
* ``person_edits`` — a person named as a change of the search: "what about <person>", "<person> too", "with <person>",
  and corrections of what the bot understood, "no, i meant <person>" (``find_person_edit``, ``corrects_the_search``,
  ``corrected_person``);
* ``person_turn_downs`` — the search's person turned down or let go: "not by him", "someone else", "more comedians
  like her", "from anybody" (``turns_down_person``, ``likes_the_person``, ``any_person_will_do``);
* ``people_narrowing`` — one of the search's people by part of their name or their place: "only eddie", "without
  <surname>", "just the second guy" (``find_people_narrowing``);
* ``list_reactions`` — **more picks**: "another one", "one more", "any others": the same search, fresh picks
  (``wants_more_picks``); so is a turn-down of the whole list ("she got bored", "not into these", "meh":
  ``turns_down_list``);
* ``seen`` — **seen**: "I've seen the second one", "seen the first two", "seen them all": those titles are left out
  (and recorded as seen) and fresh picks follow (``find_seen``, ``says_seen``);
* ``recency`` — **recency**: "newer ones", "older ones" after a list: newer / older than it; "new / recent ones": the
  catalog's recent years; "the year after": the search's years moved (``recency_cues``, ``relative_year_cues``);
* ``topics`` — **topic reply**: "about space", "dinosaur ones": the topic ranks; an entity the extractor read inside
  an "about …" phrase never replaces the search's genre or format (``topic_reply_entities``, ``bare_topic_reply``);
  whether leftover words name a topic (``topic_evidence``), a topic in place of the genres, a topic turned down
  (``topic_in_place_of_genres``, ``negated_topic``);
* ``viewer_state`` — clauses about the viewers ("we're wiped out", "work tomorrow"): a reason, never a topic
  (``viewer_state_spans``);
* ``audience`` — who is watching: settling for what suits them after nothing matched, watching alone now, the adults
  watching too (``settles_for_audience``, ``says_alone``, ``adults_watch_too``);
* ``ratings`` — a rating let in beside the search's (``widened_ratings``);
* ``softened_turn_downs`` — "no cartoons" in a children's search, "not that scary" after horror: read more gently than
  the extractor reads them (``animation_turned_down_for_children``, ``horror_toned_down``);
* ``all_genres`` — every genre of the search in one title: "ideally both in one" (``asks_for_all_genres``);
* ``asked_titles`` — a question about one named title: "tell me about <title>", "do you have <title>?", or about
  words the catalog knows as no title (``asks_about_title``, ``asks_if_available``, ``missing_title_words``);
* ``origins`` — a country or language said alone: "german", "french stuff?" (``origin_alone``);
* ``search_requests`` — whether a message asks for something to watch whatever its label (``REQUEST_CUES``,
  ``strong_search_entities``, ``states_viewer_origin``);
* ``routing`` — whether a turn goes to the recommendation path as an edit (``carries_search_words``, which the
  non-search actions ask before answering in their own way; ``edit_cues``, ``acts_without_reference``);
* ``turn_basics`` — what every kind reads first: which entities point at a title, name a person or constrain the
  search, and whether a search is going on (``search_active``, ``constraint_entities``).

Everything else carrying constraints adds or replaces one slot each (``constraints.apply_entities``), unless it is a
new subject request (``constraints.starts_new_search``). The kinds' patterns must not overlap: a change to one
module's patterns is checked against the others' through ``routing`` and the planner.
"""
