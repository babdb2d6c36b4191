"""Private helpers of :mod:`vcm.io`: the converter, the two text formats and the file tree.

- :mod:`vcm._io.structure` turns a document tree into the model (the one cattrs Converter).
- :mod:`vcm._io.tree` turns the model into a document tree (cattrs unstructuring, in the model's
  field order, which is the file's key order).
- :mod:`vcm._io.yaml_text` and :mod:`vcm._io.json_text` turn text into trees and back.
"""
