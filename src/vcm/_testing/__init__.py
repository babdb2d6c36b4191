"""The implementation behind :mod:`vcm.testing`; import from there, not from here."""
