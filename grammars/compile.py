"""One pattern from a pyparsing grammar: the grammar is written once and runs as one ``re`` match.

``compile_grammar(root)`` turns a grammar built from the subset of pyparsing the project uses into
one regular expression that reads every text as ``root.parse_string(text)`` reads it: the same end,
the same value for every results name. A grammar module then holds its BNF, its elements (named,
with results names) and ``MATCH = compile_grammar(root)``; its stage calls ``MATCH`` (one C call
instead of pyparsing's per-element machinery: ~20x faster on the date grammar) and tests compare
the two.

The pattern is compiled by the engine pyparsing runs its ``Regex`` terminals with, the standard
``re`` (atomic groups and possessive quantifiers since Python 3.11), so each terminal's pattern
means exactly what it means to pyparsing (``\\s``, ``\\w``, case folding). Translation, from
pyparsing's own rules (3.1 to 3.x):

- Whitespace: an element skips its ``whiteChars`` (when ``skipWhitespace``) before it is tried, if its
  caller asks (``callPreParse``) and it does (``callPreparse``): an ``And`` skips before its first
  element itself and asks each later one; ``MatchFirst`` asks each alternative; ``Opt``, ``Suppress``
  and ``Group`` skip for their element. Each skip is a possessive class (``[\\t\\n\\r ]*+``): pyparsing
  never gives whitespace back.
- A terminal is an atomic group (pyparsing never backtracks into what it matched), ``MatchFirst`` an
  atomic alternation (the first alternative that parses wins), ``Opt`` a possessive option and
  ``ZeroOrMore``/``OneOrMore`` possessive repetitions.
- ``Keyword`` is its text between look-arounds for its ``identChars``; ``CaselessKeyword`` and
  ``CaselessLiteral`` compare ``str.upper()`` of the text, so each letter becomes the class of code
  points whose ``upper()`` is that letter ("ı" is an "I", "ſ" an "S"), computed from Python's tables.
- Results names become named groups; a ``Regex``'s own named groups are results names too. A name
  used more than once gets a group per use (``day``, ``day__2``): ``value`` gives the last one
  pyparsing assigned, as ``ParseResults.get`` does.
- A name on an ``And`` (its value is a list of tokens, not text) is refused, unless it is one of the
  ``marks`` the caller lists: then only whether pyparsing assigned it is kept (``has``), a group
  around the ``And`` (pyparsing assigns a named ``And``'s name whenever it matches, even to no tokens).

Anything else - parse actions, ``Or``, ``Each``, ``Located``, ``Combine``, ``Forward``, ignored
expressions, a name on an element whose value is not the text it matched - raises
``GrammarCompileError`` when the grammar's module is imported, naming the element.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache

import pyparsing as pp

__all__ = ["CompiledGrammar", "GrammarCompileError", "compile_grammar"]


class GrammarCompileError(ValueError):
    """A grammar holds an element (or a use of one) with no exact translation."""


# Opt's marker for "no default value" (read from an Opt, not from pyparsing's private name)
_NO_DEFAULT = pp.Opt(pp.Empty()).defaultValue
_FLAG_LETTERS = {re.IGNORECASE: "i", re.MULTILINE: "m", re.DOTALL: "s", re.ASCII: "a"}
_LEADING_FLAGS = re.compile(r"(?:\(\?[aiLmsux]+\))+")
_INTERNAL_NAME = re.compile(r"_\d+$")


@dataclass(frozen=True)
class CompiledGrammar:
    """A grammar's pattern and where each results name's value is found in a match."""

    element: pp.ParserElement
    pattern: re.Pattern[str]
    # results name -> (group whose taking part means pyparsing assigned the name, group holding the value)
    # for each use of the name, in pattern order
    names: dict[str, tuple[tuple[str, str], ...]]
    scan: bool = False
    # mark name -> the group of each use: a name whose presence only is read (``has``)
    marks: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _single: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        single = {n: uses[0][1] for n, uses in self.names.items() if len(uses) == 1 and uses[0][0] == uses[0][1]}
        object.__setattr__(self, "_single", single)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """What ``parse_string(text[pos:])`` parses (None where it raises), if the grammar looks
        neither behind ``pos`` nor at the string's start."""
        return self.pattern.match(text, pos)

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match ``scan_string(text)`` yields (for a grammar compiled with ``scan=True``):
        pyparsing skips a match that is empty."""
        if not self.scan:
            raise TypeError("search needs a grammar compiled with scan=True")
        m = self.pattern.search(text, pos)
        while m is not None and m.end() == m.start():
            m = self.pattern.search(text, m.start() + 1)
        return m

    def value(self, m: re.Match[str], name: str) -> str | None:
        """The value ``ParseResults.get(name)`` has after the parse ``m`` stands for."""
        group = self._single.get(name)
        if group is not None:
            return m.group(group)
        for owner, group in reversed(self.names.get(name, ())):
            if m.start(owner) >= 0:
                return m.group(group)
        return None

    def has(self, m: re.Match[str], name: str) -> bool:
        """``name in tokens`` after the parse ``m`` stands for: whether pyparsing assigned ``name``."""
        if name in self.marks:
            return any(m.start(group) >= 0 for group in self.marks[name])
        return any(m.start(owner) >= 0 for owner, _ in self.names.get(name, ()))

    def values(self, m: re.Match[str]) -> dict[str, str | None]:
        """Every results name's value (None where pyparsing assigns none)."""
        return {name: self.value(m, name) for name in self.names}


