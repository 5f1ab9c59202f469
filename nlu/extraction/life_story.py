"""The verbs of someone's life story: what a person did or went through ("my dad worked for NASA", "my parents grew
up in Poland", "my grandad served in the navy"), told as background and never a wish.

Two readings use them: kin.py (kin in the viewer's family history are nobody watching) and years.py (an era of a
life story is no release year). Each adds its own forms around these (kin.py its "came from" heritage, years.py "was
born" and "was a <noun>"); the past deeds themselves live here once. A bare "was" / "were" is none of them: "i was
hoping for something from the 90s" tells no story.
"""

from __future__ import annotations

# Past deeds of a life, in the past tense: each says what a person did or went through, never what they want now.
LIFE_VERB_PATTERN = (r"(?:worked|served|lived|fought|grew\s+up|studied|taught|retired|married|spoke|used\s+to"
                     r"|passed(?:\s+away)?|died"
                     # taking the viewer somewhere as a child: "my father took me to the drive-in every week"; or the
                     # viewer their own kids: "i used to take my kids to the cinema"
                     r"|took\s+(?:me|us)\s+to|used\s+to\s+take\s+(?:me|us|my|our)\b)")
