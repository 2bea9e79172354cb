"""Signature names glued by extraction: the names over side-by-side ``By:`` lines read again once the
pieces that a flattened copy ran together are put apart.

Two extractions of one signature page differ in their blanks only; the flattened one glues what the
layout kept apart::

    LICENSOR LICENSEE HERTZ INVESTMENT GROUP, LLC HERTZ GROUP REALTY TRUST, INC. a Delaware ...
    LICENSORLICENSEEHERTZ INVESTMENT GROUP, LLCHERTZ GROUP REALTY TRUST, INC.a Delaware ...

When the names above the lines are not all read, the text above them is read again with a blank put
back at each point where no word runs on: a label's colon or a comma before a letter
(``COMPANY:DISTRIBUTOR:``, ``INC.,A3``), a company form before the next name (``LLCHERTZ``,
``Ltd.INVASIX``), a descriptor's article after a form (``INC.a Delaware``, ``corporationa Texas``),
role words over the columns (``LICENSORLICENSEE``, ``ContractorCustomer``). Dropped: a company's
registration number beside its name (``INVASIX LTD 514073618``), role words written under the names
(``Contractor Customer``), a blank date line before them (``Dated: .``), a line to fill in beside a
role label (``Distributor: ______ InnerScope ...``), an entity the last party acts through on the
same line (``... AT&T Mobility LLC By AT&T Services, Inc., its authorized representative``) and
another it also signs for (``... FOODS, LLC And as and for Jasper Products, LLC``). A name read
whole the first time is read again when it holds a glue point (``CORPORATIONSTREMICKS HERITAGE
FOODS, LLC``). The second reading is kept only when it finds more names than the first (or other
ones, not merely spaced otherwise), each one it adds a company's name (ending in its form); a role
word alone ("LESSOR" over a blank form) is no name. Over two columns or more, a name ending in
"Association" ends there (``American Diabetes Association Freeze Tag, Inc.``).
"""

from __future__ import annotations

from ..grammars import rx as regex  # regex, with saved programs (grammars/rx.py)
from ..grammars import signature as g
from ..grammars.suffixes import suffix_alternation
from ..grammars.text_index import TextIndex
from .signature_flat import FormPlaces, followed_by, glued_forms
from .signature_parties import is_suffix, names_above, with_suffixes
from .signature_respace import respaced, respaced_words

_BLANK = r"[ \t\xa0]"
# Role words over the columns, glued to the next word (``GLUED_ROLE_WORDS``; see split_columns for doubled forms)
_ROLES = g.GLUED_ROLE_WORDS
_ROLE_ALT = "|".join(regex.escape(w) for w in _ROLES)
_UPPER = "|".join(regex.escape(w.upper()) for w in _ROLES)
_CAPITAL = "|".join(regex.escape(w.capitalize()) for w in _ROLES)
GLUED_ROLE = regex.compile(rf"(?<![A-Za-z])(?:(?:{_UPPER})(?=[A-Z]{{3}})|(?:{_CAPITAL})(?=[A-Z][a-z]{{2}}))")
# A role word in capitals glued to the name before it, last over the columns: "STAAR SURGICAL AGDISTRIBUTOR"
GLUED_ROLE_END = regex.compile(rf"(?<=[A-Z]{{2}})(?=(?:{_UPPER}):?+[ \t\xa0]*+$)")
# A label's colon or a comma with the next word glued on: "DISTRIBUTOR:SMART", "INC.,A3"
PUNCT_GLUE = regex.compile(r"(?<=[A-Za-z.)][:,])(?=[A-Za-z0-9])")
# A company form with the next name glued on: "LLCHERTZ", "Ltd.INVASIX", "LLCAT&T"
SUFFIX_GLUE = regex.compile(rf"(?<![A-Za-z])(?:{suffix_alternation('glued')})(?=[A-Z])")
# A descriptor's article glued after a form: "INC.a Delaware", "corporationa Texas", "companya Maryland"
ARTICLE_GLUE = regex.compile(
    rf"(?:(?<=[A-Za-z]\.)|(?<=(?i:corporation|company|partnership|association|limited)))(?=an?{_BLANK}++[A-Z])"
)
# A blank date line before the names: "Dated: .Erchonia Medical Corporation."
BLANK_DATE = regex.compile(r"^[ \t\xa0\r\n]*+(?i:dated?)[ \t\xa0]*+:[ \t\xa0_.]*+(?=[A-Z])")
# A blank line to fill in beside a role label: "Distributor: ________ InnerScope Hearing Technologies, Inc."
FILL_IN = regex.compile(rf"(?<=(?<![A-Za-z])(?i:{_ROLE_ALT}):{_BLANK}*+)_{{3,}}+")
# A name that ends in "Association" (no company form) run into the next column's name
CLOSER_CUT = regex.compile(rf"(?<=(?<![A-Za-z])(?i:association)){_BLANK}++(?=[A-Z][a-z])")
# A registration number beside a name: "INVASIX LTD 514073618"
REG_NUMBER = regex.compile(rf"(?<=[A-Za-z.]){_BLANK}++\d{{6,12}}+(?![\d/.-])")
# The rest of the "IN WITNESS WHEREOF" sentence before the names: ", the Parties have caused ... on behalf of:"
WITNESS_REST = regex.compile(r"^[ \t\xa0\r\n]*+,[^:.]{0,250}+[:.]")
# A capacity the last party also signs in: "STREMICKS HERITAGE FOODS, LLC And as and for Jasper Products, LLC"
ALSO_FOR = regex.compile(rf"(?<=\S){_BLANK}*+(?i:and{_BLANK}++)?+as{_BLANK}++and{_BLANK}++for{_BLANK}++[^\n]{{3,80}}+$")
# Role words written under the names of two columns: "... Contractor Customer"
ROLE_TAIL = regex.compile(rf"(?:{_BLANK}++(?i:{_ROLE_ALT})){{2,}}+{_BLANK}*+$")
# The entity the last party signs through, on the names' line: "By AT&T Services, Inc., its authorized representative"
THROUGH = regex.compile(
    rf"(?<=\S){_BLANK}++By{_BLANK}++[^\n:]{{3,80}}?,{_BLANK}*+its{_BLANK}++[a-z][a-z ]{{2,40}}+{_BLANK}*+$"
)