def compile_grammar(root: pp.ParserElement, *, scan: bool = False, marks: Iterable[str] = ()) -> CompiledGrammar:
    """``root`` as one pattern: ``match`` parses as ``root.parse_string``, or with ``scan=True``,
    ``search`` finds what ``root.scan_string`` finds first. ``root`` must keep tabs
    (``parse_with_tabs()``): otherwise pyparsing parses ``text.expandtabs()``, not ``text``.
    ``marks``: results names set on an ``And`` whose presence only is kept (``CompiledGrammar.has``)."""
    if not root.keepTabs:
        raise GrammarCompileError(f"{root}: call parse_with_tabs() on the root (pyparsing expands tabs otherwise)")
    root.streamline()  # as parse_string does first: it may change an element's whitespace
    c = _Compiler(root, frozenset(marks))
    if scan:  # scan_string skips the root's whitespace itself, then parses without its pre-skip
        body = _skip_class(root.whiteChars) + c.emit(root, call_pre_parse=False, expose=True)
    else:
        body = c.emit(root, call_pre_parse=True, expose=True)
    try:
        pattern = re.compile(body)
    except re.error as err:  # pragma: no cover - a translation bug, not a grammar's
        raise GrammarCompileError(f"{root}: the translation does not compile ({err})") from err
    return CompiledGrammar(root, pattern, {n: tuple(uses) for n, uses in c.names.items()}, scan,
                           {n: tuple(groups) for n, groups in c.marks.items()})


# -- characters ---------------------------------------------------------------------------------


def _char(c: str) -> str:
    """``c`` as a pattern character, inside a class or out."""
    if c.isascii() and c.isalnum():
        return c
    o = ord(c)
    return f"\\x{o:02x}" if o < 0x100 else f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}"


def _class(chars: Iterable[str]) -> str:
    cs = sorted(set(chars))
    if not cs:
        raise GrammarCompileError("an empty character set")
    return _char(cs[0]) if len(cs) == 1 else "[" + "".join(map(_char, cs)) + "]"


def _skip_class(white: Iterable[str]) -> str:
    ws = sorted(set(white))
    return "[" + "".join(map(_char, ws)) + "]*+" if ws else ""


