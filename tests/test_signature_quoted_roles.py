"""The signature readers' two shared rules and where their readers differ on purpose.

A quoted role label written over a column ('"Consultant" TruckThat LLC') is one pattern text,
``g.QUOTED_ROLE_LABEL``; its readers add what they need around it (anchored or searched, one label or
a run, what must follow). An acceptance line run on into a value ("... Television  ACCEPTED and
AGREED TO ...") is read by two rules that differ on purpose: ``signature_flat.ACCEPTANCE_AFTER`` (one
word in capitals after a letter and blanks, in a "Title:" before the next "By:") and
``signature_names.ACCEPTANCE_IN_VALUE`` (a whole phrase of vocab/signature_kinds.txt, any case, after a
blank). Every row is a real snippet of ../shared/corpus; the rows where the readers differ are the
reason they stay apart (unifying them changes the corpus tables).
"""

from __future__ import annotations

from typing import NamedTuple

import pytest
from extractor.grammars import rx as regex
from extractor.grammars import signature as g

from extractor.stages.signature_flat import ACCEPTANCE_AFTER, quoted_role_start, quoted_roles_cut
from extractor.stages.signature_names import ACCEPTANCE_IN_VALUE, after_quoted_label, without_quoted_labels


class Leading(NamedTuple):
    kind: str
    text: str
    roles_cut: str  # signature_flat.quoted_roles_cut: the labels searched anywhere, when a corporate form ends the rest
    labels_cut: str  # signature_names.without_quoted_labels: the run of labels opening the text
    role_cut: str  # g.QUOTED_ROLE: one label opening the text


LEADING = [
    Leading(
        "two labels, straight quotes",
        '"Newegg" "Allied" Newegg Inc.',
        "Newegg Inc.",
        "Newegg Inc.",
        '"Allied" Newegg Inc.',
    ),
    # g.QUOTED_ROLE wants a blank or a capital after its one label: labels glued together stay
    Leading(
        "two labels glued, curly quotes",
        "\u201cNewegg\u201d\u201cAllied\u201dNewegg Inc.",
        "Newegg Inc.",
        "Newegg Inc.",
        "\u201cNewegg\u201d\u201cAllied\u201dNewegg Inc.",
    ),
    Leading(
        "labels of two columns over wide gaps",
        '"CONTENT PROVIDER"   "COMPANY"               New China Media, LLC',
        "New China Media, LLC",
        "New China Media, LLC",
        '"COMPANY"               New China Media, LLC',
    ),
    Leading(
        "sentence end before the labels: only the searched reader cuts",
        'Effective Date. "Newegg" "Allied" Newegg Inc.',
        "Newegg Inc.",
        'Effective Date. "Newegg" "Allied" Newegg Inc.',
        'Effective Date. "Newegg" "Allied" Newegg Inc.',
    ),
]


@pytest.mark.parametrize("case", LEADING, ids=[c.kind for c in LEADING])
def test_leading_labels(case: Leading) -> None:
    assert quoted_roles_cut(case.text) == case.roles_cut
    assert without_quoted_labels(case.text) == case.labels_cut
    assert g.QUOTED_ROLE.sub("", case.text) == case.role_cut


# The loose label (g.QUOTED_ROLE_LABEL) searched inside a value, as after_quoted_label searches its stricter one
LOOSE_IN_VALUE = regex.compile(rf"{g.QUOTED_ROLE_LABEL}[ \t\xa0]*+(?=[A-Z])")


def _loose_after_label(value: str) -> str | None:
    found = [m for m in LOOSE_IN_VALUE.finditer(value) if m.start() > 0]
    return value[found[-1].end() :] if found else None


class InValue(NamedTuple):
    kind: str
    value: str
    strict: str | None  # the value after the label signature_names.after_quoted_label finds
    loose: str | None  # the value after the last label the shared loose pattern finds


