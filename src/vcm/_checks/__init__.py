"""The machinery behind :mod:`vcm.checks`: one module per family of findings.

``report`` holds the public value types, ``codes`` the catalogue, ``messages`` every text in
English and Dutch, ``context`` the indexes the families share; ``structure``, ``method``,
``coherence``, ``people`` and ``monitoring`` each add the findings of one family.
"""
