"""The version of newsnorm, in one place."""

__version__ = "0.1.0"
