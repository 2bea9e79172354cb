"""The ``regex`` module, with the programs of the patterns compiled at import kept on disk.

``regex`` compiles a pattern in Python (parse, optimise, emit its program: ~0.5 ms each), and the
grammars and stages compile ~470 patterns when they are imported: 0.2 s of every start, more than
a small exhibit's whole parse. Modules import this module under the name ``regex``
(``from . import rx as regex``); its ``compile`` returns the very pattern ``regex.compile`` would,
rebuilt from the program saved by an earlier run when there is one (the program ``regex`` itself
pickles: ``copyreg``), and everything else is ``regex``'s own.

The programs of the patterns compiled while the pipeline is imported (the modules' own; patterns
built later from a document's words are not kept) are written only by the ``sec-exhibits`` command
(its ``main`` calls ``save()``: only the CLI writes; a library import reads the file, never writes
it, and keeps the new programs in memory only when the file lacks some), in
``$SEC_EXHIBITS_CACHE`` (default ``$XDG_CACHE_HOME/sec-exhibit-extractor``, else
``~/.cache/sec-exhibit-extractor``; ``SEC_EXHIBITS_CACHE=off`` keeps nothing), one file per
``regex`` and Python version, written whole under a temporary name and renamed. The file is
``marshal`` data (strings, numbers, bytes, lists, dicts: loading it runs no code); an unreadable
or malformed file is ignored and every pattern compiled as usual.
"""

from __future__ import annotations

import copyreg
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, AnyStr, cast

import regex as _regex
from regex import (  # noqa: E741 - re-exported (``__all__``): this module stands in for ``regex``
    DOTALL,
    IGNORECASE,
    MULTILINE,
    REVERSE,
    I,
    M,
    Match,
    Pattern,
    S,
    error,
    escape,
    finditer,
    fullmatch,
    match,
    search,
    sub,
)

__all__ = ["DOTALL", "I", "IGNORECASE", "M", "MULTILINE", "Match", "Pattern", "REVERSE", "S", "compile",
           "error", "escape", "finditer", "fullmatch", "match", "save", "search", "sub"]

_VERSION = f"regex-{_regex.__version__}-py{sys.version_info[0]}{sys.version_info[1]}"
# pattern -> (rebuild, program): what pickle stores for a pattern
_reduce = cast(Callable[[Any], tuple[Callable[..., Any], tuple[Any, ...]]], copyreg.dispatch_table[_regex.Pattern])
_rebuild = _reduce(_regex.compile(""))[0]


def cache_file() -> Path | None:
    """Where the programs are kept (None: nowhere)."""
    where = os.environ.get("SEC_EXHIBITS_CACHE")
    if where is not None and where.strip().lower() in ("", "0", "off", "no", "false"):
        return None
    if where is None:
        base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
        where = os.path.join(base, "sec-exhibit-extractor")
    return Path(where) / f"{_VERSION}.marshal"


def _load(path: Path | None) -> dict[tuple[str | bytes, int], tuple[Any, ...]]:
    if path is None:
        return {}
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    if not isinstance(data, dict) or not all(
            isinstance(k, tuple) and len(k) == 2 and isinstance(v, tuple) for k, v in data.items()):
        return {}
    return data


_FILE = cache_file()
_saved = _load(_FILE)
_programs: dict[tuple[str | bytes, int], tuple[Any, ...]] = {}  # compiled in this process until save()
_recording = True


def compile(pattern: AnyStr, flags: int = 0, **kwargs: Any) -> Pattern[AnyStr]:  # noqa: A001 - regex's name
    """``regex.compile(pattern, flags)``, from the saved program when there is one (not for named
    lists, given as keyword arguments, nor for locale-dependent patterns)."""
    if kwargs or flags & _regex.LOCALE or ("(?L" if isinstance(pattern, str) else b"(?L") in pattern:
        return _regex.compile(pattern, flags, **kwargs)
    key = (pattern, int(flags))
    saved = _saved.get(key)
    compiled: Pattern[AnyStr] | None = None
    if saved is not None:
        try:
            compiled = _rebuild(*saved)
        except Exception:  # noqa: BLE001 - a malformed entry: compile it anew
            compiled = None
    if compiled is None:
        compiled = _regex.compile(pattern, flags)
        saved = _reduce(compiled)[1]
    if _recording and saved is not None:
        _programs[key] = saved
    return compiled


def imports_done() -> None:
    """Stop recording (the pipeline is imported): the programs are kept for ``save()`` only when the
    file lacks some of them (~1 MB per process otherwise held for nothing, each batch worker too)."""
    global _recording
    _recording = False
    if all(k in _saved for k in _programs):
        _programs.clear()
    _saved.clear()


def save() -> None:
    """Write the programs recorded at import when the file lacks some (the CLI calls this)."""
    try:
        _write()
    finally:
        _programs.clear()


def _write() -> None:
    if _FILE is None or not _programs:
        return
    # what the file holds stays: a process that compiled a few patterns (a batch's parent, which loads
    # no stage) must not replace the programs of every stage with its few
    on_disk = _load(_FILE)
    if all(k in on_disk for k in _programs):
        return
    try:
        _FILE.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{_FILE.name}.", dir=_FILE.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(marshal.dumps({**on_disk, **_programs}))
            os.replace(tmp, _FILE)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return  # a read-only home or a full disk: compile at every start, as before
