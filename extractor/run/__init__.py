"""run: see the package layout in README.md."""

DEFAULT_TIMEOUT = 120.0  # seconds per input file (run/batch.py); here, so the CLI's options need not load the batch
