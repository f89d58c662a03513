"""`python -m pipeline ...` is the same as the `passerelle` command."""
from .cli import main

raise SystemExit(main())