IN_VALUE = [
    InValue(
        "signer, then the next party's label and name",
        "BRIAN HAYEK, President \"Consultant\" TruckThat LLC",
        "TruckThat LLC",
        "TruckThat LLC",
    ),
    InValue("glued, curly quotes", "President\u201cConsultant\u201dTruckThat LLC", "TruckThat LLC", "TruckThat LLC"),
    # The loose inside may open with a blank, so the gap between two labels ('" "') reads as a label:
    # the strict one (a capital after the opening quote) is why after_quoted_label keeps its own inside.
    InValue(
        "two labels after a sentence: the gap between them is no label",
        'Effective Date. "Newegg" "Allied" Newegg Inc.',
        "Newegg Inc.",
        'Allied" Newegg Inc.',
    ),
]


@pytest.mark.parametrize("case", IN_VALUE, ids=[c.kind for c in IN_VALUE])
def test_label_in_value(case: InValue) -> None:
    span = after_quoted_label(case.value)
    assert (case.value[span[1] :] if span else None) == case.strict
    assert _loose_after_label(case.value) == case.loose


@pytest.mark.parametrize("case", IN_VALUE[:2], ids=[c.kind for c in IN_VALUE[:2]])
def test_quoted_role_start_agrees(case: InValue) -> None:
    """signature_flat's reader of the same run-on (before the next "By:") cuts where the label opens."""
    span = after_quoted_label(case.value)
    assert span is not None
    assert quoted_role_start(case.value) == span[0]


class Acceptance(NamedTuple):
    kind: str
    value: str
    after: str | None  # where signature_flat.ACCEPTANCE_AFTER starts: the rest of the value
    in_value: str | None  # where signature_names.ACCEPTANCE_IN_VALUE's phrase starts: the rest of the value


ACCEPTANCES = [
    Acceptance(
        "title run on into the acceptance: both agree",
        "Vice-President, General Manager, Television  ACCEPTED and AGREED TO this ___ day of ___, 2006.",
        "ACCEPTED and AGREED TO this ___ day of ___, 2006.",
        "ACCEPTED and AGREED TO this ___ day of ___, 2006.",
    ),
    # one word in capitals, not a phrase of the vocabulary: only the title reader sees it
    Acceptance("a phrase outside the vocabulary", "Title:   CONFIRMED AND ACCEPTED,", "ACCEPTED,", None),
    Acceptance(
        "the phrase glued to the title",
        "Title:Chief Compliance OfficerACKNOWLEDGED AND AGREED TOPALMER SQUARE BDC ADVISOR LLC",
        "AGREED TOPALMER SQUARE BDC ADVISOR LLC",
        None,
    ),
    # not in capitals: only the phrase reader (any case) sees it
    Acceptance(
        "mixed case", "Title: Agreed and accepted: Aitan Zacharin", None, "Agreed and accepted: Aitan Zacharin"
    ),
]


@pytest.mark.parametrize("case", ACCEPTANCES, ids=[c.kind for c in ACCEPTANCES])
def test_acceptance_rules(case: Acceptance) -> None:
    a = ACCEPTANCE_AFTER.search(case.value)
    b = ACCEPTANCE_IN_VALUE.search(case.value)
    assert (case.value[a.start() :] if a else None) == case.after
    assert (case.value[b.end() :] if b else None) == case.in_value


def test_kind_prefix_uses_the_acceptance_phrases() -> None:
    """KIND_PREFIX and ACCEPTANCE_IN_VALUE read one alternation: 'ACKNOWLEDGED AND AGREED TO PALMER ...'."""
    s = "ACKNOWLEDGED AND AGREED TO PALMER SQUARE BDC ADVISOR LLC"
    assert g.KIND_PREFIX.sub("", s) == "PALMER SQUARE BDC ADVISOR LLC"
    m = ACCEPTANCE_IN_VALUE.search("Chief Compliance Officer " + s)
    assert m is not None and m.end() == len("Chief Compliance Officer ")
