"""snippetgen: HTTP code snippets for many client libraries from one YAML request spec."""

__version__ = "0.1.0"

# The public API; imported after __version__, which these modules read.
from .api import TreeReport, check_tree, render_document, render_spec, render_tree  # noqa: E402
from .build import CheckReport  # noqa: E402
from .errors import Problem, SpecError  # noqa: E402
from .render import Snippet  # noqa: E402

__all__ = [
    "CheckReport",
    "Problem",
    "Snippet",
    "SpecError",
    "TreeReport",
    "check_tree",
    "render_document",
    "render_spec",
    "render_tree",
]
