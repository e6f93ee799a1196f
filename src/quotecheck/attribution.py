"""Quotes and who said them: quoted spans joined to the speaker mention and cue verb that
attribute them, plus reported speech from indirect.py.

An *attribution* is a speaker mention next to a cue ("Haley told", "said Pressman, now a
partner with …", "according to analysts", "Jo Marsh …, saying"). Each quoted span takes the
attribution right after it ("…,” she said; "…” — Jane Doe), else one that leads into it
("Haley said: “…", a colon at the end of the paragraph above); a partial quote inside the
writer's sentence takes the sentence's outermost source, or failing a cue its named subject.
A whole-sentence quote with none continues the quote before it (same speaker, no mention of
its own). Quoted words with no attribution in reach are scare quotes, and titles, names and
nicknames ("a program dubbed “…”", on “Face the Nation”) are dropped.

Confidence follows the pattern, as measured on PolNeAR and Wikinews dev: a quote with its
attribution right after it is near-certain (0.96 named, 0.93 a pronoun); a lead-in 0.85; a
partial quote 0.8, as is a quote whose attribution is itself reported ("X said, according
to Y": Y, the outer source); a continuation 0.75–0.85; a colon with no verb 0.7; a partial
quote framed only by its sentence's subject or by a statement noun ("Trump's call for “…”")
0.6, as is a quotation that follows a reported statement of its speaker; reported speech
0.6–0.7 (0.5 with no named source).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, field

import regex

from . import cues
from .indirect import passive_reports, reported_speech
from .quotemarks import QuotedSpan, quoted_spans
from .patterns import char_offsets, suffix_trie, word_trie
from .records import Quote, Span, Speaker
from .segment import paragraphs
from .speakers import resolve_speakers


_SPEECH_FORMS = cues.forms_of(cues.SPEECH_VERBS) | cues.phrasal_forms(cues.PHRASAL_CUES)
_NAMING_FORMS = cues.forms_of(cues.NAMING_VERBS)
_PARTICIPLES = frozenset(cues.participles(cues.PARTICIPLE_CUES)) | frozenset(cues.phrasal_participles(cues.PHRASAL_CUES))
_NOUN_LIKE = frozenset(cues.words(cues.NOUN_LIKE_CUES))
_BASE_FORMS_OK = frozenset(cues.words(cues.BASE_FORMS_AS_CUES))
_LEMMAS = frozenset(lemma for lemma in {**_SPEECH_FORMS, **_NAMING_FORMS}.values() if " " not in lemma)

# A cue: a speech verb form, "according to", or a naming verb (only for partial quotes).
# Plain literals: the standard library's engine scans this long alternation several times faster,
# and faster still as one prefix tree than as one tree per list (no form of one list is another
# list's form followed by more words, so the match at each position is the same).
_CUE_WORDS = rf"""(?:[Aa]ccording\s+to|{word_trie(
    {**_SPEECH_FORMS, **_NAMING_FORMS, **dict.fromkeys(_PARTICIPLES), **dict.fromkeys(cues.words(cues.SENTENCE_INITIAL_CUES))})})\b"""
# A cue after the character before it, which is no part of a word: the engine skips from one
# such character to the next and tries the alternation only there, at a word's start, a fifth
# faster than "\b(?:…)", which is tried at every character. Group 1 is the cue.
_CUE_AFTER_GAP = re.compile(rf"\W({_CUE_WORDS})")
_CUE_AT_START = re.compile(f"({_CUE_WORDS})")  # a cue that opens the text

# The word lists of the patterns below, as the regex module's named lists (``\L<name>``): they
# match as the prefix trees above do, longest word first, but compile many times faster, and match
# faster leftwards (in the REVERSE patterns).
_WORD_LISTS = {
    "title_abbreviations": cues.words(cues.TITLE_ABBREVIATIONS),
    "determiners": cues.words(cues.DETERMINERS),
    "speaker_nouns": cues.words(cues.SPEAKER_NOUNS),
    "pronouns": cues.words(cues.PRONOUNS) + [w.capitalize() for w in cues.words(cues.PRONOUNS)],
    "nouns_in_ly": cues.words(cues.NOUNS_IN_LY),
    "between_speaker_and_verb": cues.words(cues.BETWEEN_SPEAKER_AND_VERB),
    "infinitive_leads": cues.words(cues.INFINITIVE_LEADS),
    "prepositions": cues.words(cues.PREPOSITIONS),
    "time_words": cues.words(cues.TIME_WORDS),
    "subordinate_openers": cues.words(cues.SUBORDINATE_OPENERS),
    "relation_adjectives": cues.words(cues.RELATION_ADJECTIVES),
    "number_words": cues.words(cues.NUMBER_WORDS),
    "approximators": cues.phrases(cues.APPROXIMATORS),
    "share_words": cues.phrases(cues.SHARE_WORDS),
    "respondents": cues.phrases(cues.RESPONDENTS),
    "quantifier_pronouns": cues.words(cues.QUANTIFIER_PRONOUNS),
    "polled": cues.words(cues.POLLED),
    "participles": sorted(_PARTICIPLES),
    "auxiliaries": cues.words(cues.AUXILIARIES),
    "title_introducers": cues.words(cues.TITLE_INTRODUCERS),
    "statement_nouns": cues.words(cues.STATEMENT_NOUNS),
    "name_introducers": cues.words(cues.NAME_INTRODUCERS),
    "not_after_cue": cues.words(cues.NOT_AFTER_CUE),
    "appositive_openers": cues.words(cues.APPOSITIVE_OPENERS),
}


def _compile(pattern: str, flags: int = 0, *, as_trees: tuple[str, ...] = ()) -> regex.Pattern:
    """A pattern that may name the word lists above. A named list tries every length of word
    at each place it is asked; ``as_trees`` names lists written into the pattern as trees
    instead, which drop a place at the first letter no word has there: a prefix tree for a
    pattern matched rightwards, a tree of the words spelt backwards for one matched leftwards
    (REVERSE). For the long list of speaker nouns, that makes the subject before a verb a
    quarter and the one that opens a sentence a third faster to find, for some hundredths of a
    second more to compile."""
    tree = suffix_trie if flags & regex.REVERSE else word_trie
    for name in as_trees:
        pattern = pattern.replace(rf"\L<{name}>", f"(?:{tree(_WORD_LISTS[name])})")
    return regex.compile(pattern, flags, ignore_unused=True, **_WORD_LISTS)


# A capitalised word of a name: "Haley", "O'Brien", "Ban Ki-moon", "U.S.", "Sen.", "China's".
_NAME_WORD = rf"""(?:
    (?:\p{{Lu}}\.){{1,4}}(?:['’]s)?                                # initials: U.S., G.K.
  | \L<title_abbreviations>\.                                   # Sen., Gov., Mr.
  | \p{{Lu}}[\p{{L}}\p{{M}}'’\-]*(?<!['’])(?:['’]s)?              # Haley, O'Brien, China's
)"""
_NUMBER = r"\p{N}[\p{N}/,.\-]*(?<=\p{N})(?:-\p{L}+)*"  # 9/11, 25, 34-year-old
# Atomic: what flanks a lower-case word in every pattern is never a letter, hyphen or apostrophe,
# so only the whole word can match; retrying each shorter part of it (and its clause-word check)
# was a third of the time of the subject patterns, which are matched leftwards from the verb.
# The clause words are a prefix tree, not a named list: a lookahead always matches rightwards,
# where a tree fails at the first letter but a named list tries every length.
_LOWER_WORD = rf"""(?>(?!(?:{word_trie(cues.words(cues.CLAUSE_WORDS))})\b)\p{{Ll}}[\p{{L}}\-]*(?:['’]s)?)"""
_DETERMINER = r"(?i:\L<determiners>)"
_SPEAKER_NOUN = r"\L<speaker_nouns>"
_PRONOUN = r"\L<pronouns>"
# An adverb in -ly ("repeatedly"), but not a noun that ends like one ("family", "ally").
_ADVERB = rf"(?!\L<nouns_in_ly>\b)\p{{Ll}}+ly"
_BETWEEN = rf"(?:\L<between_speaker_and_verb>|went\s+(?:on|(?:as|so)\s+far(?:\s+as)?)\s+to|\L<infinitive_leads>\s+to|{_ADVERB}|(?:(?:less|more)\s+than\s+)?\w+\s+(?:days?|weeks?|months?|years?)\s+ago|on\s+\p{{Lu}}\p{{Ll}}+day|\p{{Lu}}\p{{Ll}}+day|in\s+\d{{4}})"
_PAREN = r"(?:\s+\([^()\n]{1,40}\))"
_ROLE_HEAD = rf"(?:{_SPEAKER_NOUN}|(?!\p{{L}}+ly\b){_LOWER_WORD})"  # after a determiner any noun will do: "the union"
# A word inside a speaker phrase before its head.
_MODIFIER = rf"(?:{_NAME_WORD}|{_LOWER_WORD}|{_NUMBER}(?=\s+\p{{Ll}})|of|for|the|and(?=\s+\p{{Lu}}))"
# Without a determiner, a lower-case word ending in -ed between names is a verb ("Christie
# described Democratic …"), not a title.
_BARE_MODIFIER = rf"(?!\p{{Ll}}+ed\b){_MODIFIER}"

# A word that follows a noun, not a verb ("Worried about …" opens no subject; "claims as").
_PREPOSITION = r"\L<prepositions>\b"
# A speaker noun phrase: a pronoun; a name with its titles ("U.S. Ambassador Nikki Haley",
# "Sen. Ted Cruz (R-Texas)"); or a role or group ("one Security Council diplomat",
# "a senior administration official", "Analysts").
_SPEAKER_NP = rf"""
    (?:
        {_PRONOUN}(?:['’](?:s|re|ve|d|ll|m)\b)?      # "he", "he’s" (claiming)
      | (?:{_DETERMINER}\s+of\s+)?(?:who|whom)\b     # "an architect who said", "many of whom say"
      | (?:{_DETERMINER}\s+)?(?:{_MODIFIER}\s+){{0,3}}       # a role or name and whose:
        (?:{_SPEAKER_NOUN}|{_NAME_WORD})\s+(?:\L<relation_adjectives>\s+)?  # "a person familiar
        (?:for|of|at|with|in|to|from|on)\s+                                   # with", "attorneys for the
        (?:{_MODIFIER}\s+){{0,4}}(?:{_NAME_WORD}{_PAREN}?|{_LOWER_WORD})      # family", "Ryan of the WHO"
      | {_DETERMINER}\s+                           # the, one, another ...
        (?:{_MODIFIER}\s+){{0,9}}
        (?:{_NAME_WORD}{_PAREN}?|{_ROLE_HEAD})      # the head: a name or a role
      | (?!(?:of|for|and|the)\s)
        (?:{_BARE_MODIFIER}\s+){{0,9}}
        (?:{_NAME_WORD}{_PAREN}?|{_SPEAKER_NOUN})   # no determiner: a name or a known role
    )
"""

# A number that counts people: "six", "Thirty-one", "42".
_COUNT = rf"(?:\d+(?:\.\d+)?|(?i:\L<number_words>)(?:-(?i:\L<number_words>))?)"
# A poll's share of its respondents, as the subject of what they say: "six in 10", "nearly
# three out of five", "42%", "Thirty-one percent of those surveyed", "almost half".
_SHARE = rf"""(?:(?i:\L<approximators>)\s+)?
    (?:{_COUNT}(?:\s*%|\s+percent|[-\s]+(?:in|out[-\s]+of)[-\s]+{_COUNT})|(?i:\L<share_words>))
    (?:\s+of\s+(?:\L<respondents>|(?:{_MODIFIER}\s+){{0,3}}{_LOWER_WORD}))?"""
# A plural noun phrase with no determiner, whatever its head: "Social conservatives",
# "private companies and ordinary traders". Only before a verb, where a plural is its subject.
_PLURAL_HEAD = r"(?!\p{Ll}+(?:ss|us|is|ics|news)\b)\p{Ll}{3,}s(?![\p{L}'’\-])"
_BARE_PLURAL = rf"(?!(?:of|for|and|the)\s)(?:{_BARE_MODIFIER}\s+){{0,6}}{_PLURAL_HEAD}"
# A quantifier standing for people, as a subject: "Some say", "another said", "those polled say".
_QUANTIFIER_NP = rf"(?i:\L<quantifier_pronouns>)(?:\s+\L<polled>)?"
_COUNTED_SUBJECT = _compile(rf"{_QUANTIFIER_NP}|{_SHARE}", regex.VERBOSE)
# The speaker before its verb: the phrase must end where the window ends (at the verb).
_SUBJECT_BEFORE_CUE = _compile(rf"""
    (?<![\p{{L}}\p{{N}}'’.\-])
    (?P<np>{_SPEAKER_NP}|{_SHARE}|{_BARE_PLURAL}|{_QUANTIFIER_NP})
    (?:\s+{_BETWEEN}){{0,3}}
    \s+$
    """, regex.VERBOSE | regex.REVERSE, as_trees=("speaker_nouns",))  # matched leftwards from the verb: one try
# The speaker with an appositive between it and its verb ("Liu Jieyi, China's ambassador, said").
_SUBJECT_WITH_APPOSITIVE = _compile(rf"""
    (?<![\p{{L}}\p{{N}}'’.\-])
    (?P<np>{_SPEAKER_NP}(?:,\s+[^,;:“”"()\n]{{1,150}}?){{1,2}})   # one or two appositives
    ,\s+(?:{_BETWEEN}\s+){{0,2}}$
    """, regex.VERBOSE | regex.REVERSE)
# The same with the appositive set off by dashes ("Gingrich — a former speaker — told").
_SUBJECT_WITH_DASHES = _compile(rf"""
    (?<![\p{{L}}\p{{N}}'’.\-])
    (?P<np>{_SPEAKER_NP}\s+(?:--|[—–-])\s+[^—–;:“”"()\n]{{1,150}}?)
    \s+(?:--|[—–-])\s+(?:{_BETWEEN}\s+){{0,2}}$
    """, regex.VERBOSE | regex.REVERSE)
# What may follow a speaker after its verb ("said Lee.", "said Lee on Friday", "said Lee (D)"):
# anything else, such as a verb, makes the phrase a clause's subject ("said the plan is").
_INVERTED_SPEAKER_END = _compile(r"\s*(?:[,.;:!?()\[\]—–-]|\Z)|\s+(?:\L<prepositions>|\L<time_words>|who|whose)\b")
# A name that opens its sentence, set off by a comma: the start of "Lee, a pollster, …, said".
_OPENING_NAME = _compile(rf"(?P<np>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD}),\s", regex.VERBOSE)
# A subordinate clause that opens a sentence, up to its comma: "While Lee says it works, ".
_SUBORDINATE_OPENING = _compile(r"\L<subordinate_openers>\s[^,;“”\"\n]{1,150},\s+")
# A name alone before a colon, at the start of its sentence or after a dash: a speaker's label.
_LABEL_BEFORE_COLON = _compile(rf"(?<![\p{{L}}\p{{N}}'’.\-])(?P<np>(?:{_NAME_WORD}\s+){{0,4}}{_NAME_WORD})\s*\Z",
                               regex.VERBOSE | regex.REVERSE)
# The speaker after its verb ("said Pressman", "according to analysts", "said the diplomat").
_SUBJECT_AFTER_CUE = _compile(rf"""
    \s+(?:(?:on\s+)?{_BETWEEN}\s+)?
    (?P<np>{_SPEAKER_NP})
    (?![\p{{L}}\p{{N}}'’\-])
    """, regex.VERBOSE)
# The source after "according to": whatever runs to the next comma or the sentence end
# ("according to federal statistics", "according to a poll released last week").
_ACCORDING_SOURCE = regex.compile(r"\s+(?P<np>[^,;:!?“”\"\n]{2,150}?)(?=\s*(?:,|[.!?]?\s*\Z))")
# The subject that opens a sentence, for a participle cue later in it ("Dean, a doctor,
# appeared on MSNBC, saying ..."), after an optional opening phrase ("On Tuesday, ").
_SUBJECT_THEN_VERB = rf"""
    (?P<np>{_SPEAKER_NP}(?:,\s+[^,“”"\n]{{1,90}}(?=,))?)
    ,?\s+(?!\L<participles>|{_PREPOSITION}|(?:and|or)\b)\p{{Ll}}
"""
_SENTENCE_SUBJECT = _compile(_SUBJECT_THEN_VERB, regex.VERBOSE, as_trees=("speaker_nouns",))
_OPENING_REACH = 80  # characters: the longest opening phrase before the subject ("On Tuesday, ")
_SUBJECT_AFTER_OPENING = _compile(rf"[^,“”\"\n]{{1,{_OPENING_REACH}}},\s+{_SUBJECT_THEN_VERB}", regex.VERBOSE)
# A verb that shares its subject with an earlier one: "… and said", "but later told".
_AFTER_CONJUNCTION = _compile(rf"\s(?:and|but)(?:\s+(?:{_ADVERB}|also|then|later|since|has|have|had)){{0,2}}\s+$")
# An auxiliary before a base form makes it a verb: "Carson did not mention", "he would argue".
_AUXILIARY_BEFORE = _compile(rf"\b(?:\L<auxiliaries>|n['’]t)(?:\s+(?:not|also|{_ADVERB})){{0,2}}\s+\Z")
# A quoted title of a show, book or film: a few capitalised words ("Face the Nation"),
# after a word that introduces a title ("on", "of", "CNN's").
_TITLE_OF_WORK = regex.compile(r"(?:\p{Lu}[\p{L}'’.\-]*|\d+|of|the|and|a|an|in|on|to|for|with)(?::?\s+(?:\p{Lu}[\p{L}'’.\-]*|\d+|of|the|and|a|an|in|on|to|for|with)){0,9}[,.]?")
_BEFORE_TITLE = _compile(rf"(?:\b\L<title_introducers>|['’]s),?\s*\Z")
# A statement named by a noun, with its speaker as the possessor, leading into a quoted phrase:
# "Trump's call for “…”", "her assertion that “…”", "the senator's stock answer — “…”".
_STATEMENT_REACH = 300    # characters: up to four name words, two more words, the noun, 60 characters
_POSSESSIVE_STATEMENT = _compile(rf"""
    (?:(?P<np>(?:{_NAME_WORD}\s+){{0,3}}\p{{Lu}}[\p{{L}}\-]*)['’]s|\b(?P<np>his|her|their|its|His|Her|Their|Its))
    \s+(?:\p{{Ll}}[\p{{L}}\-]*\s+){{0,2}}
    (?P<noun>\L<statement_nouns>)\b
    (?!\s+as\b)                           # "rated his claims as “false”": another's judgement
    [^.!?“”"]{{0,60}}\Z
    """, regex.VERBOSE, as_trees=("title_abbreviations",))
# A subject that names someone: capitalised, and not a pronoun or an article ("The only …").
_NAMED_SUBJECT = _compile(rf"(?!(?:{_PRONOUN}|{_DETERMINER})\b)\p{{Lu}}.*", regex.DOTALL)
# A quotation that ends a clause (“…,” or “…?”), then the writer's clause: the last before a cue.
_QUOTATION_THEN_CLAUSE = regex.compile(r"[,?!][”\"]\s+(?=[^”\"]*\Z)")
# A plural subject, after which a verb takes its base form: "they", "we", "Obama and Clinton".
_PLURAL_SUBJECT = regex.compile(r"(?i:\b(?:they|we|I|you|who)\Z)|\s(?:and|&)\s|^\S*\s?(?:and|&)\s|(?<=\p{Ll})(?<![siu])s\Z")
# The name that ends a longer phrase: "footage of Donald Trump".
_TRAILING_NAME = _compile(rf"(?<=\s)(?:{_NAME_WORD}\s+){{0,3}}{_NAME_WORD}\Z", regex.VERBOSE)
# A possessive before an -ing form makes it a noun: "his questioning".
_POSSESSIVE_BEFORE = regex.compile(r"\b(?:his|her|its|their|our|my|your|the)\s+\Z")
# A preposition right before a noun phrase makes it an object, not a speaker.
_AFTER_PREPOSITION = _compile(rf"\b{_PREPOSITION}\s+\Z")
# What follows a verb used as a passive or in a byline ("reporting by", "accused of").
_PASSIVE_AGENT = regex.compile(r"\s+by\b")
# Naming verbs that take "as" ("described the plan as", "labeled as"), unlike plural nouns.
_NAMING_AS = frozenset(f for f, lemma in _NAMING_FORMS.items() if f not in _NOUN_LIKE and lemma != "call")
_AS = regex.compile(r"\s+as\b")
_OF = regex.compile(r"\s+of\b")
# What introduces a name or nickname rather than a statement.
_BEFORE_NAME = _compile(rf"\b(?:\L<name_introducers>|known\s+as)\s*\Z")
# What follows a noun rather than a verb ("claims as", "tweets about"), or a cue used as
# another verb ("called in").
_NOT_AFTER_VERB = _compile(rf"\s+(?:{_PREPOSITION}|\L<not_after_cue>\b)")
# How an appositive after a speaker's name opens: "…, a partner at", "…, now the chair of",
# "…, 34,", "…, who", "…, Director of …".
_APPOSITIVE_OPENING = _compile(rf",\s+(?:\L<appositive_openers>\b|\d|\p{{Lu}})")
_QUOTE_MARK = regex.compile(r"[\"“”«»„]|''")
# A dash attribution after a quote ("— Commissioner Jane Doe").
_DASH_SPEAKER = _compile(rf"[ ]*[—–―-]{{1,2}}[ ]*(?P<np>(?:{_NAME_WORD}[ ]+){{0,5}}{_NAME_WORD})[ ]*\.?[ ]*$",
                         regex.VERBOSE | regex.MULTILINE)
# A transcript label inside a quote ("WALLACE: ..."), and a stage direction ("(LAUGHTER.)").
_STAGE_DIRECTION = regex.compile(r"[(\[][^()\[\]]*[)\]]\.?")
_LONGEST_LABEL = 31  # characters
_TRANSCRIPT_LABEL = regex.compile(rf"(?P<np>\p{{Lu}}[\p{{Lu}}.'’\- ]{{1,{_LONGEST_LABEL - 1}}}):\s+")
# What may separate a closing mark from an attribution that follows it.
_AFTER_GAP = regex.compile(r"[ ,]*(?:[—–]\s*)?")
# What may separate an attribution from the opening mark of the quote it leads into.
_LEAD_IN_REACH = 60
_LEAD_IN_GAP = regex.compile(rf"[^.!?“”\"\n]{{0,{_LEAD_IN_REACH}}}?[,:]?\s*$")
_NO_VERB = frozenset({"", ":", "—"})  # attributions by a subject, colon or dash alone: no cue verb
_LOOK_BACK = 250
_HEADLINE = 200  # characters: an opening paragraph shorter than this may be a headline
_WINDOW_BREAKS = "“”\"«»;:!?\n"  # a speaker before its verb runs across none of them


@dataclass(frozen=True, slots=True)
class Attribution:
    """A speaker mention and the cue that makes it the source of a statement."""

    speaker: tuple[int, int]
    cue: tuple[int, int]
    cue_text: str
    inverted: bool  # the cue comes first ("said Pressman", "according to X")
    naming: bool    # a naming verb ("called it"), good for partial quotes only
    # Where the whole attribution starts and ends: set once, as the later stages look them up
    # thousands of times a document.
    start: int = field(init=False)
    end: int = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "start", min(self.speaker[0], self.cue[0]))  # frozen: set once, here
        object.__setattr__(self, "end", max(self.speaker[1], self.cue[1]))


def attributions(text: str, sentences: list[tuple[int, int]], quoted: list[QuotedSpan],
                 common: LowercaseWords) -> list[Attribution]:
    """Every speaker-and-cue pair in the text outside quotation marks, in text order
    (a cue inside a quote is the speaker's own words, not the writer's attribution).
    ``common`` holds the words the text writes in lower case."""
    starts = [s for s, _ in sentences]
    breaks = char_offsets(text, _WINDOW_BREAKS)
    out = []
    for cue_start, cue_end in _cues_outside(text, quoted):
        cue_text = text[cue_start:cue_end]
        low = cue_text.lower()
        bare = low in _LEMMAS and low not in _BASE_FORMS_OK  # "a full term", "the report": mostly nouns
        i = bisect_right(starts, cue_start) - 1
        s_start, s_end = sentences[i] if i >= 0 else (0, len(text))
        participle = low in _PARTICIPLES
        if participle and _POSSESSIVE_BEFORE.search(text, max(0, cue_start - 8), cue_start):
            continue  # "his questioning of the candidate": a noun
        if participle or (not bare and low not in _NOUN_LIKE and _after_conjunction(text, max(s_start, cue_start - 30), cue_start)):
            found = _shared_subject(text, s_start, cue_start, participle, out[-1] if out else None, common, breaks)
            if found:
                out.append(Attribution(found, (cue_start, cue_end), cue_text, False, False))
            continue
        if (low in _NOUN_LIKE or low in _NAMING_FORMS) and _NOT_AFTER_VERB.match(text, cue_end) \
                and not (low in _NAMING_AS and _AS.match(text, cue_end)):
            continue  # "Republican claims as false", "she called in to a show"; but "described as"
        if _passive_agent_follows(text, cue_end) or (low == "accused" and _OF.match(text, cue_end)):
            continue  # "reporting by", "people accused of": not a speaker's verb
        naming = low in _NAMING_FORMS
        found = None
        if not low.startswith("according"):
            found = _subject_before(text, max(s_start, cue_start - _LOOK_BACK), cue_start, breaks)
        if found and (low in _NOUN_LIKE or naming) and _AFTER_PREPOSITION.search(text, max(0, found[0] - 6), found[0]):
            continue  # "11% of Democratic claims", "in a box labeled": the phrase is an object
        if bare and not (found and (_PLURAL_SUBJECT.search(text, max(0, found[0] - 6), found[1])
                                    or _AUXILIARY_BEFORE.search(text, max(found[1], cue_start - 30), cue_start))):
            continue  # a base form is a verb only after a plural subject: "Obama and Clinton call"
        if found and (low not in _NOUN_LIKE or text[found[0]].isupper()):
            out.append(Attribution(found, (cue_start, cue_end), cue_text, False, naming))
            continue
        if naming:
            continue
        if low.startswith("according"):
            source = _ACCORDING_SOURCE.match(text, cue_end, s_end)
            if source:
                out.append(Attribution(source.span("np"), (cue_start, cue_end), cue_text, True, False))
            continue
        if not _inversion_allowed(text, s_start, cue_start, low):
            continue  # asked first: it is cheap, and the speaker after the verb is not
        after = _SUBJECT_AFTER_CUE.match(text, cue_end, s_end)
        if after:
            np_start, np_end = after.span("np")
            if _opens_clause(text, s_start, cue_start, np_end, s_end):
                # "Heffley, a GOP operative who …, said the program is …": the phrase after the
                # verb opens what was said; the speaker is the name that opens the sentence
                opening = _OPENING_NAME.match(text, s_start, cue_start)
                if opening and _skip_sentence_words(text, *opening.span("np")) == opening.start("np"):
                    out.append(Attribution(opening.span("np"), (cue_start, cue_end), cue_text, False, False))
                continue
            out.append(Attribution((np_start, _appositive_end(text, np_end, s_end)), (cue_start, cue_end), cue_text, True, False))
    return out


def _passive_agent_follows(text: str, cue_end: int) -> bool:
    """Whether "by" follows the verb ("reporting by"); the pattern is asked only when "by" or a
    second space follows the first character after the verb, as after few verbs."""
    return (text.startswith("by", cue_end + 1) or text[cue_end + 1:cue_end + 2].isspace()) \
        and _PASSIVE_AGENT.match(text, cue_end) is not None


def _after_conjunction(text: str, lo: int, cue_start: int) -> bool:
    """Whether the verb shares its subject with an earlier one ("… and said"); the pattern is
    asked only when "and" or "but" is in the window, as in few windows."""
    return (text.find("and", lo, cue_start) != -1 or text.find("but", lo, cue_start) != -1) \
        and _AFTER_CONJUNCTION.search(text, lo, cue_start) is not None


def _cues_outside(text: str, quoted: list[QuotedSpan]) -> list[tuple[int, int]]:
    """(start, end) of the cues between the quoted spans (which never overlap), scanning only
    that text: a fifth of an article is quoted. No cue runs into a quote, as none holds a
    quotation mark."""
    found: list[tuple[int, int]] = []
    pos = 0
    for q in quoted:
        _add_cues_between(found, text, pos, q.start)
        pos = max(pos, q.end)
    _add_cues_between(found, text, pos, len(text))
    return found


def _add_cues_between(found: list[tuple[int, int]], text: str, lo: int, hi: int) -> None:
    """Add (start, end) of each whole-word cue inside text[lo:hi] to ``found``, in text order."""
    if lo == 0:
        first = _CUE_AT_START.match(text, 0, hi)
        if first is not None:
            found.append(first.span(1))
            lo = first.end() + 1
    # A cue at ``lo`` is a whole word when the character before it is no part of one.
    found.extend(m.span(1) for m in _CUE_AFTER_GAP.finditer(text, max(lo - 1, 0), hi))


def _shared_subject(text: str, s_start: int, cue_start: int, participle: bool,
                    previous: Attribution | None, common: LowercaseWords, breaks: list[int]) -> tuple[int, int] | None:
    """The speaker of a verb that shares its subject: "X appeared on TV, saying …" and "X sat
    down and said …" take the sentence's subject; "footage of X saying …" the name right
    before the participle; "“…,” he said on Friday, adding …" the attribution before it."""
    found = _subject_before(text, max(s_start, cue_start - _LOOK_BACK), cue_start, breaks) if participle else None
    if found is not None and not text[found[0]].isupper():
        name = _TRAILING_NAME.search(text, *found)
        found = name.span() if name else found
    if found is None or not _PARTICIPLE_GAP.fullmatch(text, found[1], cue_start) \
            or not (text[found[0]].isupper() or _COUNTED_SUBJECT.fullmatch(text, *found)):
        # "a statement announcing": its subject speaks; but "30 percent of voters saying" speak
        closing = _QUOTATION_THEN_CLAUSE.search(text, max(s_start, cue_start - _LOOK_BACK), cue_start) if participle else None
        # "“…,” Blige sings to Clinton before asking": the clause after the quotation
        found = _sentence_subject(text, closing.end() if closing else s_start, cue_start, common)
    if found is None and participle and previous is not None and previous.start >= s_start \
            and _AFTER_ATTRIBUTION.fullmatch(text, previous.end, cue_start):
        found = previous.speaker
    return found


def _sentence_subject(text: str, s_start: int, cue_start: int, common: LowercaseWords) -> tuple[int, int] | None:
    """The subject that opens the sentence, or that follows its opening phrase; not a common
    word capitalised only because it opens the sentence ("Hours later, Trump …")."""
    for m in _subject_matches(text, s_start, cue_start):
        if m is not None:
            start, end = m.span("np")
            contracted = _contracted_pronoun(text, start, end)
            if contracted:
                return contracted.span(1)
            first = _FIRST_WORD.match(text, start, end).group().lower()
            if text[start:end].lower() in _DETERMINER_SET or _common_word_phrase(text, start, end, common):
                continue  # "The results: …", "Hours later, …": an article or common word is no subject
            if (first in _PRONOUN_SET or _skip_sentence_words(text, start, end) == start) \
                    and text[end - 2:end] not in ("'s", "’s") \
                    and not _GERUND.match(text, start) and first not in _SPEECH_FORMS and first not in _NAMING_FORMS:
                verb = _TRAILING_PAST.search(text, start, end)  # "The mayor opened": the head is "mayor"
                return start, verb.start() if verb else end  # not "Facing the crowd, …" or "Calls men names"
    return None


def _subject_matches(text: str, s_start: int, cue_start: int) -> Iterator[regex.Match | None]:
    """The subject that opens the sentence, then the one after an opening phrase; the second
    pattern is asked, lazily, only when a comma that could end that phrase is in reach."""
    yield _SENTENCE_SUBJECT.match(text, s_start, cue_start)
    if text.find(",", s_start + 1, min(cue_start, s_start + _OPENING_REACH + 1)) != -1:
        yield _SUBJECT_AFTER_OPENING.match(text, s_start, cue_start)


class LowercaseWords:
    """The words a text writes in lower case somewhere: one of them capitalised at a sentence
    start ("Hours later", "Good news") is an ordinary word there, not a name. Each word asked
    about is looked for in the text when first asked, as most texts ask about a few words or
    none, and collecting every lower-case word of a text costs far more."""

    __slots__ = ("_text", "_answers")

    def __init__(self, text: str) -> None:
        self._text = text
        self._answers: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        answer = self._answers.get(word)
        if answer is None:
            answer = self._answers[word] = self._written_alone(word)
        return answer

    def _written_alone(self, word: str) -> bool:
        """Whether ``word`` stands in the text as a whole word of lower-case letters: found by
        plain string search, each place checked with one anchored match (no pattern per word)."""
        text = self._text
        at = text.find(word)
        while at != -1:
            m = _LOWERCASE_WORD.match(text, at)
            if m is not None and m.end() == at + len(word):
                return True
            at = text.find(word, at + 1)
        return False


def _common_word_phrase(text: str, start: int, end: int, common: LowercaseWords) -> bool:
    """Whether text[start:end] opens with a capitalised common word of this text and holds
    neither another capital nor a speaker noun: "Good information", but not "Police", "Senate
    Democrats" or "Rice"."""
    words = _WORD.findall(text, start, end)
    if not words or not words[0][0].isupper() or words[0].lower() in _NOT_COMMON_OPENING:
        return False
    if any(w[0].isupper() or w.lower() in _SPEAKER_NOUN_SET for w in words[1:]):
        return False
    return words[0].lower() in common  # asked last: the first question collects the words


# A past-tense verb that a determiner's phrase swallowed as its head: "The mayor [opened] the …".
_TRAILING_PAST = regex.compile(r"(?<=\S\s+\S+)\s+\p{Ll}+ed\Z")


def _subject_before(text: str, lo: int, cue_start: int, breaks: list[int]) -> tuple[int, int] | None:
    """The speaker right before the verb at ``cue_start``, in text[lo:cue_start] after the last
    of ``breaks`` (the sorted offsets of the text's _WINDOW_BREAKS)."""
    k = bisect_left(breaks, cue_start) - 1
    if k >= 0 and breaks[k] >= lo:
        lo = breaks[k] + 1
    # The window holds no line end, so the patterns' "$" is its end, where ``match`` anchors
    # a REVERSE pattern: one try, with no search leftwards after a failure.
    m = _SUBJECT_BEFORE_CUE.match(text, lo, cue_start) or _subject_set_off(text, lo, cue_start)
    if m is None:
        return None
    start, end = m.span("np")
    contracted = _contracted_pronoun(text, start, end)
    if contracted:
        return contracted.span(1)
    if text[end - 2:end] in ("'s", "’s"):
        return None  # a possessive is no subject: "Clinton’s comments"
    last = _LAST_PRONOUN.match(text, start, end) if text[end - 1] in _PRONOUN_LAST_LETTERS else None
    if last:
        return last.span()
    skipped = _skip_sentence_words(text, start, end)
    if skipped == start or _COUNTED_SUBJECT.fullmatch(text, start, end):
        # "Some say", "Six in 10 said": a subject, though it never opens a name; the pattern is
        # asked only when a word that opens no name ("Some") would otherwise be dropped.
        return start, end
    return (skipped, end) if skipped < end else None


def _subject_set_off(text: str, lo: int, cue_start: int) -> regex.Match | None:
    """The speaker with an appositive set off by commas or dashes before its verb. A shape is
    tried only when its marks are in the window (two commas, or a dash): most windows hold
    neither, and the patterns cost the most where they fail."""
    if text.count(",", lo, cue_start) >= 2:
        m = _SUBJECT_WITH_APPOSITIVE.match(text, lo, cue_start)
        if m is not None:
            return m
    if _DASH.search(text, lo, cue_start):
        return _SUBJECT_WITH_DASHES.match(text, lo, cue_start)
    return None


def _contracted_pronoun(text: str, start: int, end: int) -> regex.Match | None:
    """A phrase that is a pronoun's contraction ("he’s claiming"), whose group 1 is the pronoun;
    asked of the pattern only when an apostrophe follows the first few letters."""
    head = text[start:min(end, start + _LONGEST_PRONOUN + 1)]
    if "'" not in head and "’" not in head:
        return None
    return _CONTRACTED_PRONOUN.fullmatch(text, start, end)


# Between an attribution and a participle that goes on with it: "he said Friday, adding".
_AFTER_ATTRIBUTION = regex.compile(r"[^.!?“”\"\n]{0,60}?,\s+")
# Between a speaker and the participle that is its verb: "Trump saying", "He’s claiming".
_PARTICIPLE_GAP = regex.compile(r"(?:['’](?:s|re|ve))?\s+")
_GERUND = regex.compile(r"\p{Lu}\p{Ll}+ing\b")
_CONTRACTED_PRONOUN = _compile(rf"({_PRONOUN})['’]\p{{Ll}}+")
_LONGEST_PRONOUN = max(map(len, _WORD_LISTS["pronouns"]))
_DASH = re.compile(r"[—–-]")  # the dashes of _SUBJECT_WITH_DASHES ("--" holds one)
_LAST_PRONOUN = _compile(rf"(?<![\p{{L}}\p{{N}}'’.\-])(?:{_PRONOUN})$", regex.REVERSE)  # one try, at the end
_PRONOUN_LAST_LETTERS = frozenset(w[-1] for w in _WORD_LISTS["pronouns"])  # how a phrase ending in one ends
_LISTENER_AFTER = frozenset(f for f, lemma in _SPEECH_FORMS.items() if lemma == "tell")
_DETERMINER_SET = frozenset(cues.words(cues.DETERMINERS))
_PRONOUN_SET = frozenset(w.lower() for w in cues.words(cues.PRONOUNS))
_WORD = regex.compile(r"\p{L}+")
# Nothing but a day or a short phrase before the sentence ends ("she said Friday.").
_TRAILER_ONLY = regex.compile(r"(?:\s+\S+){0,3}?\s*[.!?]")
_NOT_NAME = frozenset(cues.words(cues.NOT_NAME_WORDS)) | {w.capitalize() for w in cues.words(cues.NUMBER_WORDS)}  # "Eight years ago, he …"
_FIRST_WORD = regex.compile(r"\S+")
_LOWERCASE_WORD = regex.compile(r"\b\p{Ll}+\b")
_SPEAKER_NOUN_SET = frozenset(cues.words(cues.SPEAKER_NOUNS))
_NOT_COMMON_OPENING = _SPEAKER_NOUN_SET | _DETERMINER_SET | _PRONOUN_SET  # "Police", "The mayor", "She"


def _skip_sentence_words(text: str, start: int, end: int) -> int:
    """Past capitalised words that open a clause but are not part of a name ("But", "In").
    ``start`` is where a word starts."""
    space = text.find(" ", start, end)
    first = text[start:end if space == -1 else space]
    if first.isalpha() and first not in _NOT_NAME:
        return start  # most often the first word, of letters only, is no such word: no pattern to ask
    for m in _FIRST_WORD.finditer(text, start, end):
        if m.group() not in _NOT_NAME:
            return m.start()
    return end


def _inversion_allowed(text: str, s_start: int, cue_start: int, cue: str) -> bool:
    """Whether a cue may take its speaker after it: after a quote, a comma or a dash, at a
    sentence start, or always for "according to"."""
    if cue.startswith("according"):
        return True
    if cue in _LISTENER_AFTER:
        return False  # "…, told Bill Jones of Fox News": the one told is the listener
    before = text[s_start:cue_start].rstrip()
    return not before or before[-1] in ",”\"’'—–-:"  # ' closes ''…'', the old wire style


def _opens_clause(text: str, s_start: int, cue_start: int, np_end: int, s_end: int) -> bool:
    """Whether the phrase after a cue that follows a plain comma is the subject of what was
    said rather than the speaker: "…, said the program is" but not "…, said Lee, who"."""
    before = text[s_start:cue_start].rstrip()
    return before.endswith(",") and _INVERTED_SPEAKER_END.match(text, np_end, s_end) is None


def _appositive_end(text: str, np_end: int, s_end: int) -> int:
    """The end of a speaker phrase with its appositive ("Pressman, now a partner with …",
    "Jane Roe, 34, a nurse"): up to the sentence end or the next quotation mark."""
    opening = _APPOSITIVE_OPENING.match(text, np_end, s_end)
    if opening is None:
        return np_end
    mark = _QUOTE_MARK.search(text, np_end, s_end)
    stop = _trim_punctuation(text, np_end, mark.start() if mark else s_end)
    return stop if stop - np_end <= 160 else np_end


def _trim_punctuation(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " .,;:!?—–-":
        end -= 1
    return end


@dataclass(slots=True)
class _Found:
    """A quote being built: its span, kind, and the attribution or quote it takes its speaker from."""

    start: int
    end: int
    kind: str
    attribution: Attribution | None
    confidence: float
    follows: _Found | None = None  # the earlier quote whose speaker this one continues
    cue: str | None = None  # the cue of a report with no attribution ("it was reported")


def quotes_and_speakers(text: str, sentences: list[tuple[int, int]]) -> tuple[list[Quote], list[Speaker]]:
    """Every quoted or reported statement in ``text`` and the speakers they belong to."""
    paras = paragraphs(text)
    spans = quoted_spans(text, paras)
    common = LowercaseWords(text)
    found_attr = attributions(text, sentences, spans, common)
    found = _direct_and_partial(text, sentences, paras, spans, found_attr, common)
    quoted = [(f.start, f.end) for f in found]
    cue_starts = sorted(a.cue[0] for a in found_attr)
    for content, attribution, confidence in reported_speech(text, sentences, found_attr, quoted, cue_starts):
        found.append(_Found(*content, "indirect", attribution, confidence))
    for content, cue in passive_reports(text, [(f.start, f.end) for f in found]):
        found.append(_Found(*content, "indirect", None, 0.5, cue=cue))
    return _records(text, sentences, found)


class _Layout:
    """Sentences, paragraphs and attributions of one text, with lookups by offset."""

    def __init__(self, text: str, sentences: list[tuple[int, int]], paras: list[tuple[int, int]],
                 found_attr: list[Attribution], common: LowercaseWords) -> None:
        self.text = text
        self.common = common  # the words the text writes in lower case
        self.sentences = sentences or [(0, len(text))]
        self.s_starts = [s for s, _ in self.sentences]
        self.paras = paras or [(0, len(text))]
        self.p_starts = [p for p, _ in self.paras]
        self.attrs = sorted(found_attr, key=lambda a: a.start)
        self.a_starts = [a.start for a in self.attrs]
        # "according to" attributions on their own, for ``_outer_source``: it asks after every
        # quote, and a sentence may hold many other attributions.
        self.according_to = [a for a in self.attrs if a.cue_text.lower() == "according to"]
        self.according_to_starts = [a.start for a in self.according_to]
        self.by_start: dict[int, Attribution] = {}
        for a in self.attrs:
            self.by_start.setdefault(a.start, a)  # "he said, adding": the verb next to the quote

    def sentence_at(self, pos: int) -> tuple[int, int]:
        return self.sentences[max(0, bisect_right(self.s_starts, pos) - 1)]

    def paragraph_index(self, pos: int) -> int:
        return max(0, bisect_right(self.p_starts, pos) - 1)

    def attributions_within(self, lo: int, hi: int, *, backwards: bool = False) -> Iterator[Attribution]:
        """The attributions that lie wholly inside text[lo:hi], in text order (or backwards),
        produced lazily: a caller that wants the first one costs nothing for the rest."""
        i = bisect_left(self.a_starts, lo)
        j = bisect_left(self.a_starts, hi)
        indexes = range(j - 1, i - 1, -1) if backwards else range(i, j)
        return (self.attrs[k] for k in indexes if self.attrs[k].end <= hi)


def _direct_and_partial(text, sentences, paras, spans, found_attr, common) -> list[_Found]:
    layout = _Layout(text, sentences, paras, found_attr, common)
    out: list[_Found] = []
    last_direct: _Found | None = None  # the latest attributed or continued direct quote
    prev_close = -1
    for q in spans:
        s_start, _ = layout.sentence_at(q.open_mark)
        c_end = layout.sentence_at(q.close_mark if q.close_mark is not None else q.end - 1)[1]
        prefix_start = max(s_start, prev_close + 1)
        if q.close_mark is not None:
            prev_close = q.close_mark
        if not q.double and layout.paragraph_index(q.open_mark) == 0 and layout.paras[0][1] - layout.paras[0][0] < _HEADLINE:
            continue  # single marks in a short opening line: a headline's style, not a quotation
        if text[q.start] in "([" and _STAGE_DIRECTION.fullmatch(text, q.start, q.end):
            continue  # "(CROSSTALK.)", "(Applause)": a transcript's stage direction, said by no one
        # The pattern is asked only when a colon is in its reach: most quotes hold none there.
        label = _TRANSCRIPT_LABEL.match(text, q.start, q.end) \
            if text.find(":", q.start + 2, q.start + _LONGEST_LABEL + 1) != -1 else None
        if label:
            a = Attribution(label.span("np"), (label.end("np"), label.end("np") + 1), ":", False, False)
            out.append(_Found(label.end(), q.end, "direct", a, 0.85))
            last_direct = out[-1]
            continue
        after = _attribution_after(layout, q) if q.close_mark is not None else None
        lead_in = _attribution_before(layout, q, prefix_start) or _colon_lead_in(layout, q)
        prefix = text[prefix_start:q.open_mark].strip()
        suffix_start = (q.close_mark + 1) if q.close_mark is not None else q.end
        suffix = text[suffix_start:c_end].strip(" .,;:!?”\"’")
        led_in = (lead_in is not None and lead_in.start >= prefix_start
                  and text[max(0, q.open_mark - 3):q.open_mark].rstrip().endswith((",", ":")))
        ends_sentence = not suffix or after is not None or _comma_follows(text, suffix_start)
        kind = "direct" if led_in or (not prefix and ends_sentence) else "partial"
        if _TITLE_OF_WORK.fullmatch(text, q.start, q.end) \
                and _BEFORE_TITLE.search(text, max(0, q.open_mark - 14), q.open_mark):
            continue  # on CNN's “State of the Union”: a programme, not a statement
        if kind == "partial" and text[q.start].isupper() and _BEFORE_NAME.search(text, max(0, q.open_mark - 16), q.open_mark):
            continue  # a program dubbed “Zrinyi 2026”, the senator nicknamed “Lyin' Ted”: a name
        attribution, confidence = _choose(layout, q, kind, after, lead_in, s_start, c_end)
        if attribution is not None:
            out.append(_Found(q.start, q.end, kind, attribution, confidence))
            last_direct = out[-1]
        elif kind == "direct" and q.double:
            confidence = _continuation_confidence(layout, last_direct, q) if last_direct is not None else 0.0
            if confidence:
                out.append(_Found(q.start, q.end, kind, None, confidence, follows=last_direct))
                last_direct = out[-1]
            else:
                reported = _reported_just_before(layout, q)
                if reported is not None:
                    out.append(_Found(q.start, q.end, kind, reported, 0.6))
                    last_direct = out[-1]
    return out


def _reported_just_before(layout: _Layout, q: QuotedSpan) -> Attribution | None:
    """The speaker of the writer's report just before an unattributed quotation, in its
    paragraph or the one above: "Kim said the talks had failed. “We tried everything.”"."""
    k = layout.paragraph_index(q.open_mark)
    lo = layout.paras[max(0, k - 1)][0]
    return next((a for a in layout.attributions_within(lo, q.open_mark, backwards=True) if not a.naming), None)


def _attribution_after(layout: _Layout, q: QuotedSpan) -> Attribution | None:
    """The attribution right after the closing mark: "…,” she said", "…” — Jane Doe"."""
    text = layout.text
    p_end = layout.paras[layout.paragraph_index(q.open_mark)][1]
    gap = _AFTER_GAP.match(text, q.close_mark + 1, p_end)
    after = layout.by_start.get(gap.end())
    if after is not None and not after.naming:
        if text[q.end - 1] == "." and _WORD.search(text, after.end, layout.sentence_at(after.end)[1]) \
                and not _TRAILER_ONLY.match(text, after.end):
            return None  # a quote closed by a full stop; the sentence after it is the writer's own
        return after
    dash = _DASH_SPEAKER.match(text, q.close_mark + 1)
    if dash:
        return Attribution(dash.span("np"), (dash.start(), dash.start("np")), "—", True, False)
    return None


def _attribution_before(layout: _Layout, q: QuotedSpan, prefix_start: int) -> Attribution | None:
    """An attribution that leads into the quote in its sentence: "Haley said, “…", "X told Y that “…"."""
    lo = max(prefix_start, q.open_mark - _LOOK_BACK - _LEAD_IN_REACH)
    for a in layout.attributions_within(lo, q.open_mark, backwards=True):
        if _LEAD_IN_GAP.fullmatch(layout.text, a.end, q.open_mark):
            return a
    return None


def _colon_lead_in(layout: _Layout, q: QuotedSpan) -> Attribution | None:
    """An attribution ending in a colon just before the quote, perhaps in the paragraph above."""
    text = layout.text
    before = text[max(0, q.open_mark - 3):q.open_mark].rstrip()
    if not before.endswith(":"):
        return None
    colon = max(0, q.open_mark - 3) + len(before) - 1
    s_start = layout.sentence_at(colon)[0]
    last = next(layout.attributions_within(max(s_start, colon - _LOOK_BACK), colon, backwards=True), None)
    if last is not None:
        return last
    label = _LABEL_BEFORE_COLON.search(text, s_start, colon)
    before_label = text[s_start:label.start()].rstrip() if label is not None else None
    if before_label is not None and (not before_label or before_label.endswith(("-", "—", "–"))):
        # "Clinton: “…”", "TURNOUT IS UP - Jeffrey M. Jones: “…”": a name alone, as a label
        return Attribution(label.span("np"), (colon, colon + 1), ":", False, False)
    # "X made the following announcement:" names no speech verb, but its subject speaks;
    # a pronoun there ("she became upset, so I changed my answer:") too often is not the speaker.
    subject = _sentence_subject(text, s_start, colon, layout.common)
    if subject is None or text[subject[0]:subject[1]].lower() in _PRONOUN_SET:
        return None
    return Attribution(subject, (colon, colon + 1), ":", False, False)


def _comma_follows(text: str, pos: int) -> bool:
    """Whether the writer's words after a closing mark start after a comma ("…,” adding that …")."""
    return text[pos - 2:pos + 1].lstrip().startswith(",")


def _choose(layout: _Layout, q: QuotedSpan, kind: str, after, lead_in, s_start: int, s_end: int):
    """The attribution of a quote, and how sure of it to be, by the pattern that found it."""
    if after is not None:
        outer = _outer_source(layout, after, s_end, q.end)
        if outer is not None:
            return outer, 0.8
        pronoun = layout.text[after.speaker[0]:after.speaker[1]].lower() in _PRONOUN_SET
        return after, (0.93 if pronoun else 0.96) if kind == "direct" else 0.85
    if kind == "partial":
        # The writer's sentence around a quoted phrase reports its outermost source: "She said
        # she recalls the colleague being “confused”" is hers, whatever nests inside.
        lo = _main_clause_start(layout, s_start, q.open_mark)
        first = next(layout.attributions_within(lo, q.open_mark), None)
        speech = next((a for a in layout.attributions_within(lo, q.open_mark) if not a.naming), first)
        if speech is not None:
            return _outer_source(layout, speech, s_end, q.end) or speech, 0.8
        later = next(layout.attributions_within(q.end, s_end), None)
        if later is not None:
            return later, 0.7
        # Read from a bounded reach before the quote: a match ends at the quote and is a few words
        # long, and a search from the sentence start would cost its length for each quote in it.
        statement = _POSSESSIVE_STATEMENT.search(layout.text, max(s_start, q.open_mark - _STATEMENT_REACH), q.open_mark)
        if statement is not None:  # "Trump's call for “a total ban”", "his promise to be “neutral”"
            return Attribution(statement.span("np"), statement.span("noun"), statement.group("noun"), False, True), 0.6
        # No speech verb, but a named subject whose sentence frames the words: "Trump
        # cited Clinton's “reckless” plan" is his characterisation.
        subject = _sentence_subject(layout.text, s_start, q.open_mark, layout.common)
        if subject and _NAMED_SUBJECT.fullmatch(layout.text, *subject) \
                and not _TITLE_OF_WORK.fullmatch(layout.text, q.start, q.end):  # “Contract with America”
            return Attribution(subject, (subject[1], subject[1]), "", False, True), 0.6
        return None, 0.0
    if lead_in is not None:
        return lead_in, 0.85 if lead_in.cue_text != ":" else 0.7
    return None, 0.0


def _main_clause_start(layout: _Layout, s_start: int, open_mark: int) -> int:
    """Where the sentence's main clause starts: after an opening subordinate clause when an
    attribution follows it ("While Lee says it works, Kim said it is “a mess”" is Kim's)."""
    opening = _SUBORDINATE_OPENING.match(layout.text, s_start, open_mark)
    if opening is not None and next(layout.attributions_within(opening.end(), open_mark), None) is not None:
        return opening.end()
    return s_start


def _outer_source(layout: _Layout, a: Attribution, s_end: int, quote_end: int) -> Attribution | None:
    """An "according to" later in the sentence and after the quote, which reports the report:
    "“…,” Grayson said, according to Frankel" is Frankel's account, and PolNeAR's source is the
    outer one; but in "Lee said that according to its count, “…”" it is part of what Lee said."""
    lo = max(a.end, quote_end)
    i, j = bisect_left(layout.according_to_starts, lo), bisect_left(layout.according_to_starts, s_end)
    return next((b for b in layout.according_to[i:j] if b.end <= s_end), None)


def _continuation_confidence(layout: _Layout, earlier: _Found, q: QuotedSpan) -> float:
    """How likely an unattributed quote goes on with the speaker of the quote before it: sure in
    the same paragraph, less so in the next, never past another attribution or further away."""
    e_end = earlier.end
    if earlier.attribution is not None:
        e_end = max(e_end, earlier.attribution.end)
    distance = layout.paragraph_index(q.open_mark) - layout.paragraph_index(e_end)
    if distance > 1 or any(not a.naming for a in layout.attributions_within(e_end + 1, q.open_mark)):
        return 0.0
    return 0.85 if distance == 0 or q.continues else 0.75


def _records(text, sentences, found: list[_Found]) -> tuple[list[Quote], list[Speaker]]:
    found.sort(key=lambda f: f.start)
    mentions = list(dict.fromkeys(f.attribution.speaker for f in found if f.attribution is not None))
    speakers, ids = resolve_speakers(text, sentences, mentions)
    id_of_span = dict(zip(mentions, ids))
    id_of = {id(f): id_of_span[f.attribution.speaker] for f in found if f.attribution is not None}
    quotes = []
    for n, f in enumerate(found):
        start, end = f.start, f.end
        a = f.attribution
        source = f
        while source.attribution is None and source.follows is not None:
            source = source.follows
        sid = id_of.get(id(source))
        mention = Span(start=a.speaker[0], end=a.speaker[1], text=text[a.speaker[0]:a.speaker[1]]) if a else None
        cue = (a.cue_text if a.cue_text not in _NO_VERB else None) if a is not None else f.cue
        quotes.append(Quote(id=f"q{n + 1}", text=text[start:end], start=start, end=end, kind=f.kind,
                            speaker_id=sid, speaker_mention=mention, cue=cue, confidence=round(f.confidence, 3)))
    return quotes, speakers
