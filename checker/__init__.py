"""jus: a rule-based checker of the legal basis of proposed uses of force."""

__version__ = "0.1.0"
