"""A static-site generator for a curated digest of Chinese financial research reports.

The pipeline runs in one direction: ingest → model → enrich → plan → render → write.
"""

__version__ = "0.1.0"
