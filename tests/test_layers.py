"""The model layer (records, schema, exhibit, errors, offsets) imports no layer above it: in
particular ``Exhibit`` reaches its renderers only through the one the package names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES

import extractor
from extractor.model import views

MODEL = Path(extractor.__file__).parent / "model"
ABOVE = ("io", "stages", "run", "output", "pipeline")


def _imported(path: Path) -> list[str]:
    """Every module a file imports (relative imports resolved against ``extractor.model``)."""
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = "extractor.model" if node.level == 1 else "extractor" if node.level == 2 else ""
            mod = ".".join(p for p in (base, node.module or "") if p)
            out += [mod] if node.module else [f"{mod}.{a.name}" for a in node.names]
    return out


@pytest.mark.parametrize("path", sorted(MODEL.glob("*.py")), ids=lambda p: p.name)
def test_the_model_imports_no_layer_above_it(path: Path) -> None:
    above = [m for m in _imported(path) if m.startswith(tuple(f"extractor.{a}" for a in ABOVE))]
    assert above == []


def test_the_imports_are_read() -> None:  # the check above sees relative imports (it could miss none)
    assert {"extractor.model.views", "extractor.model.schema"} <= set(_imported(MODEL / "exhibit.py"))


def test_an_exhibit_loads_no_renderer_until_it_is_drawn() -> None:
    code = ("import sys; from pathlib import Path; import extractor; "
            "ex = extractor.parse(Path(sys.argv[1])); "
            "assert not [m for m in sys.modules if m.startswith('extractor.output')], 'output loaded early'; "
            "assert ex._repr_html_().startswith('<div'); "
            "assert 'extractor.output.views' in sys.modules")
    sample = SAMPLES / "qwest-kmc-mgs-amendment-1.txt"
    subprocess.run([sys.executable, "-c", code, str(sample)], check=True)


def test_the_package_names_the_renderer() -> None:
    from extractor.output import views as output_views

    assert views.renderer() is output_views
