"""The parts of the report, each written onto a :class:`~vcm_exporters.docx.body.Body`.

In the order of the report: the title page and contents (:mod:`.front`), purpose, core
values, scale and competences (:mod:`.purpose`), one chapter per task area
(:mod:`.task_area`), people with their gaps and development plans (:mod:`.people`, only
when asked for) and the appendix of findings (:mod:`.findings`).
"""
