"""snippetgen: HTTP code snippets for many client libraries from one YAML request spec."""

__version__ = "0.1.0"
