"""The analyses behind :mod:`vcm.analysis`, one module each; import them from there."""