@cache
def _upper_tables() -> tuple[dict[str, str], frozenset[str]]:
    """(each character -> the other code points whose ``upper()`` is it, every ``upper()`` longer
    than one character): Python's own case tables, read once (~5 ms), for caseless keywords."""
    plane = 0x10000
    raw = bytearray(4 * plane)  # one plane of code points in UTF-32-LE order, without a loop over them
    raw[0::4] = bytes(range(256)) * 256
    raw[1::4] = b"".join(bytes([i]) * 256 for i in range(256))
    inverse: dict[str, str] = {}
    long: set[str] = set()

    def scan(chars: str) -> None:
        if chars.upper() == chars:
            return  # no cased character here (most of every plane): one C call decides
        if len(chars) > 64:  # narrow down to the spans that hold cased characters
            step = len(chars) // 64
            for lo in range(0, len(chars), step):
                scan(chars[lo : lo + step])
            return
        for c in chars:
            u = c.upper()
            if len(u) > 1:
                long.add(u)
            elif u != c:
                inverse[u] = inverse.get(u, "") + c

    for p in range((sys.maxunicode + 1) // plane):  # in code point order, as a loop over each would be
        raw[2::4] = bytes([p]) * plane
        scan(raw.decode("utf-32-le", "surrogatepass"))
    return inverse, frozenset(long)


def _upper_preimage(u: str) -> set[str]:
    """Every character ``c`` with ``c.upper() == u``."""
    inverse, _ = _upper_tables()
    return ({u} if u.upper() == u else set()) | set(inverse.get(u, ""))


def _caseless(upper: str, what: pp.ParserElement) -> str:
    """Text of ``len(upper)`` characters whose ``upper()`` is ``upper``: one class per character.
    Refused where a shorter text can upper-case to it ("ß" is "SS"): pyparsing would match past the
    end of the string there."""
    _, long = _upper_tables()
    if any(u in upper for u in long):
        raise GrammarCompileError(f"{what}: a character upper-cases to several of {upper!r}")
    return "".join(_class(_upper_preimage(u)) for u in upper)


# -- the compiler ---------------------------------------------------------------------------------


def _yields_text(e: pp.ParserElement) -> bool:
    """Whether ``e``'s only token is the text it matched (after its whitespace), or it yields none
    when it does not take part: what a results name on it holds, as a group would."""
    if isinstance(e, pp.Regex):
        return not (e.asMatch or e.asGroupList)
    if isinstance(e, (pp.Empty, pp.CaselessLiteral)):
        return False
    if isinstance(e, (pp.Literal, pp.Word)):
        return True
    if isinstance(e, pp.Keyword):
        return not e.caseless
    if isinstance(e, pp.Opt):
        return e.defaultValue is _NO_DEFAULT and _yields_text(e.expr)
    if isinstance(e, pp.MatchFirst):
        return all(_yields_text(x) for x in e.exprs)
    return False


def _names_in(e: pp.ParserElement) -> set[str]:
    """Results names set on ``e`` or below it (a Regex's named groups included) that pyparsing
    keeps (a Suppress drops them)."""
    if type(e) is pp.Suppress:
        return set()
    out = {e.resultsName} if e.resultsName else set()
    if isinstance(e, pp.Regex) and not callable(e.pattern):
        out |= set(e.re.groupindex)
    for sub in e.recurse():
        out |= _names_in(sub)
    return out


class _Compiler:
    def __init__(self, root: pp.ParserElement, allowed_marks: frozenset[str] = frozenset()) -> None:
        self.names: dict[str, list[tuple[str, str]]] = {}
        self.allowed_marks = allowed_marks
        self.marks: dict[str, list[str]] = {}
        self.count = 0
        self.end_ok: pp.ParserElement | None = None  # the one StringEnd allowed: the root's last element
        if isinstance(root, pp.StringEnd):
            self.end_ok = root
        elif isinstance(root, pp.And) and root.exprs and isinstance(root.exprs[-1], pp.StringEnd):
            self.end_ok = root.exprs[-1]

    def internal(self) -> str:
        self.count += 1
        return f"_{self.count}"

    def group_for(self, name: str, owner: str | None = None) -> str:
        """A new group for one use of results name ``name`` (``owner``: the group whose taking part
        means pyparsing assigned it, by default the group itself)."""
        if not name.isidentifier() or "__" in name or _INTERNAL_NAME.match(name):
            raise GrammarCompileError(f"results name {name!r}: not usable as a group name")
        if name in self.allowed_marks:
            raise GrammarCompileError(f"results name {name!r}: a mark, on an element that is not an And")
        uses = self.names.setdefault(name, [])
        group = name if not uses else f"{name}__{len(uses) + 1}"
        uses.append((owner or group, group))
        return group

    def emit(self, e: pp.ParserElement, call_pre_parse: bool, expose: bool, names: tuple[str, ...] = ()) -> str:
        """The pattern for ``e`` as its caller tries it: its whitespace skip (if asked for and done),
        then its body. ``names``: results names its token carries (set on it or, through an Opt or
        a MatchFirst, on an element around it), each a named group around the terminal that matched:
        an Opt that matched nothing or a MatchFirst alternative without a token assigns none."""
        if e.parseAction or e.failAction or e.debug:
            raise GrammarCompileError(f"{e}: parse actions and debugging have no translation")
        if e.ignoreExprs:
            raise GrammarCompileError(f"{e}: ignored expressions have no translation")
        if not e.modalResults:
            raise GrammarCompileError(f"{e}: list_all_matches results have no translation")
        skip = _skip_class(e.whiteChars) if call_pre_parse and e.callPreparse and e.skipWhitespace else ""
        own = e.resultsName if expose else None
        if own and own in self.allowed_marks and isinstance(e, pp.And):
            if any(own in _names_in(sub) for sub in e.recurse()):
                raise GrammarCompileError(f"{e}: results name {own!r} also used inside it")
            uses = self.marks.setdefault(own, [])
            group = own if not uses else f"{own}__{len(uses) + 1}"
            uses.append(group)
            return skip + f"(?P<{group}>{self.body(e, expose)})"
        if own:
            if not _yields_text(e):
                raise GrammarCompileError(f"{e}: results name {own!r} on an element whose value is not its text")
            if any(own in _names_in(sub) for sub in e.recurse()) or (
                isinstance(e, pp.Regex) and own in e.re.groupindex
            ):
                raise GrammarCompileError(f"{e}: results name {own!r} also used inside it")
            names = (*names, own)
        if isinstance(e, pp.Regex):
            return skip + self.regex(e, names, expose)
        if isinstance(e, pp.Opt):
            if e.defaultValue is not _NO_DEFAULT:
                raise GrammarCompileError(f"{e}: an Opt with a default value has no translation")
            return skip + f"(?:{self.emit(e.expr, False, expose, names)})?+"
        if isinstance(e, pp.MatchFirst):
            if not e.exprs:
                raise GrammarCompileError(f"{e}: an empty MatchFirst has no translation")
            return skip + "(?>" + "|".join(self.emit(x, True, expose, names) for x in e.exprs) + ")"
        body = self.body(e, expose)
        for name in names:  # a terminal's text (_yields_text allows names on no other element)
            body = f"(?P<{self.group_for(name)}>{body})"
        return skip + body

    def body(self, e: pp.ParserElement, expose: bool) -> str:
        if isinstance(e, pp.StringEnd):
            if e is not self.end_ok:
                raise GrammarCompileError(f"{e}: StringEnd only as the root's last element")
            return r"\Z"
        if isinstance(e, pp.Empty):
            if type(e) is not pp.Empty:
                raise GrammarCompileError(f"{e}: {type(e).__name__} has no translation")
            return ""
        if isinstance(e, pp.CaselessLiteral):
            return _caseless(e.match, e)
        if isinstance(e, pp.Literal):
            return re.escape(e.match)
        if isinstance(e, pp.Keyword):
            return self.keyword(e)
        if isinstance(e, pp.Word):
            return self.word(e)
        if isinstance(e, pp.And):
            if not e.exprs or any(isinstance(x, pp.And._ErrorStop) for x in e.exprs):
                raise GrammarCompileError(f"{e}: an empty And or an error stop ('-') has no translation")
            first, *rest = e.exprs
            return self.emit(first, False, expose) + "".join(self.emit(x, True, expose) for x in rest)
        if isinstance(e, (pp.ZeroOrMore, pp.OneOrMore)):
            return self.repeat(e, expose)
        if type(e) is pp.Suppress:
            return self.emit(e.expr, False, expose=False)
        if type(e) is pp.Group:
            if expose and _names_in(e.expr):
                raise GrammarCompileError(f"{e}: results names inside a Group have no flat translation")
            return self.emit(e.expr, False, expose)
        raise GrammarCompileError(f"{e}: {type(e).__name__} has no exact translation")

    def keyword(self, e: pp.Keyword) -> str:
        ident = getattr(e, "ident_chars", None) or e.identChars  # (3.1/3.2 spell it identChars)
        if e.caseless:
            # pyparsing upper-cases the text and each neighbour: a neighbour is a keyword character
            # when its upper() is one of the (upper-cased) identChars
            if len(e.caselessmatch) != len(e.match):
                raise GrammarCompileError(f"{e}: a keyword whose upper() changes its length")
            word = _caseless(e.caselessmatch, e)
            ident = set().union(*(_upper_preimage(u) for u in ident))
        else:
            word = re.escape(e.match)
        if not ident:
            return word
        cls = _class(ident)
        return f"(?<!{cls}){word}(?!{cls})"

    def word(self, e: pp.Word) -> str:
        rx = getattr(e, "re", None)
        if rx is not None and getattr(e, "re_match", None) is not None:
            # pyparsing runs this Word as the regex it built (which ignores max's "no more after")
            return f"(?>{self.rename(rx.pattern, rx, None, False)})"
        init = getattr(e, "init_chars", None) or e.initChars
        body = _class(e.bodyChars)
        hi = "" if not e.maxSpecified else str(e.maxLen - 1)
        out = f"{_class(init)}(?:{body}{{{e.minLen - 1},{hi}}}+)"
        if e.maxSpecified:
            out += f"(?!{body})"
        if e.asKeyword:
            out = f"(?<!{body}){out}(?!{body})"
        return f"(?>{out})"

    def repeat(self, e: pp.ParseElementEnhance, expose: bool) -> str:
        if getattr(e, "not_ender", None) is not None:
            raise GrammarCompileError(f"{e}: stop_on has no translation")
        if expose and _names_in(e.expr):
            raise GrammarCompileError(f"{e}: results names inside a repetition have no translation")
        if e.expr.mayReturnEmpty:
            raise GrammarCompileError(f"{e}: a repetition of an element that may match nothing")
        least = 1 if isinstance(e, pp.OneOrMore) else 0
        most = getattr(e, "max_count", None)
        inner = self.emit(e.expr, True, expose)
        count = {0: "*", 1: "+"}[least] if most is None else f"{{{least},{most}}}"
        return f"(?:{inner}){count}+"

    def regex(self, e: pp.Regex, names: tuple[str, ...], expose: bool) -> str:
        if e.asMatch or e.asGroupList:
            raise GrammarCompileError(f"{e}: as_match / as_group_list have no translation")
        rx = e.re
        if not isinstance(rx, re.Pattern):
            raise GrammarCompileError(f"{e}: compiled by another engine than re")
        groups = [self.group_for(n) for n in names]
        if not groups and expose and rx.groupindex:
            groups = [self.internal()]  # whether the Regex matched: its groups' names are assigned then
        body = f"(?>{self.rename(rx.pattern, rx, groups[0] if groups else None, expose)})"
        for group in reversed(groups):
            body = f"(?P<{group}>{body})"
        return body

    def rename(self, pattern: str, rx: re.Pattern[str], owner: str | None, expose: bool) -> str:
        """``pattern`` to embed: its leading global flags scoped to it, each named group renamed
        (exposed as a results name owned by ``owner``, or hidden); refused where it refers to a
        group (a back reference or condition) or is verbose."""
        flags = rx.flags & ~re.UNICODE
        if flags & ~sum(_FLAG_LETTERS):
            raise GrammarCompileError(f"Regex {pattern!r}: flags {re.RegexFlag(flags)!r} have no translation")
        lead = _LEADING_FLAGS.match(pattern)
        text = pattern[lead.end() :] if lead else pattern
        out: list[str] = []
        renamed = False
        i, n, in_class, class_start = 0, len(text), False, 0
        while i < n:
            c = text[i]
            if c == "\\":
                nxt = text[i + 1 : i + 2]
                if not in_class and (nxt in "123456789g" and nxt):
                    raise GrammarCompileError(f"Regex {pattern!r}: back references have no translation")
                out.append(text[i : i + 2])
                i += 2
                continue
            if in_class:
                if c == "]" and i > class_start:
                    in_class = False
                out.append(c)
                i += 1
                continue
            if c == "[":
                in_class = True
                class_start = i + 1 + (text[i + 1 : i + 2] == "^")  # a "]" first is a literal
                out.append(c)
                i += 1
                continue
            if text.startswith("(?P<", i):
                close = text.index(">", i)
                old = text[i + 4 : close]
                new = self.group_for(old, owner) if expose else self.internal()
                out.append(f"(?P<{new}>")
                renamed = True
                i = close + 1
                continue
            if text.startswith(("(?P=", "(?("), i):
                raise GrammarCompileError(f"Regex {pattern!r}: group references have no translation")
            out.append(c)
            i += 1
        body = "".join(out)
        letters = "".join(v for k, v in _FLAG_LETTERS.items() if flags & k)
        scoped = f"(?{letters}:{body})" if letters else f"(?:{body})"
        if not renamed:  # the pattern itself, its global flags scoped: the groups it had (~0.2 ms a check)
            return scoped
        check = re.compile(scoped)  # the renaming kept every group, and nothing else became one
        if check.groups != rx.groups or len(check.groupindex) != len(rx.groupindex):
            raise GrammarCompileError(f"Regex {pattern!r}: its groups could not be renamed")
        return scoped
