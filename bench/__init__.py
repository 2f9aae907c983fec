"""The benchmark against Hugo and Pelican (run.py), its synthetic content and its targets."""
