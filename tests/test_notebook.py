"""examples/quickstart.ipynb runs top to bottom in a fresh kernel (nbclient + ipykernel, the test
extra) and shows what it promises; the executed copy is kept as out/quickstart.ipynb."""

from __future__ import annotations

import pytest
from conftest import ROOT

nbformat = pytest.importorskip("nbformat", reason="the test extra (nbformat) is not installed")
nbclient = pytest.importorskip("nbclient", reason="the test extra (nbclient) is not installed")
pytest.importorskip("ipykernel", reason="the test extra (ipykernel) is not installed")

NOTEBOOK = ROOT / "examples" / "quickstart.ipynb"


def outputs(cell) -> tuple[str, dict]:
    text = "".join(o.get("text", "") for o in cell.outputs if o.output_type == "stream")
    data: dict = {}
    for o in cell.outputs:
        data.update(o.get("data", {}))
    return text, data


def test_quickstart_notebook_runs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    assert all(not c.get("outputs") for c in nb.cells if c.cell_type == "code"), "commit it without outputs"
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    out = ROOT / "out"
    out.mkdir(exist_ok=True)
    nbformat.write(nb, out / "quickstart.ipynb")

    code = [c for c in nb.cells if c.cell_type == "code"]
    shown = [outputs(c) for c in code]
    html = "".join(d.get("text/html", "") for _, d in shown)
    assert 'class="sec-exhibit-card"' in html  # the Exhibit's card
    assert 'class="sec-exhibit-corpus"' in html  # the corpus result's card
    assert any("image/png" in d for _, d in shown)  # the plot
    stdout = "".join(t for t, _ in shown)
    import extractor

    n_docs = sum(len(extractor.parse_submission(p)) for p in (ROOT / "samples").glob("*.txt"))
    assert f"documents   {n_docs}" in stdout and "CSV files in" in stdout and "qwest.html" in stdout
