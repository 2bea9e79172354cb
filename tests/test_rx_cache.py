"""``grammars/rx.py``: the patterns' programs saved by one start rebuild, at the next, exactly the
patterns ``regex.compile`` gives, and a start with them compiles nothing."""

from __future__ import annotations

import marshal
import os
import subprocess
import sys
from pathlib import Path

from conftest import SAMPLES

# count the real compiles while the pipeline is imported, and how many programs the file holds
PROBE = """
import regex, sys
calls = []
real = regex.compile
regex.compile = lambda *a, **k: (calls.append(a), real(*a, **k))[1]
import extractor.pipeline
from extractor.grammars import rx
rx.save()  # what the sec-exhibits command does first
import marshal
saved = rx._FILE is not None and rx._FILE.exists() and len(marshal.loads(rx._FILE.read_bytes()))
print(len(calls), int(saved))
"""


# every saved program against the pattern regex.compile gives now: the same matches on real text
# (programs are not compared byte for byte: the order of a character set's members in one varies
# from compile to compile), and the saved program is what the rebuilt pattern holds
COMPARE = """
import copyreg, marshal, sys, regex
reduce = copyreg.dispatch_table[regex.Pattern]
rebuild = reduce(regex.compile(""))[0]
programs = marshal.loads(open(sys.argv[1], "rb").read())
texts = [open(p, encoding="utf-8").read()[:20000] for p in sys.argv[2:]]
def found(p, text):
    return [(m.span(), m.groups(), sorted(m.groupdict().items())) for m in p.finditer(text)]
hits = 0
for (pattern, flags), program in programs.items():
    fresh, saved = regex.compile(pattern, flags), rebuild(*program)
    assert reduce(saved)[1] == program and saved.groupindex == fresh.groupindex, pattern
    for text in texts:
        text = text if isinstance(pattern, str) else text.encode("utf-8")
        a = found(fresh, text)
        assert found(saved, text) == a, pattern
        hits += len(a)
print(len(programs), hits)
"""


def _run(code: str, cache: str, home: Path, *args: str) -> list[int]:
    env = {**os.environ, "SEC_EXHIBITS_CACHE": cache, "HOME": str(home), "XDG_CACHE_HOME": str(home / ".cache")}
    out = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, env=env)
    assert out.returncode == 0, out.stderr
    return [int(w) for w in out.stdout.split()]


def _start(cache: str, home: Path) -> list[int]:
    return _run(PROBE, cache, home)


def test_saved_programs_rebuild_the_same_patterns(tmp_path: Path) -> None:
    cold_calls, n = _start(str(tmp_path / "c"), tmp_path)
    assert n > 300 and cold_calls >= n  # every module pattern compiled by regex, then saved
    (saved,) = (tmp_path / "c").glob("regex-*.marshal")
    samples = sorted(str(p) for p in SAMPLES.glob("*.txt"))
    n_saved, hits = _run(COMPARE, "off", tmp_path, str(saved), *samples)
    assert n_saved == n and hits > 1000
    warm_calls, _ = _start(str(tmp_path / "c"), tmp_path)
    assert warm_calls < 10  # the next start compiles none of them (only patterns with named lists)


def test_a_malformed_file_is_ignored_and_replaced(tmp_path: Path) -> None:
    _start(str(tmp_path / "c"), tmp_path)
    (saved,) = (tmp_path / "c").glob("regex-*.marshal")
    saved.write_bytes(b"\x00not marshal data")
    calls, n = _start(str(tmp_path / "c"), tmp_path)
    assert calls >= n > 300  # compiled as usual
    assert len(marshal.loads(saved.read_bytes())) == n  # and saved whole again


def test_off_keeps_nothing(tmp_path: Path) -> None:
    calls, n = _start("off", tmp_path)
    assert calls > 300 and n == 0
    assert not any(tmp_path.rglob("*.marshal"))


def test_default_place_is_the_user_cache(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SEC_EXHIBITS_CACHE"}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    subprocess.run([sys.executable, "-m", "extractor", "schema"], check=True, env=env,
                   capture_output=True)
    assert [p.parent.name for p in (tmp_path / "xdg").rglob("regex-*.marshal")] == ["sec-exhibit-extractor"]


def test_the_library_reads_the_cache_but_never_writes_it(tmp_path: Path) -> None:
    """Only the CLI writes: importing and parsing as a library leaves the host's files alone."""
    env = {k: v for k, v in os.environ.items() if k != "SEC_EXHIBITS_CACHE"}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "xdg"))
    code = "import extractor; extractor.parse('AGREEMENT made as of May 1, 2001 between A Inc. and B LLC.')"
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
    assert not any(tmp_path.rglob("*")), "the library wrote to the user's cache"


# a command that loads no stage (a batch's parent): its few programs, saved at its end
FEW = """
import contextlib, io, marshal
from extractor.output import cli
from extractor.grammars import rx
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["schema", "--table", "documents"])
print(len(marshal.loads(rx._FILE.read_bytes())))
"""

# the command that parses: its programs are saved after it ran (it imports the stages where it runs them)
PARSE = """
import contextlib, io, marshal, sys
from extractor.output import cli
from extractor.grammars import rx
with contextlib.redirect_stdout(io.StringIO()):
    cli.main(["parse", sys.argv[1], "--json"])
print(len(marshal.loads(rx._FILE.read_bytes())))
"""


def test_a_command_saves_after_it_ran_and_never_shrinks_the_file(tmp_path: Path) -> None:
    cache = str(tmp_path / "c")
    sample = str(sorted(SAMPLES.glob("*.txt"))[0])
    (after_parse,) = _run(PARSE, cache, tmp_path, sample)
    assert after_parse > 300  # the stages' programs, though the command imported them only to run
    (after_few,) = _run(FEW, cache, tmp_path)
    assert after_few == after_parse  # the few programs of a command that loads no stage replace nothing
    (again,) = _run(PARSE, cache, tmp_path, sample)
    assert again == after_parse  # the same patterns at every start: a vocabulary's ties sorted, not hashed
