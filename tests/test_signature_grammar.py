"""Signature grammar cases on real corpus snippets: the field labels (clean, glued in flattened text, and
look-alikes that are no label), a field's value, the chunks a flattened caption falls into at a colon and
where a value ends before the next glued column or name."""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars import signature as g


class Labels(NamedTuple):
    text: str
    labels: list[str]


LABELS = [
    Labels("By:  /S/ YASH RANA", ["By"]),
    Labels("By:_____________________________", ["By"]),
    Labels("By /s/ Jane Doe", ["By"]),
    Labels("Printed Name: R.C. Boyd  Title: President", ["Printed Name", "Title"]),
    # flattened text: title-case labels glued to the word before them
    Labels("By: /s/ John B. Fisher By: /s/ J. Christopher DonahueName: John B. Fisher", ["By", "By", "Name"]),
    Labels("COMPANYBy: /s/ G. Andrew BonnewellTitle: Vice President", ["By", "Title"]),
    Labels("CROClientSignature/s/ Michael Derby", ["Signature"]),
    # glued in the other case than the word before, or a "/s/" after it (Bellring, Ehave: CUAD, flattened)
    Labels("STREMICKS HERITAGE FOODS, LLCBY:/s/ Darcy DavenportBY:/s/ Sam Stremick", ["BY", "BY"]),
    Labels("COMPANION HEALTHCARE TECHNOLOGIES CORPper:/s/ Prateek Dwivediper:/s/ Scott Woodrow", ["per", "per"]),
    Labels("Title: PresidentDATE: 1/8/18", ["Title", "DATE"]),
    # not labels: "by" inside a word, or without a colon, mark or signing line after it
    Labels("the standby: letter of credit", []),
    Labels("NEARBY: facilities", []),
    Labels("SECURITY DEPOSIT NEARBY: ____ feet", []),
    Labels("executed by the parties and dated as of the date", []),
]


@pytest.mark.parametrize("case", LABELS, ids=[c.text[:30] for c in LABELS])
def test_labels(case: Labels) -> None:
    assert [m.group("label") for m in g.find_labels(case.text)] == case.labels


class Field(NamedTuple):
    text: str
    value: str | None
    signed: bool
    blank: bool


FIELDS = [
    Field("By:  /S/ YASH RANA", "YASH RANA", True, False),
    Field("By:_____________________________", None, False, True),
    Field("Title:  ASSOCIATE GENERAL COUNSEL", "ASSOCIATE GENERAL COUNSEL", False, False),
    Field("By:/s/ Vincent Hingot", "Vincent Hingot", True, False),
    Field("Name:/s/", None, True, False),
    Field("Date: 22 Dec. 2017", "22 Dec. 2017", False, False),
    Field("Signature:______________________", None, False, True),
]


@pytest.mark.parametrize("case", FIELDS, ids=[c.text[:24] for c in FIELDS])
def test_field_grammar(case: Field) -> None:
    got = g.parse_field(case.text)
    assert (got["value"], got["signed"], got["blank"]) == (case.value, case.signed, case.blank)


class Chunks(NamedTuple):
    text: str  # the text above a block's first label, flattened
    chunks: list[str]


CHUNKS = [
    # Reeds development agreement (Part_I__ twin)
    Chunks("REED\u2019S:COMPANY:Reed\u2019s, Inc.", ["REED\u2019S:", "COMPANY:", "Reed\u2019s, Inc."]),
    Chunks("NETWORK:TRIBUNE BROADCASTING", ["NETWORK:", "TRIBUNE BROADCASTING"]),
    Chunks("set forth in Section 4.5:HOF VILLAGE, LLC", ["set forth in Section 4.5:", "HOF VILLAGE, LLC"]),  # Gpaq
]


@pytest.mark.parametrize("case", CHUNKS, ids=[c.text[:24] for c in CHUNKS])
def test_role_labels_and_names_glued_at_a_colon_fall_apart(case: Chunks) -> None:
    assert [c for c in g.split_chunks(case.text) if c] == case.chunks


class ValueEnd(NamedTuple):
    text: str  # a field's text from its label on, as flattened twins write it
    value: str  # what the label's value keeps


VALUE_ENDS = [
    ValueEnd("Title:CFOCONSULTANT:/s/ Alan Crane", "CFO"),  # PANDION consulting agreement (Part_II__ twin)
    ValueEnd("Date: January 9, 2017CARBOGEN AMCIS AG by its", "January 9, 2017"),  # Paratek (Part_I__ twin)
    ValueEnd("Title: CEO  ", "CEO  "),
]


@pytest.mark.parametrize("case", VALUE_ENDS, ids=[c.text[:24] for c in VALUE_ENDS])
def test_value_stops_where_the_next_column_or_name_is_glued(case: ValueEnd) -> None:
    from extractor.stages.signature_fields import label_end, value_end

    start = label_end(case.text, 0)
    assert case.text[start : value_end(case.text, start, len(case.text))].strip(" :") == case.value.strip()
