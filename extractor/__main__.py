from .output.cli import main

raise SystemExit(main())
