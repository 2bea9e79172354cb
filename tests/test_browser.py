"""The rendered page in a real browser: headless Chromium loads it from a file, we read the DOM it
built (``--dump-dom``) and keep a screenshot under ``out/render/`` as a CI artefact.

Chromium is Debian's package. In CI (root, ``CI=true``) it is installed when absent; elsewhere
the test skips with the reason.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from annotate_util import KING, KING_DOC, QWEST, QWEST_DOC, fill
from conftest import ROOT, SAMPLES, corpus_path
from dom_util import merged, read_page
from test_render import HIGHLIGHTS

import extractor
from extractor.model import schema
from extractor.output import cli, render

OUT = ROOT / "out" / "render"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _find() -> str | None:
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path
    return None


@pytest.fixture(scope="module")
def chromium() -> str:
    path = _find()
    if path is None and os.environ.get("CI") == "true" and hasattr(os, "geteuid") and os.geteuid() == 0:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-q"], check=True, env=env, capture_output=True, timeout=600)
        subprocess.run(["apt-get", "install", "-y", "-q", "chromium"], check=True, env=env,
                       capture_output=True, timeout=900)
        path = _find()
    if path is None:
        pytest.skip("Debian's chromium is not installed (the test installs it only as root with CI=true: "
                    "apt-get install chromium)")
    return path


def run_chromium(chromium: str, *args: str) -> str:
    with tempfile.TemporaryDirectory() as profile:
        done = subprocess.run([chromium, *FLAGS, f"--user-data-dir={profile}", *args],
                              capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    return done.stdout


def dump_dom(chromium: str, page: Path) -> str:
    return run_chromium(chromium, "--dump-dom", page.resolve().as_uri())


def screenshot(chromium: str, page: Path, png: Path, size: str = "1280,1600") -> dict[tuple, int]:
    """Save a screenshot; return its pixel count per RGB colour."""
    png.unlink(missing_ok=True)
    run_chromium(chromium, f"--screenshot={png}", f"--window-size={size}", "--hide-scrollbars",
                 page.resolve().as_uri())
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = pytest.importorskip("PIL.Image", reason="Pillow (from matplotlib in the test extra) is absent")
    with image.open(png) as im:
        return {rgb: n for n, rgb in im.convert("RGB").getcolors(1 << 22)}


def rgb(css: str) -> tuple[int, int, int]:
    return tuple(int(css[i : i + 2], 16) for i in (1, 3, 5))


@pytest.mark.parametrize("rel,findings,name", [(QWEST_DOC, QWEST, "qwest-kmc-mgs-amendment-1"),
                                               (KING_DOC, KING, "king-promotion-agreement")],
                         ids=["qwest", "king"])
def test_browser_dom_has_every_highlight(chromium, rel, findings, name):
    ex = fill(extractor.parse(corpus_path(rel)), findings)
    page = OUT / f"{name}.html"
    ex.to_html(page)
    dom = read_page(dump_dom(chromium, page))
    assert dom.title == (ex.title or Path(ex.meta["source"]).name)
    assert dom.text == ex.original  # the browser kept every character, CRs included
    for cls, rows in HIGHLIGHTS.items():
        assert len(dom.classes[cls]) == rows(ex), cls
    for i, r in enumerate(ex.redactions.itertuples()):
        assert merged(dom.covered[f"redactions:{i}"]) == [(r.start, r.end)]
    assert len(dom.links) == len(ex.sections) and all(h[1:] in dom.ids for h in dom.links)
    colours = screenshot(chromium, page, OUT / f"{name}.png")
    assert colours.get(rgb("#20324a"), 0) > 20_000  # the header band was painted
    if name.startswith("qwest"):  # its first screen holds parties and redactions
        assert colours.get(rgb(render.PALETTE[0]), 0) > 500  # the first party's colour
        assert colours.get(rgb("#111111"), 0) > 500  # black redaction bars


def test_browser_runs_no_script_from_the_document(chromium, tmp_path):
    text = ('EXHIBIT 10.9\n\n<script>document.title="pwned"</script>\n'
            '<img src=x onerror="document.title=\'pwned\'">\nAGREEMENT dated as of March 31, 2000.\n')
    ex = extractor.build_exhibit(text, {"source": "hostile.txt"})
    ex = dataclasses.replace(ex, meta={**ex.meta, "title": "Hostile <i>title</i>"})
    page = tmp_path / "hostile.html"
    ex.to_html(page)
    dom = read_page(dump_dom(chromium, page))
    assert dom.title == "Hostile <i>title</i>"
    assert dom.text == text
    assert "script" not in dom.tags and "img" not in dom.tags and "i" not in dom.tags


def test_cli_render_in_the_browser(chromium, tmp_path):
    src = corpus_path(QWEST_DOC)
    page = tmp_path / "q.html"
    assert cli.main(["render", str(src), "-o", str(page), "--quiet"]) == 0
    dom = read_page(dump_dom(chromium, page))
    assert dom.text == src.read_text(encoding="utf-8")
    assert len(dom.classes["hl-furniture"]) == len(extractor.parse(src).furniture)


def test_screenshots_show_the_key_party_colours_over_new_text_and_grey_furniture(chromium, tmp_path):
    """Issue 15's view fixes, seen in pixels: KMC's mentions inside inserted text are painted in
    KMC's colour (it was a near twin of the inserted-text green), the key's samples are drawn, and
    the furniture's grey comes from the furniture: a screenshot without furniture rows has less."""
    ex = extractor.parse(SAMPLES / "qwest-kmc-mgs-amendment-1.txt")
    page = tmp_path / "q.html"
    ex.to_html(page)
    colours = screenshot(chromium, page, OUT / "qwest-view.png", size="1280,2600")
    kmc = render.PALETTE[render.party_colours(ex)[2]]
    assert ex.parties["alias"].tolist()[2] == "KMC"
    assert colours.get(rgb(kmc), 0) > 300
    assert colours.get(rgb(render.BACKGROUNDS["new text"]), 0) > 300
    for cls, bg in (("hl-amendment", "amendment"), ("hl-old", "old text"), ("hl-date", "date")):
        assert colours.get(rgb(render.BACKGROUNDS[bg]), 0) > 50, cls  # at least the key's sample
    bare = dataclasses.replace(ex, frames={**{n: ex.frames[n] for n in ex.frames},
                                           "furniture": schema.frame("furniture")})
    bare_page = tmp_path / "bare.html"
    bare_page.write_text(render.to_html(bare), encoding="utf-8")
    without = screenshot(chromium, bare_page, OUT / "qwest-view-no-furniture.png", size="1280,2600")
    grey = rgb(render.BACKGROUNDS["furniture"])
    assert colours.get(grey, 0) > without.get(grey, 0) + 500
