"""graphsvc: a network and stakeholder graph service for city growth programmes."""

__version__ = "0.1.0"
__all__ = ["__version__"]
