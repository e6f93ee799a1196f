"""Speaker entities: which mentions refer to the same person or body. (Placeholder: one
entity per distinct mention text, until coreference lands.)"""
from __future__ import annotations

from .records import Span, Speaker


def resolve_speakers(text: str, sentences: list[tuple[int, int]],
                     mentions: list[tuple[int, int]]) -> tuple[list[Speaker], list[str]]:
    """Group the speaker mentions (spans of ``text`` that attribute quotes) into Speaker entities.

    Returns the speakers (ids "s1", "s2", ... in order of first mention) and, for each input
    mention in the order given, the id of the speaker it refers to.
    """
    ids_by_text: dict[str, str] = {}
    spans_by_id: dict[str, list[Span]] = {}
    ids = []
    for start, end in sorted(set(mentions)):
        surface = text[start:end]
        sid = ids_by_text.setdefault(surface, f"s{len(ids_by_text) + 1}")
        spans_by_id.setdefault(sid, []).append(Span(start=start, end=end, text=surface))
    for start, end in mentions:
        ids.append(ids_by_text[text[start:end]])
    speakers = [Speaker(id=sid, name=spans[0].text, mentions=spans) for sid, spans in spans_by_id.items()]
    return speakers, ids