def unglued(pre: str) -> str:
    """``pre`` with a blank put back at the glue points, numbers, role words and an acting entity dropped."""
    s = pre
    for _ in range(4):  # "LICENSORLICENSEEHERTZ": each role word comes apart from the next in turn
        t = GLUED_ROLE.sub(lambda m: m.group() + " ", s)
        if t == s:
            break
        s = t
    s = GLUED_ROLE_END.sub(" ", s)
    s = ARTICLE_GLUE.sub(" ", SUFFIX_GLUE.sub(lambda m: m.group() + " ", PUNCT_GLUE.sub(" ", s)))
    s = WITNESS_REST.sub("", BLANK_DATE.sub("", FILL_IN.sub(" ", REG_NUMBER.sub(" ", s)))).rstrip()
    return ALSO_FOR.sub("", THROUGH.sub("", ROLE_TAIL.sub("", s)))


def reread_names(pre: str, k: int, names: list[str | None]) -> list[str | None]:
    """The k names above k side-by-side signatories read from ``pre`` unglued, when that finds more
    of them than ``names`` (the first reading); else ``names``."""
    if all(names) and not any(unglued(n) != n for n in names if n):
        return names  # all read, none glued to the next ("CORPORATIONSTREMICKS HERITAGE FOODS, LLC")
    again = unglued(pre)
    if k > 1:  # "American Diabetes Association Freeze Tag, Inc." over two columns: two names
        again = CLOSER_CUT.sub("\n", again)
    if again == pre.rstrip():
        return names
    found = [None if n and _role(n) else n for n in names_above(again, k)]  # "LESSOR" over a blank form
    if sum(1 for n in found if n) < sum(1 for n in names if n) or _unspaced(found) == _unspaced(names):
        return names  # fewer names, or the same ones spaced otherwise ("WRI/LATHROP,INC.")
    # what the second reading adds is a company's name, never a heading or an address
    added = [n for n, old in zip(found, names, strict=True) if n and n != old]
    return found if all(_formed(n) for n in added) else names


def _formed(name: str) -> bool:
    """Does ``name`` end in a company form ("Inc.", "Corporation." with a sentence's stop, "Association")?"""
    last = name.split()[-1]
    return is_suffix(last) or is_suffix(last.rstrip(".")) or last.lower() == "association"


def _unspaced(names: list[str | None]) -> list[str]:
    return ["".join((n or "").split()) for n in names]


def _role(name: str) -> bool:
    return name.lower().strip(" :") in g.ROLE_WORDS


MAX_GLUED_LOOKUPS = 8  # short names looked up again: one scan of the text each
FORM_AFTER = regex.compile(g.FORM_SUFFIX)


def glued_suffixes(text: str, full: dict[str, str]) -> dict[str, str]:
    """``full`` (each short party name -> its name with the corporate form the text writes after it)
    with the names left short looked up again, their words glued or spaced otherwise in the text
    ("AmericanDiabetes Association, Inc." completes "American Diabetes Association")."""
    short = [n for n, f in full.items() if f == n and len(n.split()) > 1]
    if not short or len(short) > MAX_GLUED_LOOKUPS:
        return full
    out = dict(full)
    for n, (end, form) in followed_by(text, short, FORM_AFTER).items():  # the first writing a form follows
        out[n] = n + text[end : form.end()]  # the name as read, the form as written
    return out


def full_names(doc: TextIndex, parties: list[str]) -> dict[str, str]:
    """Each party written short under the lines ("Representative of MP3.com") -> its full name, where the
    text writes it with a corporate suffix ("MP3.com, Inc."), glued or spaced otherwise: one scan of the
    text for all of them. Parties the text gives no other writing are left out."""
    def short(name: str) -> bool:
        single_caps = " " not in name and name.isupper()  # "NETWORK": a role label
        return bool(name) and not single_caps and not is_suffix(name.split()[-1]) and len(name) <= 60

    places = FormPlaces(doc.text)  # where the text writes a form: one scan for both look-ups, when made
    full = with_suffixes(doc.text, [n for n in parties if short(n)], places)
    full = glued_forms(doc.text, glued_suffixes(doc.text, full), places)
    spaced = respaced(doc, set(parties))
    spaced.update(respaced_words(doc, {n for n in parties if n not in spaced}))
    out = {}
    for name in parties:
        if name in full and full[name] != name:
            out[name] = " ".join(full[name].split())
        elif name in spaced:
            out[name] = spaced[name]
    return out
