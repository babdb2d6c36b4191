"""The machinery behind :mod:`vcm.plugins`: entry-point registries and atomic writing."""
